package engine

import (
	"math"
	"math/rand/v2"
	"testing"
)

// notesStep is one step of the notes' iteration of the three-point example.
type notesStep struct {
	index   int
	a       float64
	updated bool
	w       [2]float64
}

// notesRun is the notes' iteration: no bias, sign(0) = +1, w⁰ = 0, x₁, x₂,
// x₃ in turn. Only x₃ is a mistake in the first pass ("Cometimos solo 1
// error x₃"), w¹ = x₃y₃ = [1, −½]; then x₁ gives w² = [1, ½] and x₂ gives
// w³ = [1, −½] = w¹. Then x₃ is right (a = −1 − ¼) and the cycle goes on.
var notesRun = []notesStep{
	{0, 0, false, [2]float64{0, 0}},
	{1, 0, false, [2]float64{0, 0}},
	{2, 0, true, [2]float64{1, -0.5}},
	{0, -0.5, true, [2]float64{1, 0.5}},
	{1, -0.5, true, [2]float64{1, -0.5}},
	{2, -1.25, false, [2]float64{1, -0.5}},
	{0, -0.5, true, [2]float64{1, 0.5}},
	{1, -0.5, true, [2]float64{1, -0.5}},
	{2, -1.25, false, [2]float64{1, -0.5}},
}

// TestLectureThreePointsAsNotes runs the notes' iteration with both rules
// (the {0,1} rule with step(0) = 1 takes the same steps) and checks every
// step, the cases, and the repeat w³ = w¹ reported at step 5.
func TestLectureThreePointsAsNotes(t *testing.T) {
	for _, rule := range []Rule{PlusMinus, Classic} {
		p := NewPerceptron(LectureThreePoints(), PerceptronConfig{Rule: rule, NoBias: true, Tie: TiePositive, B0: 7})
		if c := p.Config(); c.B0 != 0 || c.Tie != TiePositive || !c.NoBias || p.Tie() != TiePositive {
			t.Fatalf("%v: config %+v", rule, c)
		}
		for k, w := range notesRun {
			s := p.Step()
			if s.Index != w.index || s.Potential != w.a || s.Updated != w.updated || s.WAfter != w.w || s.BAfter != 0 || s.DeltaB != 0 {
				t.Fatalf("%v step %d: %+v, want %+v", rule, k+1, s, w)
			}
			if s.OnLine != (w.a == 0) || s.Converged {
				t.Fatalf("%v step %d: on line %v, converged %v", rule, k+1, s.OnLine, s.Converged)
			}
			// On the line sign(0) = +1: ŷ is the positive class.
			if s.OnLine && s.YHat != 1 {
				t.Fatalf("%v step %d: ŷ = %d at a = 0", rule, k+1, s.YHat)
			}
			wantCase := map[Rule]map[bool]map[int]PerceptronCase{
				PlusMinus: {false: {1: CasePlusMinusKeep, -1: CasePlusMinusKeep}, true: {1: CasePlusMinusUpdate, -1: CasePlusMinusUpdate}},
				Classic:   {false: {1: CaseClassicKeep, -1: CaseClassicKeep}, true: {1: CaseClassicRaise, -1: CaseClassicLower}},
			}[rule][w.updated][s.Y]
			if s.Case != wantCase {
				t.Fatalf("%v step %d: case %v, want %v", rule, k+1, s.Case, wantCase)
			}
			if s.Repeat != (k == 4) {
				t.Fatalf("%v step %d: repeat %v", rule, k+1, s.Repeat)
			}
		}
		// The run is periodic, so it cycles forever: a cyclic run is
		// determined by the weights and the position in the epoch, and
		// after step 9 they are those after step 6 (and step 3).
		p.Reset()
		var at [10]PerceptronState
		for k := 1; k <= 9; k++ {
			p.Step()
			at[k] = p.Snapshot()
		}
		for _, k := range []int{3, 6} {
			if at[k].W != at[9].W || at[k].B != at[9].B || at[k].Pos != at[9].Pos {
				t.Fatalf("%v: state after step %d %+v differs from step 9 %+v", rule, k, at[k], at[9])
			}
		}
		want := WeightRepeat{Step: 5, Mistakes: 3, EarlierStep: 3, EarlierMistakes: 1}
		if r, ok := p.Repeat(); !ok || r != want {
			t.Fatalf("%v: repeat %+v %v, want w³ = w¹ %+v", rule, r, ok, want)
		}
	}
}

