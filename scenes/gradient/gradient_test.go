package gradient

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/gradient/model"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// fdJ returns the central finite-difference gradient of J at m.
func fdJ(m engine.Logistic, pts []engine.Point, loss engine.Loss) ([2]float64, float64) {
	const h = 1e-6
	f := func(d [3]float64) float64 {
		return engine.Logistic{Theta: [2]float64{m.Theta[0] + d[0], m.Theta[1] + d[1]}, B: m.B + d[2]}.Loss(pts, loss)
	}
	var g [3]float64
	for i := range g {
		var p, q [3]float64
		p[i], q[i] = h, -h
		g[i] = (f(p) - f(q)) / (2 * h)
	}
	return [2]float64{g[0], g[1]}, g[2]
}

func TestStepEqualsEngineAndMovesAgainstGradient(t *testing.T) {
	for _, loss := range []engine.Loss{engine.BCE, engine.MSE} {
		r := scenetest.New(t, New())
		if loss == engine.MSE {
			r.Do(toggleLoss)
		}
		want := r.S.tr.Start
		pts := r.S.tr.Data.Points()
		for k := 0; k < 5; k++ {
			before := r.S.v.cur.M
			_, g, gb := before.Gradient(pts, loss)
			want.Step(pts, loss, model.DefaultAlpha)
			r.Do(keymap.Step)
			got := r.S.v.cur.M
			if got != want {
				t.Fatalf("%v step %d: θ = %+v, engine gives %+v", loss, k, got, want)
			}
			d := [3]float64{got.Theta[0] - before.Theta[0], got.Theta[1] - before.Theta[1], got.B - before.B}
			for i, gi := range [3]float64{g[0], g[1], gb} {
				if !scenetest.Near(d[i], -model.DefaultAlpha*gi, 1e-12) {
					t.Fatalf("%v step %d: Δ%d = %g, want −α·∂J = %g", loss, k, i, d[i], -model.DefaultAlpha*gi)
				}
			}
		}
		if r.S.v.k != 5 || r.S.State()["step"] != 5 {
			t.Fatalf("k = %d, step = %v after 5 steps", r.S.v.k, r.S.State()["step"])
		}
	}
}

func TestShownGradientsEqualFiniteDifferences(t *testing.T) {
	for _, loss := range []engine.Loss{engine.BCE, engine.MSE} {
		r := scenetest.New(t, New())
		if loss == engine.MSE {
			r.Do(toggleLoss)
		}
		for k := 0; k < 4; k++ {
			v := &r.S.v
			pts := r.S.tr.Data.Points()
			fd, fdb := fdJ(v.cur.M, pts, loss)
			for i := range 2 {
				if !scenetest.Near(v.dTheta[i], fd[i], 1e-6) {
					t.Errorf("%v k=%d: shown ∂J/∂θ%d = %g, finite differences %g", loss, k, i+1, v.dTheta[i], fd[i])
				}
			}
			if !scenetest.Near(v.dB, fdb, 1e-6) {
				t.Errorf("%v k=%d: shown ∂J/∂b = %g, finite differences %g", loss, k, v.dB, fdb)
			}
			// The per-point terms: the lecture's −(y − ŷ)xᵢ for BCE, and
			// the same as the point's own finite differences either way.
			pt := v.terms
			pfd, pfdb := fdJ(v.cur.M, []engine.Point{pt.P}, loss)
			if loss == engine.BCE && !scenetest.Near(pt.DZ, -(pt.Y-pt.YHat), 1e-12) {
				t.Errorf("∂L/∂b = %g, want −(y − ŷ) = %g", pt.DZ, -(pt.Y - pt.YHat))
			}
			for i := range 2 {
				if loss == engine.BCE && !scenetest.Near(pt.DTheta[i], -(pt.Y-pt.YHat)*pt.P.X[i], 1e-12) {
					t.Errorf("∂L/∂θ%d = %g, want −(y − ŷ)x = %g", i+1, pt.DTheta[i], -(pt.Y-pt.YHat)*pt.P.X[i])
				}
				if !scenetest.Near(pt.DTheta[i], pfd[i], 1e-6) {
					t.Errorf("%v: point ∂L/∂θ%d = %g, finite differences %g", loss, i+1, pt.DTheta[i], pfd[i])
				}
			}
			if !scenetest.Near(pt.DZ, pfdb, 1e-6) {
				t.Errorf("%v: point ∂L/∂b = %g, finite differences %g", loss, pt.DZ, pfdb)
			}
			// The batch total is the mean of the per-point terms.
			var sum [3]float64
			for _, p := range pts {
				tt := model.Terms(v.cur.M, p, loss)
				sum[0] += tt.DTheta[0] / float64(len(pts))
				sum[1] += tt.DTheta[1] / float64(len(pts))
				sum[2] += tt.DZ / float64(len(pts))
			}
			if !scenetest.Near(sum[0], v.dTheta[0], 1e-12) || !scenetest.Near(sum[1], v.dTheta[1], 1e-12) || !scenetest.Near(sum[2], v.dB, 1e-12) {
				t.Errorf("batch %v is not the mean of the points' terms %v", [3]float64{v.dTheta[0], v.dTheta[1], v.dB}, sum)
			}
			r.Do(keymap.Step)
		}
	}
}

