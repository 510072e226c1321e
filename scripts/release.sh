#!/usr/bin/env bash
# release.sh: what `make release` runs. Writes into $RELEASE (release/):
#
#   neurona-web-VERSION.zip               the web folder of `make dist`
#   neurona-VERSION-linux-amd64           the desktop app for this machine (cgo)
#   neurona-VERSION-windows-amd64.exe     the desktop app for Windows on Intel/AMD
#   neurona-VERSION-windows-arm64.exe     the desktop app for Windows on ARM
#   SHA256SUMS
#
# Reproducible: the same commit and Go give the same bytes. Paths are
# trimmed, the build id is empty, the version comes from git, the zip has
# sorted entries with the commit's date, and the Windows resources (icon,
# version) are made by Go programs that write no time stamps.
set -euo pipefail
. "$(dirname "$0")/defaults.sh"
RELEASE=${RELEASE:-release}
VERSION=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
COMMIT=${COMMIT:-$(git rev-parse --short=7 HEAD 2>/dev/null || true)}
case $VERSION in
'' | *[!A-Za-z0-9._+-]*)
	echo "release: VERSION=$VERSION: use only letters, digits and . _ + -" >&2
	exit 2
	;;
esac
# The zip's time stamps: the commit's time, the convention for
# reproducible builds.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 946684800)}
export LC_ALL=C

work=$(mktemp -d "${TMPDIR:-/tmp}/neurona-release.XXXXXX")
# The Windows resources must sit in the package folder while it builds
# (the Go tool links every .syso there); they never stay.
syso=(cmd/desktop/rsrc_windows_amd64.syso cmd/desktop/rsrc_windows_arm64.syso)
trap 'rm -rf "$work" "${syso[@]}"' EXIT

mkdir -p "$RELEASE"
rm -f "$RELEASE"/neurona-* "$RELEASE"/SHA256SUMS

ldflags="-s -w -buildid= -X github.com/neurona/neurona/internal/version.Version=$VERSION -X github.com/neurona/neurona/internal/version.Commit=$COMMIT"

echo "release $VERSION ($COMMIT) into $RELEASE/"
"$MAKE" --no-print-directory dist DIST="$work/web" VERSION="$VERSION" COMMIT="$COMMIT" BROTLI="$BROTLI"
$GO run ./scripts/webzip -o "$RELEASE/neurona-web-$VERSION.zip" -prefix "neurona-web-$VERSION" "$work/web"

# The desktop app for this machine needs cgo and the system's GL headers.
scripts/install-deps.sh desktop
host=$($GO env GOOS)-$($GO env GOARCH)
CGO_ENABLED=1 $GO build -trimpath -ldflags="$ldflags" -o "$RELEASE/neurona-$VERSION-$host" ./cmd/desktop

# Windows: Ebiten draws through DirectX or OpenGL without cgo there.
$GO run ./scripts/winicon -o "$work/icon.png"
# A Windows version resource holds four numbers; the leading ones of the
# version (v1.2.3-4-g… gives 1.2.3.4), 0.0.0.0 for an untagged build.
numeric=$(printf '%s' "$VERSION" | sed -E 's/^v//; s/[^0-9]+/./g; s/^\.+//; s/\.+$//' | cut -d. -f1-4)
[[ $numeric =~ ^[0-9]+(\.[0-9]+)*$ ]] && [[ $VERSION =~ ^v?[0-9]+\.[0-9]+ ]] || numeric=0.0.0.0
$GO tool go-winres simply --arch amd64,arm64 --out cmd/desktop/rsrc --manifest gui \
	--icon "$work/icon.png" --product-name Neurona --file-description Neurona \
	--original-filename neurona.exe --product-version "$numeric" --file-version "$numeric"
for arch in amd64 arm64; do
	GOOS=windows GOARCH=$arch CGO_ENABLED=0 $GO build -trimpath -ldflags="$ldflags" \
		-o "$RELEASE/neurona-$VERSION-windows-$arch.exe" ./cmd/desktop
done
rm -f "${syso[@]}"

(cd "$RELEASE" && sha256sum neurona-* >SHA256SUMS.tmp && mv SHA256SUMS.tmp SHA256SUMS)
cat "$RELEASE/SHA256SUMS"
