#!/usr/bin/env bash
# make bench: measures, side by side in one run, and writes BENCHMARKS.md.
#   - engine hot paths: ns/op and allocs/op, natively and as WebAssembly
#     under Node (GOOS=js GOARCH=wasm, Go's go_js_wasm_exec);
#   - the field shader's draw (scenes/ui, inside a real game loop, Xvfb);
#   - the web page in headless Chromium against a blank Ebiten page built
#     with the same toolchain (cmd/blank): compressed bundle size, time to
#     the first frame, each scene's own Update and Draw time from
#     neurona.perf() (and, as information, its frame rate), the idle
#     page's main-thread time, the desktop app's idle CPU against a blank
#     Ebiten window, and memory and frame time as the data grow to
#     100,000 points (e2e/bench*_test.go, build tags e2e and bench).
# Benchmarks are not tests: nothing here fails on a figure; `make test`
# never runs this. About 10-15 minutes on two cores. BENCH_NOTE, if set,
# is printed under the run's header (for example "taken while other
# builds ran").
set -euo pipefail
. "$(dirname "$0")/defaults.sh"
DIST=${DIST:-dist}
OUT=${OUT:-BENCHMARKS.md}

scripts/install-deps.sh >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== engine, native" >&2
$GO test -run '^$' -bench . -benchmem -count 1 ./engine/ | tee "$tmp/native.txt" >&2
echo "== engine, WebAssembly under Node" >&2
GOOS=js GOARCH=wasm $GO test -exec="$($GO env GOROOT)/lib/wasm/go_js_wasm_exec" \
	-run '^$' -bench . -benchmem -count 1 ./engine/ | tee "$tmp/js.txt" >&2
echo "== field shader (Xvfb)" >&2
xvfb-run -a $GO test -run '^$' -bench 'DrawField' -benchmem -count 1 ./scenes/ui/ | tee "$tmp/ui.txt" >&2

echo "== web page and desktop app vs blank Ebiten (headless Chromium, Xvfb)" >&2
$MAKE dist BROTLI="$BROTLI" >&2
# A part that cannot measure fails its subtest; the parts that did measure
# are still written, and the report says which ones are missing.
page_rc=0
(cd e2e && xvfb-run -a -s "-screen 0 1920x1080x24" env NEURONA_DIST="$PWD/../$DIST" NEURONA_BROTLI="$BROTLI" \
	NEURONA_BENCH_OUT="$tmp/page.md" \
	$GO test -count=1 -tags 'e2e bench' -run '^TestBench$' -timeout 30m -v .) 2>&1 | tee "$tmp/page.log" >&2 || page_rc=$?
if [[ ! -s "$tmp/page.md" ]]; then
	echo "bench: the browser benchmark wrote nothing (see the log above)" >&2
	exit 1
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# benchtable FILE: "name ns/op allocs/op" per benchmark line of go test.
benchtable() {
	awk '/^Benchmark/ { n = $1; sub(/-[0-9]+$/, "", n); sub(/^Benchmark/, "", n);
		ns = ""; al = "";
		for (i = 2; i <= NF; i++) { if ($i == "ns/op") ns = $(i-1); if ($i == "allocs/op") al = $(i-1) }
		print n, ns, al }' "$1"
}
benchtable "$tmp/native.txt" | sort >"$tmp/native.tab"
benchtable "$tmp/js.txt" | sort >"$tmp/js.tab"

{
	echo "# Benchmarks"
	echo
	echo "Written by \`make bench\` (scripts/bench.sh); every figure below comes from one run."
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.1f GB", $2/1e6}' /proc/meminfo) RAM"
	echo "- load average (1, 5, 15 min): $load_before before, $load_after after (other work on the machine skews the frame rates)"
	echo "- $($GO version | cut -d' ' -f3-), $(chromium --version 2>/dev/null | head -1), Node $(node --version)"
	echo "- Chromium as the end-to-end tests run it: headless, software WebGL (SwiftShader), 1280×800 window; the desktop under Xvfb (Mesa llvmpipe)"
	if [[ -n "${BENCH_NOTE:-}" ]]; then
		echo "- $BENCH_NOTE"
	fi
	if [[ $page_rc -ne 0 ]]; then
		echo "- some browser or desktop measurements failed in this run; their rows say \"not measured\" or why"
	fi
	echo
	echo "## Engine hot paths"
	echo
	echo "| benchmark | native ns/op | native allocs/op | WebAssembly (Node) ns/op | WebAssembly allocs/op | 0 allocs/op |"
	echo "|---|---|---|---|---|---|"
	join -a1 "$tmp/native.tab" "$tmp/js.tab" | while read -r name ns al jns jal; do
		ok=yes
		[[ "$al" == 0 && "${jal:-0}" == 0 ]] || ok="**no**"
		case "$name" in Novikoff*) ok="— (not per step: once per data change)" ;; esac
		echo "| $name | $ns | $al | ${jns:-—} | ${jal:-—} | $ok |"
	done
	echo
	echo "PerceptronStep: one perceptron update on 1,000 points; MLPStep: one full-batch gradient step of an 8-hidden-unit network on 100 points;"
	echo "EvalGrid256: the CPU reference of a decision region, 256×256 outputs of that network."
	echo
	echo "## Field shader (scenes/ui, Xvfb + Mesa llvmpipe)"
	echo
	echo "| benchmark | ns/op | B/op | allocs/op |"
	echo "|---|---|---|---|"
	awk '/^Benchmark/ { n = $1; sub(/-[0-9]+$/, "", n); ns = b = al = "—";
		for (i = 2; i <= NF; i++) { if ($i == "ns/op") ns = $(i-1); if ($i == "B/op") b = $(i-1); if ($i == "allocs/op") al = $(i-1) }
		print "| " n " | " ns " | " b " | " al " |" }' "$tmp/ui.txt"
	echo
	echo "DrawField: the CPU side of one field draw (uniforms and draw command), many within one tick; its B/op is Ebiten's"
	echo 'merged vertex buffer growing within that tick (0 allocs/op; TestDrawFieldDoesNotAllocate checks 0 in `make test`).'
	echo "DrawFieldFrame: whole unthrottled frames of the test's game loop, each drawing a 620×450 field of a model that changes"
	echo "every frame, rendered by Mesa llvmpipe; its allocations are the frame's and the test harness's, not DrawField's."
	echo
	echo "## Web page and desktop app against a blank Ebiten program"
	echo
	cat "$tmp/page.md"
	echo
	if [[ -f scripts/bench-notes.md ]]; then
		cat scripts/bench-notes.md
	fi
} >"$OUT"
echo "wrote $OUT" >&2
