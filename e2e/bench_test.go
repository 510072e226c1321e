//go:build e2e && bench

package e2e

// `make bench` runs this (go test -tags 'e2e bench' -run '^TestBench$'):
// Neurona's page and a blank Ebiten page (cmd/blank), built with the same
// toolchain and flags and served the same way, measured side by side in
// the same headless Chromium as the other end-to-end tests. It writes a
// Markdown fragment to $NEURONA_BENCH_OUT for scripts/bench.sh. It is a
// benchmark, not a test: it fails only when it cannot measure, never on
// the figures.

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neurona/neurona/cmd/serve/static"
)

// benchScript runs before the page's own scripts: it counts animation
// frames (one callback per frame the browser shows) and notes when the
// program sets window.neurona.ready (milliseconds since navigation), by
// hooking the property both the app and the blank page set.
const benchScript = `(() => {
	const b = window.__bench = { raf: 0, readyAt: 0, keys: 0, paused: false, draws: 0 };
	// WebGL draw calls, whatever the context: what a software renderer
	// pays for per call, besides the pixels.
	for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
		const f = WebGL2RenderingContext.prototype[name];
		if (f) WebGL2RenderingContext.prototype[name] = function (...a) { b.draws++; return f.apply(this, a); };
	}
	const raf = window.requestAnimationFrame.bind(window);
	const count = () => { b.raf++; raf(count); };
	raf(count);
	// pause(true) holds the program's frame callbacks (Ebiten's loop runs
	// on them) until pause(false): the page then draws nothing, so that
	// another page can be measured alone.
	let held = [];
	window.requestAnimationFrame = (cb) => {
		if (b.paused) { held.push(cb); return 0; }
		return raf(cb);
	};
	b.pause = (on) => {
		b.paused = on;
		if (!on) { const h = held; held = []; for (const cb of h) raf(cb); }
	};
	let api;
	Object.defineProperty(window, 'neurona', {
		configurable: true,
		get() { return api; },
		set(v) {
			api = v;
			let ready = v && v.ready;
			Object.defineProperty(v, 'ready', {
				configurable: true,
				get() { return ready; },
				set(r) {
					ready = r;
					if (r === true && !b.readyAt) b.readyAt = performance.now();
				},
			});
		},
	});
	// Key presses as the app's keydown listener on window sees them.
	b.key = (code, key, shift) => {
		window.dispatchEvent(new KeyboardEvent('keydown', { code, key, shiftKey: !!shift, bubbles: true }));
		window.dispatchEvent(new KeyboardEvent('keyup', { code, key, shiftKey: !!shift, bubbles: true }));
	};
	// Nudge: ↑ and ↓ on alternate frames, a parameter changing every frame.
	b.nudge = () => {
		const step = () => { if (b.stop) return; b.keys++; b.key(b.keys % 2 ? 'ArrowUp' : 'ArrowDown', b.keys % 2 ? 'ArrowUp' : 'ArrowDown'); raf(step); };
		raf(step);
	};
})();`

// Bench timing: each frame rate is counted over benchWindow after
// benchSettle, and time to first frame is the median of benchOpens opens.
var (
	benchWindow = envDuration("NEURONA_BENCH_WINDOW", 6*time.Second)
	benchSettle = 2 * time.Second
	benchOpens  = 3
)

func envDuration(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(name)); err == nil && d > 0 {
		return d
	}
	return def
}

