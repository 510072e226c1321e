#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it: each step runs even
# when an earlier one failed, so one run shows every problem; a table of the
# steps and a closing "N passed, N failed" line over all go test runs end
# the output. Exit status 1 if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
DIST=${DIST:-dist}
MAKE=${MAKE:-make}
work=$(mktemp -d "${TMPDIR:-/tmp}/neurona-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
tally=$work/tally
: >"$tally"
declare -a table=()
failed=0

step() {
	local name=$1
	shift
	local t0=$SECONDS
	echo
	echo "=== $name"
	if "$@"; then
		table+=("$(printf 'ok    %-38s %4ds' "$name" $((SECONDS - t0)))")
	else
		table+=("$(printf 'FAIL  %-38s %4ds' "$name" $((SECONDS - t0)))")
		failed=1
		# A failed step that is not a go test run (gofmt, vet, the bundle)
		# counts as one failure in the closing line.
		if [ "$1" != gotest ]; then
			printf '%s\t0\t0\t0\t1\n' "$name" >>"$tally"
		fi
	fi
}

# gotest NAME CMD...: runs a `go test -json` command line through testsum,
# which prints the usual summary lines and failures and tallies the counts.
gotest() {
	local name=$1
	shift
	"$@" 2>&1 | "$work/testsum" -tally "$tally" -step "$name"
	local rc=("${PIPESTATUS[@]}")
	if [ "${rc[0]}" -ne 0 ] && [ "${rc[1]}" -eq 0 ]; then
		# go test failed in a way testsum did not see as a failing test
		# or package (the command itself could not run).
		printf '%s (exit %d)\t0\t0\t0\t1\n' "$name" "${rc[0]}" >>"$tally"
		return 1
	fi
	[ "${rc[0]}" -eq 0 ] && [ "${rc[1]}" -eq 0 ]
}

# A screen big enough for the desktop window (1280×800) at 24-bit colour;
# xvfb-run's default is 640×480×8.
xvfb() { xvfb-run -a -s "-screen 0 1920x1080x24" "$@"; }

gofmt_check() {
	local files
	files=$(gofmt -l $(find . -name '*.go' -not -path './dist/*' -not -path './bin/*'))
	if [ -n "$files" ]; then
		echo "gofmt: these files need formatting (gofmt -w):"
		echo "$files"
		return 1
	fi
}

vet() {
	$GO vet ./... &&
		$GO vet -tags e2e ./e2e/ &&
		$GO vet -tags "e2e bench" ./e2e/ &&
		GOOS=js GOARCH=wasm $GO vet ./cmd/wasm/ ./engine/... ./scenes/...
}

# The Windows build: everything vets for Windows, and the tests of the
# pure-Go parts (engine, version, the desktop's flag and path handling)
# compile for it. They run here natively; the path tests give the Windows
# rules explicitly, so they hold on this machine too.
windows() {
	GOOS=windows GOARCH=amd64 $GO vet ./... &&
		GOOS=windows GOARCH=amd64 $GO test -c -o "$work/windows-tests/" ./engine/... ./internal/... ./cmd/desktop/ ./scripts/...
}

# make release twice into two folders: the same SHA256SUMS (reproducible
# builds), every file as releasecheck wants it, and the Linux app answers
# -version and draws a screenshot under Xvfb. BROTLI=1 because the level
# changes nothing tested and 9 takes most of a minute on this bundle.
release_twice() {
	local version r1=$work/release1 r2=$work/release2 shot=$work/release-shot.png
	version=$(git describe --tags --always --dirty 2>/dev/null || echo dev)
	"$MAKE" --no-print-directory release RELEASE="$r1" BROTLI=1 >"$work/release1.log" 2>&1 &&
		"$MAKE" --no-print-directory release RELEASE="$r2" BROTLI=1 >"$work/release2.log" 2>&1 || {
		tail -20 "$work"/release*.log
		return 1
	}
	if ! cmp -s "$r1/SHA256SUMS" "$r2/SHA256SUMS"; then
		echo "release: two runs gave different files:"
		diff "$r1/SHA256SUMS" "$r2/SHA256SUMS"
		return 1
	fi
	cat "$r1/SHA256SUMS"
	$GO run ./scripts/releasecheck -version "$version" "$r1" || return 1
	local bin=$r1/neurona-$version-linux-amd64
	# Ebiten needs a display as soon as the program starts, even for -version.
	if ! xvfb "$bin" -version | grep -q "^neurona $version"; then
		echo "release: $bin -version does not say $version"
		return 1
	fi
	xvfb "$bin" -scene xor -lang en -screenshot "$shot" || return 1
	if [ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
		echo "release: $bin -screenshot wrote no PNG"
		return 1
	fi
}

echo "=== system packages"
if ! scripts/install-deps.sh; then
	echo "test: the packages above are missing; install them and run make test again"
	exit 1
fi
if ! $GO build -o "$work/testsum" ./scripts/testsum; then
	echo "test: cannot build scripts/testsum"
	exit 1
fi

step "gofmt" gofmt_check
step "go vet" vet
step "engine" gotest "engine" $GO test -json ./engine/...
step "engine as WebAssembly (Node)" gotest "engine (wasm)" \
	env GOOS=js GOARCH=wasm $GO test -json -exec="$($GO env GOROOT)/lib/wasm/go_js_wasm_exec" ./engine/...
# Ebiten needs a display even at package init, so everything but the pure
# engine runs under Xvfb.
step "all other packages (Xvfb)" gotest "packages (Xvfb)" \
	xvfb $GO test -json $($GO list ./... | grep -v '/engine')
step "Windows build (vet, test binaries)" windows
step "web bundle (make dist)" "$MAKE" --no-print-directory dist DIST="$DIST"
step "make release twice: same SHA256SUMS" release_twice
# The browser tests reuse the bundle just built instead of building their
# own; the desktop smoke test in the same package needs the display. Each
# test starts its own browser and loads the 17 MB bundle; on an idle 2-core
# machine the package takes a few minutes, on a loaded one several times
# that, hence the generous timeout (a hang still ends).
step "end-to-end: Chromium + desktop (Xvfb)" gotest "e2e" \
	xvfb env NEURONA_DIST="$PWD/$DIST" $GO test -json -count=1 -tags e2e -timeout 20m ./e2e/

echo
echo "=== summary"
printf '%s\n' "${table[@]}"
"$work/testsum" -total "$tally" || failed=1
exit $failed