func TestBackAndForwardReturnIdenticalStates(t *testing.T) {
	r := scenetest.New(t, New())
	var states []string
	states = append(states, r.StateJSON())
	for range 6 {
		r.Do(keymap.Step)
		states = append(states, r.StateJSON())
	}
	for i := 5; i >= 0; i-- {
		r.Do(keymap.Back)
		if got := r.StateJSON(); got != states[i] {
			t.Fatalf("back to %d:\n%s\nwant\n%s", i, got, states[i])
		}
	}
	r.Do(keymap.Back) // at the start: nothing happens
	if got := r.StateJSON(); got != states[0] {
		t.Fatal("back at the start changed the state")
	}
	for i := 1; i <= 6; i++ {
		r.Do(keymap.Forward)
		if got := r.StateJSON(); got != states[i] {
			t.Fatalf("forward to %d differs", i)
		}
	}
	// Stepping again from the middle replaces the redo tail with the same steps.
	r.Do(keymap.Back)
	r.Do(keymap.Back)
	r.Do(keymap.Step)
	r.Do(keymap.Step)
	if got := r.StateJSON(); got != states[6] {
		t.Fatal("re-stepping after going back differs")
	}
}

func TestStateLoadRoundTrip(t *testing.T) {
	r := scenetest.New(t, New())
	r.Steps(4)
	r.Do(keymap.ParamInc)
	r.Do(keymap.Step)
	r.Do(keymap.Step)
	r.Do(keymap.Back) // a redo tail
	r.Click(r.C.Plane.X+30, r.C.Plane.Y+40, ui.ButtonRight)
	r.Do(keymap.Step)
	r.Do(toggleLoss)
	r.Do(keymap.Step)
	want := r.StateJSON()
	fresh := scenetest.New(t, New())
	if err := fresh.S.Load(r.Doc()); err != nil {
		t.Fatal(err)
	}
	fresh.Do()
	if got := fresh.StateJSON(); got != want {
		t.Fatalf("round trip:\n%s\nwant\n%s", got, want)
	}
	// The same history: going back gives the same states in both.
	for range 3 {
		r.Do(keymap.Back)
		fresh.Do(keymap.Back)
		if a, b := r.StateJSON(), fresh.StateJSON(); a != b {
			t.Fatal("histories differ after the round trip")
		}
	}
}

func TestDivergenceIsFlaggedWithoutNaN(t *testing.T) {
	for _, loss := range []string{"bce", "mse"} {
		r := scenetest.New(t, New())
		if err := r.Load(map[string]any{"alpha": 1e6, "loss": loss}); err != nil {
			t.Fatal(err)
		}
		r.Steps(5)
		st := r.S.State()
		if st["diverged"] != true {
			t.Fatalf("%s: α = 1e6 did not diverge: J = %v", loss, st["J"])
		}
		assertFinite(t, r.StateJSON())
		if r.S.v.k != 1 {
			t.Errorf("%s: stepping went on after divergence (k = %d)", loss, r.S.v.k)
		}
		// Playing stops at once too.
		r.Do(keymap.Play)
		r.Do()
		if r.S.player.Playing {
			t.Errorf("%s: still playing after divergence", loss)
		}
		r.Do(keymap.Reset)
		if r.S.State()["diverged"] != false || r.S.v.k != 0 {
			t.Errorf("%s: R did not reset", loss)
		}
		// Stepping back also leaves the diverged state.
		r.Do(keymap.Step)
		r.Do(keymap.Back)
		if r.S.State()["diverged"] != false {
			t.Errorf("%s: ← did not leave the diverged state", loss)
		}
	}
}

