package embedding

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"math"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

func fresh() ui.Scene { return New() }

func TestKeysAndTranslations(t *testing.T) {
	scenetest.NoConflicts(t, New())
	var keys []string
	for _, k := range engine.DataKinds {
		keys = append(keys, "embedding.data."+k.String())
	}
	for _, a := range activations {
		keys = append(keys, "embedding.act."+a.String())
	}
	for _, v := range model.Views {
		keys = append(keys, "embedding.view."+v)
	}
	keys = append(keys, "embedding.data."+Custom)
	scenetest.Translations(t, New(), keys, "embedding.data.", "embedding.act.", "embedding.view.")
}

// TestTrainingLearnsMoons: playing trains the first preset until the
// training points are classified, and the state says so.
func TestTrainingLearnsMoons(t *testing.T) {
	r := scenetest.New(t, New())
	before := r.State()
	r.Steps(3)
	if got := r.State()["step"].(float64); got != 3 {
		t.Fatalf("after three Spaces, step = %v", got)
	}
	for range 10 {
		r.Do(keymap.Faster)
	}
	r.Do(keymap.Play)
	for range 200 {
		r.Tick()
	}
	// As many steps as the tick's budget pays for, which is the speed
	// shown: a hundred a second or more for two hundred points.
	want := r.S.player.Cap * 200 / ui.TPS
	if st := float64(r.S.run.Step() - 3); st < 0.9*want || want < 300 {
		t.Fatalf("playing at top speed for 200 ticks took %v steps, the budget pays for %.1f", st, want)
	}
	// The tick's work budget sets the pace: train on to 2,500 steps.
	for i := 0; i < 2000 && r.S.run.Step() < 2500; i++ {
		r.Tick()
	}
	m := r.State()
	if m["accuracy"].(float64) < 0.95 || m["testAccuracy"].(float64) < 0.9 {
		t.Errorf("accuracy %v, test %v after training on the moons", m["accuracy"], m["testAccuracy"])
	}
	if m["loss"].(float64) >= before["loss"].(float64) {
		t.Errorf("loss %v did not fall from %v", m["loss"], before["loss"])
	}
	// The start is kept, the parameters moved.
	if js(m["start"]) != js(before["params"]) || js(m["params"]) == js(before["params"]) {
		t.Error("start should be the step-0 parameters and params the current ones")
	}
}

func js(v any) string { b, _ := json.Marshal(v); return string(b) }

// TestBackAndForward: ← returns to the previous snapshot and → comes back,
// and the history is bounded.
func TestBackAndForward(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(5)
	at5 := r.StateJSON()
	r.Do(keymap.Back)
	if r.State()["step"].(float64) != 4 {
		t.Fatalf("back: step %v, want 4", r.State()["step"])
	}
	r.Do(keymap.Forward)
	if r.StateJSON() != at5 {
		t.Error("forward did not return to step 5 exactly")
	}
	for range model.HistoryLimit + 20 {
		r.S.run.Advance(1)
	}
	if _, n := r.S.run.History(); n != model.HistoryLimit {
		t.Errorf("history holds %d snapshots, want the limit %d", n, model.HistoryLimit)
	}
}

// TestStateRoundTripReplays: a loaded document replays from start to step
// and publishes the same state.
func TestStateRoundTripReplays(t *testing.T) {
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, 6) // three classes
	r.Steps(25)
	scenetest.RoundTrip(t, r.S, fresh)
	m := r.State()
	if m["classes"].(float64) != 3 || m["dataset"] != "blobs3" {
		t.Errorf("classes %v dataset %v", m["classes"], m["dataset"])
	}
	pts := m["points"].([]any)
	emb := m["embedding"].([]any)
	if len(emb) != len(pts) {
		t.Fatalf("%d embedding rows for %d points", len(emb), len(pts))
	}
	tests := 0
	for _, p := range pts {
		if p.(map[string]any)["test"] == true {
			tests++
		}
	}
	if want := int(math.Round(0.3 * float64(len(pts)))); tests != want {
		t.Errorf("%d held-out points, want 30 %% = %d", tests, want)
	}
	// The chosen layer has two units: the embedding is the layer itself.
	net := r.S.run.Net()
	e0 := emb[0].([]any)
	var f engine.NetForward
	p0 := pts[0].(map[string]any)["x"].([]any)
	net.Forward([2]float64{p0[0].(float64), p0[1].(float64)}, &f)
	if math.Abs(e0[0].(float64)-f.Z[2][0]) > 1e-12 || math.Abs(e0[1].(float64)-f.Z[2][1]) > 1e-12 {
		t.Errorf("embedding[0] = %v, want layer 2's outputs %v", e0, f.Z[2][:2])
	}
}

