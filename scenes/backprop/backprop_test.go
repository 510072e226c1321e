package backprop

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/backprop/model"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// walkLen is the number of steps of one example's walk.
const walkLen = 23

func TestAFullWalkHasThePhasesInOrder(t *testing.T) {
	r := scenetest.New(t, New())
	var phases []string
	var focus []string
	for range walkLen {
		r.Do(keymap.Step)
		m := r.State()
		phases = append(phases, m["phase"].(string))
		focus = append(focus, m["focus"].(string))
	}
	want := strings.Repeat("forward ", 6) + "loss " + strings.Repeat("backward ", 15) + "update"
	if got := strings.Join(phases, " "); got != want {
		t.Fatalf("phases %s", got)
	}
	if got := strings.Join(focus, " "); got != "a1 a2 z1 z2 a3 yhat L yhat a3 w1 w2 b3 z1 z2 a1 a2 t11 t12 b1 t21 t22 b2 " {
		t.Fatalf("focus %q", got)
	}
	// The next step starts the next example.
	r.Do(keymap.Step)
	if m := r.State(); m["phase"] != "forward" || m["focus"] != "" || m["example"] != 1.0 || m["walk"] != 0.0 {
		t.Fatalf("after the update: %v %v %v %v", m["phase"], m["focus"], m["example"], m["walk"])
	}
}

// backpropOf returns the engine's gradients (MLP.Backward) of the walk's
// network on its example.
func backpropOf(s *model.Snap) engine.Grads {
	m := s.M0
	p := pointOf(&s.G)
	return m.Backward(m.Forward(p.X), p.X, p.Y, engine.BCE)
}

func TestEveryGradientShownEqualsEngineBackpropAndFiniteDifferences(t *testing.T) {
	for _, preset := range []int{1, 3} {
		r := scenetest.New(t, New())
		r.Key(keymap.Preset, preset)
		r.Tick()
		for k := 0; k < 3*(walkLen+1); k++ {
			r.Do(keymap.Step)
			cur := r.S.w.Cur()
			bp := backpropOf(&cur)
			fd := model.FiniteDiff(cur.M0, pointOf(&cur.G))
			m := r.State()
			grads := m["grads"].(map[string]any)
			check := m["check"].(map[string]any)
			for i, id := range model.ParamIDs {
				if !scenetest.Near(check[id].(float64), fd[i], 1e-12) {
					t.Fatalf("check[%s] = %v, want %g", id, check[id], fd[i])
				}
				g, ok := grads[id]
				if !ok {
					continue
				}
				if !scenetest.Near(g.(float64), model.Grad(&bp, id), 1e-12) {
					t.Fatalf("step %d: ∂L/∂%s = %v, engine backprop %g", k, id, g, model.Grad(&bp, id))
				}
				if !scenetest.Near(g.(float64), fd[i], 1e-6) {
					t.Fatalf("step %d: ∂L/∂%s = %v, finite differences %g", k, id, g, fd[i])
				}
			}
			// The panel's check is what it claims.
			if r.S.v.maxDiff > 1e-6 {
				t.Fatalf("step %d: backprop and finite differences differ by %g", k, r.S.v.maxDiff)
			}
		}
	}
}

func TestInnerGradientsAreTheChainRule(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(22)
	m := r.State()
	g := m["grads"].(map[string]any)
	v := m["values"].(map[string]any)
	f := func(mm map[string]any, k string) float64 { return mm[k].(float64) }
	y := 0.0 // the first XOR example (1, 1) is class 0
	yh := f(v, "yhat")
	checks := map[string]float64{
		"yhat": -(y - yh) / (yh * (1 - yh)),
		"a3":   -(y - yh),
		"z1":   f(g, "a3") * f(v, "w1"),
		"a1":   f(g, "z1") * f(v, "z1") * (1 - f(v, "z1")),
		// The lecture's ∂L/∂θ₁₁ = −x₁ θ₁^[2] z₁(1 − z₁)(y − ŷ).
		"t11": -f(v, "x1") * f(v, "w1") * f(v, "z1") * (1 - f(v, "z1")) * (y - yh),
		"t12": -f(v, "x2") * f(v, "w1") * f(v, "z1") * (1 - f(v, "z1")) * (y - yh),
	}
	for id, want := range checks {
		if !scenetest.Near(f(g, id), want, 1e-12) {
			t.Errorf("∂L/∂%s = %g, want %g", id, f(g, id), want)
		}
	}
}