// TestLectureThreePointsBiased keeps the biased run of the notes' points:
// separable, three mistakes, no repeat.
func TestLectureThreePointsBiased(t *testing.T) {
	for _, tie := range []Tie{TieRule, TieMistake, TiePositive} {
		p := NewPerceptron(LectureThreePoints(), PerceptronConfig{Rule: PlusMinus, Tie: tie})
		for range 30 {
			p.Step()
		}
		if _, ok := p.Repeat(); ok || !p.Converged() {
			t.Fatalf("tie %v: repeat %v converged %v", tie, ok, p.Converged())
		}
		if tie != TiePositive && (p.Mistakes() != 3 || p.W() != [2]float64{1, -0.5} || p.B() != 1) {
			t.Fatalf("tie %v: %d mistakes, w %v b %g", tie, p.Mistakes(), p.W(), p.B())
		}
	}
}

// TestTieConventions checks ŷ, the mistake and the case at a = 0 for every
// rule, label and convention, and that TieRule keeps each rule's own.
func TestTieConventions(t *testing.T) {
	for _, c := range []struct {
		rule    Rule
		tie     Tie
		y, yhat int // ±1 label, ŷ in the rule's labels
		mistake bool
	}{
		{Classic, TieRule, 1, 0, true}, {Classic, TieRule, -1, 0, false},
		{Classic, TieNegative, 1, 0, true}, {Classic, TieNegative, -1, 0, false},
		{Classic, TiePositive, 1, 1, false}, {Classic, TiePositive, -1, 1, true},
		{Classic, TieMistake, 1, 0, true}, {Classic, TieMistake, -1, 1, true},
		{PlusMinus, TieRule, 1, 0, true}, {PlusMinus, TieRule, -1, 0, true},
		{PlusMinus, TieMistake, 1, 0, true}, {PlusMinus, TieMistake, -1, 0, true},
		{PlusMinus, TiePositive, 1, 1, false}, {PlusMinus, TiePositive, -1, 1, true},
		{PlusMinus, TieNegative, 1, -1, true}, {PlusMinus, TieNegative, -1, -1, false},
	} {
		p := NewPerceptron([]Point{{X: [2]float64{2, 3}, Y: c.y}}, PerceptronConfig{Rule: c.rule, Tie: c.tie, NoBias: true})
		s := p.Step()
		if !s.OnLine || s.YHat != c.yhat || s.Updated != c.mistake {
			t.Errorf("%v %v y=%d: ŷ %d mistake %v, want %d %v", c.rule, c.tie, c.y, s.YHat, s.Updated, c.yhat, c.mistake)
		}
		// A mistake always adds α·y·x: y − ŷ equals y under Classic.
		if c.mistake && (s.DeltaW != [2]float64{2 * float64(c.y), 3 * float64(c.y)} || (c.rule == Classic && s.Diff != c.y)) {
			t.Errorf("%v %v y=%d: Δθ %v, y − ŷ %d", c.rule, c.tie, c.y, s.DeltaW, s.Diff)
		}
	}
	// TieRule stays in the config, so that a changed rule brings its own.
	for rule, want := range map[Rule]Tie{Classic: TieNegative, PlusMinus: TieMistake} {
		p := NewPerceptron(nil, PerceptronConfig{Rule: rule})
		if p.Tie() != want || p.Config().Tie != TieRule {
			t.Errorf("%v: tie %v, config %v", rule, p.Tie(), p.Config().Tie)
		}
		cfg := p.Config()
		cfg.Rule = 1 - rule
		if q := NewPerceptron(nil, cfg); q.Tie() == want {
			t.Errorf("%v → %v kept the tie %v", rule, cfg.Rule, want)
		}
	}
	if NewPerceptron(nil, PerceptronConfig{Tie: 9}).Config().Tie != TieRule {
		t.Error("an unknown tie is not TieRule")
	}
	for _, n := range []string{"mistake", "positive", "negative", "rule"} {
		if tie, err := ParseTie(n); err != nil || tie.String() != n {
			t.Errorf("ParseTie(%q) = %v, %v", n, tie, err)
		}
	}
	if tie, err := ParseTie(""); err != nil || tie != TieRule {
		t.Errorf("ParseTie(\"\") = %v, %v", tie, err)
	}
	if _, err := ParseTie("zero"); err == nil {
		t.Error("ParseTie accepted zero")
	}
}

