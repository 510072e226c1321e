#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Neurona's builds and tests need, and
# only those that are missing, so a second run costs a few dpkg queries.
# As root it installs them; otherwise it prints the apt line to run.
#
#   scripts/install-deps.sh            everything `make test` needs
#   scripts/install-deps.sh desktop    only what building the desktop app needs
#   scripts/install-deps.sh font       only what scripts/subset-font.sh needs
#
# `make serve` needs none of this: only Go.
set -euo pipefail

# cgo and the X11/GL/ALSA headers: Ebiten's desktop build (and `go vet`/
# `go test` of every package that imports Ebiten).
desktop=(gcc libc6-dev libgl1-mesa-dev libxcursor-dev libxi-dev libxinerama-dev
	libxrandr-dev libxxf86vm-dev libasound2-dev pkg-config)
# A virtual display for Ebiten's tests and the desktop smoke test, Debian's
# Chromium for the end-to-end tests, Node.js for running the engine's tests
# as WebAssembly (go_js_wasm_exec); Python 3 with NumPy, PyTorch and
# scikit-learn, which run the notebooks the scenes export (engine/notebook's
# tests compare their numbers with the scenes').
tests=(xvfb xauth chromium nodejs fonts-dejavu-core python3 python3-numpy python3-torch python3-sklearn)
# Regenerating the embedded font subset (scripts/subset-font.sh): fonttools'
# pyftsubset and the full DejaVu Sans. Not needed to build or test.
font=(fonttools fonts-dejavu-core)

case "${1:-all}" in
desktop) wanted=("${desktop[@]}") ;;
font) wanted=("${font[@]}") ;;
all | test) wanted=("${desktop[@]}" "${tests[@]}") ;;
*)
	echo "usage: $0 [all|desktop|font]" >&2
	exit 2
	;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	echo "install-deps: not a Debian/Ubuntu system; install the equivalents of: ${wanted[*]}" >&2
	exit 0
fi

missing=()
for p in "${wanted[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$p")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	echo "install-deps: all ${#wanted[@]} packages present"
	exit 0
fi

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps: missing packages: ${missing[*]}" >&2
	echo "install-deps: run as root:  sudo apt-get update && sudo $line" >&2
	exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# The package lists of a fresh machine are empty or old: update once, only
# now that something has to be installed.
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