// TestLoadChangesNetworkAndView loads a document by hand: four layers,
// a chosen layer of 8 units (PCA) and mini-batches, replayed.
func TestLoadChangesNetworkAndView(t *testing.T) {
	r := scenetest.New(t, New())
	err := r.Load(map[string]any{
		"points": []any{
			map[string]any{"x": []float64{0, 0}, "y": 0},
			map[string]any{"x": []float64{1, 1}, "y": 1},
			map[string]any{"x": []float64{-1, 1}, "y": 2, "test": true},
			map[string]any{"x": []float64{1, -1}, "y": 3},
		},
		"layers": []int{3, 8, 4, 2}, "layer": 2, "activation": "relu", "batch": 2, "step": 7, "lr": 0.05,
	})
	if err != nil {
		t.Fatal(err)
	}
	m := r.State()
	if m["classes"].(float64) != 4 || m["dataset"] != Custom && m["dataset"] != "moons" {
		t.Errorf("classes %v, dataset %v", m["classes"], m["dataset"])
	}
	if m["step"].(float64) != 7 || r.S.emb.D != 8 || !r.S.emb.PCA {
		t.Errorf("step %v, layer width %d, pca %v", m["step"], r.S.emb.D, r.S.emb.PCA)
	}
	p := m["params"].(map[string]any)
	if w := p["W2"].([]any); len(w) != 8 || len(w[0].([]any)) != 3 {
		t.Errorf("W2 is %d×%d, want 8×3 (out×in)", len(w), len(w[0].([]any)))
	}
	if w := p["W5"].([]any); len(w) != 4 {
		t.Errorf("W5 has %d rows, want K = 4", len(w))
	}
	scenetest.RoundTrip(t, r.S, fresh)
}

func TestBadDocumentsAreRefused(t *testing.T) {
	scenetest.Refuses(t, fresh, "points",
		`{"points":[{"x":[0,0],"y":4}]}`,
		`{"points":[{"x":[0,0],"y":0.5}]}`,
		`{"points":[{"x":[0],"y":1}]}`,
		`{"points":[{"x":[1e300,0],"y":1}]}`)
	scenetest.Refuses(t, fresh, "layers", `{"layers":[]}`, `{"layers":[2,2,2,2,2]}`, `{"layers":[9]}`, `{"layers":[1.5]}`, `{"layers":"x"}`)
	scenetest.Refuses(t, fresh, "classes", `{"classes":5}`, `{"classes":2,"points":[{"x":[0,0],"y":3}]}`)
	scenetest.Refuses(t, fresh, "activation", `{"activation":"sign"}`)
	scenetest.Refuses(t, fresh, "view", `{"view":"umap"}`)
	scenetest.Refuses(t, fresh, "layer", `{"layer":3}`, `{"layers":[2],"layer":2}`)
	scenetest.Refuses(t, fresh, "lr", `{"lr":-1}`, `{"lr":0}`, `{"lr":"fast"}`)
	scenetest.Refuses(t, fresh, "split", `{"split":0.95}`)
	scenetest.Refuses(t, fresh, "dataset", `{"dataset":"iris"}`)
	scenetest.Refuses(t, fresh, "params",
		`{"params":{"W1":[[1,2]],"b1":[0]}}`,
		`{"params":{"W1":[[1,2],[3,4],[5,6],[7,8],[1,2],[3,4],[5,6],[7,8]],"b1":[0,0,0,0,0,0,0,0],"W2":[[1,1]],"b2":[0],"W3":[[1]],"b3":[0]}}`)
	scenetest.Refuses(t, fresh, "start", `{"start":{"W1":"no"}}`)
	scenetest.Refuses(t, fresh, "step", `{"step":-1}`, `{"step":100000000}`)
}

