package regression

import (
	"encoding/json"
	"image/png"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/regression/model"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// rig returns a rig at preset i (1-based), paused, with its undo history.
func rig(t *testing.T, preset int) *scenetest.Rig[*Scene] {
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, preset)
	return r
}

// TestStepIsTheNotesUpdate: Space takes θ^(k+1) = θ^(k) − α ∂J/∂θ with the
// engine's full-batch gradient of J = Σᵢ (ŷᵢ − yᵢ)², and the state
// publishes that J (the sum) and J/m.
func TestStepIsTheNotesUpdate(t *testing.T) {
	for _, p := range []int{1, 3} {
		r := rig(t, p)
		s := r.S
		data := s.samples()
		before := s.run.Model()
		j, g := before.Gradient(data)
		st := r.State()
		if st["J"] != j || math.Abs(st["mean"].(float64)-j/float64(len(data))) > 1e-12 {
			t.Fatalf("preset %d: J %v mean %v, want %v and %v", p, st["J"], st["mean"], j, j/float64(len(data)))
		}
		// The notes' sum, by hand.
		sum := 0.0
		for _, d := range data {
			e := before.Predict(d.X) - d.Y
			sum += e * e
		}
		if math.Abs(sum-j) > 1e-9*sum {
			t.Errorf("J %v, Σ(ŷ − y)² %v", j, sum)
		}
		r.Do(keymap.Step)
		after := s.run.Model()
		want, gw := before.Params(), g.Vector(before.H)
		got := after.Params()
		for i := range want {
			if d := got[i] - (want[i] - s.alpha*gw[i]); math.Abs(d) > 1e-12*math.Max(1, math.Abs(want[i])) {
				t.Errorf("preset %d: parameter %d: %v, want %v − %v·%v", p, i, got[i], want[i], s.alpha, gw[i])
			}
		}
		if s.run.StepNo() != 1 || r.State()["step"] != 1.0 {
			t.Errorf("step %d", s.run.StepNo())
		}
		jAfter, _ := after.Loss(data)
		if !(jAfter < j) {
			t.Errorf("preset %d: J did not fall: %v → %v", p, j, jAfter)
		}
	}
}

// TestBackForwardAndPlay: ← and → walk the history exactly; a step after ←
// drops the steps ahead; playing takes steps by itself.
func TestBackForwardAndPlay(t *testing.T) {
	r := rig(t, 2)
	s := r.S
	r.Steps(5)
	at5 := s.run.Model()
	r.Do(keymap.Back)
	r.Do(keymap.Back)
	if s.run.StepNo() != 3 {
		t.Fatalf("after ← ←: step %d", s.run.StepNo())
	}
	r.Do(keymap.Forward)
	r.Do(keymap.Forward)
	if s.run.Model() != at5 {
		t.Error("→ → did not return to step 5 exactly")
	}
	r.Do(keymap.Back)
	r.Do(keymap.Step)
	if s.run.StepNo() != 5 || s.run.Len() != 6 || s.run.Model() != at5 {
		t.Errorf("a step after ← should redo step 5 and drop nothing else: step %d, %d kept", s.run.StepNo(), s.run.Len())
	}
	r.Do(keymap.Play)
	for range 60 {
		r.Tick()
	}
	if !s.player.Playing || s.run.StepNo() <= 5 {
		t.Errorf("playing for a second: step %d, playing %v", s.run.StepNo(), s.player.Playing)
	}
	r.Do(keymap.Play)
	r.Do(keymap.ParamInc) // α up: the run goes on from here
	r.Steps(2)
	r.Do(keymap.Reset)
	if s.run.StepNo() != 0 || s.run.Model() != engine.NewRegressor(s.hidden, s.act, s.seed) {
		t.Error("R did not return to the seeded network")
	}
}

