package perceptron

import (
	"math"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/perceptron/model"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// doc turns a state map into a document, as export and load do.
func doc(t *testing.T, m map[string]any) state.Doc {
	t.Helper()
	d, err := state.FromMap(m)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// canon is a state map through JSON, for comparisons.
func canon(t *testing.T, m map[string]any) string {
	t.Helper()
	b, err := state.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestClicksAddAndRemovePoints(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s, c := r.S, r.C
	r.Do(keymap.Clear)
	if s.run.Data.Len() != 0 {
		t.Fatalf("C left %d points", s.run.Data.Len())
	}
	p := c.Plane
	x, y := p.X+p.W*0.7, p.Y+p.H*0.3
	r.Press(x, y, ui.ButtonLeft)
	r.Tick()
	r.Press(p.X+p.W*0.25, p.Y+p.H*0.75, ui.ButtonRight)
	r.Tick()
	pts := s.run.Data.Points()
	if len(pts) != 2 || pts[0].Y != 1 || pts[1].Y != -1 {
		t.Fatalf("points after a left and a right click: %+v", pts)
	}
	want := s.plane.DataAt(x, y)
	if math.Abs(pts[0].X[0]-want[0]) > 1e-9 || math.Abs(pts[0].X[1]-want[1]) > 1e-9 {
		t.Errorf("point at %v, want %v (data coordinates of the click)", pts[0].X, want)
	}
	if got := len(s.State()["points"].(state.PointList)); got != 2 {
		t.Errorf("state has %d points, want 2", got)
	}
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y, Ctrl: true})
	r.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y, Ctrl: true})
	r.Tick()
	if s.run.Data.Len() != 1 || s.run.Data.Points()[0].Y != -1 {
		t.Fatalf("Ctrl+click did not remove the +1 point: %+v", s.run.Data.Points())
	}
	r.Do(keymap.Undo)
	if s.run.Data.Len() != 2 {
		t.Fatalf("undo did not bring the point back: %d points", s.run.Data.Len())
	}
}

func TestEditRestartsRunAndSaysSo(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s, c := r.S, r.C
	r.Steps(2)
	c.TakeNotes()
	r.Press(c.Plane.X+c.Plane.W*0.8, c.Plane.Y+c.Plane.H*0.2, ui.ButtonLeft)
	r.Tick()
	if s.run.Pos() != 0 || s.run.Hist.Len() != 1 {
		t.Fatalf("after an edit: step %d, history %d; want a fresh run", s.run.Pos(), s.run.Hist.Len())
	}
	notes := c.TakeNotes()
	if len(notes) != 1 || notes[0] != c.T("perceptron.msg.data.reset") {
		t.Errorf("notes %q, want the data-reset message", notes)
	}
}

// notesSteps is the notes' iteration of their three-point example, step by
// step: w⁰ = [0, 0], no bias, sign(0) = +1, x₁, x₂, x₃ in turn. Only x₃ is
// a mistake in the first pass, w¹ = [1, −½]; then x₁ gives w² = [1, ½] and
// x₂ gives w³ = [1, −½] = w¹.
var notesSteps = []struct {
	index   int
	a       float64
	updated bool
	w       [2]float64
}{
	{0, 0, false, [2]float64{0, 0}},
	{1, 0, false, [2]float64{0, 0}},
	{2, 0, true, [2]float64{1, -0.5}},    // w¹
	{0, -0.5, true, [2]float64{1, 0.5}},  // w²
	{1, -0.5, true, [2]float64{1, -0.5}}, // w³ = w¹
	{2, -1.25, false, [2]float64{1, -0.5}},
}