// TestClickAddsPointsOfTheChosenClass: K picks the class, a click adds it,
// right click adds class 0, Ctrl+click removes, and K follows the data.
func TestClickAddsPointsOfTheChosenClass(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(keymap.Clear)
	if n := len(r.S.pts); n != 0 {
		t.Fatalf("C left %d points", n)
	}
	p := r.C.Plane
	for range 3 {
		r.Do(actClass) // class 3
	}
	r.ClickIn(p, 0.3, 0.3)
	r.Click(p.X+p.W*0.7, p.Y+p.H*0.7, ui.ButtonRight)
	m := r.State()
	pts := m["points"].([]any)
	if len(pts) != 2 || pts[0].(map[string]any)["y"].(float64) != 3 || pts[1].(map[string]any)["y"].(float64) != 0 {
		t.Fatalf("points %v", pts)
	}
	if m["classes"].(float64) != 4 || m["dataset"] != Custom {
		t.Errorf("classes %v dataset %v: K follows the data", m["classes"], m["dataset"])
	}
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: p.X + p.W*0.3, Y: p.Y + p.H*0.3, Ctrl: true},
		ui.PointerEvent{Kind: ui.PointerUp, X: p.X + p.W*0.3, Y: p.Y + p.H*0.3, Ctrl: true})
	r.Tick()
	if n := len(r.S.pts); n != 1 {
		t.Errorf("Ctrl+click left %d points", n)
	}
	r.Do(keymap.Undo)
	if n := len(r.S.pts); n != 2 {
		t.Errorf("undo gave %d points, want 2", n)
	}
}

// TestParamsStep: ↑ / ↓ move the selected cell; α walks its 1-2-5 ladder
// without restarting training, a layer's width restarts it.
func TestParamsStep(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(4)
	for r.S.sel != paramLR {
		r.Do(keymap.ParamNext)
	}
	r.Do(keymap.ParamInc)
	if r.S.lr != 0.2 || r.S.run.Step() != 4 {
		t.Errorf("α ↑ from 0.1: α = %v, step %d (want 0.2, still 4)", r.S.lr, r.S.run.Step())
	}
	for r.S.sel != paramUnits {
		r.Do(keymap.ParamPrev)
	}
	r.Do(keymap.ParamInc)
	if r.S.hidden[r.S.layer-1] != 3 || r.S.run.Step() != 0 {
		t.Errorf("units ↑: %v, step %d", r.S.hidden, r.S.run.Step())
	}
	// Clicking a cell selects it; clicking it again steps it.
	cell := r.S.v.cells[paramLayers]
	r.ClickIn(cell, 0.75, 0.5)
	r.ClickIn(cell, 0.75, 0.5)
	if r.S.sel != paramLayers || r.S.layers != 3 {
		t.Errorf("clicks on the layers cell: selected %d, layers %d", r.S.sel, r.S.layers)
	}
}

// TestDivergenceIsReported: an enormous α is refused, said so, never NaN.
func TestDivergenceIsReported(t *testing.T) {
	r := scenetest.New(t, New())
	if err := r.Load(map[string]any{"lr": 10, "layers": []int{8, 8, 8, 8}, "activation": "relu"}); err != nil {
		t.Fatal(err)
	}
	for range 10 {
		r.Do(keymap.Faster)
	}
	r.Do(keymap.Play)
	for range 60 {
		r.Tick()
	}
	s := r.StateJSON()
	if strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
		t.Fatal("the state holds NaN or Inf")
	}
}

