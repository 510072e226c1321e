//go:build e2e && bench

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/neurona/neurona/internal/pointscsv"
)

// perfWindow is the number of frames neurona.perf() describes
// (scenes/ui/frametime.Window); perfWait bounds the wait for that many
// frames of one scene. Software WebGL draws only 7–17 frames a second, so
// 300 frames take 18–45 s; a p95 over fewer frames rests on a handful of
// the slowest and moves by a millisecond from run to run.
const (
	perfWindow    = 300
	perfWait      = 50 * time.Second
	perfMissing   = "perf() not published by this build"
	p95TargetMs   = 4.0
	benchPlayKeys = `b.key('Enter', 'Enter')`
)

// perfStats is the JSON of neurona.perf().
type perfStats struct {
	Frames, Ticks, Drawn int
	Update, Draw, Total  struct{ P50, P95 float64 }
}

// readPerf returns neurona.perf(), or ok false when the page does not
// publish it.
func readPerf(t *testing.T, p *Page) (s perfStats, ok bool) {
	t.Helper()
	js, err := tryEval[string](p, `window.__bench.perf()`, actionTimeout)
	if err != nil {
		t.Fatalf("perf(): %v", err)
	}
	if js == "" {
		return s, false
	}
	if err := json.Unmarshal([]byte(js), &s); err != nil {
		t.Fatalf("perf() is not the expected JSON: %v\n%s", err, js)
	}
	return s, true
}

// A benchScene is one scene measured while it works. setup runs after
// switching to it; pending, when set, says why the case is not measured
// yet although the scene exists.
type benchScene struct {
	id, what string
	setup    func(t *testing.T, p *Page)
	pending  string
}

func jsSetup(js string) func(*testing.T, *Page) {
	return func(t *testing.T, p *Page) {
		Eval[any](p, `(() => { const b = window.__bench; `+js+`; return null; })()`)
	}
}

// The top speed: the player takes + before the scene takes N (which
// raises the speed to 60 steps/s at least), so the speed keys come a
// second later.
const topSpeedJS = `setTimeout(() => { for (let i = 0; i < 16; i++) b.key('Equal', '=') }, 1000)`

// benchScenes lists every scene the benchmark knows how to drive. Which of
// them are measured is decided by the page: a scene that neurona.scene()
// refuses is skipped with a line in the report.
var benchScenes = []benchScene{
	{id: "neuron", what: "θ₁ nudged with ↑ / ↓ every frame", setup: jsSetup(`b.nudge()`)},
	{id: "perceptron", what: "3,000 points (a dropped CSV), playing", setup: func(t *testing.T, p *Page) {
		n := 3000
		dropPoints(t, p, "perceptron", n)
		if got := waitPoints(t, p, n, 60*time.Second); got != n {
			t.Fatalf("perceptron: %d of %d points loaded", got, n)
		}
		// Away and back: an app that resets perf() on a scene switch
		// then forgets the frames of the load, a one-off cost.
		for _, id := range []string{"neuron", "perceptron"} {
			Eval[any](p, `window.neurona.scene(`+strconv.Quote(id)+`)`)
			p.WaitState(t, `s.scene === `+strconv.Quote(id))
		}
		jsSetup(benchPlayKeys)(t, p)
	}},
	{id: "xor", what: "training from scratch (N) at the top speed", setup: jsSetup(`b.key('KeyN', 'n'); ` + topSpeedJS)},
	{id: "gradient", what: "playing", setup: jsSetup(benchPlayKeys)},
	{id: "backprop", what: "playing", setup: jsSetup(benchPlayKeys)},
	{id: "regression", what: "playing", setup: jsSetup(benchPlayKeys)},
	// Preset 9 is the case (e2e/testdata/embedding-1000-4x8-tsne.json is
	// its export, and scenes/embedding's tests keep the two equal).
	{id: "embedding", what: "1,000 points, 4 hidden layers of 8 units, t-SNE on (Shift+9), training at the top speed",
		setup: jsSetup(`b.key('Digit9', '(', true); setTimeout(() => b.key('Enter', 'Enter'), 1000); ` + topSpeedJS)},
}

// sceneResult is one scene's figures.
type sceneResult struct {
	id, what, skipped string // skipped: why it was not measured
	fps, blank        fpsRun // the scene's frame rate and the blank page's beside it
	steps, ticks      int
	perf              *perfStats // nil: perf() not published
	caseFrames        int        // frames drawn since the case began
}