func TestTheta12ReusesTheBoxedProduct(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(17) // up to ∂L/∂θ₁₁
	m := r.State()
	if m["focus"] != "t11" || r.S.v.exp.Reuse != firstUse || r.S.v.exp.Cached != "a1" {
		t.Fatalf("θ₁₁: focus %v, reuse %v of %q", m["focus"], r.S.v.exp.Reuse, r.S.v.exp.Cached)
	}
	r.Do(keymap.Step)
	m = r.State()
	e := r.S.v.exp
	if m["focus"] != "t12" || e.Reuse != reusedHit || e.Cached != "a1" {
		t.Fatalf("θ₁₂: focus %v, reuse %v of %q", m["focus"], e.Reuse, e.Cached)
	}
	if rs := m["reused"].([]any); len(rs) != 1 || rs[0] != "a1" {
		t.Fatalf("reused = %v", rs)
	}
	// The box is the lecture's: ∂z₁/∂a₁ · ∂a₃/∂z₁ · ∂ŷ/∂a₃ · ∂L/∂ŷ.
	if e.Box != "∂z₁/∂a₁ · ∂a₃/∂z₁ · ∂ŷ/∂a₃ · ∂L/∂ŷ" || !strings.Contains(e.Pre, "∂a₁/∂θ₁₂") || !strings.Contains(e.Post, "∂L/∂a₁") {
		t.Fatalf("chain %q [%q] %q", e.Pre, e.Box, e.Post)
	}
	// The lit path is the boxed product's: a₁ up to L.
	for _, id := range []string{"a1", "z1", "a3", "yhat", "L"} {
		if !r.S.v.onPath[id] {
			t.Errorf("%s not lit", id)
		}
	}
	if r.S.v.onPath["t11"] || r.S.v.onPath["z2"] {
		t.Error("nodes outside the box are lit")
	}
	// ∂L/∂ŷ, the first link, reuses nothing.
	r.Do(keymap.Reset)
	r.Steps(8)
	if r.S.v.exp.Reuse != noCache || len(r.State()["reused"].([]any)) != 0 {
		t.Error("∂L/∂ŷ claims a reuse")
	}
}

func TestUpdateAppliesTheGradientStep(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(keymap.ParamDec) // α = 0.5
	r.Steps(walkLen - 1)
	before := r.State()
	r.Do(keymap.Step)
	after := r.State()
	if after["phase"] != "update" || r.S.w.Alpha != 0.5 {
		t.Fatalf("phase %v α %g", after["phase"], r.S.w.Alpha)
	}
	bp, ap := before["params"].(map[string]any), after["params"].(map[string]any)
	g := before["grads"].(map[string]any)
	ups := after["updates"].(map[string]any)
	for _, id := range model.ParamIDs {
		want := bp[id].(float64) - 0.5*g[id].(float64)
		if ap[id].(float64) != want {
			t.Errorf("%s: %v → %v, want %g", id, bp[id], ap[id], want)
		}
		if u := ups[id].(map[string]any); u["after"] != ap[id] || u["before"] != bp[id] {
			t.Errorf("%s: updates %v", id, u)
		}
	}
	// The next example starts from the updated network.
	r.Do(keymap.Step)
	if got := r.State()["params"].(map[string]any); got["t11"] != ap["t11"] {
		t.Error("the next example does not start from the updated network")
	}
}

func TestStepBackAndForwardGiveIdenticalStates(t *testing.T) {
	r := scenetest.New(t, New())
	states := []string{r.StateJSON()}
	for range walkLen + 5 {
		r.Do(keymap.Step)
		states = append(states, r.StateJSON())
	}
	for i := len(states) - 2; i >= 0; i-- {
		r.Do(keymap.Back)
		if got := r.StateJSON(); got != states[i] {
			t.Fatalf("back to %d:\n%s\nwant\n%s", i, got, states[i])
		}
	}
	for i := 1; i < len(states); i++ {
		r.Do(keymap.Forward)
		if got := r.StateJSON(); got != states[i] {
			t.Fatalf("forward to %d differs", i)
		}
	}
}

func TestStateLoadRoundTrip(t *testing.T) {
	r := scenetest.New(t, New())
	for _, n := range []int{0, 3, 7, 12, 18, 23, 27} {
		r.Do(keymap.Reset)
		r.Steps(n)
		if n == 12 {
			r.Do(keymap.ParamInc)
		}
		want := r.StateJSON()
		fresh := scenetest.New(t, New())
		d, err := state.Parse([]byte(want))
		if err != nil {
			t.Fatal(err)
		}
		if err := fresh.S.Load(d); err != nil {
			t.Fatal(err)
		}
		fresh.Do()
		if got := fresh.StateJSON(); got != want {
			t.Fatalf("after %d steps:\n%s\nwant\n%s", n, got, want)
		}
		// The replayed history steps back the same way.
		for range min(n, 4) {
			r.Do(keymap.Back)
			fresh.Do(keymap.Back)
			if r.StateJSON() != fresh.StateJSON() {
				t.Fatalf("after %d steps: histories differ", n)
			}
		}
	}
}

