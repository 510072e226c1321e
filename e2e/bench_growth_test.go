//go:build e2e && bench

package e2e

import (
	"fmt"
	"strconv"
	"testing"
	"time"
)

// growthSizes are the data sets loaded into each scene (issue: the cost
// must be visible as it grows with the data).
var growthSizes = []int{1000, 10000, 100000}

// growthLoad bounds each size's load (a page that takes longer is
// reported as such, and the next scene starts afresh), growthRun the
// measurement with the scene playing.
var (
	growthLoad = envDuration("NEURONA_BENCH_GROWTH_LOAD", 40*time.Second)
	growthRun  = envDuration("NEURONA_BENCH_GROWTH", 6*time.Second)
)

// growthResult is one scene with one data set.
type growthResult struct {
	id       string
	n, got   int     // points asked for, points the scene holds
	memBase  float64 // wasm memory before any data was loaded, bytes
	mem      float64 // wasm memory after loading and running, bytes
	loadSecs float64
	fps      fpsRun
	perf     *perfStats
	frames   int    // frames drawn since the measurement began
	failed   string // why the figures are missing
}

// benchGrowth loads 1,000, 10,000 and 100,000 points (a dropped CSV) into
// each scene the page accepts, in a fresh page per scene, and reads the
// Go program's WebAssembly memory and perf() with the scene playing.
// WebAssembly memory only grows, so each size shows the peak so far.
func benchGrowth(t *testing.T, r *benchReport, appURL string) {
	for _, sc := range benchScenes {
		t.Run(sc.id, func(t *testing.T) {
			p := openBench(t, appURL+"#scene=neuron&lang=es")
			defer p.close()
			if msg := Eval[any](p, `window.neurona.scene(`+strconv.Quote(sc.id)+`)`); msg != nil {
				t.Skipf("not in this build: %s", short(fmt.Sprint(msg)))
			}
			p.WaitState(t, `s.scene === `+strconv.Quote(sc.id))
			base := Eval[float64](p, `window.__bench.memory()`)
			for _, n := range growthSizes {
				g := growthCase(t, p, sc.id, n)
				g.memBase = base
				r.growth = append(r.growth, g)
				if g.failed != "" {
					t.Logf("%s, %d points: %s", sc.id, n, g.failed)
					return
				}
			}
		})
	}
}

func growthCase(t *testing.T, p *Page, id string, n int) growthResult {
	g := growthResult{id: id, n: n}
	start := time.Now()
	dropPoints(t, p, id, n)
	g.got = waitPoints(t, p, n, growthLoad)
	g.loadSecs = time.Since(start).Seconds()
	if g.got != n {
		if g.got < 0 {
			g.failed = fmt.Sprintf("the page did not answer within %s of the drop", growthLoad)
		} else {
			g.failed = fmt.Sprintf("still %d points %s after the drop (refused, capped, or still loading)", g.got, growthLoad)
		}
		return g
	}
	if _, err := tryEval[any](p, `(() => { window.__bench.key('Enter', 'Enter'); return null; })()`, actionTimeout); err != nil {
		g.failed = "the page stopped answering: " + err.Error()
		return g
	}
	time.Sleep(benchSettle)
	st0, hasPerf := readPerf(t, p)
	g.fps = countFrames(t, p, growthRun)
	if hasPerf {
		st, _ := readPerf(t, p)
		g.perf, g.frames = &st, st.Drawn-st0.Drawn
	}
	mem, err := tryEval[float64](p, `window.__bench.memory()`, actionTimeout)
	if err != nil {
		g.failed = "the page stopped answering: " + err.Error()
		return g
	}
	g.mem = mem
	// Pause again for the next load.
	tryEval[any](p, `(() => { window.__bench.key('Enter', 'Enter'); return null; })()`, actionTimeout)
	t.Logf("%s, %d points: loaded in %.1f s, wasm memory %.0f MB, %.1f frames/s", id, n, g.loadSecs, mem/1e6, g.fps.fps)
	return g
}