// assertFinite fails if any number in the JSON document is NaN or Inf
// (which JSON cannot even hold) or the text mentions them.
func assertFinite(t *testing.T, doc string) {
	t.Helper()
	if strings.Contains(doc, "NaN") || strings.Contains(doc, "Inf") {
		t.Fatalf("state holds NaN or Inf: %s", doc)
	}
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatal(err)
	}
}

func TestExtremeInputsNeverNaN(t *testing.T) {
	r := scenetest.New(t, New())
	pts := []map[string]any{
		{"x": []float64{1e9, -1e9}, "y": 1}, {"x": []float64{-1e9, 1e9}, "y": -1}, {"x": []float64{3, 3}, "y": -1},
	}
	if err := r.Load(map[string]any{"points": pts, "alpha": 1e6, "theta": []float64{1e50, -1e50}, "b": 1e55}); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		r.Do(keymap.Step)
		r.Do(toggleLoss)
	}
	assertFinite(t, r.StateJSON())
	for _, v := range []float64{r.S.v.cur.J, r.S.v.dTheta[0], r.S.v.dTheta[1], r.S.v.dB} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("view holds %v", v)
		}
	}
	for _, x := range []float64{math.NaN(), math.Inf(1), 1e300, 0} {
		if s := ui.Num(x); strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
			t.Errorf("ui.Num(%v) = %q", x, s)
		}
	}
}

func TestBadDocumentsAreRefusedNamingTheField(t *testing.T) {
	cases := map[string]map[string]any{
		"alpha":  {"alpha": 0.0},
		"loss":   {"loss": "hinge"},
		"theta":  {"theta": []float64{1}},
		"b":      {"b": "zero"},
		"path":   {"path": [][]float64{{1, 2}}},
		"step":   {"path": [][]float64{{1, 2, 3}}, "step": 3},
		"points": {"points": []map[string]any{{"x": []float64{1, 2}, "y": 7}}},
		"start":  {"start": []float64{1, 2}},
		"k":      {"k": -1},
	}
	for field, doc := range cases {
		r := scenetest.New(t, New())
		r.Do(keymap.Step)
		r.Refuses(field, doc)
	}
}

func TestLoadOnlyPointsRestarts(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(keymap.Step)
	if err := r.Load(map[string]any{"points": []map[string]any{{"x": []float64{1, 1}, "y": 1}, {"x": []float64{-1, 0}, "y": -1}}}); err != nil {
		t.Fatal(err)
	}
	if r.S.tr.Data.Len() != 2 || r.S.v.k != 0 || r.S.v.cur.M != r.S.tr.Start {
		t.Fatal("points-only document did not restart on the new data")
	}
	r.Do(keymap.Step)
	if r.S.v.k != 1 {
		t.Fatal("cannot step after loading points")
	}
}

func TestEditingThePlaneAndTheMap(t *testing.T) {
	r := scenetest.New(t, New())
	n := r.S.tr.Data.Len()
	p := r.C.Plane
	x, y := p.X+p.W*0.1, p.Y+p.H*0.1
	r.Click(x, y, ui.ButtonLeft)
	r.Click(x+60, y, ui.ButtonRight)
	pts := r.S.tr.Data.Points()
	if len(pts) != n+2 || pts[n].Y != 1 || pts[n+1].Y != -1 {
		t.Fatalf("clicks did not add a +1 and a −1 point: %v", pts[n:])
	}
	want := r.S.plane.DataAt(x, y)
	if pts[n].X != want {
		t.Errorf("point at %v, want %v", pts[n].X, want)
	}
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y, Ctrl: true})
	r.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y, Ctrl: true})
	r.Tick()
	if r.S.tr.Data.Len() != n+1 {
		t.Fatal("Ctrl+click did not remove the point")
	}
	// A click on the loss map starts the descent at that θ.
	r.Do(keymap.Step)
	lr := r.S.lay.loss
	mx, my := lr.X+lr.W*0.75, lr.Y+lr.H*0.25
	r.Click(mx, my, ui.ButtonLeft)
	th := r.S.tplane.DataAt(mx, my)
	if got := r.S.v.cur.M.Theta; got != th || r.S.v.k != 0 || th[0] <= 0 || th[1] <= 0 {
		t.Fatalf("map click: θ = %v at k = %d, want %v at k = 0", got, r.S.v.k, th)
	}
	r.Do(keymap.Reset)
	if r.S.v.cur.M.Theta != th {
		t.Fatal("R does not return to the clicked start")
	}
}