func TestChangingAlphaReplaysTheCurrentWalk(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(walkLen) // through the update with α = 1
	r.Do(keymap.ParamInc)
	m := r.State()
	if m["phase"] != "update" || m["alpha"] != 2.0 || m["step"] != float64(walkLen) {
		t.Fatalf("after ↑: %v α=%v step=%v", m["phase"], m["alpha"], m["step"])
	}
	g := m["grads"].(map[string]any)
	p := m["params"].(map[string]any)
	if want := 0.5 - 2*g["t11"].(float64); p["t11"] != want {
		t.Errorf("θ₁₁ = %v after the update with α = 2, want %g", p["t11"], want)
	}
}

func TestClickingAPointChoosesTheExample(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(5)
	pts := r.S.w.Data.Points()
	x, y := r.S.plane.ToScreen(pts[2].X)
	r.Click(x, y, ui.ButtonLeft)
	m := r.State()
	if m["example"] != 2.0 || m["walk"] != 0.0 || r.S.w.Data.Len() != len(pts) {
		t.Fatalf("example %v walk %v, %d points", m["example"], m["walk"], r.S.w.Data.Len())
	}
	v := m["values"].(map[string]any)
	if v["x1"] != pts[2].X[0] || v["x2"] != pts[2].X[1] {
		t.Fatalf("x = (%v, %v), want %v", v["x1"], v["x2"], pts[2].X)
	}
	// A click elsewhere adds a point; Ctrl+click removes it.
	n := r.S.w.Data.Len()
	px, py := r.C.Plane.X+r.C.Plane.W*0.9, r.C.Plane.Y+r.C.Plane.H*0.9
	r.Click(px, py, ui.ButtonRight)
	if r.S.w.Data.Len() != n+1 || r.S.w.Data.Points()[n].Y != -1 {
		t.Fatal("right click did not add a −1 point")
	}
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: px, Y: py, Alt: true})
	r.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: px, Y: py, Alt: true})
	r.Tick()
	if r.S.w.Data.Len() != n {
		t.Fatal("Alt+click did not remove the point")
	}
}

func TestNextExampleKeyAndNoData(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(4)
	r.Do(nextExample)
	if m := r.State(); m["example"] != 1.0 || m["walk"] != 0.0 {
		t.Fatalf("N: example %v walk %v", m["example"], m["walk"])
	}
	r.Do(keymap.Clear)
	r.Do(keymap.Step)
	r.Do(nextExample)
	if m := r.State(); m["walk"] != 0.0 || len(m["points"].([]any)) != 0 {
		t.Fatal("stepping without data moved")
	}
	if len(r.C.TakeNotes()) == 0 {
		t.Error("no message for stepping without data")
	}
	r.Do(keymap.Undo)
	r.Steps(3)
	if r.State()["walk"] != 3.0 {
		t.Error("cannot walk after undoing the clear")
	}
	for i := 1; i <= len(presets); i++ {
		r.Key(keymap.Preset, i)
		r.Tick()
		if r.S.w.Data.Len() != len(presets[i-1]) || r.State()["step"] != 0.0 {
			t.Errorf("preset %d", i)
		}
	}
}

func TestHugeAlphaAndCoordinatesNeverNaN(t *testing.T) {
	r := scenetest.New(t, New())
	pts := []map[string]any{{"x": []float64{1e9, -1e9}, "y": 1}, {"x": []float64{-3, 2}, "y": -1}}
	if err := r.Load(map[string]any{"points": pts, "alpha": 1e6}); err != nil {
		t.Fatal(err)
	}
	for range 3 * (walkLen + 1) {
		r.Do(keymap.Step)
		doc := r.StateJSON()
		if strings.Contains(doc, "NaN") || strings.Contains(doc, "Inf") {
			t.Fatal(doc)
		}
		for _, n := range r.S.v.cur.G.Nodes {
			if math.IsNaN(n.Value) || math.IsNaN(n.Grad) {
				t.Fatalf("%s holds NaN", n.ID)
			}
		}
	}
	for _, x := range []float64{math.NaN(), math.Inf(-1)} {
		if s := ui.Num(x); strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
			t.Errorf("ui.Num(%v) = %q", x, s)
		}
	}
}

