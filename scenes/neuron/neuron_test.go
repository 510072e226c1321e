package neuron

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

func TestANDTableMatchesNotes(t *testing.T) {
	s := scenetest.New(t, New()).S
	n := s.n
	if n.Theta != [2]float64{2, 2} || n.B != -1 || n.Act != engine.Sign {
		t.Fatalf("default neuron %+v, want the notes' θ = (2, 2), b = −1, sign", n)
	}
	// The notes: input (−1, −1) gives σ(−2 + −2 − 1) = −1.
	if a := n.Potential([2]float64{-1, -1}); a != -5 {
		t.Errorf("a(−1, −1) = %v, want −2 + −2 − 1 = −5", a)
	}
	want := []struct {
		x    [2]float64
		a    float64
		yhat float64
	}{{[2]float64{-1, -1}, -5, -1}, {[2]float64{-1, 1}, -1, -1}, {[2]float64{1, -1}, -1, -1}, {[2]float64{1, 1}, 3, 1}}
	rows, right := model.TableRows(nil, n, s.data.Points(), maxRows)
	if len(rows) != 4 || right != 4 {
		t.Fatalf("%d rows, %d right; want 4 and 4", len(rows), right)
	}
	for i, w := range want {
		r := rows[i]
		if r.X != w.x || r.A != w.a || r.YHat != w.yhat || r.Got != r.Want {
			t.Errorf("row %d = %+v, want x=%v a=%v ŷ=%v", i, r, w.x, w.a, w.yhat)
		}
	}
	// The state document carries the same table.
	var doc struct {
		Table []struct {
			X     []float64 `json:"x"`
			A     float64   `json:"a"`
			YHat  float64   `json:"yhat"`
			Class int       `json:"class"`
		} `json:"table"`
		Correct int `json:"correct"`
	}
	if err := json.Unmarshal([]byte(scenetest.JSON(t, s)), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Correct != 4 || len(doc.Table) != 4 || doc.Table[3].Class != 1 || doc.Table[0].YHat != -1 {
		t.Errorf("state table = %+v", doc)
	}
}

func TestPresetsComputeTheirTables(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	for i, p := range presets {
		r.Key(keymap.Preset, i+1)
		r.Tick()
		if s.n != p.neuronOf() {
			t.Errorf("preset %d: neuron %+v", i+1, s.n)
		}
		if s.right != 4 || s.data.Len() != 4 {
			t.Errorf("preset %d (%s): %d of %d right", i+1, p.name, s.right, s.data.Len())
		}
	}
	// OR: only (−1, −1) is class −1; NAND: only (1, 1).
	if got := presets[1].classes; got != [4]int{-1, 1, 1, 1} {
		t.Errorf("OR classes %v", got)
	}
	if got := presets[2].classes; got != [4]int{1, 1, 1, -1} {
		t.Errorf("NAND classes %v", got)
	}
	// Undo brings back the previous preset's points.
	r.Key(keymap.Undo, 0)
	r.Tick()
	if s.data.Points()[0].Y != -1 || s.data.Points()[1].Y != 1 {
		t.Errorf("undo after presets: %v", s.data.Points())
	}
}

// press, move and release the left button over several ticks.
func drag(r *scenetest.Rig[*Scene], from, to [2]float64) {
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: from[0], Y: from[1]})
	r.Tick()
	mid := [2]float64{(from[0] + to[0]) / 2, (from[1] + to[1]) / 2}
	r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: mid[0], Y: mid[1]})
	r.Tick()
	r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: to[0], Y: to[1]})
	r.Tick()
	r.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: to[0], Y: to[1]})
	r.Tick()
}

func screen(s *Scene, x [2]float64) [2]float64 {
	sx, sy := s.plane.ToScreen(x)
	return [2]float64{sx, sy}
}

// dragKeepsPoints drags what (named in the message) from one point of the
// plane to another, in data coordinates, and fails the test if the drag
// changed the points.
func dragKeepsPoints(t *testing.T, r *scenetest.Rig[*Scene], what string, from, to [2]float64) {
	t.Helper()
	s := r.S
	pts := append([]engine.Point(nil), s.data.Points()...)
	drag(r, screen(s, from), screen(s, to))
	if !slices.Equal(pts, s.data.Points()) {
		t.Errorf("dragging %s changed the points", what)
	}
}

func TestDragTipChangesExactlyTheta(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	before := s.n
	to := [2]float64{-1.5, 0.5}
	dragKeepsPoints(t, r, "θ", s.n.Theta, to)
	if math.Abs(s.n.Theta[0]-to[0]) > 1e-9 || math.Abs(s.n.Theta[1]-to[1]) > 1e-9 {
		t.Errorf("θ = %v, want %v", s.n.Theta, to)
	}
	if s.n.B != before.B || s.n.Act != before.Act {
		t.Errorf("dragging θ changed b or σ: %+v → %+v", before, s.n)
	}
}

func TestDragLineChangesExactlyB(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	before := s.n
	// A point of the line 2x₁ + 2x₂ − 1 = 0 away from the points and the tip.
	on := [2]float64{1.5, -1}
	if a := s.n.Potential(on); a != 0 {
		t.Fatalf("a(%v) = %v, not on the line", on, a)
	}
	to := [2]float64{1.5, -0.5}
	dragKeepsPoints(t, r, "the line", on, to)
	if s.n.Theta != before.Theta || s.n.Act != before.Act {
		t.Errorf("dragging the line changed θ or σ: %+v → %+v", before, s.n)
	}
	// The line follows the pointer: it now passes through where it was dropped.
	if a := s.n.Potential(to); math.Abs(a) > 1e-6 {
		t.Errorf("after the drag a(%v) = %v, want 0 (b = %v)", to, a, s.n.B)
	}
	if s.n.B == before.B {
		t.Error("b did not change")
	}
}