// TestPerceptronCases checks the case of every step against the rule's
// table: y − ŷ for the {0,1} rule, the mistake for the ±1 rule.
func TestPerceptronCases(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, rule := range []Rule{Classic, PlusMinus} {
		p := NewPerceptron(append(randSeparable(r, 20), xorPoints()...), PerceptronConfig{Rule: rule})
		seen := map[PerceptronCase]bool{}
		for range 500 {
			s := p.Step()
			seen[s.Case] = true
			var want PerceptronCase
			switch {
			case rule == PlusMinus && s.Updated:
				want = CasePlusMinusUpdate
			case rule == PlusMinus:
				want = CasePlusMinusKeep
			default:
				want = map[int]PerceptronCase{0: CaseClassicKeep, 1: CaseClassicRaise, -1: CaseClassicLower}[s.Diff]
			}
			if s.Case != want {
				t.Fatalf("%v step %+v: case %v, want %v", rule, s, s.Case, want)
			}
		}
		if len(seen) != map[Rule]int{Classic: 3, PlusMinus: 2}[rule] {
			t.Errorf("%v: cases seen %v", rule, seen)
		}
	}
	if s := NewPerceptron(nil, PerceptronConfig{}).Step(); s.Case != CaseNone {
		t.Errorf("empty set: case %v", s.Case)
	}
	if CasePlusMinusUpdate.String() != "pm1-update" || CaseClassicRaise.String() != "classic-raise" {
		t.Error("case names")
	}
}

// TestWeightRepeat checks the repeat report on random sets: every repeat is
// true (the weights after both steps are equal) and, as it proves, never
// happens on a set the run's kind of line separates; on small integer sets
// that are not separable, a cyclic run finds one.
func TestWeightRepeat(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	found := 0
	for trial := range 400 {
		pts := make([]Point, 2+r.IntN(6))
		for i := range pts {
			pts[i] = Point{X: [2]float64{float64(r.IntN(7) - 3), float64(r.IntN(7) - 3)}, Y: 2*r.IntN(2) - 1}
		}
		cfg := PerceptronConfig{
			Rule: Rule(trial % 2), NoBias: trial%4 >= 2, Tie: Tie(1 + trial%3),
			Order: Order(trial % 5 / 4), Seed: int64(trial),
		}
		sep := NovikoffFor(pts, !cfg.NoBias).Separable
		p := NewPerceptron(pts, cfg)
		w := map[int][3]float64{0: {0, 0, 0}} // weights after each step
		for range 4000 {
			s := p.Step()
			w[s.Step] = [3]float64{s.WAfter[0], s.WAfter[1], s.BAfter}
			if s.Repeat {
				rp := s.RepeatOf
				if rp.Step != s.Step || rp.Mistakes != s.Mistakes || rp.EarlierStep >= rp.Step || rp.EarlierMistakes >= rp.Mistakes ||
					w[rp.EarlierStep] != w[rp.Step] {
					t.Fatalf("trial %d: false repeat %+v", trial, rp)
				}
				if sep {
					t.Fatalf("trial %d: repeat on a separable set %v (%+v)", trial, pts, cfg)
				}
				found++
				break
			}
		}
		if _, ok := p.Repeat(); !ok && !sep && cfg.Order == Cyclic && cfg.Tie == TieMistake {
			t.Errorf("trial %d: no repeat in 4000 steps on a set that is not separable: %v (%+v)", trial, pts, cfg)
		}
	}
	if found < 50 {
		t.Errorf("only %d repeats", found)
	}
}

