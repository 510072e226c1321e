//go:build e2e && bench

package e2e

// `make bench` runs this (go test -tags 'e2e bench' -run '^TestBench$'):
// Neurona's page and a blank Ebiten page (cmd/blank), built with the same
// toolchain and flags and served the same way, measured side by side in
// the same headless Chromium as the other end-to-end tests, and the
// desktop app against a blank Ebiten window. It writes a Markdown
// fragment to $NEURONA_BENCH_OUT for scripts/bench.sh. It is a benchmark,
// not a test: it fails only when it cannot measure, never on the figures,
// and each part (TestBench/bundle, first-frame, scenes, idle-web,
// idle-desktop, growth) runs alone with -run and is reported as "not
// measured" when it did not run or could not finish.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/neurona/neurona/cmd/serve/static"
)

// benchScript runs before the page's own scripts: it counts animation
// frames (one callback per frame the browser shows), notes when the
// program sets window.neurona.ready (milliseconds since navigation) by
// hooking the property both the app and the blank page set, and keeps the
// Go program's WebAssembly memory (b.mem) by hooking instantiation, since
// the loader keeps its Go object to itself.
const benchScript = `(() => {
	const b = window.__bench = { raf: 0, readyAt: 0, keys: 0, paused: false, draws: 0, mem: null };
	// WebGL draw calls, whatever the context: what a software renderer
	// pays for per call, besides the pixels.
	for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
		const f = WebGL2RenderingContext.prototype[name];
		if (f) WebGL2RenderingContext.prototype[name] = function (...a) { b.draws++; return f.apply(this, a); };
	}
	// The Go module exports its linear memory as "mem" (wasm_exec.js reads
	// it the same way).
	const keep = (r) => {
		const inst = r && (r.instance || r);
		if (inst && inst.exports && inst.exports.mem instanceof WebAssembly.Memory) b.mem = inst.exports.mem;
		return r;
	};
	for (const name of ['instantiate', 'instantiateStreaming']) {
		const f = WebAssembly[name];
		if (f) WebAssembly[name] = function (...a) { return f.apply(this, a).then(keep); };
	}
	b.memory = () => b.mem ? b.mem.buffer.byteLength : -1;
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
	// perf() as a string, or "" when this build does not publish it.
	b.perf = () => (api && typeof api.perf === 'function') ? String(api.perf()) : '';
	// The number of points in the state document, or -1.
	b.points = () => { try { return JSON.parse(api.state()).points.length; } catch (e) { return -1; } };
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

// benchReport collects each part's figures; a part that did not run
// leaves its fields empty and is reported as not measured.
type benchReport struct {
	appGz, appBr, blankGz, blankBr float64
	appReady, blankReady           []float64
	scenes                         []sceneResult
	blankFPS, blankDraws           []float64
	idleWeb                        *idleResult
	idleDesk                       *idleResult
	growth                         []growthResult
	notes                          []string // lines for the reader: skipped scenes, failures
}

func (r *benchReport) note(format string, a ...any) {
	r.notes = append(r.notes, fmt.Sprintf(format, a...))
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
	r := &benchReport{}

	t.Run("bundle", func(t *testing.T) {
		r.appGz, r.appBr = bundleSize(t, dist)
		r.blankGz, r.blankBr = bundleSize(t, blankDir)
	})
	// Time to first frame: the two pages opened in turn, each in a fresh
	// browser.
	t.Run("first-frame", func(t *testing.T) {
		for i := range benchOpens {
			p := openBench(t, blankURL+"#lang=es")
			r.blankReady = append(r.blankReady, Eval[float64](p, `window.__bench.readyAt`))
			p.close()
			p = openBench(t, appURL+"#scene=neuron&lang=es")
			r.appReady = append(r.appReady, Eval[float64](p, `window.__bench.readyAt`))
			p.close()
			t.Logf("open %d: app %.0f ms, blank %.0f ms", i+1, r.appReady[i], r.blankReady[i])
		}
	})
	t.Run("scenes", func(t *testing.T) { benchScenesRun(t, r, appURL, blankURL) })
	t.Run("idle-web", func(t *testing.T) { benchIdleWeb(t, r, appURL, blankURL) })
	t.Run("idle-desktop", func(t *testing.T) { benchIdleDesktop(t, r) })
	t.Run("growth", func(t *testing.T) { benchGrowth(t, r, appURL) })

	md := r.markdown()
	t.Log("\n" + md)
	if out := os.Getenv("NEURONA_BENCH_OUT"); out != "" {
		if err := os.WriteFile(out, []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// close ends the page's browser before the test does, so that a finished
// page costs the machine nothing while the next one is measured.
func (p *Page) close() {
	chromedp.Cancel(p.ctx)
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

// tryEval is Eval that returns an error instead of failing the test, for
// pages that may stop answering under a large load.
func tryEval[T any](p *Page, expr string, timeout time.Duration) (T, error) {
	ctx, cancel := context.WithTimeout(p.ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr))
}

// fpsRun is what a window of frame counting saw.
type fpsRun struct {
	fps, draws float64 // frames per second, WebGL draw calls per frame
	secs       float64
}

// countFrames counts animation frames and draw calls over d.
func countFrames(t *testing.T, p *Page, d time.Duration) fpsRun {
	t.Helper()
	a := Eval[[]float64](p, `[window.__bench.raf, performance.now(), window.__bench.draws]`)
	time.Sleep(d)
	b := Eval[[]float64](p, `[window.__bench.raf, performance.now(), window.__bench.draws]`)
	secs := (b[1] - a[1]) / 1000
	frames := b[0] - a[0]
	return fpsRun{fps: frames / secs, draws: (b[2] - a[2]) / max(frames, 1), secs: secs}
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
	srv, addr, err := serveLocal(h)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return "http://" + addr + "/", dir
}

// bundleSize sums the gzip and brotli sizes of the page's files in dir.
func bundleSize(t *testing.T, dir string) (gz, br float64) {
	t.Helper()
	for _, f := range bundleFiles {
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