func TestNotesPresetRepeatsAsTheNotes(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1280, 720)
	s, c := r.S, r.C
	r.DoArg(keymap.Preset, 1)
	if cfg := s.run.Cfg; !cfg.NoBias || cfg.Tie != engine.TiePositive || cfg.Rule != engine.PlusMinus || cfg.Order != engine.Cyclic || cfg.Alpha != 1 {
		t.Fatalf("preset 1 settings %+v: want no bias, sign(0) = +1, ±1 rule, cyclic, α = 1", cfg)
	}
	if s.run.Nov.Separable || !s.run.Nov.Origin {
		t.Fatal("the notes' points must not be separable through the origin")
	}
	for k, want := range notesSteps {
		r.Do(keymap.Step)
		st := s.run.Last
		if st.Index != want.index || st.Potential != want.a || st.Updated != want.updated || st.WAfter != want.w || st.BAfter != 0 {
			t.Fatalf("step %d: x_%d a=%g updated=%v w=%v b=%g; the notes: x_%d a=%g updated=%v w=%v", k+1,
				st.Index+1, st.Potential, st.Updated, st.WAfter, st.BAfter, want.index+1, want.a, want.updated, want.w)
		}
		r.Tick()
		_, repeated := s.State()["repeat"]
		if repeated != (k >= 4) || s.lab.hasRepeat != (k >= 4) {
			t.Fatalf("step %d: repeat in the state %v, on screen %v", k+1, repeated, s.lab.hasRepeat)
		}
		if !s.tween.Running() {
			continue
		}
		for s.tween.Running() {
			r.Tick()
		}
	}
	rep := s.State()["repeat"].(map[string]any)
	if rep["mistakes"] != 3 || rep["earlierMistakes"] != 1 || rep["step"] != 5 || rep["earlierStep"] != 3 {
		t.Fatalf("repeat %v: want w³ = w¹ at step 5 (step 3)", rep)
	}
	// The screen says so, and why.
	head := c.Tf("perceptron.repeat.head", 3, 1)
	if all := strings.Join(s.lab.repeatLines, " "); !strings.HasPrefix(all, head) || !strings.Contains(all, c.T("perceptron.repeat.noorigin")) {
		t.Errorf("callout %q", s.lab.repeatLines)
	}
	// The cycle's updates are x₁ and x₂, both +1: they add up to zero.
	if !reflect.DeepEqual(s.lab.cycleIdx, []int{0, 1}) || cycleSum(s.lab.cycleIdx, s.run.Data.Points(), 0) != "x_{1} + x_{2}" {
		t.Errorf("cycle %v", s.lab.cycleIdx)
	}
	var sum [2]float64
	for _, v := range s.lab.cycleYX {
		sum[0] += v[0]
		sum[1] += v[1]
	}
	if sum != [2]float64{} {
		t.Errorf("the cycle's updates add up to %v, not 0", sum)
	}
	// Its labels cover no point and no other label.
	var rep2 place.Report
	rep2.Add(s.lab.pl)
	if o := place.Overlaps(rep2); len(o) > 0 {
		t.Errorf("labels overlap: %v", o)
	}
	if s.lab.capText != c.T("perceptron.preset.lecture") {
		t.Errorf("caption %q", s.lab.capText)
	}
	// The caption describes the preset only while its settings are shown.
	r.Do(actBias)
	if s.lab.capText != "" {
		t.Errorf("caption %q after the bias came back", s.lab.capText)
	}
}