func TestBadDocumentsAreRefusedNamingTheField(t *testing.T) {
	cases := map[string]map[string]any{
		"alpha":   {"alpha": -1},
		"params":  {"params": map[string]any{"t99": 1}},
		"start":   {"start": map[string]any{"t11": "x"}},
		"origin":  {"origin": map[string]any{"params": map[string]any{}, "example": 9}},
		"example": {"example": 4},
		"step":    {"step": -2},
		"points":  {"points": []any{map[string]any{"x": []float64{1}, "y": 1}}},
	}
	for field, doc := range cases {
		r := scenetest.New(t, New())
		r.Steps(9)
		r.Refuses(field, doc)
	}
	// Step beyond zero without points.
	r := scenetest.New(t, New())
	if err := r.Load(map[string]any{"points": []any{}, "step": 3}); err == nil || !strings.Contains(err.Error(), `"step"`) {
		t.Errorf("step without points: %v", err)
	}
}

func TestLoadOnlyPointsAndHandWrittenParams(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(5)
	pts := []map[string]any{{"x": []float64{2, 0}, "y": 1}}
	if err := r.Load(map[string]any{"points": pts}); err != nil {
		t.Fatal(err)
	}
	if m := r.State(); m["step"] != 0.0 || m["example"] != 0.0 || m["values"].(map[string]any)["x1"] != 2.0 {
		t.Fatalf("points only: %v", m)
	}
	if err := r.Load(map[string]any{"params": map[string]any{"t11": 3}, "step": 4}); err != nil {
		t.Fatal(err)
	}
	if m := r.State(); m["params"].(map[string]any)["t11"] != 3.0 || m["walk"] != 4.0 || m["focus"] != "z2" {
		t.Fatalf("hand-written params: %v", m)
	}
}

func TestPlayingAndHistoryBound(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(keymap.Play)
	for range ui.Speeds {
		r.Do(keymap.Faster)
	}
	for range 200 { // 2000 steps per second: past model.MaxHistory
		r.Do()
	}
	if o := r.S.w.Origin(); o.M0 == model.DefaultNet() {
		t.Fatal("the history was not compacted")
	}
	if r.S.w.Hist.Len() > model.MaxHistory+1 || r.S.w.Hist.Pos() == 0 {
		t.Fatalf("history %d at %d", r.S.w.Hist.Len(), r.S.w.Hist.Pos())
	}
	if o := r.S.w.Origin(); o.St.N != 0 {
		t.Fatal("history position 0 is not the start of a walk")
	}
	// The compacted history still replays to the same state.
	want := r.StateJSON()
	fresh := scenetest.New(t, New())
	d, _ := state.Parse([]byte(want))
	if err := fresh.S.Load(d); err != nil {
		t.Fatal(err)
	}
	fresh.Do()
	if fresh.StateJSON() != want {
		t.Fatal("a compacted history does not round trip")
	}
}

func TestKeysAndTranslations(t *testing.T) {
	phases := []string{"backprop.phase.forward", "backprop.phase.loss", "backprop.phase.backward", "backprop.phase.update"}
	if n := scenetest.Keys(t, New(), phases); n < 20 {
		t.Fatalf("found only %d keys", n)
	}
}

func TestLayoutFits(t *testing.T) {
	for _, sz := range [][2]float64{{1280, 754}, {390, 780}, {1920, 1034}} {
		c := scenetest.NewContext(sz[0], sz[1])
		l := computeLayout(c, 0, nil, 0)
		for id, p := range l.pos {
			if p[0]-l.R < 0 || p[0]+l.R > l.main.Right()+0.5 || p[1]-l.R < l.main.Y || p[1]+l.R > l.strip.Y {
				t.Errorf("%v: node %s at %v (R %g) leaves the graph area", sz, id, p, l.R)
			}
		}
		if l.plane.W < 80 || l.plane.Right() > sz[0]+0.5 {
			t.Errorf("%v: plane %+v", sz, l.plane)
		}
	}
}

// No label covers a node or another label, at every preset and window.
func TestPresetsLeaveDataClear(t *testing.T) {
	scenetest.PresetsLeaveDataClear(t, New, len(presets))
}

// Through a whole walk — the cache tag on z₂ ("reused") and the update's
// Δθ badges included — no label covers a node or another label, at every
// window size, at zoom 1 and at the largest zoom.
func TestAWalkLeavesTheNodesClear(t *testing.T) {
	for _, win := range scenetest.AllWindows {
		r := scenetest.NewWindow(t, New(), win)
		for i := range walkLen {
			r.Do(keymap.Step)
			for range 40 { // let the pulse arrive, so the values show
				r.Tick()
			}
			for _, o := range r.Overlaps(fmt.Sprintf("%gx%g scale %g step %d (%v)", win.W, win.H, win.Scale, i+1, r.State()["focus"])) {
				t.Error(o)
			}
		}
	}
}