// TestTSNEViewSettles: in the t-SNE view both embeddings calibrate over
// some ticks, then iterate, and the KL divergence falls.
func TestTSNEViewSettles(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(actView)
	r.Do(actView)
	if r.S.view != model.ViewTSNE {
		t.Fatalf("view %q after V V", r.S.view)
	}
	// P is calibrated within the tick's budget: some ticks pass before the
	// first KL.
	ticks := 0
	for _, kl := r.S.tsne.KL(); kl < 0 && ticks < 600; _, kl = r.S.tsne.KL() {
		r.Tick()
		ticks++
	}
	_, kl0 := r.S.tsne.KL()
	for range 800 {
		r.Tick()
	}
	_, kl1 := r.S.tsne.KL()
	if kl0 < 0 || kl1 < 0 || kl1 >= kl0 {
		t.Errorf("KL of the layer's t-SNE went from %v to %v", kl0, kl1)
	}
	emb := r.State()["embedding"].([]any)
	if len(emb) != len(r.S.pts) {
		t.Errorf("%d embedding rows for %d points", len(emb), len(r.S.pts))
	}
}

// TestMorphAnimates: M moves the points from the layer's space to the input
// plane over a few ticks.
func TestMorphAnimates(t *testing.T) {
	r := scenetest.New(t, New())
	at1 := append([]float64(nil), r.S.v.spaceXY.xy...)
	r.Do(actMorph)
	for range 80 {
		r.Tick()
	}
	if r.S.v.morph != 0 {
		t.Fatalf("morph at %v after the tween, want 0", r.S.v.morph)
	}
	x0, y0 := mapInto(&r.S.v.plane, &r.S.v.space, r.S.pts[0].X)
	if math.Abs(r.S.v.spaceXY.xy[0]-x0) > 1e-9 || math.Abs(r.S.v.spaceXY.xy[1]-y0) > 1e-9 || r.S.v.spaceXY.xy[0] == at1[0] {
		t.Errorf("point 0 at (%v, %v), want the input plane's (%v, %v)", r.S.v.spaceXY.xy[0], r.S.v.spaceXY.xy[1], x0, y0)
	}
}

// TestReadCSV reads class indices and refuses a bad file by name and line.
func TestReadCSV(t *testing.T) {
	s := scenetest.New(t, New()).S
	if err := s.ReadCSV("pts.csv", []byte("x1,x2,y\n0,0,0\n1,1,2\n-1,0.5,1\n")); err != nil {
		t.Fatal(err)
	}
	if len(s.pts) != 3 || s.k != 3 || s.dataset != Custom {
		t.Errorf("%d points, K = %d, dataset %q", len(s.pts), s.k, s.dataset)
	}
	err := s.ReadCSV("bad.csv", []byte("x1,x2,y\n0,0,7\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "bad.csv:2:") {
		t.Errorf("error %v, want one naming bad.csv:2", err)
	}
	if len(s.pts) != 3 {
		t.Error("a refused file changed the data")
	}
}

// TestDrawUsesClassColours draws a frame with four classes: each class's
// colour appears on screen, and the hover enlarges a unit.
func TestDrawUsesClassColours(t *testing.T) {
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, 7) // four blobs
	n := r.S.v.nodes[1][0]
	r.C.In.CursorX, r.C.In.CursorY, r.C.In.HasCursor = n.X+n.W/2, n.Y+n.H/2, true
	r.Tick()
	if r.S.hoverU != (unitRef{1, 0}) {
		t.Fatalf("hovered unit %v, want layer 1 unit 0", r.S.hoverU)
	}
	onGame(func() {
		img := r.Draw()
		p := r.C.Plane
		for k := range 4 {
			want := r.C.Theme.ClassColor(k)
			found := false
			for i := 0; i < len(r.S.pts) && !found; i++ {
				if r.S.pts[i].Class != k || r.S.pts[i].Test {
					continue
				}
				x, y := r.S.v.plane.ToScreen(r.S.pts[i].X)
				if !p.Contains(x, y) {
					continue
				}
				c := img.At(int(x), int(y))
				cr, cg, cb, _ := c.RGBA()
				found = cr>>8 == uint32(want.R) && cg>>8 == uint32(want.G) && cb>>8 == uint32(want.B)
			}
			if !found {
				t.Errorf("no point of class %d drawn in its colour", k)
			}
		}
	})
}