// TestWeightRepeatLong checks Brent's part: a cycle longer than the recent
// values is still found, and the pair reported is true.
func TestWeightRepeatLong(t *testing.T) {
	var rw repeatWatch
	rw.start([2]float64{}, 0)
	const mu, lambda = 5, 11 // w_k for k ≥ mu repeats with period lambda
	val := func(k int) [2]float64 {
		if k >= mu {
			k = mu + (k-mu)%lambda
		}
		return [2]float64{float64(k), 1}
	}
	for k := 1; k < 200; k++ {
		if rw.update(val(k), 0, 10*k, k) {
			rp := rw.Repeat
			if val(rp.Mistakes) != val(rp.EarlierMistakes) || rp.Step != 10*rp.Mistakes || rp.EarlierStep != 10*rp.EarlierMistakes {
				t.Fatalf("false repeat %+v", rp)
			}
			if (rp.Mistakes-rp.EarlierMistakes)%lambda != 0 {
				t.Fatalf("repeat %+v is not a multiple of the period", rp)
			}
			return
		}
	}
	t.Fatal("no repeat found")
}

// TestNovikoffOrigin checks separability and the margin through the origin.
func TestNovikoffOrigin(t *testing.T) {
	three := NovikoffFor(LectureThreePoints(), false)
	if three.Separable || !three.Origin || !math.IsInf(three.Bound, 1) || three.R != math.Sqrt(1.25) {
		t.Fatalf("notes' points through the origin: %+v", three)
	}
	two := NovikoffFor([]Point{{X: [2]float64{0, 2}, Y: 1}, {X: [2]float64{1, -1}, Y: -1}}, false)
	// By hand: y·x = (0, 2) and (−1, 1); the point t(0, 2) + (1−t)(−1, 1) =
	// (t−1, t+1) of their segment closest to 0 is (−1, 1), at t = 0, so
	// w* = (−1, 1)/√2, γ = √2, R = 2 and the bound is 4/2 = 2.
	s2 := math.Sqrt2
	if !two.Separable || two.BStar != 0 || two.R != 2 || math.Abs(two.WStar[0]+1/s2) > 1e-12 ||
		math.Abs(two.WStar[1]-1/s2) > 1e-12 || math.Abs(two.Gamma-s2) > 1e-12 || math.Abs(two.Bound-2) > 1e-9 {
		t.Fatalf("two points: %+v", two)
	}
	if zero := NovikoffFor([]Point{{X: [2]float64{0, 0}, Y: 1}}, false); zero.Separable {
		t.Fatalf("a point at the origin: %+v", zero)
	}
	// Against brute force: the yᵢxᵢ lie in an open half-plane iff some
	// direction has all of them strictly positive; γ is the best margin.
	r := rand.New(rand.NewPCG(9, 10))
	for trial := range 300 {
		pts := make([]Point, 1+r.IntN(5))
		for i := range pts {
			pts[i] = Point{X: [2]float64{float64(r.IntN(9) - 4), float64(r.IntN(9) - 4)}, Y: 2*r.IntN(2) - 1}
		}
		res := NovikoffFor(pts, false)
		best := math.Inf(-1)
		for k := range 20000 {
			ang := 2 * math.Pi * float64(k) / 20000
			m := math.Inf(1)
			for _, q := range pts {
				m = math.Min(m, float64(q.Y)*(math.Cos(ang)*q.X[0]+math.Sin(ang)*q.X[1]))
			}
			best = math.Max(best, m)
		}
		if res.Separable != (best > 1e-3) && math.Abs(best) > 1e-3 {
			t.Fatalf("trial %d %v: separable %v, brute margin %g", trial, pts, res.Separable, best)
		}
		if res.Separable {
			if res.Gamma < best-1e-9 || res.Gamma > best+1e-3 {
				t.Fatalf("trial %d %v: γ %g, brute %g", trial, pts, res.Gamma, best)
			}
			for _, q := range pts {
				if float64(q.Y)*(res.WStar[0]*q.X[0]+res.WStar[1]*q.X[1]) < res.Gamma*(1-1e-12) {
					t.Fatalf("trial %d: w* margin below γ", trial)
				}
			}
			// The ±1 rule without a bias converges within R²/γ² mistakes.
			p := NewPerceptron(pts, PerceptronConfig{Rule: PlusMinus, NoBias: true})
			for !p.Converged() && p.Steps() < 100000 {
				p.Step()
			}
			if !p.Converged() || float64(p.Mistakes()) > res.Bound*(1+1e-9) {
				t.Fatalf("trial %d: %d mistakes, bound %g", trial, p.Mistakes(), res.Bound)
			}
		}
	}
}