// TestBiasedRepeatShowsTheClassesMeet runs XOR's corners with a bias: the
// weights repeat, and the cycle's +1 and −1 points have the same mean,
// (½, ½), where the picture joins them.
func TestBiasedRepeatShowsTheClassesMeet(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1280, 720)
	s := r.S
	d, err := state.Parse([]byte(`{"points":[{"x":[0,0],"y":-1},{"x":[1,1],"y":-1},{"x":[0,1],"y":1},{"x":[1,0],"y":1}],"rule":"pm1","bias":true,"tie":"mistake","order":"cyclic","step":14}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	r.Tick()
	if !s.lab.hasRepeat || s.lab.meet != [2]float64{0.5, 0.5} || len(s.lab.hulls) != 2 || len(s.lab.ghosts) != 0 {
		t.Fatalf("repeat %v, meet %v, %d hulls, %d ghosts", s.lab.hasRepeat, s.lab.meet, len(s.lab.hulls), len(s.lab.ghosts))
	}
	if got := s.lab.sum.at.Text; got != "x_{3} + x_{4} = x_{1} + x_{2}" {
		t.Errorf("sum %q", got)
	}
	if !strings.Contains(strings.Join(s.lab.repeatLines, " "), r.C.T("perceptron.repeat.noline")) {
		t.Errorf("callout %q", s.lab.repeatLines)
	}
	var rep place.Report
	rep.Add(s.lab.pl)
	if o := place.Overlaps(rep); len(o) > 0 {
		t.Errorf("labels overlap: %v", o)
	}
}

func TestBiasedPresetConvergesInThreeMistakes(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s := r.S
	r.DoArg(keymap.Preset, 2)
	r.Steps(9)
	st := s.State()
	if !reflect.DeepEqual(st["w"], []float64{1, -0.5}) || st["b"] != 1.0 || st["mistakes"] != 3 || st["converged"] != true {
		t.Fatalf("with a bias: w=%v b=%v mistakes=%v converged=%v; want (1, −½), 1, 3, true", st["w"], st["b"], st["mistakes"], st["converged"])
	}
	if st["rule"] != "pm1" || st["alpha"] != 1.0 || st["bias"] != true || st["tie"] != "positive" || st["separable"] != true {
		t.Errorf("preset 2 settings: %v", st)
	}
	if _, ok := st["repeat"]; ok || s.lab.hasRepeat {
		t.Error("the biased run reports a repeat")
	}
	// B takes the bias away: the notes' run again, not separable through
	// the origin.
	r.Do(actBias)
	if s.run.Bias() || s.run.Nov.Separable || !s.run.Nov.Origin || s.run.Pos() != 0 {
		t.Fatalf("after B: bias %v, separable %v, step %d", s.run.Bias(), s.run.Nov.Separable, s.run.Pos())
	}
	if !reflect.DeepEqual(s.run.Nov, engine.NovikoffFor(s.run.Data.Points(), false)) {
		t.Error("Novikoff's quantities are not those through the origin")
	}
}

func TestTieKeyCyclesConventions(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s := r.S
	r.DoArg(keymap.Preset, 2)
	for _, want := range []engine.Tie{engine.TieNegative, engine.TieMistake, engine.TiePositive} {
		r.Do(actTie)
		if s.run.P.Tie() != want || s.State()["tie"] != want.String() {
			t.Fatalf("tie %v (state %v), want %v", s.run.P.Tie(), s.State()["tie"], want)
		}
	}
	// With y·a ≤ 0 a mistake, x₁ on the line at the start is a mistake:
	// the ±1 rule's table shows its own two rows, the update row lit.
	r.Do(actTie, actTie) // positive → negative → mistake
	r.Do(keymap.Step)
	if s.run.Last.Case != engine.CasePlusMinusUpdate || s.caseRow() != 1 {
		t.Fatalf("case %v, row %d", s.run.Last.Case, s.caseRow())
	}
	all, n := s.caseRows(r.C)
	rows := all[:n]
	if len(rows) != 3 || rows[0][0] != "y·a" || rows[2][0] != "≤ 0" || rows[2][2] != "+α·y·x" {
		t.Errorf("±1 rule's table %q", rows)
	}
	r.Do(actRule)
	r.Do(keymap.Step)
	if all, n := s.caseRows(r.C); n != 4 || all[0][0] != "y − ŷ" {
		t.Errorf("classic rule's table %q", all[:n])
	}
	if s.run.Last.Case != engine.CaseClassicRaise || s.caseRow() != 1 {
		t.Errorf("classic: case %v, row %d", s.run.Last.Case, s.caseRow())
	}
}

// stepsEqualEngine steps the scene and a separate engine perceptron side by
// side and compares every step.
func stepsEqualEngine(t *testing.T, r *scenetest.Rig[*Scene], n int) {
	s := r.S
	t.Helper()
	ref := engine.NewPerceptron(s.run.Data.Points(), s.run.Cfg)
	for i := range n {
		want := ref.Step()
		r.Do(keymap.Step)
		got := s.run.Last
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: scene %+v, engine %+v", i+1, got, want)
		}
		st := s.State()
		if st["step"] != i+1 || !reflect.DeepEqual(st["w"], []float64{ref.W()[0], ref.W()[1]}) || st["b"] != ref.B() ||
			st["mistakes"] != ref.Mistakes() || st["converged"] != ref.Converged() {
			t.Fatalf("step %d: state %v; engine w=%v b=%v k=%d", i+1, st, ref.W(), ref.B(), ref.Mistakes())
		}
	}
}

func TestStepEqualsEngine(t *testing.T) {
	for n := 1; n <= len(presets); n++ {
		r := scenetest.NewSize(t, New(), 1400, 860)
		r.DoArg(keymap.Preset, n)
		stepsEqualEngine(t, r, 60)
	}
	// The classic rule, another α and the shuffled order.
	r := scenetest.NewSize(t, New(), 1400, 860)
	s := r.S
	r.DoArg(keymap.Preset, 5)
	r.Do(actRule, actOrder, keymap.ParamDec)
	if s.run.Cfg.Rule != engine.Classic || s.run.Cfg.Order != engine.Shuffle || s.run.Cfg.Alpha != 0.5 {
		t.Fatalf("settings after U, O, ↓: %+v", s.run.Cfg)
	}
	stepsEqualEngine(t, r, 100)
}

func TestStepBackRestoresExactState(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s := r.S
	r.DoArg(keymap.Preset, 4)
	var saved []string
	var snaps []engine.PerceptronState
	for range 40 {
		saved = append(saved, canon(t, s.State()))
		snaps = append(snaps, s.run.P.Snapshot())
		r.Do(keymap.Step)
	}
	for i := 39; i >= 0; i-- {
		r.Do(keymap.Back)
		if got := canon(t, s.State()); got != saved[i] {
			t.Fatalf("back to step %d:\n got %s\nwant %s", i, got, saved[i])
		}
		if s.run.P.Snapshot() != snaps[i] {
			t.Fatalf("back to step %d: perceptron state differs", i)
		}
	}
	r.Do(keymap.Back) // at the start: nothing happens
	if s.run.Pos() != 0 {
		t.Fatal("back at step 0 moved")
	}
	// Forward through the history again, then on past it.
	for i := 1; i < 40; i++ {
		r.Do(keymap.Forward)
		if got := canon(t, s.State()); got != saved[i] {
			t.Fatalf("forward to step %d differs", i)
		}
	}
	r.Do(keymap.Forward)
	r.Do(keymap.Forward) // at the end: → does not step
	if s.run.Pos() != 40 {
		t.Fatalf("forward ended at %d, want 40", s.run.Pos())
	}
	r.Do(keymap.Reset)
	if s.run.Pos() != 0 || s.run.Data.Len() != 20 || s.run.P.W() != [2]float64{} {
		t.Fatal("R did not reset the weights keeping the points")
	}
}

func TestTweenEndsAtEngineWeights(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s := r.S
	r.DoArg(keymap.Preset, 2)
	r.Steps(2)        // x₁, x₂ on the line: sign(0) = +1, correct
	r.Do(keymap.Step) // x₃ is a mistake: θ = (1, −½), b = −1
	if !s.run.Last.Updated || !s.tween.Running() {
		t.Fatal("a mistake should start the line's move")
	}
	start := s.shown()
	if start == (weights{s.run.P.W(), s.run.P.B()}) {
		t.Fatal("the line is already at its new place at the start of the move")
	}
	for range tweenTicks + 2 {
		r.Tick()
	}
	if s.tween.Running() {
		t.Fatal("the tween did not end")
	}
	if got, want := s.shown(), (weights{[2]float64{1, -0.5}, -1}); got != want {
		t.Fatalf("line ends at %+v, engine has %+v", got, want)
	}
	// Space during a move finishes it and takes the next step.
	r.Do(keymap.Step)
	if !s.tween.Running() {
		t.Fatal("x₁ is a mistake: the line should move")
	}
	r.Do(keymap.Step)
	if s.run.Pos() != 5 {
		t.Fatalf("Space during the move: step %d, want 5", s.run.Pos())
	}
	if s.from != (weights{[2]float64{1, 0.5}, 0}) || s.to != (weights{[2]float64{1, -0.5}, 1}) {
		t.Fatalf("third move from %+v to %+v", s.from, s.to)
	}
	// A correct point: no move, the flash instead.
	r.Do(keymap.Step)
	if s.run.Last.Updated || s.tween.Running() || !s.flashOn {
		t.Fatal("a correct point should flash and not move the line")
	}
}

func TestRoundTrip(t *testing.T) {
	setups := []struct {
		preset int
		keys   []keymap.Action
		steps  int
	}{
		{1, nil, 6},
		{2, []keymap.Action{actBias, actTie}, 7},
		{2, []keymap.Action{actTie, actTie}, 4},
		{5, []keymap.Action{actRule, keymap.ParamDec, actOrder}, 57},
		{6, []keymap.Action{actNovikoff}, 13},
		{4, nil, 0},
	}
	for _, u := range setups {
		r := scenetest.NewSize(t, New(), 1400, 860)
		s := r.S
		r.DoArg(keymap.Preset, u.preset)
		r.Do(u.keys...)
		r.Steps(u.steps)
		r.Do(keymap.Back) // a history tail ahead must not matter
		want := canon(t, s.State())

		fr := scenetest.NewSize(t, New(), 1400, 860)
		fresh := fr.S
		if err := fresh.Load(doc(t, s.State())); err != nil {
			t.Fatalf("preset %d: load: %v", u.preset, err)
		}
		fr.Tick()
		if got := canon(t, fresh.State()); got != want {
			t.Fatalf("preset %d: round trip\n got %s\nwant %s", u.preset, got, want)
		}
		if fresh.run.Last != s.run.Last {
			t.Errorf("preset %d: the current step's record differs after load", u.preset)
		}
	}
}

func TestLoadOnlyPoints(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s := r.S
	r.Steps(2)
	d, err := state.Parse([]byte(`{"points":[{"x":[1,2],"y":1},{"x":[-1,0],"y":0}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	st := s.State()
	if st["step"] != 0 || len(st["points"].(state.PointList)) != 2 || s.run.Data.Points()[1].Y != -1 {
		t.Fatalf("state after loading only points: %v", st)
	}
	if s.plane.Half < math.Hypot(1, 2) {
		t.Errorf("the plane (half %g) does not show the loaded points", s.plane.Half)
	}
}

func TestBadDocsRefusedNamingField(t *testing.T) {
	bad := map[string]string{
		"rule":      `{"rule":"newton"}`,
		"alpha":     `{"alpha":-1}`,
		"order":     `{"order":3}`,
		"step":      `{"step":-2}`,
		"novikoff":  `{"novikoff":"yes"}`,
		"points":    `{"points":[{"x":[1],"y":1}]}`,
		"w":         `{"w":[1,"a"]}`,
		"b":         `{"b":"zero"}`,
		"mistakes":  `{"mistakes":1.5}`,
		"converged": `{"converged":1}`,
		"gamma":     `{"gamma":-1}`,
		"bias":      `{"bias":"no"}`,
		"tie":       `{"tie":"zero"}`,
	}
	for field, js := range bad {
		r := scenetest.NewSize(t, New(), 1400, 860)
		s := r.S
		r.Steps(2)
		before := canon(t, s.State())
		d, err := state.Parse([]byte(js))
		if err != nil {
			t.Fatal(err)
		}
		err = s.Load(d)
		if err == nil || !strings.Contains(err.Error(), `"`+field+`"`) {
			t.Errorf("%s: error %v does not name the field", js, err)
		}
		if got := canon(t, s.State()); got != before {
			t.Errorf("%s: the refused document changed the scene", js)
		}
	}
	// Steps past the history's limit are refused too.
	s := scenetest.NewSize(t, New(), 1400, 860).S
	d, _ := state.Parse([]byte(`{"step":1000001}`))
	if err := s.Load(d); err == nil || !strings.Contains(err.Error(), `"step"`) {
		t.Errorf("step beyond the limit: %v", err)
	}
}

func TestNoKeyConflicts(t *testing.T) {
	s := New()
	if cs := keymap.Conflicts(s.Bindings()); len(cs) > 0 {
		t.Fatalf("key conflicts: %v", cs)
	}
	for _, b := range s.Bindings() {
		if !i18n.Has(b.Help) {
			t.Errorf("binding %s: help key %q missing", b.Action, b.Help)
		}
	}
}

// TestTranslationsExist checks every "perceptron.…" message key the
// package's source mentions, except the action names.
func TestTranslationsExist(t *testing.T) {
	files, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	actions := map[string]bool{string(actRule): true, string(actOrder): true, string(actNovikoff): true, string(actBias): true, string(actTie): true}
	re := regexp.MustCompile(`"(perceptron\.[a-z0-9.]+)"`)
	n := 0
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".go") || strings.HasSuffix(f.Name(), "_test.go") {
			continue
		}
		src, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if actions[m[1]] {
				continue
			}
			n++
			if !i18n.Has(m[1]) {
				t.Errorf("%s: translation key %q missing", f.Name(), m[1])
			}
		}
	}
	for _, k := range append(New().MouseHelp(), "key.step", "key.preset") {
		if !i18n.Has(k) {
			t.Errorf("mouse/shared key %q missing", k)
		}
	}
	if n < 30 {
		t.Errorf("found only %d keys: is the scan broken?", n)
	}
}