func TestNoDataAndSmallData(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(keymap.Clear)
	r.Do(keymap.Step)
	if r.S.v.k != 0 || r.S.v.n != 0 {
		t.Fatal("stepping without data moved")
	}
	if notes := r.C.TakeNotes(); len(notes) == 0 {
		t.Error("no message for stepping without data")
	}
	assertFinite(t, r.StateJSON())
	r.Do(keymap.Undo)
	if r.S.v.n == 0 {
		t.Fatal("undo did not restore the data")
	}
	for _, pts := range [][]map[string]any{
		{{"x": []float64{1, 1}, "y": 1}},
		{{"x": []float64{1, 1}, "y": 1}, {"x": []float64{2, -1}, "y": 1}},
	} {
		r.Load(map[string]any{"points": pts})
		r.Steps(20)
		assertFinite(t, r.StateJSON())
	}
	for i := 1; i <= len(presets); i++ {
		r.Key(keymap.Preset, i)
		r.Tick()
		if r.S.tr.Data.Len() != len(presets[i-1]) || r.S.v.k != 0 {
			t.Errorf("preset %d not loaded", i)
		}
	}
}

func TestAlphaKeysAndLossToggle(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(keymap.ParamInc)
	if r.S.tr.Alpha != 1 {
		t.Errorf("↑ from 0.5 gives %g", r.S.tr.Alpha)
	}
	for range 40 {
		r.Do(keymap.ParamInc)
	}
	if r.S.tr.Alpha != engine.MaxLR {
		t.Errorf("α tops out at %g", r.S.tr.Alpha)
	}
	for range 60 {
		r.Do(keymap.ParamDec)
	}
	if r.S.tr.Alpha != 0.001 {
		t.Errorf("α bottoms out at %g", r.S.tr.Alpha)
	}
	r.Do(toggleLoss)
	m := r.S.v.cur.M
	if r.S.State()["loss"] != "mse" || r.S.v.cur.J != m.Loss(r.S.tr.Data.Points(), engine.MSE) {
		t.Error("J toggles to the squared error")
	}
	r.Do(toggleLoss)
	if r.S.State()["loss"] != "bce" {
		t.Error("J toggles back to BCE")
	}
}

func TestPlayingStepsAndHistoryStaysBounded(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(keymap.Play)
	for range ui.Speeds {
		r.Do(keymap.Faster)
	}
	for range 30 {
		r.Do()
	}
	if r.S.v.k == 0 {
		t.Fatal("playing did not step")
	}
	for range 200 {
		r.Do()
	}
	if r.S.tr.Hist.Len() > model.MaxHistory+1 {
		t.Fatalf("history holds %d states", r.S.tr.Hist.Len())
	}
	assertFinite(t, r.StateJSON())
}

func TestContourMapIsCachedAndCorrect(t *testing.T) {
	r := scenetest.New(t, New())
	l := &r.S.land
	key := l.key
	r.Do(keymap.ParamInc) // α changes nothing the map shows
	if l.key != key {
		t.Error("the loss map was recomputed for a change of α")
	}
	r.Do(keymap.Step)
	for i := 0; l.Pending() && i < gridN; i++ {
		r.Do()
	}
	if l.key == key || l.key.B != r.S.tr.Cur().M.B {
		t.Error("the loss map was not recomputed when b changed")
	}
	// A grid value equals J at that cell's centre.
	h := l.key.Half
	c, row := 10, 20
	n := float64(l.key.N)
	th := [2]float64{-h + (float64(c)+0.5)*2*h/n, h - (float64(row)+0.5)*2*h/n}
	want := engine.Logistic{Theta: th, B: l.key.B}.Loss(r.S.tr.Data.Points(), engine.BCE)
	if got := l.Vals[row*l.key.N+c]; !scenetest.Near(got, want, 1e-12) {
		t.Errorf("grid J = %g, want %g", got, want)
	}
	if len(l.Segs) == 0 || len(l.Levels) < 2 {
		t.Error("no iso-lines")
	}
	if l.key.N != gridN || gridSize(100000) != gridMin || gridSize(0) != gridN {
		t.Errorf("grid sizes %d, %d, %d", l.key.N, gridSize(100000), gridSize(0))
	}
}