// benchScenesRun measures each scene the page accepts while it works: its
// own Update and Draw time from perf(), and, as information, its frame
// rate against the blank page. Both pages stay open; while one is
// measured the other's frames are held, blank and scene windows
// alternate, and each scene is compared with the blank windows on either
// side.
func benchScenesRun(t *testing.T, r *benchReport, appURL, blankURL string) {
	pb := openBench(t, blankURL+"#lang=es")
	pa := openBench(t, appURL+"#scene=neuron&lang=es")
	freeze(t, pa, true)
	time.Sleep(benchSettle)
	prev := countFrames(t, pb, benchWindow)
	r.blankFPS, r.blankDraws = append(r.blankFPS, prev.fps), append(r.blankDraws, prev.draws)
	for _, sc := range benchScenes {
		res := sceneResult{id: sc.id, what: sc.what}
		if msg := Eval[any](pa, `window.neurona.scene(`+strconv.Quote(sc.id)+`)`); msg != nil {
			r.note("scene %s: skipped, this build's neurona.scene() refuses it (%s)", sc.id, short(fmt.Sprint(msg)))
			res.skipped = "not in this build (skipped)"
			if sc.pending != "" {
				res.skipped = "not in this build; " + sc.pending
			}
			r.scenes = append(r.scenes, res)
			continue
		}
		if sc.pending != "" {
			res.skipped = sc.pending
			r.scenes = append(r.scenes, res)
			continue
		}
		freeze(t, pb, true)
		freeze(t, pa, false)
		ok := t.Run(sc.id, func(t *testing.T) { res = runScene(t, pa, sc) })
		if !ok {
			res.skipped = "the case failed (see the log)"
			r.scenes = append(r.scenes, res)
			// The page may be in any state: go on with a fresh one.
			pa.close()
			pa = openBench(t, appURL+"#scene=neuron&lang=es")
		}
		freeze(t, pa, true)
		freeze(t, pb, false)
		time.Sleep(benchSettle)
		next := countFrames(t, pb, benchWindow)
		r.blankFPS, r.blankDraws = append(r.blankFPS, next.fps), append(r.blankDraws, next.draws)
		if ok {
			res.blank = fpsRun{fps: (prev.fps + next.fps) / 2}
			r.scenes = append(r.scenes, res)
		}
		prev = next
	}
}

// runScene switches the page to the scene, starts its work and measures
// its frame rate over benchWindow, then waits until perf() describes
// frames of this case only (perfWindow of them, at most perfWait).
func runScene(t *testing.T, p *Page, sc benchScene) sceneResult {
	p.WaitState(t, `s.scene === `+strconv.Quote(sc.id))
	Eval[any](p, `(() => { window.__bench.stop = false; return null; })()`)
	start := time.Now()
	sc.setup(t, p)
	st0, ok := readPerf(t, p)
	stopProfile := startProfile(t, p, sc.id)
	time.Sleep(benchSettle)
	s0 := p.State(t)
	fr := countFrames(t, p, benchWindow)
	s1 := p.State(t)
	res := sceneResult{id: sc.id, what: sc.what, fps: fr,
		steps: num(s1, "step") - num(s0, "step"), ticks: num(s1, "frame") - num(s0, "frame")}
	if ok {
		for {
			st, _ := readPerf(t, p)
			if st.Drawn < st0.Drawn {
				st0.Drawn = 0 // the recorder was reset (a build that resets it on a scene switch)
			}
			res.caseFrames = st.Drawn - st0.Drawn
			if res.caseFrames >= perfWindow || time.Since(start) > perfWait {
				res.perf = &st
				break
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	stopProfile()
	// Stop the work (a second Enter pauses what the first one started).
	Eval[any](p, `(() => { window.__bench.stop = true; window.__bench.key('Enter', 'Enter'); return null; })()`)
	if res.perf != nil {
		t.Logf("%s (%s): Update+Draw p50 %.2f ms, p95 %.2f ms over %d frames (%d of this case); %.1f frames/s",
			sc.id, sc.what, res.perf.Total.P50, res.perf.Total.P95, res.perf.Frames, res.caseFrames, fr.fps)
	} else {
		t.Logf("%s (%s): %s; %.1f frames/s", sc.id, sc.what, perfMissing, fr.fps)
	}
	return res
}

func num(s map[string]any, key string) int {
	f, _ := s[key].(float64)
	return int(f)
}

// dropPoints drops a CSV of n generated points onto the page, in the
// format the scene id reads (package pointscsv).
func dropPoints(t *testing.T, p *Page, id string, n int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("puntos-%d.csv", n))
	if err := os.WriteFile(path, pointscsv.Make(id, n), 0o644); err != nil {
		t.Fatal(err)
	}
	w, h := Eval[float64](p, `innerWidth`), Eval[float64](p, `innerHeight`)
	p.drop(t, w/2, h/2, path)
}

// waitPoints waits until the state document has n points, or returns the
// count it has after timeout (a cap or a refusal).
func waitPoints(t *testing.T, p *Page, n int, timeout time.Duration) int {
	t.Helper()
	end := time.Now().Add(timeout)
	got := -1
	for time.Now().Before(end) {
		v, err := tryEval[float64](p, `window.__bench.points()`, timeout)
		if err == nil {
			got = int(v)
			if got == n {
				return got
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	return got
}

func short(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}