// BenchmarkTick1000TSNE is one playing tick of the benchmark's case: 1,000
// points, four hidden layers of 8, the t-SNE view (training, the layer's
// space, both t-SNEs, the regions and the units' pictures).
func BenchmarkTick1000TSNE(b *testing.B) {
	r := scenetest.New(b, New())
	r.DoArg(keymap.Preset, 9)
	for range 10 {
		r.Do(keymap.Faster)
	}
	r.Do(keymap.Play)
	for range 40 {
		r.Tick() // past most of the first calibration
	}
	b.ResetTimer()
	for b.Loop() {
		r.Tick()
	}
}

// TestFrameWorkIsBounded: with preset 9 (1,000 points, 4 hidden layers of
// 8, t-SNE) training at the top speed, no tick's work (training, the
// network's pictures and numbers, t-SNE; counted in engine's work units)
// goes past the tick's budget by more than the smallest step of its parts
// (a row's distances, a row of the gradient with KL: the calibration of P
// is evaluated a part of a row at a time, the follower takes the points
// its part pays for); the budget is used; training, the pictures and
// t-SNE all move on, training at the pace the title bar shows.
func TestFrameWorkIsBounded(t *testing.T) {
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, 9)
	r.S.player.Speed = len(ui.Speeds) - 1
	r.Do(keymap.Play)
	if !r.S.player.Playing || len(r.S.pts) != 1000 || r.S.view != model.ViewTSNE {
		t.Fatalf("playing %v, %d points, view %q", r.S.player.Playing, len(r.S.pts), r.S.view)
	}
	// The smallest step of a part: a row's distances (a thousand 8-D
	// points) or a row of t-SNE's gradient with KL (a logarithm a pair).
	slack := 1000*8/4 + 5*1000
	step0, pics0 := r.S.run.Step(), r.S.fol.passes
	budget := r.S.tickBudget() // the t-SNE view's, while playing
	total, most := 0, 0
	const ticks = 400
	laidOut := 0
	for range ticks {
		laid := r.S.v.panelLaid
		r.Tick()
		total += r.S.work
		most = max(most, r.S.work)
		if r.S.work > budget+slack {
			t.Fatalf("tick at step %d: %d work units, budget %d", r.S.run.Step(), r.S.work, budget)
		}
		if r.S.v.panelLaid != laid {
			// The panel's layout is charged: the rest of the tick's
			// work leaves room for it.
			laidOut++
			if parts := r.S.work - r.S.charged; parts > budget-panelUnits+slack {
				t.Fatalf("tick at step %d laid out the panel and spent %d units besides", r.S.run.Step(), parts)
			}
		}
	}
	if laidOut < 2 {
		t.Errorf("the panel was laid out %d times in %d ticks", laidOut, ticks)
	}
	if total < ticks*budget*8/10 {
		t.Errorf("%d units over %d ticks: the budget of %d a tick is not used", total, ticks, budget)
	}
	// Training takes the steps its part of the budget pays for, which is
	// the speed shown (Player.Cap, under the top speed's setting).
	steps, want := r.S.run.Step()-step0, r.S.player.Cap*ticks/ui.TPS
	if shown := r.S.player.StepsPerSecond(); shown != r.S.player.Cap || shown >= ui.Speeds[len(ui.Speeds)-1] {
		t.Errorf("the speed shown is %g steps/s, the budget pays for %g", shown, r.S.player.Cap)
	}
	if float64(steps) < 0.9*want || float64(steps) > want+1 {
		t.Errorf("in %d ticks: %d steps, the budget pays for %.1f", ticks, steps, want)
	}
	if r.S.fol.passes-pics0 < 3 || r.S.tsne.Raw == nil || r.S.tsne.Raw.CalibratedRows() < 100 {
		t.Errorf("in %d ticks: %d passes of the follower, raw t-SNE's P at row %d", ticks, r.S.fol.passes-pics0, r.S.tsne.Raw.CalibratedRows())
	}
	// Paused, a step is followed at once.
	r.Do(keymap.Play)
	r.Do(keymap.Step)
	if m := r.S.v.metrics; m.Step != r.S.run.Step() || r.S.fol.busy {
		t.Errorf("after Space: metrics of step %d at step %d, follower busy %v", m.Step, r.S.run.Step(), r.S.fol.busy)
	}
}