// A change of b alone (every step while playing) is computed over several
// ticks, within tickBudget losses each, then split into bands a stage a
// tick (finishStages), its picture drawn in the tick before it is shown,
// with the last map shown meanwhile; a change of the data is computed at
// once.
func TestLossMapOfANewBIsSpreadOverTicks(t *testing.T) {
	r := scenetest.New(t, New())
	pts := make([]engine.Point, 200)
	for i := range pts {
		x := [2]float64{float64(i%20)/5 - 2, float64(i/20)/2.5 - 2}
		y := 1
		if x[0]+0.5*x[1]+0.3*math.Sin(float64(i)) < 0 {
			y = -1
		}
		pts[i] = engine.Point{X: x, Y: y}
	}
	r.S.tr.Data.Replace(pts)
	r.S.tr.DataChanged()
	r.Do()
	l := &r.S.land
	if l.Pending() || l.key.Data != r.S.tr.Data.Version() {
		t.Fatal("a change of the data was not computed at once")
	}
	shown := l.key
	r.Do(keymap.Step)
	g := l.key.N
	perTick := max(1, int(tickBudget/float64(len(pts))))
	if !l.Pending() || l.key != shown || l.nextCell != perTick {
		t.Fatalf("after a step: pending %v, %d cells of %d done, want %d in the first tick and the last map shown",
			l.Pending(), l.nextCell, g*g, perTick)
	}
	ticks := 1
	for l.Pending() && ticks < 2*g*g {
		drawn := r.S.gfx.rendered
		r.Do()
		ticks++
		// The new map's picture is drawn a tick ahead: the tick that
		// shows it only swaps it in.
		if d := r.S.gfx.rendered - drawn; d != 0 && (!l.Pending() || l.Ahead() == 0) {
			t.Errorf("tick %d (pending %v, stage %d) drew %d maps", ticks, l.Pending(), l.stage, d)
		}
	}
	if r.S.gfx.mKey != keyFor(r.C, r.S.lay.loss) || r.S.gfx.aheadFor.Valid {
		t.Error("the map drawn ahead was not the one shown")
	}
	if want := (g*g+perTick-1)/perTick + finishStages; ticks != want || l.key.B != r.S.tr.Cur().M.B {
		t.Errorf("the map of the new b took %d ticks, want %d, for b %g (now %g)", ticks, want, l.key.B, r.S.tr.Cur().M.B)
	}
	full := make([]float64, g*g)
	h := l.key.Half
	engine.Logistic{B: l.key.B}.LossGrid(full, g, g, -h, -h, h, h, pts, l.key.Loss)
	for i, v := range full {
		if !scenetest.Near(l.Vals[i], v, 1e-9) {
			t.Fatalf("cell %d: %g in strips, %g in one grid", i, l.Vals[i], v)
		}
	}
}

func TestKeysAndTranslations(t *testing.T) {
	if n := scenetest.Keys(t, New(), nil); n < 15 {
		t.Fatalf("found only %d keys", n)
	}
}

func TestLayoutFitsPortraitAndLandscape(t *testing.T) {
	for _, sz := range [][2]float64{{1280, 754}, {390, 780}, {1920, 1034}} {
		c := scenetest.NewContext(sz[0], sz[1])
		l := computeLayout(c)
		for _, r := range []ui.Rect{l.plane, l.loss} {
			if r.W < 100 || r.X < 0 || r.Right() > sz[0]+0.5 || r.Bottom() > sz[1]+0.5 {
				t.Errorf("%v: view %+v does not fit", sz, r)
			}
		}
		if !reflect.DeepEqual(l.plane.W, l.plane.H) {
			t.Errorf("%v: the plane is not square", sz)
		}
	}
}

// No label covers a point or another label, at every preset and window.
func TestPresetsLeaveDataClear(t *testing.T) {
	scenetest.PresetsLeaveDataClear(t, New, len(presets))
}