func TestBench(t *testing.T) {
	dist := os.Getenv("NEURONA_DIST")
	if dist == "" {
		t.Fatal("NEURONA_DIST must name the built bundle (make bench builds it)")
	}
	quality, err := strconv.Atoi(os.Getenv("NEURONA_BROTLI"))
	if err != nil {
		quality = static.DefaultBrotliQuality
	}
	blankURL, blankDir := serveBlank(t, dist, quality)
	appURL := baseURL + "/"

	// Time to first frame: the two pages opened in turn, each in a fresh
	// browser.
	var appReady, blankReady []float64
	for i := range benchOpens {
		t.Run(fmt.Sprintf("ready-%d", i), func(t *testing.T) {
			p := openBench(t, blankURL+"#lang=es")
			blankReady = append(blankReady, Eval[float64](p, `window.__bench.readyAt`))
		})
		t.Run(fmt.Sprintf("ready-app-%d", i), func(t *testing.T) {
			p := openBench(t, appURL+"#scene=neuron&lang=es")
			appReady = append(appReady, Eval[float64](p, `window.__bench.readyAt`))
		})
	}

	// Frame rates: both pages open, one frozen while the other is
	// measured, alternating blank, scene, blank, scene, …, blank; each
	// scene is compared with the mean of the blank windows on either
	// side, so that a change in the machine's load hits both alike.
	var blankFPS, blankDraws []float64
	scenes := map[string]sceneRun{}
	t.Run("fps", func(t *testing.T) {
		pb := openBench(t, blankURL+"#lang=es")
		pa := openBench(t, appURL+"#scene=neuron&lang=es")
		freeze(t, pa, true)
		r := measureFPS(t, pb, nil)
		blankFPS, blankDraws = append(blankFPS, r.fps), append(blankDraws, r.draws)
		for _, sc := range benchScenes {
			freeze(t, pb, true)
			freeze(t, pa, false)
			r := runScene(t, pa, sc)
			freeze(t, pa, true)
			freeze(t, pb, false)
			rb := measureFPS(t, pb, nil)
			blankFPS, blankDraws = append(blankFPS, rb.fps), append(blankDraws, rb.draws)
			r.blank = mean(blankFPS[len(blankFPS)-2:])
			scenes[sc.id] = r
		}
	})
	if t.Failed() {
		return
	}

	var b strings.Builder
	fmt.Fprintf(&b, "| measure | Neurona | blank page | ratio | target | met | WebGL draw calls per frame (Neurona, blank) |\n|---|---|---|---|---|---|---|\n")
	for _, sc := range benchScenes {
		r := scenes[sc.id]
		ratio := r.fps / r.blank
		fmt.Fprintf(&b, "| %s: frames/s (%s; %d steps, %d ticks in %.0f s) | %.1f | %.1f | %.2f× | ≥ 0.9× | %s | %.0f, %.0f |\n",
			sc.id, sc.what, r.steps, r.ticks, r.secs, r.fps, r.blank, ratio, yes(ratio >= 0.9), r.draws, mean(blankDraws))
	}
	ar, br := median(appReady), median(blankReady)
	fmt.Fprintf(&b, "| time to first frame (median of %d, ms) | %.0f | %.0f | %.2f× | ≤ 1.5× | %s | |\n",
		benchOpens, ar, br, ar/br, yes(ar/br <= 1.5))
	appGz, appBr := bundleSize(t, dist)
	blankGz, blankBr := bundleSize(t, blankDir)
	fmt.Fprintf(&b, "| bundle, brotli (MB) | %.2f | %.2f | %.2f× | ≤ 1.5× | %s | |\n", appBr/1e6, blankBr/1e6, appBr/blankBr, yes(appBr/blankBr <= 1.5))
	fmt.Fprintf(&b, "| bundle, gzip (MB) | %.2f | %.2f | %.2f× | ≤ 1.5× | %s | |\n", appGz/1e6, blankGz/1e6, appGz/blankGz, yes(appGz/blankGz <= 1.5))
	fmt.Fprintf(&b, "\nBlank page frames/s per window, in order: %s. Times to first frame (ms), Neurona: %s; blank: %s.\n",
		list(blankFPS, "%.1f"), list(appReady, "%.0f"), list(blankReady, "%.0f"))
	t.Log("\n" + b.String())
	if out := os.Getenv("NEURONA_BENCH_OUT"); out != "" {
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// A benchScene is one scene measured while it works: setup is JavaScript
// run in the page (b is window.__bench) after switching to it.
type benchScene struct {
	id, what, setup string
}

var benchScenes = []benchScene{
	{"neuron", "θ₁ nudged with ↑ / ↓ every frame", `b.nudge()`},
	// Loading a preset pauses, so play starts a second later, in another tick.
	{"perceptron", "thin-margin preset (Shift+4), playing", `b.key('Digit4', '$', true); setTimeout(() => b.key('Enter', 'Enter'), 1000)`},
	// The player takes + before the scene takes N (which raises the speed
	// to 60 steps/s at least), so the speed keys come a second later.
	{"xor", "training from scratch (N) at 60,000 steps/s", `b.key('KeyN', 'n'); setTimeout(() => { for (let i = 0; i < 16; i++) b.key('Equal', '=') }, 1000)`},
	{"gradient", "playing", `b.key('Enter', 'Enter')`},
	{"backprop", "playing", `b.key('Enter', 'Enter')`},
}

type sceneRun struct {
	fps, blank   float64
	draws        float64 // WebGL draw calls per frame
	steps, ticks int
	secs         float64
}

// runScene switches the page to the scene, starts its work and measures.
func runScene(t *testing.T, p *Page, sc benchScene) sceneRun {
	t.Helper()
	if msg := Eval[any](p, `window.neurona.scene(`+strconv.Quote(sc.id)+`)`); msg != nil {
		t.Fatalf("scene %s: %v", sc.id, msg)
	}
	p.WaitState(t, `s.scene === `+strconv.Quote(sc.id))
	Eval[any](p, `(() => { const b = window.__bench; b.stop = false; `+sc.setup+`; return null; })()`)
	r := measureFPS(t, p, func() (int, int) {
		s := p.State(t)
		step, _ := s["step"].(float64)
		frame, _ := s["frame"].(float64)
		return int(step), int(frame)
	})
	Eval[any](p, `(() => { window.__bench.stop = true; window.__bench.key('Enter', 'Enter'); return null; })()`)
	t.Logf("%s (%s): %.1f frames/s, %.0f draw calls per frame, %d steps, %d ticks in %.1f s", sc.id, sc.what, r.fps, r.draws, r.steps, r.ticks, r.secs)
	return r
}

// freeze pauses or resumes the program's frames (see benchScript), so
// that two pages can be measured in turn.
func freeze(t *testing.T, p *Page, frozen bool) {
	t.Helper()
	Eval[any](p, fmt.Sprintf(`(() => { window.__bench.pause(%v); return null; })()`, frozen))
}

// openBench opens url in a fresh browser with the counting script and
// waits for the first frame.
func openBench(t *testing.T, url string) *Page {
	t.Helper()
	p := openURL(t, url, initScript(benchScript))
	p.waitReady()
	return p
}

// measureFPS waits benchSettle, then counts animation frames over
// benchWindow; progress, if given, reports the scene's step and tick
// counters, whose growth over the window it returns too.
func measureFPS(t *testing.T, p *Page, progress func() (step, tick int)) sceneRun {
	t.Helper()
	time.Sleep(benchSettle)
	var s0, f0, s1, f1 int
	if progress != nil {
		s0, f0 = progress()
	}
	a := Eval[[]float64](p, `[window.__bench.raf, performance.now(), window.__bench.draws]`)
	time.Sleep(benchWindow)
	b := Eval[[]float64](p, `[window.__bench.raf, performance.now(), window.__bench.draws]`)
	if progress != nil {
		s1, f1 = progress()
	}
	secs := (b[1] - a[1]) / 1000
	frames := b[0] - a[0]
	return sceneRun{fps: frames / secs, steps: s1 - s0, ticks: f1 - f0, secs: secs, draws: (b[2] - a[2]) / max(frames, 1)}
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(max(len(v), 1))
}

func median(v []float64) float64 {
	w := slices.Clone(v)
	slices.Sort(w)
	if len(w) == 0 {
		return 0
	}
	return w[len(w)/2]
}

func list(v []float64, format string) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprintf(format, x)
	}
	return strings.Join(s, ", ")
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

// serveBlank builds cmd/blank into its own bundle beside the same page
// files as dist, pre-compresses it like dist and serves it on loopback.
func serveBlank(t *testing.T, dist string, quality int) (url, dir string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "blank")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := goBuildWasm(repoRoot, filepath.Join(dir, "neurona.wasm"), "./cmd/blank"); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "boot.js", "wasm_exec.js"} {
		if err := copyFile(filepath.Join(dist, f), filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := static.Precompress(dir, static.PrecompressOptions{BrotliQuality: quality}); err != nil {
		t.Fatal(err)
	}
	h, err := static.New(dir)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/", dir
}

// bundleSize sums the gzip and brotli sizes of the page's files in dir.
func bundleSize(t *testing.T, dir string) (gz, br float64) {
	t.Helper()
	for _, f := range []string{"index.html", "boot.js", "wasm_exec.js", "neurona.wasm"} {
		for _, v := range []struct {
			ext string
			sum *float64
		}{{".gz", &gz}, {".br", &br}} {
			fi, err := os.Stat(filepath.Join(dir, f+v.ext))
			if err != nil {
				t.Fatalf("bundle %s: %v (pre-compress it)", dir, err)
			}
			*v.sum += float64(fi.Size())
		}
	}
	return gz, br
}