// TestDivergenceIsCaughtAndSaid: α = 10⁶ on the line is refused with a
// reason, nothing moves, nothing is NaN; lowering α lets it step again.
func TestDivergenceIsCaughtAndSaid(t *testing.T) {
	r := rig(t, 1)
	s := r.S
	for s.alpha < engine.MaxLR {
		r.Do(keymap.ParamInc)
	}
	start := s.run.Model()
	play(r, 30)
	if s.player.Playing {
		t.Error("still playing after divergence")
	}
	st := r.State()
	why, _ := st["diverged"].(string)
	if why == "" || why == "converging" {
		t.Fatalf("diverged = %v", st["diverged"])
	}
	if !strings.Contains(s.lastNote, "α") && !strings.Contains(s.lastNote, "Diverg") {
		t.Errorf("message %q does not say what happened", s.lastNote)
	}
	if i18nMissing(t, "regression.why."+why) {
		t.Errorf("no words for %q", why)
	}
	j := r.StateJSON()
	if strings.Contains(j, "NaN") || strings.Contains(j, "Inf") {
		t.Errorf("state: %s", j)
	}
	img := r.Draw()
	_ = img
	if s.run.StepNo() > 3 {
		t.Errorf("%d steps taken at α = 10⁶", s.run.StepNo())
	}
	_ = start
	// A diverged step leaves the parameters as they were.
	m := s.run.Model()
	r.Do(keymap.Step)
	if s.run.Model() != m {
		t.Error("a refused step moved θ")
	}
	// Lower α far enough and it steps again.
	for s.alpha > 0.002 {
		r.Do(keymap.ParamDec)
	}
	k := s.run.StepNo()
	r.Do(keymap.Step)
	if s.run.StepNo() != k+1 || r.State()["diverged"] != false {
		t.Errorf("after lowering α: step %d (was %d), diverged %v", s.run.StepNo(), k, r.State()["diverged"])
	}
}

// play plays at 60 steps per second for n ticks.
func play(r *scenetest.Rig[*Scene], n int) {
	for r.S.player.StepsPerSecond() < 60 {
		r.Do(keymap.Faster)
	}
	r.Do(keymap.Play)
	for range n {
		r.Tick()
	}
}

func i18nMissing(t *testing.T, key string) bool {
	r := scenetest.New(t, New())
	return r.C.T(key) == key
}

// TestLineConvergesToLeastSquares: H = 0 descends to the closed-form line
// within 1e-6, on the noisy line and on the outlier cloud, and the state
// carries both.
func TestLineConvergesToLeastSquares(t *testing.T) {
	for _, p := range []int{1, 5} {
		r := rig(t, p)
		s := r.S
		ls, err := engine.LeastSquaresLine(s.samples())
		if err != nil {
			t.Fatal(err)
		}
		for range 3000 {
			s.run.Step(s.samples(), s.alpha)
		}
		r.Tick()
		m := s.run.Model()
		if math.Abs(m.W1[0]-ls.W1[0]) > 1e-6 || math.Abs(m.B1[0]-ls.B1[0]) > 1e-6 {
			t.Errorf("preset %d: GD (%v, %v), least squares (%v, %v)", p, m.W1[0], m.B1[0], ls.W1[0], ls.B1[0])
		}
		st := r.State()
		lsDoc, _ := st["leastSquares"].(map[string]any)
		if lsDoc == nil || fmtJSON(lsDoc["W1"]) != fmtJSON([][]float64{{ls.W1[0]}}) {
			t.Errorf("leastSquares = %v", st["leastSquares"])
		}
		if _, ok := st["W2"]; ok {
			t.Error("H = 0 publishes W2")
		}
	}
	// With H > 0 there is no least-squares field.
	r := rig(t, 3)
	if _, ok := r.State()["leastSquares"]; ok {
		t.Error("H > 0 publishes leastSquares")
	}
}

func fmtJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestUnitsAddUp: the drawn unit curves and b^[2] sum to the drawn ŷ.
func TestUnitsAddUp(t *testing.T) {
	r := rig(t, 3)
	s := r.S
	r.Steps(20)
	m := s.run.Model()
	if m.H != 4 {
		t.Fatalf("H = %d", m.H)
	}
	_, b2 := s.plane.ToScreen([2]float64{0, m.B2})
	_, zero := s.plane.ToScreen([2]float64{0, 0})
	for i := 0; i+1 < len(s.v.yhat); i += 24 {
		sum := b2
		for j := range m.H {
			sum += s.v.units[j][i+1] - zero
		}
		if y := s.v.yhat[i+1]; math.Abs(y-sum) > 1e-6 && y > s.plane.Rect.Y && y < s.plane.Rect.Bottom() {
			t.Errorf("x = %v: ŷ at %v px, b² + Σ units at %v px", s.v.yhat[i], y, sum)
		}
	}
}

// TestPresets: each preset loads its data and network; undo brings the
// previous points back.
func TestPresets(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	if s.preset != defaultPreset || s.hidden != presets[defaultPreset].hidden {
		t.Fatalf("fresh scene: preset %d, H %d", s.preset, s.hidden)
	}
	var prev int
	for i, p := range presets {
		prev = s.data.Len()
		r.DoArg(keymap.Preset, i+1)
		if s.hidden != p.hidden || s.act != p.act || s.alpha != p.alpha || s.data.Len() != len(p.pts()) {
			t.Errorf("preset %d: H %d σ %v α %v, %d points", i+1, s.hidden, s.act, s.alpha, s.data.Len())
		}
		for _, d := range s.samples() {
			if d.X < s.plane.XMin || d.X > s.plane.XMax || d.Y < s.plane.YMin || d.Y > s.plane.YMax {
				t.Errorf("preset %d: point %v outside the view", i+1, d)
			}
		}
	}
	r.Do(keymap.Undo)
	if s.data.Len() != prev {
		t.Errorf("undo after the last preset: %d points, want %d", s.data.Len(), prev)
	}
}

// TestEditingPoints: a click adds (x, y), Ctrl+click removes, dragging
// moves, undo and redo work, and an edit restarts the history from the
// current network.
func TestEditingPoints(t *testing.T) {
	r := rig(t, 1)
	s := r.S
	r.Steps(3)
	m := s.run.Model()
	n := s.data.Len()
	at := func(x, y float64) (float64, float64) { return s.plane.ToScreen([2]float64{x, y}) }
	x, y := at(-2.5, 2.4)
	r.Click(x, y, ui.ButtonLeft)
	if s.data.Len() != n+1 {
		t.Fatalf("click: %d points", s.data.Len())
	}
	if d := s.samples()[n]; math.Abs(d.X+2.5) > 1e-9 || math.Abs(d.Y-2.4) > 1e-9 {
		t.Errorf("added %v, want (−2.5, 2.4)", d)
	}
	if s.run.StepNo() != 0 || s.run.Start != m {
		t.Errorf("after an edit: step %d, start %v (want the network of step 3)", s.run.StepNo(), s.run.Start)
	}
	// Right click adds a point as well (there are no classes here).
	x2, y2 := at(1, -2)
	r.Click(x2, y2, ui.ButtonRight)
	if s.data.Len() != n+2 {
		t.Fatalf("right click: %d points", s.data.Len())
	}
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x2, Y: y2, Ctrl: true}, ui.PointerEvent{Kind: ui.PointerUp, X: x2, Y: y2, Ctrl: true})
	r.Tick()
	if s.data.Len() != n+1 {
		t.Fatalf("Ctrl+click: %d points", s.data.Len())
	}
	// Drag the added point to (−2, 1).
	tx, ty := at(-2, 1)
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
	r.Tick()
	r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: tx, Y: ty})
	r.Tick()
	r.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: tx, Y: ty})
	r.Tick()
	if d := s.samples()[n]; math.Abs(d.X+2) > 1e-9 || math.Abs(d.Y-1) > 1e-9 {
		t.Errorf("dragged to %v, want (−2, 1)", d)
	}
	r.Do(keymap.Undo)
	if d := s.samples()[n]; math.Abs(d.Y-2.4) > 1e-9 {
		t.Errorf("undo of the drag: %v", d)
	}
	r.Do(keymap.Redo)
	if d := s.samples()[n]; math.Abs(d.Y-1) > 1e-9 {
		t.Errorf("redo of the drag: %v", d)
	}
	// Delete over a point removes it.
	r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: tx, Y: ty})
	r.Tick()
	r.Do(keymap.Delete)
	if s.data.Len() != n {
		t.Errorf("Delete: %d points", s.data.Len())
	}
	r.Do(keymap.Clear)
	if s.data.Len() != 0 {
		t.Fatal("C did not clear")
	}
	r.Do(keymap.Step)
	if s.run.StepNo() != 0 || !strings.Contains(s.lastNote, "clic") {
		t.Errorf("a step without data: step %d, note %q", s.run.StepNo(), s.lastNote)
	}
	r.Draw()
}