func TestPresetsTeach(t *testing.T) {
	nov := func(n int) engine.NovikoffResult { return engine.Novikoff(presets[n-1].pts()) }
	if w, th := nov(4), nov(5); !w.Separable || !th.Separable || th.Bound < 10*w.Bound {
		t.Errorf("wide bound %g, thin bound %g: the thin margin should raise the bound tenfold", w.Bound, th.Bound)
	}
	if nov(6).Separable {
		t.Error("XOR must not be separable")
	}
	if !nov(3).Separable {
		t.Error("AND must be separable")
	}
	r := scenetest.NewSize(t, New(), 1400, 860)
	s, c := r.S, r.C
	r.Tick()
	r.Key(keymap.Preset, 9)
	r.Tick()
	if notes := c.TakeNotes(); len(notes) != 1 || s.run.Data.Len() != 3 {
		t.Errorf("Shift+9: notes %q, %d points", notes, s.run.Data.Len())
	}
}

func TestPlayStopsAtConvergenceAndOnXOR(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s, c := r.S, r.C
	r.DoArg(keymap.Preset, 4)
	r.Do(keymap.Play)
	for range 6 {
		r.Do(keymap.Faster)
	}
	for i := 0; s.player.Playing && i < 10000; i++ {
		r.Tick()
	}
	if s.player.Playing || !s.run.P.Converged() {
		t.Fatalf("playing a separable set: playing %v converged %v", s.player.Playing, s.run.P.Converged())
	}

	r.DoArg(keymap.Preset, 6)
	c.TakeNotes()
	r.Do(keymap.Play)
	for i := 0; s.player.Playing && i < 10000; i++ {
		r.Tick()
	}
	if s.player.Playing {
		t.Fatal("playing XOR never stopped")
	}
	if e := s.run.P.Epoch(); e != model.StopEpochs {
		t.Errorf("XOR stopped after %d epochs, want %d", e, model.StopEpochs)
	}
	st := s.State()
	if _, ok := st["bound"]; ok {
		t.Error("a bound for a non-separable set")
	}
	if _, ok := st["pocket"]; !ok {
		t.Error("no pocket in the state of a non-separable set")
	}
	notes := c.TakeNotes()
	if len(notes) == 0 || !strings.Contains(notes[len(notes)-1], "5") {
		t.Errorf("notes %q: want the stop message", notes)
	}
}