func TestClicksEditPoints(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	n0 := s.n
	// A click on the line without moving adds a point there, like anywhere else.
	at := screen(s, [2]float64{1.5, -1})
	r.Press(at[0], at[1], ui.ButtonLeft)
	r.Tick()
	if s.data.Len() != 5 || s.n != n0 {
		t.Fatalf("click on the line: %d points, neuron %+v", s.data.Len(), s.n)
	}
	at = screen(s, [2]float64{-1.8, 1.8})
	r.Press(at[0], at[1], ui.ButtonRight)
	r.Tick()
	if s.data.Len() != 6 || s.data.Points()[5].Y != -1 {
		t.Fatalf("right click: %v", s.data.Points())
	}
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: at[0], Y: at[1], Ctrl: true})
	r.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: at[0], Y: at[1], Ctrl: true})
	r.Tick()
	if s.data.Len() != 5 {
		t.Fatalf("Ctrl+click did not remove: %d points", s.data.Len())
	}
	// Dragging a point moves the point, not θ or b.
	from := screen(s, [2]float64{1, 1})
	drag(r, from, screen(s, [2]float64{1.5, 1.2}))
	if s.n != n0 {
		t.Errorf("dragging a point changed the neuron: %+v", s.n)
	}
	if p := s.data.Points()[3].X; math.Abs(p[0]-1.5) > 1e-9 || math.Abs(p[1]-1.2) > 1e-9 {
		t.Errorf("point moved to %v", p)
	}
}

func TestKeysNudgeTheSelectedParameter(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.Key(keymap.ParamInc, 0)
	r.Tick()
	if s.n.Theta[0] != 2.1 {
		t.Errorf("↑ on θ₁: %v", s.n.Theta)
	}
	r.Key(keymap.ParamNext, 0)
	r.Key(keymap.ParamNext, 0)
	r.Key(keymap.ParamDec, 0)
	r.Tick()
	if s.n.B != -1.1 || s.n.Theta != [2]float64{2.1, 2} {
		t.Errorf("] ] ↓ should lower b: %+v", s.n)
	}
	r.Key(keymap.ParamPrev, 0)
	r.Key(keymap.ParamDec, 0)
	r.Tick()
	if s.n.Theta[1] != 1.9 || s.State()["param"] != "theta2" {
		t.Errorf("[ ↓ should lower θ₂: %+v %v", s.n, s.State()["param"])
	}
	r.Key(keymap.Reset, 0)
	r.Tick()
	if s.n != presets[0].neuronOf() {
		t.Errorf("R: %+v", s.n)
	}
}

func TestActivationKeyCyclesTheLecturesFour(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	var seen []string
	for range 4 {
		r.Key(actActivation, 0)
		r.Tick()
		seen = append(seen, s.n.Act.String())
	}
	if strings.Join(seen, " ") != "arctan sigmoid relu sign" {
		t.Errorf("A cycles %v", seen)
	}
}

func TestStateRoundTrip(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.Key(actActivation, 0)
	r.Key(keymap.ParamNext, 0)
	r.Key(keymap.ParamInc, 0)
	r.Tick()
	at := screen(s, [2]float64{0.3, -1.7})
	r.Press(at[0], at[1], ui.ButtonLeft)
	r.Tick()
	scenetest.RoundTrip(t, s, New)
}

func TestLoadRefusesBadDocumentsNamingTheField(t *testing.T) {
	scenetest.Refuses(t, New, "theta", `{"theta":[1]}`, `{"theta":"up","b":1}`)
	scenetest.Refuses(t, New, "b", `{"b":1e300}`)
	scenetest.Refuses(t, New, "activation", `{"activation":"tanh"}`)
	scenetest.Refuses(t, New, "param", `{"param":"c"}`)
	scenetest.Refuses(t, New, "points", `{"points":[{"x":[1],"y":1}]}`)
}

func TestLoadPointsOnlyAndHugeValues(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	d, _ := state.Parse([]byte(`{"points":[{"x":[1e9,-1e9],"y":1},{"x":[0,0],"y":0}]}`))
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	if s.data.Len() != 2 || s.n != presets[0].neuronOf() {
		t.Fatalf("points-only load: %d points, %+v", s.data.Len(), s.n)
	}
	d, _ = state.Parse([]byte(`{"theta":[1e6,-1e6],"b":-1e6,"activation":"relu"}`))
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	r.Tick()
	if j := scenetest.JSON(t, s); strings.Contains(j, "NaN") || strings.Contains(j, "Inf") {
		t.Errorf("state with huge values: %s", j)
	}
	// Drawing such a state must not panic.
	r.Draw()
	// θ = 0: no line, no arrow, still no panic.
	d, _ = state.Parse([]byte(`{"theta":[0,0],"b":0}`))
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	r.Tick()
	r.Draw()
	// An empty data set.
	r.Key(keymap.Clear, 0)
	r.Tick()
	r.Draw()
	if s.data.Len() != 0 {
		t.Error("C did not clear")
	}
}

func TestKeysAndTranslations(t *testing.T) {
	keys := scenetest.Keyed("neuron.act.", engine.LectureActivations...)
	for _, p := range presets {
		keys = append(keys, p.name)
	}
	scenetest.Keys(t, New(), keys, "neuron.act")
}

// No label covers a point or another label, at every preset and window.
func TestPresetsLeaveDataClear(t *testing.T) {
	scenetest.PresetsLeaveDataClear(t, New, len(presets))
}