// TestKeysChangeHActivationAndView: ↑ / ↓ with [ / ] change α, H and σ;
// A, Q, U, G and N do what the help says.
func TestKeysChangeHActivationAndView(t *testing.T) {
	r := rig(t, 3)
	s := r.S
	a0 := s.alpha
	r.Do(keymap.ParamInc)
	if s.alpha != 0.01 || a0 != 0.005 {
		t.Errorf("↑ on α: %v → %v", a0, s.alpha)
	}
	r.Do(keymap.ParamNext)
	r.Do(keymap.ParamDec)
	if s.hidden != 3 || s.run.Model().H != 3 {
		t.Errorf("↓ on H: %d", s.hidden)
	}
	for range 10 {
		r.Do(keymap.ParamDec)
	}
	if s.hidden != 0 {
		t.Errorf("H stops at 0: %d", s.hidden)
	}
	for range 12 {
		r.Do(keymap.ParamInc)
	}
	if s.hidden != engine.MaxHidden {
		t.Errorf("H stops at 8: %d", s.hidden)
	}
	var seen []string
	for range 4 {
		r.Do(actActivation)
		seen = append(seen, s.act.String())
	}
	if strings.Join(seen, " ") != "relu arctan sigmoid tanh" {
		t.Errorf("A cycles %v", seen)
	}
	r.Do(keymap.ParamNext)
	r.Do(keymap.ParamInc)
	if s.act != engine.ReLU || r.State()["param"] != "activation" {
		t.Errorf("↑ on σ: %v", s.act)
	}
	r.Do(actSquares)
	r.Do(actLog)
	r.Do(actUnit)
	r.Do(actUnit)
	st := r.State()
	if st["squares"] != true || st["logScale"] != true || st["unit"] != 1.0 {
		t.Errorf("Q, G, U U: %v %v %v", st["squares"], st["logScale"], st["unit"])
	}
	for range engine.MaxHidden - 1 {
		r.Do(actUnit)
	}
	if s.unit != -1 {
		t.Errorf("U past the last unit: %d", s.unit)
	}
	w := s.run.Start
	r.Do(actNew)
	if s.seed != presets[2].seed+1 || s.run.Start == w {
		t.Errorf("N: seed %d", s.seed)
	}
}

// TestPanelClicks: the cells' − and +, a table row and the chips.
func TestPanelClicks(t *testing.T) {
	r := rig(t, 3)
	s := r.S
	c := s.v.cells[paramHidden]
	r.ClickIn(c, 0.9, 0.5) // H +
	if s.hidden != 5 || s.sel != paramHidden {
		t.Errorf("H + click: H = %d, sel %d", s.hidden, s.sel)
	}
	c = s.v.cells[paramAlpha]
	r.ClickIn(c, 0.1, 0.5) // α −
	if s.alpha != 0.002 {
		t.Errorf("α − click: %v", s.alpha)
	}
	row := s.v.rows[0][2]
	r.ClickIn(row, 0.5, 0.5)
	if s.unit != 2 {
		t.Errorf("row click: unit %d", s.unit)
	}
	// Hovering a row highlights that unit and works its update out.
	row = s.v.rows[0][1]
	r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: row.X + row.W/2, Y: row.Y + row.H/2})
	r.Tick()
	if s.hoverU != 1 || s.focusUnit() != 1 || !strings.HasPrefix(s.workedUpdate(r.C), "θ_{2}") {
		t.Errorf("hover: unit %d, update %q", s.hoverU, s.workedUpdate(r.C))
	}
	for i, want := range []func() bool{func() bool { return s.squares }, func() bool { return s.logScale }} {
		b := s.v.chips[i]
		r.ClickIn(b, 0.5, 0.5)
		if !want() {
			t.Errorf("chip %d did not toggle", i)
		}
	}
	if s.data.Len() != len(presets[2].pts()) {
		t.Error("panel clicks added points")
	}
}