func TestManyPointsStillStep(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s, c := r.S, r.C
	pts := make([]engine.Point, 5000)
	g := lcg(42)
	for i := range pts {
		x := [2]float64{4*g.next() - 2, 4*g.next() - 2}
		y := 1
		if x[0]+0.5*x[1] < 0.1 {
			y = -1
		}
		pts[i] = engine.Point{X: x, Y: y}
	}
	m := map[string]any{"points": state.PointsField(pts)}
	if err := s.Load(doc(t, m)); err != nil {
		t.Fatal(err)
	}
	screen := ebiten.NewImage(1400, 860)
	r.Do(keymap.Play)
	for range 12 {
		r.Do(keymap.Faster)
	}
	for range 30 {
		r.Tick()
		s.Draw(screen, c)
	}
	if s.run.Pos() < 500 {
		t.Fatalf("5,000 points: only %d steps in 30 ticks at full speed", s.run.Pos())
	}
	if s.State()["step"] != s.run.Pos() {
		t.Fatal("state step")
	}
}

func TestExtremesStayFinite(t *testing.T) {
	r := scenetest.NewSize(t, New(), 1400, 860)
	s, c := r.S, r.C
	d, err := state.Parse([]byte(`{"points":[{"x":[1e9,-1e9],"y":1},{"x":[-1e9,1e9],"y":-1},{"x":[0,0],"y":1}],"alpha":1000000,"rule":"classic","step":30}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(d); err != nil {
		t.Fatal(err)
	}
	screen := ebiten.NewImage(1400, 860)
	for range 3 {
		r.Do(keymap.Step)
		s.Draw(screen, c)
	}
	b, err := state.Marshal(s.State())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "NaN") || strings.Contains(string(b), "Inf") {
		t.Fatalf("state not finite: %s", b)
	}
	// Empty data, one class, a single point: stepping and drawing never panic.
	for _, js := range []string{`{"points":[]}`, `{"points":[{"x":[1,1],"y":1}]}`, `{"points":[{"x":[1,1],"y":1},{"x":[2,0],"y":1}]}`} {
		d, _ := state.Parse([]byte(js))
		if err := s.Load(d); err != nil {
			t.Fatal(err)
		}
		for range 4 {
			r.Do(keymap.Step, keymap.Play)
			s.Draw(screen, c)
		}
	}
}

func TestNarrowPortraitDraws(t *testing.T) {
	r := scenetest.NewSize(t, New(), 390, 760)
	s, c := r.S, r.C
	screen := ebiten.NewImage(390, 760)
	r.Steps(3)
	s.Draw(screen, c)
	if c.Plane.Empty() || c.Plane.W > 390 || c.Plane.Bottom() > 760*0.6 {
		t.Fatalf("portrait plane %+v", c.Plane)
	}
}

func TestDragMovesPointAndRestarts(t *testing.T) {
	for _, n := range []int{3, liveNovikoffMax + 200} {
		r := scenetest.NewSize(t, New(), 1400, 860)
		s := r.S
		if n > 3 {
			pts := append([]engine.Point(nil), engine.LectureThreePoints()...)
			g := lcg(9)
			for len(pts) < n {
				pts = append(pts, engine.Point{X: [2]float64{1.2 + 0.2*g.next(), 1.2 + 0.2*g.next()}, Y: 1})
			}
			if err := s.Load(doc(t, map[string]any{"points": state.PointsField(pts)})); err != nil {
				t.Fatal(err)
			}
			r.Tick()
		}
		r.Steps(2)
		from := s.run.Data.Points()[2].X // x₃ = (−1, ½)
		fx, fy := s.plane.ToScreen(from)
		to := [2]float64{-1, -0.5}
		tx, ty := s.plane.ToScreen(to)
		r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: fx, Y: fy})
		r.Tick()
		r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: tx, Y: ty})
		r.Tick()
		if s.run.Pos() != 0 {
			t.Fatalf("%d points: a drag did not restart training", n)
		}
		if s.novStale != (n > liveNovikoffMax) {
			t.Errorf("%d points: Novikoff stale %v during the drag", n, s.novStale)
		}
		r.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: tx, Y: ty})
		r.Tick()
		got := s.run.Data.Points()[2].X
		if math.Abs(got[0]-to[0]) > 1e-9 || math.Abs(got[1]-to[1]) > 1e-9 {
			t.Fatalf("%d points: dragged to %v, want %v", n, got, to)
		}
		if s.novStale || !reflect.DeepEqual(s.run.Nov, engine.NovikoffFor(s.run.Data.Points(), s.run.Bias())) {
			t.Errorf("%d points: Novikoff not recomputed after the drop", n)
		}
	}
}