// TestTouchToggleCyclesTheClass: each press of the touch bar's class toggle
// (the context's TouchClass flipping) moves to the next class, and a tap
// adds a point of it.
func TestTouchToggleCyclesTheClass(t *testing.T) {
	r := scenetest.New(t, New())
	r.C.TouchClass = 1
	r.Tick()
	if r.S.class != 0 {
		t.Fatalf("class %d before any press", r.S.class)
	}
	for want := 1; want <= 4; want++ {
		r.C.TouchClass = -r.C.TouchClass
		r.Tick()
		if r.S.class != want%4 {
			t.Fatalf("after %d presses: class %d, want %d", want, r.S.class, want%4)
		}
	}
	r.C.TouchClass = -r.C.TouchClass
	r.Tick()
	n := len(r.S.pts)
	p := r.C.Plane
	x, y := p.X+p.W*0.03, p.Y+p.H*0.03
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y, Touch: true, Button: ui.ButtonLeft})
	r.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y, Touch: true, Button: ui.ButtonLeft})
	r.Tick()
	if len(r.S.pts) != n+1 || r.S.pts[n].Class != 1 {
		t.Errorf("a tap added %d points, the last of class %d; want one of class 1", len(r.S.pts)-n, r.S.pts[len(r.S.pts)-1].Class)
	}
}

// TestTSNELayoutIsRestored: a document in the t-SNE view carries the
// layer's layout; loading it starts the layer's t-SNE there (the state's
// "embedding" reads back the same before and after the embedding is
// built), and a layout of the wrong size or with a non-number is refused.
func TestTSNELayoutIsRestored(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(actView)
	r.Do(actView)
	for range 400 {
		r.Tick()
	}
	doc := r.State()
	if doc["view"] != model.ViewTSNE || r.S.tsne.Layer == nil || r.S.tsne.Layer.Iter() == 0 {
		t.Fatal("the layer's t-SNE did not start")
	}
	want := doc["embedding"].([]any)
	// Move it somewhere recognisable: shifted by (3, −2).
	for i, row := range want {
		xy := row.([]any)
		want[i] = []any{xy[0].(float64) + 3, xy[1].(float64) - 2}
	}
	doc["embedding"] = want
	b := scenetest.New(t, New())
	if err := b.Load(doc); err != nil {
		t.Fatal(err)
	}
	same := func(when string) {
		got := b.State()["embedding"].([]any)
		if len(got) != len(want) {
			t.Fatalf("%s: %d positions, want %d", when, len(got), len(want))
		}
		for i := range got {
			g, w := got[i].([]any), want[i].([]any)
			if g[0] != w[0] || g[1] != w[1] {
				t.Fatalf("%s: point %d at %v, the document has %v", when, i, g, w)
			}
		}
	}
	same("loaded")
	b.Tick()
	if b.S.tsne.Layer == nil {
		t.Fatal("no layer t-SNE after a tick")
	}
	same("built")
	short := r.State()
	short["embedding"] = want[:3]
	if err := scenetest.New(t, New()).Load(short); err == nil || !strings.Contains(err.Error(), "embedding") {
		t.Errorf("3 positions for %d points: %v", len(want), err)
	}
	bad := r.State()
	rows := bad["embedding"].([]any)
	rows[0] = []any{1.0}
	if err := scenetest.New(t, New()).Load(bad); err == nil || !strings.Contains(err.Error(), "embedding") {
		t.Errorf("a position of one number: %v", err)
	}
}

// TestNoLabelCoversAPoint: at a projector's, a large screen's and a phone's
// scene area, every preset reports its plane's labels (the axis names) and
// its points, and no label covers a point or another label.
func TestNoLabelCoversAPoint(t *testing.T) {
	for _, size := range [][2]float64{{1280, 660}, {1920, 1020}, {390, 800}} {
		r := scenetest.NewSize(t, New(), size[0], size[1])
		for n := 1; n <= len(presets); n++ {
			r.DoArg(keymap.Preset, n)
			r.Draw()
			rep := r.C.Layout()
			if len(rep.Labels) == 0 || len(rep.Markers) < len(r.S.pts) {
				t.Errorf("%v preset %d: %d labels, %d markers for %d points", size, n, len(rep.Labels), len(rep.Markers), len(r.S.pts))
			}
			for _, o := range r.Overlaps(fmt.Sprintf("%v preset %d", size, n)) {
				t.Error(o)
			}
		}
	}
}

