#!/usr/bin/env bash
# Regenerates assets/fonts/DejaVuSans-subset.ttf, the font the app embeds:
# DejaVu Sans cut down to the characters the translation tables and the Go
# string literals of scenes/ use (go run ./scripts/fontrunes), plus printable
# ASCII, Latin-1, the Greek letters, Unicode's superscripts and subscripts
# (digits, and letters as in wᵀ and θᵢ), a few operators (∑ ∏ √ ≠) and the
# combining circumflex, so that most edits of the texts need no new subset.
# The whole font is 760 KB, the subset about 34 KB.
#
# Run it after adding a character to a text; `go test ./assets/fontcover/`
# fails until then. Needs Debian's fonttools (pyftsubset) and
# fonts-dejavu-core (the full font): scripts/install-deps.sh font.
#
#   scripts/subset-font.sh [full-font.ttf]
set -euo pipefail
cd "$(dirname "$0")/.."

full=${1:-/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}
out=assets/fonts/DejaVuSans-subset.ttf
if ! command -v pyftsubset >/dev/null; then
	echo "subset-font: pyftsubset missing; run scripts/install-deps.sh font" >&2
	exit 1
fi
if [ ! -r "$full" ]; then
	echo "subset-font: $full missing; run scripts/install-deps.sh font or name the full DejaVuSans.ttf" >&2
	exit 1
fi

runes=$(mktemp)
trap 'rm -f "$runes"' EXIT
go run ./scripts/fontrunes >"$runes"

# Hinting goes: x/image's rasteriser does not run TrueType instructions.
# Kerning stays (x/image reads the kern table and GPOS pair kerning); the
# other layout features would need a shaper the app does not have. The
# name table keeps the font's own name and copyright notices.
pyftsubset "$full" \
	--unicodes='U+0020-007E,U+00A0-00FF,U+0391-03A9,U+03B1-03C9,U+2070-209F,U+1D2C-1D6A,U+0302,U+2211,U+220F,U+221A,U+2260' \
	--unicodes-file="$runes" \
	--no-hinting --layout-features='kern' --drop-tables+=MATH,FFTM \
	--output-file="$out.tmp"
mv "$out.tmp" "$out"
echo "subset-font: $out, $(wc -c <"$out") bytes, from $full ($(wc -c <"$full") bytes)"