func TestStateRoundTrip(t *testing.T) {
	r := rig(t, 2)
	r.Steps(7)
	r.Do(keymap.Back)
	r.Do(actSquares)
	r.Do(actUnit)
	x, y := r.S.plane.ToScreen([2]float64{0.3, 1.7})
	r.Click(x, y, ui.ButtonLeft)
	r.Steps(4)
	scenetest.RoundTrip(t, r.S, New)

	// H = 0, diverged.
	r = rig(t, 1)
	for range 5 {
		r.Do(keymap.ParamInc)
	}
	r.Steps(40)
	if r.State()["diverged"] == false {
		t.Fatal("α = 0.05 on the line did not diverge")
	}
	scenetest.RoundTrip(t, r.S, New)
}

// TestLoadReplaysFromStart: the document's network is recomputed from
// "start", "step", the points and α, not trusted.
func TestLoadReplaysFromStart(t *testing.T) {
	r := rig(t, 3)
	r.Steps(10)
	want := r.S.run.Model()
	doc := r.State()
	doc["W1"] = [][]float64{{9}, {9}, {9}, {9}} // ignored: replay wins
	doc["J"] = 123.0
	r2 := scenetest.New(t, New())
	if err := r2.Load(doc); err != nil {
		t.Fatal(err)
	}
	if r2.S.run.Model() != want || r2.S.run.StepNo() != 10 {
		t.Errorf("loaded step %d, %v; want 10, %v", r2.S.run.StepNo(), r2.S.run.Model(), want)
	}
	// Without "start", W1… are the start.
	r3 := scenetest.New(t, New())
	err := r3.Load(map[string]any{"hidden": 1, "W1": [][]float64{{1}}, "b1": []float64{0}, "W2": [][]float64{{2}}, "b2": []float64{0.5}, "step": 0})
	if err != nil {
		t.Fatal(err)
	}
	if m := r3.S.run.Model(); m.H != 1 || m.W2[0] != 2 || m.B2 != 0.5 {
		t.Errorf("W1… without start: %+v", m)
	}
	// b2 as a plain number (as the other scenes write theirs) is read too.
	if err := r3.Load(map[string]any{"hidden": 1, "W1": [][]float64{{1}}, "b1": []float64{0}, "W2": [][]float64{{2}}, "b2": -0.25}); err != nil || r3.S.run.Model().B2 != -0.25 {
		t.Errorf("scalar b2: %v, %v", err, r3.S.run.Model().B2)
	}
	// A points-only document keeps the settings and starts again.
	err = r3.Load(map[string]any{"points": []map[string]any{{"x": []float64{0}, "y": 1.0}, {"x": []float64{1}, "y": 3.0}}})
	if err != nil || r3.S.data.Len() != 2 || r3.S.hidden != 1 {
		t.Errorf("points-only: %v, %d points, H %d", err, r3.S.data.Len(), r3.S.hidden)
	}
}

