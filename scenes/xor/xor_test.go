package xor

import (
	"encoding/json"
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/gameloop"
	"github.com/neurona/neurona/scenes/ui/place"
	"github.com/neurona/neurona/scenes/xor/model"
)

type docRow struct {
	X     []float64 `json:"x"`
	Z     []float64 `json:"z"`
	YHat  float64   `json:"yhat"`
	Class int       `json:"class"`
}

type doc struct {
	Step       int         `json:"step"`
	W1         [][]float64 `json:"W1"`
	B1         []float64   `json:"b1"`
	W2         [][]float64 `json:"W2"`
	B2         float64     `json:"b2"`
	Hidden     int         `json:"hidden"`
	Activation string      `json:"activation"`
	LR         float64     `json:"lr"`
	Training   bool        `json:"training"`
	Table      []docRow    `json:"table"`
	Accuracy   float64     `json:"accuracy"`
	Loss       float64     `json:"loss"`
	Morph      float64     `json:"morph"`
}

func docOf(t *testing.T, s *Scene) doc {
	t.Helper()
	var d doc
	if err := json.Unmarshal([]byte(scenetest.JSON(t, s)), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// The notes: z₁, z₂ and z₃ for the four inputs, and the classes.
var notes = []struct {
	x     []float64
	z     []float64
	out   float64
	class int
}{
	{[]float64{0, 0}, []float64{-1, 1}, -1, 0},
	{[]float64{0, 1}, []float64{1, 1}, 1, 1},
	{[]float64{1, 0}, []float64{1, 1}, 1, 1},
	{[]float64{1, 1}, []float64{1, -1}, -1, 0},
}

func TestTruthTableEqualsTheNotesWithSign(t *testing.T) {
	s := scenetest.New(t, New()).S
	d := docOf(t, s)
	if d.Activation != "sign" || d.Hidden != 2 || d.Training {
		t.Fatalf("start: %+v", d)
	}
	if d.W1[0][0] != 20 || d.W1[1][1] != -20 || d.B1[0] != -10 || d.B1[1] != 30 || d.W2[0][0] != 20 || d.B2 != -30 {
		t.Fatalf("not the notes' weights: W1=%v b1=%v W2=%v b2=%v", d.W1, d.B1, d.W2, d.B2)
	}
	if len(d.Table) != 4 {
		t.Fatalf("table has %d rows", len(d.Table))
	}
	for i, w := range notes {
		r := d.Table[i]
		if !slices.Equal(r.X, w.x) || !slices.Equal(r.Z, w.z) || r.YHat != w.out || r.Class != w.class {
			t.Errorf("row %d = %+v, want x=%v z=%v z₃=%v class %d", i, r, w.x, w.z, w.out, w.class)
		}
	}
	if d.Accuracy != 1 {
		t.Errorf("accuracy on the XOR points %v", d.Accuracy)
	}
}

func TestSigmoidGivesTheSameClasses(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(actActivation, 0)
	d := docOf(t, s)
	if d.Activation != "sigmoid" {
		t.Fatalf("A: activation %s", d.Activation)
	}
	for i, w := range notes {
		r := d.Table[i]
		if r.Class != w.class {
			t.Errorf("row %d: class %d, want %d", i, r.Class, w.class)
		}
		// Outputs near 0 and 1: (w.out+1)/2.
		if math.Abs(r.YHat-(w.out+1)/2) > 1e-3 {
			t.Errorf("row %d: ŷ = %v", i, r.YHat)
		}
		for j := range r.Z {
			if math.Abs(r.Z[j]-(w.z[j]+1)/2) > 1e-3 {
				t.Errorf("row %d: z = %v", i, r.Z)
			}
		}
	}
	r.DoArg(actActivation, 0)
	if docOf(t, s).Activation != "sign" {
		t.Error("A does not toggle back to sign")
	}
	// Preset 2 is the same network with the sigmoid.
	r.DoArg(keymap.Preset, 2)
	if d := docOf(t, s); d.Activation != "sigmoid" || d.Training || d.Table[3].Class != 0 {
		t.Errorf("preset 2: %+v", d)
	}
}

func TestSpaceStepsEqualTheEngine(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(keymap.Preset, 3)
	m := engine.NewMLP(2, engine.Sigmoid, 1)
	pts := s.data.Points()
	for range 5 {
		r.DoArg(keymap.Step, 0)
		m.Step(pts, engine.BCE, 2)
	}
	if got := s.net(); got != m {
		t.Errorf("after 5 steps\n got %+v\nwant %+v", got, m)
	}
	if d := docOf(t, s); d.Step != 5 {
		t.Errorf("step = %d", d.Step)
	}
}

func TestStepBackRestoresTheExactState(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(keymap.Preset, 3)
	r.Steps(4)
	want := scenetest.JSON(t, s)
	r.Steps(3)
	if scenetest.JSON(t, s) == want {
		t.Fatal("steps changed nothing")
	}
	for range 3 {
		r.DoArg(keymap.Back, 0)
	}
	if got := scenetest.JSON(t, s); got != want {
		t.Errorf("after 3 steps back\n got %s\nwant %s", got, want)
	}
	r.DoArg(keymap.Forward, 0)
	if docOf(t, s).Step != 5 {
		t.Errorf("→: step %d", docOf(t, s).Step)
	}
	r.DoArg(keymap.Reset, 0)
	if d := docOf(t, s); d.Step != 0 || s.net() != model.WithAct(engine.NewMLP(2, engine.Sigmoid, 1), engine.Sigmoid) {
		t.Errorf("R: step %d, net %+v", d.Step, s.net())
	}
}

func TestSignSwitchesToSigmoidToTrain(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(keymap.Step, 0)
	if d := docOf(t, s); d.Activation != "sigmoid" || d.Step != 1 {
		t.Errorf("Space on the sign network: %+v", d)
	}
}

func TestTrainingFromAFixedSeedReachesFullAccuracy(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(keymap.Preset, 3)
	if d := docOf(t, s); !d.Training || d.Hidden != 2 || d.LR != 2 {
		t.Fatalf("preset 3: %+v", d)
	}
	steps := 0
	for ; steps < 1000 && docOf(t, s).Accuracy < 1; steps++ {
		r.DoArg(keymap.Step, 0)
	}
	d := docOf(t, s)
	if d.Accuracy != 1 {
		t.Fatalf("accuracy %v after %d steps", d.Accuracy, steps)
	}
	for i, w := range notes {
		if d.Table[i].Class != w.class {
			t.Errorf("trained row %d: class %d", i, d.Table[i].Class)
		}
	}
	t.Logf("100%% after %d steps, J = %.3g", steps, d.Loss)
}

func TestNewTrainsWhilePlayingManyStepsPerTick(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(actNew, 0)
	if !s.player.Playing || !s.training || s.seed != 2 {
		t.Fatalf("N: playing %v training %v seed %d", s.player.Playing, s.training, s.seed)
	}
	for !(s.player.StepsPerSecond() >= 2000) {
		s.player.Faster()
	}
	r.Tick()
	before := docOf(t, s).Step
	r.Tick()
	if got := docOf(t, s).Step - before; got < 30 {
		t.Errorf("at 2000 steps/s one tick took %d steps", got)
	}
	for i := 0; i < 200 && docOf(t, s).Accuracy < 1; i++ {
		r.Tick()
	}
	if d := docOf(t, s); d.Accuracy != 1 {
		t.Errorf("seed 2 did not reach 100%% in %d steps", d.Step)
	}
	// Enter pauses.
	r.DoArg(keymap.Play, 0)
	if s.player.Playing {
		t.Error("Enter did not pause")
	}
}

func TestParametersWidthRateSeed(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(keymap.ParamInc, 0)
	if s.lr != 5 {
		t.Errorf("↑ on α = 2: %v", s.lr)
	}
	r.DoArg(keymap.ParamDec, 0)
	r.DoArg(keymap.ParamDec, 0)
	if s.lr != 1 {
		t.Errorf("↓↓: %v", s.lr)
	}
	r.DoArg(keymap.ParamNext, 0)
	r.DoArg(keymap.ParamInc, 0)
	d := docOf(t, s)
	if d.Hidden != 3 || len(d.W1) != 3 || len(d.B1) != 3 || len(d.W2[0]) != 3 || !d.Training {
		t.Fatalf("H ↑: %+v", d)
	}
	for range 10 {
		r.DoArg(keymap.ParamInc, 0)
	}
	if s.net().H != model.MaxHidden {
		t.Errorf("H stops at %d, got %d", model.MaxHidden, s.net().H)
	}
	for range 10 {
		r.DoArg(keymap.ParamDec, 0)
	}
	if s.net().H != model.MinHidden {
		t.Errorf("H stops at %d, got %d", model.MinHidden, s.net().H)
	}
	r.DoArg(keymap.ParamNext, 0)
	r.DoArg(keymap.ParamInc, 0)
	if s.seed != 2 || s.net() != model.WithAct(engine.NewMLP(2, engine.Sigmoid, 2), s.act) {
		t.Errorf("seed ↑: seed %d", s.seed)
	}
	// The ladder ends.
	if lrLadder.Step(1e6, true) != 1e6 || lrLadder.Step(0.01, false) != 0.01 || lrLadder.Step(3, true) != 5 || lrLadder.Step(3, false) != 2 {
		t.Error("ladder ends")
	}
}

func TestClicksAddPointsToTrainOn(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(keymap.Clear, 0)
	add := func(x [2]float64, b ui.Button) {
		sx, sy := s.plane.ToScreen(x)
		r.Press(sx, sy, b)
		r.Tick()
	}
	add([2]float64{0.2, 0.2}, ui.ButtonLeft)
	add([2]float64{0.8, 0.8}, ui.ButtonLeft)
	add([2]float64{0.2, 0.8}, ui.ButtonRight)
	add([2]float64{0.8, 0.2}, ui.ButtonRight)
	pts := s.data.Points()
	if len(pts) != 4 || pts[0].Y != 1 || pts[3].Y != -1 {
		t.Fatalf("points %v", pts)
	}
	r.DoArg(keymap.ParamNext, 0)
	r.DoArg(keymap.ParamInc, 0) // H = 3: a random start
	for i := 0; i < 3000 && docOf(t, s).Accuracy < 1; i++ {
		r.DoArg(keymap.Step, 0)
	}
	if d := docOf(t, s); d.Accuracy != 1 {
		t.Errorf("did not learn the clicked set: accuracy %v at step %d", d.Accuracy, d.Step)
	}
}

func TestMorphAnimatesThereAndBack(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(actMorph, 0)
	for range 15 {
		r.Tick()
	}
	mid := s.morphPos()
	if !(mid > 0 && mid < model.MorphAffine) || len(s.v.grid) == 0 || s.v.morph.stage != 1 {
		t.Fatalf("mid-morph position %v, %d grid values, stage %d", mid, len(s.v.grid), s.v.morph.stage)
	}
	// Mid-way, a point is between its input and its affine position.
	p := model.Morphed(ptr(s.net()), [2]float64{0, 0}, mid)
	if p == [2]float64{0, 0} || p == model.Morphed(ptr(s.net()), [2]float64{0, 0}, model.MorphAffine) {
		t.Errorf("(0,0) mid-morph at %v", p)
	}
	r.DoArg(keymap.Step, 0) // Space finishes the animation, and only that
	if s.morphPos() != model.MorphAffine || docOf(t, s).Step != 0 {
		t.Errorf("Space: morph %v step %d", s.morphPos(), docOf(t, s).Step)
	}
	r.DoArg(actMorph, 0) // on to the squashing
	for range morphTicks {
		r.Tick()
	}
	if s.morphPos() != 1 || s.v.morph.stage != 2 {
		t.Fatalf("second stage ends at %v (stage %d)", s.morphPos(), s.v.morph.stage)
	}
	// At the end, the XOR inputs sit where the notes' z puts them: (0,0) → z = (−1, 1),
	// drawn at (0, 1) of the unit square.
	if q := model.Morphed(ptr(s.net()), [2]float64{0, 0}, 1); q != [2]float64{0, 1} {
		t.Errorf("(0,0) morphed to %v", q)
	}
	r.DoArg(actMorph, 0)
	for range morphTicks + 1 {
		r.Tick()
	}
	if s.morphPos() != 0 {
		t.Errorf("morph back ends at %v", s.morphPos())
	}
}

// TestMorphStagesGeometry checks the two stages in the drawn coordinates:
// at the stage boundary each point is drawn where the axes' ticks read
// a = W^[1]x + b^[1], at the end where they read z = σ(a); the first stage
// is affine all along (midpoints stay midpoints); the axes are re-labelled.
func TestMorphStagesGeometry(t *testing.T) {
	for _, preset := range []int{2, 4} { // the notes' sigmoid network; a trained H = 4
		r := scenetest.New(t, New())
		s, c := r.S, r.C
		r.DoArg(keymap.Preset, preset)
		if preset == 4 {
			r.Steps(200)
		}
		m := s.net()
		pts := s.data.Points()
		// readBack turns a point's drawn screen position into the value
		// the frame's axes give it.
		readBack := func(i int, f model.Frame) [2]float64 {
			u := s.plane.DataAt(s.v.pts[2*i], s.v.pts[2*i+1])
			return f.From(u)
		}
		r.DoArg(actMorph, 0)
		r.DoArg(keymap.Step, 0) // finish the first stage
		r.Tick()
		if s.morphPos() != model.MorphAffine || s.v.morph.names != [2]string{"a_{1}", "a_{2}"} {
			t.Fatalf("preset %d: at %v axes %q", preset, s.morphPos(), s.v.morph.names)
		}
		fa := model.AffineFrame(&m)
		for i, p := range pts {
			want := [2]float64{m.W1[0][0]*p.X[0] + m.W1[0][1]*p.X[1] + m.B1[0], m.W1[1][0]*p.X[0] + m.W1[1][1]*p.X[1] + m.B1[1]}
			got := readBack(i, fa)
			if math.Abs(got[0]-want[0]) > 1e-6*(1+math.Abs(want[0])) || math.Abs(got[1]-want[1]) > 1e-6*(1+math.Abs(want[1])) {
				t.Fatalf("preset %d point %d: drawn at a = %v, W¹x + b¹ = %v", preset, i, got, want)
			}
		}
		// A tick's label is the value of the axis where it is drawn.
		x0, y0 := s.plane.ToScreen([2]float64{0, 0})
		x1, y1 := s.plane.ToScreen([2]float64{1, 1})
		n := 0
		for _, tk := range s.v.morph.ticks {
			var v float64
			if tk.box.Y0 >= y0 { // axis 1's ticks, below the frame
				v = fa.From([2]float64{((tk.box.X0+tk.box.X1)/2 - x0) / (x1 - x0), 0})[0]
			} else { // axis 2's, left of it
				v = fa.From([2]float64{0, ((tk.box.Y0+tk.box.Y1)/2 - y0) / (y1 - y0)})[1]
			}
			n++
			if tk.text != ui.Num(math.Round(v*1e6)/1e6) {
				t.Errorf("preset %d: tick %q drawn at %v", preset, tk.text, v)
			}
		}
		if n < 4 {
			t.Errorf("preset %d: %d ticks", preset, n)
		}
		if s.v.morph.capText[0] != c.T("xor.morph.affine") {
			t.Errorf("caption %q", s.v.morph.capText)
		}
		// Midway through the first stage, the midpoint of two inputs is
		// drawn at the midpoint of their drawn places: the map is affine.
		k := model.MorphAffine / 3
		a := model.Morphed(&m, [2]float64{0, 0}, k)
		b := model.Morphed(&m, [2]float64{1, 0.5}, k)
		mid := model.Morphed(&m, [2]float64{0.5, 0.25}, k)
		if math.Abs(mid[0]-(a[0]+b[0])/2) > 1e-9 || math.Abs(mid[1]-(a[1]+b[1])/2) > 1e-9 {
			t.Errorf("preset %d: the first stage is not affine: %v, %v, %v", preset, a, b, mid)
		}

		r.DoArg(actMorph, 0)
		r.DoArg(keymap.Step, 0) // finish the second stage
		r.Tick()
		if s.morphPos() != 1 || s.v.morph.names != [2]string{"z_{1}", "z_{2}"} || s.v.morph.capText[0] != c.T("xor.morph.squash") {
			t.Fatalf("preset %d: at %v axes %q caption %q", preset, s.morphPos(), s.v.morph.names, s.v.morph.capText)
		}
		fz := model.HiddenFrame(m.Hidden)
		for i, p := range pts {
			f := m.Forward(p.X)
			got := readBack(i, fz)
			if math.Abs(got[0]-f.Z1[0]) > 1e-9 || math.Abs(got[1]-f.Z1[1]) > 1e-9 {
				t.Fatalf("preset %d point %d: drawn at z = %v, σ(W¹x + b¹) = %v", preset, i, got, f.Z1)
			}
		}
		// The morph's labels cover no point and no other label.
		var rep place.Report
		rep.Add(s.v.morph.pl)
		if o := place.Overlaps(rep); len(o) > 0 {
			t.Errorf("preset %d: labels overlap: %v", preset, o)
		}
	}
}

func ptr(m engine.MLP) *engine.MLP { return &m }

func TestStateRoundTrip(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(keymap.Preset, 4)
	r.Steps(7)
	r.DoArg(keymap.Back, 0)
	r.DoArg(actMorph, 0)
	for range 20 {
		r.Tick()
	}
	scenetest.RoundTrip(t, s, New)
}

func TestLoadRefusesBadDocumentsNamingTheField(t *testing.T) {
	bad := map[string][]string{
		"W1":         {`{"W1":[[1,2]]}`, `{"W1":[[1,2],[3]]}`, `{"W1":"x"}`, `{"hidden":3}`},
		"b1":         {`{"b1":[1]}`, `{"b1":[1,1e300]}`},
		"W2":         {`{"W2":[1,2]}`, `{"W2":[[1,2,3]]}`},
		"b2":         {`{"b2":1e300}`, `{"b2":"y"}`},
		"hidden":     {`{"hidden":9}`, `{"hidden":1.5}`},
		"activation": {`{"activation":"relu"}`},
		"lr":         {`{"lr":0}`, `{"lr":-1}`, `{"lr":1e7}`},
		"seed":       {`{"seed":-1}`},
		"step":       {`{"step":-2}`},
		"param":      {`{"param":"x"}`},
		"morph":      {`{"morph":2}`},
		"training":   {`{"training":"yes"}`},
		"points":     {`{"points":[{"x":[1,2],"y":3}]}`},
	}
	for field, docs := range bad {
		scenetest.Refuses(t, New, field, docs...)
	}
}

func TestLoadPointsOnlyAndAWiderNetwork(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	d, _ := state.Parse([]byte(`{"points":[{"x":[0.5,0.5],"y":1}]}`))
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	r.Tick()
	if s.data.Len() != 1 || docOf(t, s).W1[0][0] != 20 {
		t.Fatal("points-only load")
	}
	d, _ = state.Parse([]byte(`{"hidden":3,"W1":[[1,2],[3,4],[5,6]],"b1":[1,2,3],"W2":[[1,-1,1]],"b2":0.5,"step":40}`))
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	r.Tick()
	got := docOf(t, s)
	if got.Hidden != 3 || got.W1[2][1] != 6 || got.W2[0][1] != -1 || got.Step != 40 {
		t.Errorf("wider network: %+v", got)
	}
	r.DoArg(keymap.Step, 0)
	if docOf(t, s).Step != 41 {
		t.Errorf("stepping after a load: %d", docOf(t, s).Step)
	}
}

func TestHugeValuesNeverShowNaN(t *testing.T) {
	r := scenetest.New(t, New())
	s, c := r.S, r.C
	d, _ := state.Parse([]byte(`{"lr":1000000,"points":[{"x":[1e9,-1e9],"y":1},{"x":[-1e9,1e9],"y":-1},{"x":[0,0],"y":1}]}`))
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	for range 50 {
		r.DoArg(keymap.Step, 0)
		r.Draw()
	}
	r.DoArg(actMorph, 0)
	for range 40 {
		r.Tick()
	}
	r.Draw()
	j := scenetest.JSON(t, s)
	if strings.Contains(j, "NaN") || strings.Contains(j, "Inf") {
		t.Errorf("state: %s", j)
	}
	// A step that would leave engine.MaxParam is refused: the network stays,
	// the player stops, the panel and a message say so, and R is the way back.
	d, _ = state.Parse([]byte(`{"W1":[[0,0],[0,0]],"b1":[0,0],"W2":[[1e59,1e59]],"b2":0,"lr":1000000,
		"points":[{"x":[1e9,1e9],"y":1},{"x":[0,0],"y":-1}]}`))
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	before, step := s.net(), docOf(t, s).Step
	s.player.Playing = true
	c.TakeNotes()
	r.DoArg(keymap.Step, 0)
	if !s.run.Diverged || s.net() != before || s.player.Playing || docOf(t, s).Step != step {
		t.Errorf("diverging step: diverged %v, net changed %v, playing %v", s.run.Diverged, s.net() != before, s.player.Playing)
	}
	if notes := c.TakeNotes(); len(notes) == 0 || !strings.Contains(strings.Join(notes, " "), "R") {
		t.Errorf("no message about the divergence: %v", notes)
	}
	r.Draw()
	r.DoArg(keymap.Reset, 0)
	if s.run.Diverged {
		t.Error("R did not clear the divergence")
	}

	// One class only, a single point, no points: nothing breaks.
	for _, text := range []string{`{"points":[{"x":[0,0],"y":1}]}`, `{"points":[]}`} {
		d, _ := state.Parse([]byte(text))
		if err := s.Load(d); err != nil {
			t.Fatal(err)
		}
		r.DoArg(keymap.Step, 0)
		r.Draw()
	}
}

func TestKeysAndTranslations(t *testing.T) {
	keys := scenetest.Keyed("xor.act.", engine.Sign, engine.Sigmoid)
	for _, p := range presets {
		keys = append(keys, p.name)
	}
	scenetest.Keys(t, New(), keys, "xor.act")
}

// TestTopSpeedAllocatesNothingPerStep plays training at the top speed
// (as many steps per tick as the work budget grants) on the four XOR
// points, through more steps than the history keeps (so the old steps are
// dropped on the way), and counts the allocations: the steps, the history
// and the views Update computes reuse their storage. No timing is
// asserted.
func TestTopSpeedAllocatesNothingPerStep(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.DoArg(actNew, 0)
	s.player.Speed = len(ui.Speeds) - 1
	s.lr = 0.5
	per := model.StepsThisTick(s.player.Tick(), s.data.Len(), s.run.Net().H)
	if per < 100 {
		t.Fatalf("top speed is %d steps per tick", per)
	}
	for range 3 * model.MaxHistory / per { // warm up past a trim
		r.Tick()
	}
	if !s.player.Playing {
		t.Fatal("training stopped")
	}
	ticks := 2 * model.MaxHistory / per
	step := s.run.StepNo()
	var before, after runtime.MemStats
	// Inside the game loop's tick, so that nothing else runs meanwhile.
	gameloop.Do(func() {
		runtime.ReadMemStats(&before)
		for range ticks {
			r.Tick()
		}
		runtime.ReadMemStats(&after)
	})
	steps := s.run.StepNo() - step
	if steps < ticks*per {
		t.Fatalf("only %d steps in %d ticks", steps, ticks)
	}
	// The speed the title bar shows is the one played.
	if shown, played := s.player.StepsPerSecond(), float64(steps)/float64(ticks)*ui.TPS; shown != played {
		t.Errorf("the title bar shows %g steps/s; %g were taken", shown, played)
	}
	n := after.Mallocs - before.Mallocs
	t.Logf("%d allocations in %d ticks of %d steps", n, ticks, steps)
	if n > uint64(ticks) {
		t.Errorf("%d allocations in %d ticks of %d steps", n, ticks, steps)
	}
}

// TestTopSpeedStepsWithinTheWorkBudget: at the top speed a tick takes
// the steps the work budget grants, the same number every tick (so that
// playing is deterministic), fewer for a wider network, and never none.
func TestTopSpeedStepsWithinTheWorkBudget(t *testing.T) {
	for _, h := range []int{2, model.MaxHidden} {
		r := scenetest.New(t, New())
		s := r.S
		s.hidden = h
		r.DoArg(actNew, 0)
		s.player.Speed = len(ui.Speeds) - 1
		want := model.StepsThisTick(int(ui.Speeds[len(ui.Speeds)-1]/ui.TPS), s.data.Len(), h)
		if want < 1 || want*model.StepWork(s.data.Len(), h) > model.WorkPerTick {
			t.Fatalf("H = %d: the budget grants %d steps", h, want)
		}
		for range 5 {
			before := s.run.StepNo()
			r.Tick()
			if got := s.run.StepNo() - before; got != want {
				t.Errorf("H = %d: a tick at the top speed took %d steps, want %d", h, got, want)
			}
		}
	}
}

// TestNotesLabelsOnlyWithTheNotesValues checks that the panel says "as in
// the notes" only while the notes' weights are shown: not after training
// from scratch, not after a step of training the notes' network.
func TestNotesLabelsOnlyWithTheNotesValues(t *testing.T) {
	r := scenetest.New(t, New())
	s, c := r.S, r.C
	notesTable, ownTable := c.T("xor.table"), c.T("xor.table.own")
	if s.tableLabel(c) != notesTable || s.title(c) != c.T("xor.title.lecture") {
		t.Fatalf("the notes' network: table %q, title %q", s.tableLabel(c), s.title(c))
	}
	r.DoArg(actNew, 0) // N: train from scratch
	r.Tick()
	if s.tableLabel(c) != ownTable || s.title(c) == c.T("xor.title.lecture") {
		t.Errorf("trained from scratch: table %q, title %q", s.tableLabel(c), s.title(c))
	}
	r.DoArg(keymap.Preset, 3) // train an H = 2 network from scratch
	if s.tableLabel(c) != ownTable {
		t.Errorf("preset 3: table %q", s.tableLabel(c))
	}
	r.DoArg(keymap.Preset, 2) // the notes' network, sigmoid
	if s.tableLabel(c) != notesTable || s.title(c) != c.T("xor.title.lecture") {
		t.Errorf("preset 2: table %q, title %q", s.tableLabel(c), s.title(c))
	}
	r.DoArg(keymap.Step, 0) // one step of gradient descent changes the weights
	if s.tableLabel(c) != ownTable || s.title(c) != c.Tf("xor.title.changed", 1) {
		t.Errorf("after a step: table %q, title %q", s.tableLabel(c), s.title(c))
	}
	r.DoArg(keymap.Back, 0) // back to the notes' values
	if s.tableLabel(c) != notesTable {
		t.Errorf("stepped back to the notes: table %q", s.tableLabel(c))
	}
}

// TestPresetsLeaveDataClear: at a projector's, a large projector's and a
// phone's size, in both languages, no label of any preset (the input
// plane's title and line names, hidden space's ticks, axis names and
// input names) covers a point or another label.
func TestPresetsLeaveDataClear(t *testing.T) {
	scenetest.PresetsLeaveDataClear(t, New, len(presets))
}
