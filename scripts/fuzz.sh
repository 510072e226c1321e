#!/usr/bin/env bash
# Runs every fuzz target of the module (found with go test -list) for
# FUZZTIME each, one after the other. Packages that import Ebiten need a
# display, so without one the run goes under Xvfb when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-20s}

if [ -z "${DISPLAY:-}" ] && [ -z "${NEURONA_FUZZ_XVFB:-}" ] && command -v xvfb-run >/dev/null; then
	exec env NEURONA_FUZZ_XVFB=1 xvfb-run -a "$0" "$@"
fi

n=0
failed=()
for pkg in $($GO list ./...); do
	# -list prints the matching names, then an "ok" line.
	for target in $($GO test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
		n=$((n + 1))
		echo "=== $pkg $target ($FUZZTIME)"
		if ! $GO test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" "$pkg"; then
			failed+=("$pkg $target")
		fi
	done
done
echo
echo "fuzz: $n targets, ${#failed[@]} failed"
for f in "${failed[@]}"; do echo "  FAIL $f"; done
[ ${#failed[@]} -eq 0 ]