func TestLoadRefusesBadDocumentsNamingTheField(t *testing.T) {
	scenetest.Refuses(t, New, "points",
		`{"points":[{"x":[1,2],"y":1}]}`, `{"points":[{"x":[1]}]}`, `{"points":[{"x":[2e9],"y":1}]}`, `{"points":[{"x":[1],"y":-1e10}]}`, `{"points":"none"}`)
	scenetest.Refuses(t, New, "hidden", `{"hidden":9}`, `{"hidden":-1}`, `{"hidden":1.5}`)
	scenetest.Refuses(t, New, "activation", `{"activation":"sign"}`)
	scenetest.Refuses(t, New, "alpha", `{"alpha":1e7}`, `{"alpha":0}`, `{"alpha":"big"}`)
	scenetest.Refuses(t, New, "step", `{"step":-1}`, `{"step":1e7}`)
	scenetest.Refuses(t, New, "start", `{"start":{"W1":[[1]],"b1":[0]}}`, `{"start":{"W1":[[1e99],[1],[1],[1]],"b1":[0,0,0,0],"W2":[[1,1,1,1]],"b2":[0]}}`, `{"start":5}`)
	scenetest.Refuses(t, New, "W2", `{"W1":[[1],[1],[1],[1]],"b1":[0,0,0,0],"W2":[[1,1]],"b2":[0]}`)
	scenetest.Refuses(t, New, "b2", `{"W1":[[1],[1],[1],[1]],"b1":[0,0,0,0],"W2":[[1,1,1,1]],"b2":[0,1]}`, `{"W1":[[1],[1],[1],[1]],"b1":[0,0,0,0],"W2":[[1,1,1,1]]}`)
	scenetest.Refuses(t, New, "W1", `{"hidden":0,"W1":[[1,2]],"b1":[0]}`)
	scenetest.Refuses(t, New, "unit", `{"unit":4}`, `{"unit":-2}`)
	scenetest.Refuses(t, New, "diverged", `{"diverged":"maybe"}`, `{"diverged":3}`)
	scenetest.Refuses(t, New, "squares", `{"squares":"yes"}`)
	scenetest.Refuses(t, New, "seed", `{"seed":-3}`)
}

// TestHugeInput: points at ±10⁹, 10,000 points and α = 10⁶ never show NaN
// and never panic; the view fits the data.
func TestHugeInput(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	err := r.Load(map[string]any{"points": []map[string]any{{"x": []float64{-1e9}, "y": 1e9}, {"x": []float64{1e9}, "y": -1e9}, {"x": []float64{0}, "y": 0.0}}, "alpha": 1e6, "hidden": 0})
	if err != nil {
		t.Fatal(err)
	}
	if s.plane.XMin > -1e9 || s.plane.XMax < 1e9 || s.plane.YMax < 1e9 {
		t.Errorf("view %v…%v × %v…%v misses the points", s.plane.XMin, s.plane.XMax, s.plane.YMin, s.plane.YMax)
	}
	play(r, 20)
	r.Draw()
	if j := r.StateJSON(); strings.Contains(j, "NaN") || strings.Contains(j, "Inf") || !strings.Contains(j, `"diverged":"`) {
		t.Errorf("state: %.300s", j)
	}
	big := make([]map[string]any, 10000)
	for i := range big {
		x := float64(i)/5000 - 1
		big[i] = map[string]any{"x": []float64{x}, "y": math.Sin(3 * x)}
	}
	if err := r.Load(map[string]any{"points": big, "hidden": 8, "alpha": 1e-4, "squares": true}); err != nil {
		t.Fatal(err)
	}
	play(r, 5)
	r.Draw()
	if s.run.StepNo() == 0 {
		t.Error("10,000 points: no steps taken while playing")
	}
	if j := r.StateJSON(); strings.Contains(j, "NaN") {
		t.Error("NaN in the state")
	}
}

func TestReadCSV(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	if err := s.ReadCSV("a.csv", []byte("x,y\n0,1\n1,3\n2,5.5\n")); err != nil {
		t.Fatal(err)
	}
	r.Tick()
	if s.data.Len() != 3 || s.samples()[2] != (engine.Sample{X: 2, Y: 5.5}) {
		t.Errorf("read %v", s.samples())
	}
	for _, bad := range []string{"x1,x2,y\n0,0,1\n", "x,y\n0,NaN\n", "x,y\n"} {
		if err := s.ReadCSV("b.csv", []byte(bad)); err == nil || !strings.Contains(err.Error(), "b.csv") {
			t.Errorf("%q: error %v", bad, err)
		}
	}
	if s.data.Len() != 3 {
		t.Error("a refused file changed the points")
	}
}