// TestPhoneLayoutFits: on an upright phone (390×844 less the title bar)
// every part of the panel (cells, numbers, class buttons, the curves) lies
// inside the scene's area, with room left for the views and the network.
func TestPhoneLayoutFits(t *testing.T) {
	for _, h := range []float64{790, 800} {
		r := scenetest.NewSize(t, New(), 390, h)
		r.Draw()
		v := &r.S.v
		b := r.C.Bounds
		last := v.cells[numParams-1]
		switch {
		case v.side.Bottom() > b.Bottom()+0.5 || v.side.Y < b.Y:
			t.Errorf("390×%v: panel %+v outside %+v", h, v.side, b)
		case last.Bottom() > v.side.Bottom() || v.classBottom+r.C.Px(minPlotsH) > v.side.Bottom():
			t.Errorf("390×%v: cells end at %v, class buttons at %v, panel at %v: no room for the curves", h, last.Bottom(), v.classBottom, v.side.Bottom())
		case v.plane.Rect.H < 100 || v.netRect.H < 80:
			t.Errorf("390×%v: plane %v high, network %v high", h, v.plane.Rect.H, v.netRect.H)
		}
		for i, c := range v.cells {
			if c.Right() > b.Right() || c.Empty() {
				t.Errorf("390×%v: cell %d at %+v", h, i, c)
			}
		}
	}
}

// TestPanelFollowsItsValues: the side panel, drawn into the still layer,
// shows a changed parameter in the next frame, and an unchanged frame
// draws the same panel.
func TestPanelFollowsItsValues(t *testing.T) {
	r := scenetest.New(t, New())
	cell := r.S.v.cells[paramNoise]
	grab := func() []byte {
		var pix []byte
		onGame(func() {
			img := r.Draw()
			sub := img.SubImage(image.Rect(int(cell.X), int(cell.Y), int(cell.Right()), int(cell.Bottom()))).(*ebiten.Image)
			b := sub.Bounds()
			pix = make([]byte, 4*b.Dx()*b.Dy())
			sub.ReadPixels(pix)
		})
		return pix
	}
	a := grab()
	r.Tick()
	if !bytes.Equal(a, grab()) {
		t.Fatal("the noise cell changed with nothing changed")
	}
	r.S.sel = paramNoise
	r.Do(keymap.ParamInc)
	if bytes.Equal(a, grab()) {
		t.Errorf("the noise cell still shows %v after ↑ (noise now %v)", presets[0].noise, r.S.noise)
	}
}

// TestMarkersArePlacedWhenTheyMove: while playing, the data plane's
// markers, which stay put, are not placed anew every tick (a thousand
// points, every tick); a dragged point's marker follows the pointer in
// every tick of the drag.
func TestMarkersArePlacedWhenTheyMove(t *testing.T) {
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, 9)
	r.S.player.Speed = len(ui.Speeds) - 1
	r.Do(keymap.Play)
	r.Tick()
	placed := r.S.v.placed
	for range 50 {
		r.Tick()
	}
	if n := r.S.v.placed - placed; n != 0 {
		t.Errorf("the points' markers were placed %d times in 50 ticks of play", n)
	}
	r.Do(keymap.Play) // pause
	xy := r.S.v.planeXY.xy
	x, y := xy[0], xy[1]
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y, Button: ui.ButtonLeft})
	r.Tick()
	i := r.S.drag
	if i < 0 {
		t.Fatal("no point dragged")
	}
	for step := 1; step <= 3; step++ {
		to := [2]float64{x + 10*float64(step), y + 7*float64(step)}
		r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: to[0], Y: to[1], Button: ui.ButtonLeft})
		r.Tick()
		got := [2]float64{r.S.v.planeXY.xy[2*i], r.S.v.planeXY.xy[2*i+1]}
		if math.Abs(got[0]-to[0]) > 1 || math.Abs(got[1]-to[1]) > 1 {
			t.Fatalf("drag step %d: the marker is at %v, the pointer at %v", step, got, to)
		}
	}
}