func TestKeysAndTranslations(t *testing.T) {
	keys := scenetest.Keyed("regression.act.", model.Acts[:]...)
	for d := engine.Converging; d <= engine.ParamBound; d++ {
		keys = append(keys, "regression.why."+d.String())
	}
	for _, p := range presets {
		keys = append(keys, p.name)
	}
	scenetest.Keys(t, New(), keys, "regression.act", "regression.why")
}

// TestDrawsEveryPart renders the scene in both themes and languages, at a
// projector's and a phone's size, with every part on, and checks that the
// fit, the units and the residuals reach the screen.
func TestDrawsEveryPart(t *testing.T) {
	for i, size := range [][2]float64{{1280, 680}, {390, 780}, {1280, 680}} {
		r := scenetest.NewSize(t, New(), size[0], size[1])
		if i == 2 { // light theme, English, the line with least squares
			r.C.Theme, r.C.Lang = ui.Light, i18n.EN
			r.DoArg(keymap.Preset, 1)
		}
		r.Steps(30)
		r.Do(actSquares)
		r.Do(actUnit)
		img := r.Draw()
		s := r.S
		var pix []byte
		gameloop.Do(func() {
			b := img.Bounds()
			pix = make([]byte, 4*b.Dx()*b.Dy())
			img.ReadPixels(pix)
		})
		w := img.Bounds().Dx()
		// ŷ's curve is drawn in the line colour somewhere along it.
		found := false
		for i := 0; i+1 < len(s.v.yhat) && !found; i += 2 {
			x, y := int(s.v.yhat[i]), int(s.v.yhat[i+1])
			if s.plane.Rect.Inset(4).Contains(float64(x), float64(y)) {
				k := 4 * (y*w + x)
				l := r.C.Theme.Line
				found = pix[k] == l.R && pix[k+1] == l.G && pix[k+2] == l.B
			}
		}
		if !found {
			t.Errorf("%v: ŷ's curve not on screen", size)
		}
		if dir := os.Getenv("NEURONA_SHOTS"); dir != "" {
			f, _ := os.Create(dir + "/regression-" + strings.Replace(strings.Trim(fmtJSON(size), "[]"), ",", "x", 1) + "-" + r.C.Theme.Name + ".png")
			gameloop.Do(func() { _ = png.Encode(f, img) })
			f.Close()
		}
	}
}

// TestStateUsesTheDocumentedNames pins the field names a notebook writer
// reads.
func TestStateUsesTheDocumentedNames(t *testing.T) {
	r := rig(t, 3)
	st := r.State()
	for _, k := range []string{"step", "points", "hidden", "activation", "alpha", "seed", "W1", "b1", "W2", "b2", "start", "J", "mean", "diverged", "squares", "unit", "logScale"} {
		if _, ok := st[k]; !ok {
			t.Errorf("no %q in the state", k)
		}
	}
	pts := st["points"].([]any)
	if p := pts[0].(map[string]any); len(p["x"].([]any)) != 1 {
		t.Errorf("point %v: x is not [x]", p)
	}
	if fmtJSON(st["b2"])[0] != '[' || len(st["W1"].([]any)) != 4 || len(st["W2"].([]any)) != 1 {
		t.Errorf("shapes: W1 %v W2 %v b2 %v", st["W1"], st["W2"], st["b2"])
	}
	d, _ := state.FromMap(st)
	_ = d
}

// TestPresetsLeaveDataClear: at a projector's, a large projector's and a
// phone's size, in both languages, no label of any preset (the axis
// names, the legend) covers a point or another label.
func TestPresetsLeaveDataClear(t *testing.T) {
	scenetest.PresetsLeaveDataClear(t, New, len(presets))
}
