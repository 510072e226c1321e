package engine

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// xorPoints is XOR on {0,1}² with class 0 as −1, as in the notes' table.
func xorPoints() []Point {
	return []Point{
		{X: [2]float64{0, 0}, Y: -1},
		{X: [2]float64{0, 1}, Y: 1},
		{X: [2]float64{1, 0}, Y: 1},
		{X: [2]float64{1, 1}, Y: -1},
	}
}

// randSeparable returns n random points in [−3,3]² labelled by a random line,
// with no point closer to the line than a random margin.
func randSeparable(r *rand.Rand, n int) []Point {
	ang := r.Float64() * 2 * math.Pi
	w := [2]float64{math.Cos(ang), math.Sin(ang)}
	b := 2*r.Float64() - 1
	margin := 0.02 + 0.3*r.Float64()
	pts := make([]Point, 0, n)
	for len(pts) < n {
		x := [2]float64{6*r.Float64() - 3, 6*r.Float64() - 3}
		a := w[0]*x[0] + w[1]*x[1] + b
		if math.Abs(a) < margin {
			continue
		}
		y := 1
		if a < 0 {
			y = -1
		}
		pts = append(pts, Point{X: x, Y: y})
	}
	return pts
}

// TestLectureThreePoints runs the notes' example with the ±1 rule: three
// mistakes, on x₁, x₂, x₃, ending at w = (1, −½), b = 1, the notes' w³.
func TestLectureThreePoints(t *testing.T) {
	p := NewPerceptron(LectureThreePoints(), PerceptronConfig{Rule: PlusMinus})
	want := []struct {
		index   int
		updated bool
		w       [2]float64
		b       float64
	}{
		{0, true, [2]float64{0, 1}, 1},
		{1, true, [2]float64{0, 0}, 2},
		{2, true, [2]float64{1, -0.5}, 1},
		{0, false, [2]float64{1, -0.5}, 1},
		{1, false, [2]float64{1, -0.5}, 1},
		{2, false, [2]float64{1, -0.5}, 1},
	}
	for k, w := range want {
		s := p.Step()
		if s.Index != w.index || s.Updated != w.updated || s.WAfter != w.w || s.BAfter != w.b {
			t.Fatalf("step %d: %+v, want %+v", k+1, s, w)
		}
		if s.Converged != (k == 5) {
			t.Fatalf("step %d: converged = %v", k+1, s.Converged)
		}
	}
	if p.Mistakes() != 3 || p.Epoch() != 2 || !p.Converged() {
		t.Fatalf("mistakes %d epoch %d", p.Mistakes(), p.Epoch())
	}
	// On the hyperplane (a = 0) the ±1 rule sees ŷ = 0 and counts a mistake.
	p.Reset()
	if s := p.Step(); s.YHat != 0 || s.Diff != 1 || !s.Updated || s.Potential != 0 {
		t.Fatalf("first step %+v", s)
	}
}

// TestClassicRule checks the notes' old rule: labels {0,1}, step(a) = 1 iff
// a > 0, Δθ = α(y − ŷ)x and Δb = α(y − ŷ) on every point.
func TestClassicRule(t *testing.T) {
	const alpha = 0.25
	pts := randSeparable(rand.New(rand.NewPCG(1, 2)), 30)
	p := NewPerceptron(pts, PerceptronConfig{Rule: Classic, Alpha: alpha, W0: [2]float64{0.3, -0.2}, B0: 0.1})
	for range 2000 {
		s := p.Step()
		a := s.WBefore[0]*s.X[0] + s.WBefore[1]*s.X[1] + s.BBefore
		yhat := 0
		if a > 0 {
			yhat = 1
		}
		y := (s.Y + 1) / 2
		if s.Target != y || s.YHat != yhat || s.Diff != y-yhat || s.Updated != (y != yhat) {
			t.Fatalf("step %+v: want y %d ŷ %d", s, y, yhat)
		}
		d := alpha * float64(y-yhat)
		if s.DeltaW != [2]float64{d * s.X[0], d * s.X[1]} || s.DeltaB != d {
			t.Fatalf("step %d: Δ = %v %g, want α(y−ŷ)x = %g·x", s.Step, s.DeltaW, s.DeltaB, d)
		}
		if s.WAfter != [2]float64{s.WBefore[0] + s.DeltaW[0], s.WBefore[1] + s.DeltaW[1]} || s.BAfter != s.BBefore+s.DeltaB {
			t.Fatalf("step %d: θ after", s.Step)
		}
		if s.Converged {
			break
		}
	}
	if !p.Converged() || p.Errors(p.W(), p.B()) != 0 {
		t.Fatal("classic rule did not converge on separable data")
	}
}

// TestNovikoffProperties runs both rules, both orders, over many seeded random
// separable sets: every run converges, makes at most R²/γ² mistakes, and at
// every update k the proof's inequalities w_k·w* ≥ kγ and ‖w_k‖² ≤ kR² hold.
func TestNovikoffProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for set := range 120 {
		pts := randSeparable(r, 2+r.IntN(60))
		res := Novikoff(pts)
		if !res.Separable || !(res.Gamma > 0) {
			t.Fatalf("set %d: not separable: %+v", set, res)
		}
		for _, cfg := range []PerceptronConfig{
			{Rule: PlusMinus},
			{Rule: Classic, Alpha: 0.1},
			{Rule: PlusMinus, Order: Shuffle, Seed: int64(set)},
			{Rule: Classic, Alpha: 3, Order: Shuffle, Seed: int64(set)},
		} {
			p := NewPerceptron(pts, cfg)
			for k := 0; !p.Converged(); {
				s := p.Step()
				if s.Epoch > 100000 {
					t.Fatalf("set %d %v: no convergence", set, cfg)
				}
				if !s.Updated {
					continue
				}
				k++
				dot, nsq := ProofPoint(s.WAfter, s.BAfter, p.Config().Alpha, res)
				kf := float64(k)
				if dot < kf*res.Gamma*(1-1e-9) || nsq > kf*res.R*res.R*(1+1e-9) {
					t.Fatalf("set %d %v update %d: w·w* = %g (kγ = %g), ‖w‖² = %g (kR² = %g)",
						set, cfg, k, dot, kf*res.Gamma, nsq, kf*res.R*res.R)
				}
			}
			if m := float64(p.Mistakes()); m > res.Bound*(1+1e-9) {
				t.Fatalf("set %d %v: %g mistakes > bound %g", set, cfg, m, res.Bound)
			}
			if w, b, e := p.Pocket(); e != 0 || w != p.W() || b != p.B() {
				t.Fatalf("set %d: pocket %v %g %d after convergence", set, w, b, e)
			}
		}
	}
}

// TestPerceptronXORPocket: XOR is not separable, the perceptron never
// converges, and the pocket always holds the best weights visited so far.
func TestPerceptronXORPocket(t *testing.T) {
	pts := xorPoints()
	if Novikoff(pts).Separable {
		t.Fatal("XOR reported separable")
	}
	for _, cfg := range []PerceptronConfig{
		{Rule: Classic}, {Rule: PlusMinus},
		{Rule: Classic, Order: Shuffle, Seed: 3}, {Rule: PlusMinus, Order: Shuffle, Seed: 3},
	} {
		p := NewPerceptron(pts, cfg)
		best := p.Errors(p.W(), p.B())
		for range 400 {
			s := p.Step()
			best = min(best, p.Errors(s.WAfter, s.BAfter))
			w, b, e := p.Pocket()
			if e != best || e != p.Errors(w, b) {
				t.Fatalf("%+v: pocket errors %d, best so far %d, recount %d", cfg, e, best, p.Errors(w, b))
			}
		}
		if p.Converged() {
			t.Fatalf("%+v converged on XOR", cfg)
		}
	}
	// In cyclic order the ±1 rule cycles through weights with 2, 3, 2 and 4
	// errors; a shuffled run finds weights with the best possible, 1.
	p := NewPerceptron(pts, PerceptronConfig{Rule: Classic, Order: Shuffle, Seed: 3})
	for range 400 {
		p.Step()
	}
	if _, _, e := p.Pocket(); e != 1 {
		t.Errorf("pocket keeps %d errors, want 1", e)
	}
}

// TestPerceptronSnapshot checks that copying the value and Snapshot/Restore
// both replay exactly, for the shuffled order too.
func TestPerceptronSnapshot(t *testing.T) {
	pts := randSeparable(rand.New(rand.NewPCG(5, 6)), 40)
	pts = append(pts, xorPoints()...) // not separable: runs forever
	for _, order := range []Order{Cyclic, Shuffle} {
		p := NewPerceptron(pts, PerceptronConfig{Rule: PlusMinus, Order: order, Seed: 9})
		for range 97 {
			p.Step()
		}
		copyP, snap := *p, p.Snapshot()
		run := func(q *Perceptron) []PerceptronStep {
			var out []PerceptronStep
			for range 150 {
				out = append(out, q.Step())
			}
			return out
		}
		a := run(p)
		b := run(&copyP)
		p.Restore(snap)
		c := run(p)
		if !slices.Equal(a, b) || !slices.Equal(a, c) {
			t.Fatalf("%v: replay differs", order)
		}
	}
}

func TestPerceptronShuffle(t *testing.T) {
	pts := make([]Point, 37)
	for i := range pts {
		pts[i] = Point{X: [2]float64{float64(i), 1}, Y: 1 - 2*(i%2)}
	}
	order := func(seed int64) [][]int {
		p := NewPerceptron(pts, PerceptronConfig{Order: Shuffle, Seed: seed})
		var epochs [][]int
		var cur []int
		for range 3 * len(pts) {
			s := p.Step()
			cur = append(cur, s.Index)
			if s.EpochEnd {
				epochs = append(epochs, cur)
				cur = nil
			}
		}
		return epochs
	}
	e := order(1)
	for k, ep := range e {
		s := slices.Sorted(slices.Values(ep))
		for i := range s {
			if s[i] != i {
				t.Fatalf("epoch %d is not a permutation: %v", k, ep)
			}
		}
	}
	if slices.Equal(e[0], e[1]) || slices.IsSorted(e[0]) {
		t.Error("shuffle does not change between epochs")
	}
	if again := order(1); !slices.Equal(again[2], e[2]) {
		t.Error("shuffle not reproducible")
	}
	if other := order(2); slices.Equal(other[0], e[0]) {
		t.Error("seed has no effect")
	}
	for n := 1; n < 300; n++ {
		seen := make([]bool, n)
		pm := newPermutation(n, uint64(n)*77)
		for i := range n {
			j := pm.at(i)
			if seen[j] {
				t.Fatalf("n=%d: %d repeated", n, j)
			}
			seen[j] = true
		}
	}
}

// TestPerceptronExtremes: α = 1e6 (and beyond), coordinates ±1e9 and
// non-separable data never produce NaN or Inf.
func TestPerceptronExtremes(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	pts := make([]Point, 50)
	for i := range pts {
		pts[i] = Point{X: [2]float64{(2*r.Float64() - 1) * 1e9, (2*r.Float64() - 1) * 1e9}, Y: 1 - 2*r.IntN(2)}
	}
	for _, cfg := range []PerceptronConfig{
		{Rule: Classic, Alpha: 1e6},
		{Rule: PlusMinus, Alpha: 1e300, W0: [2]float64{math.Inf(1), math.NaN()}, B0: -1e300},
		{Rule: Classic, Alpha: math.NaN()},
		{Rule: Rule(7), Alpha: -1, Order: Order(9)},
	} {
		p := NewPerceptron(pts, cfg)
		c := p.Config()
		if !(c.Alpha > 0 && c.Alpha <= MaxAlpha) || (c.Rule != Classic && c.Rule != PlusMinus) {
			t.Fatalf("config not sanitized: %+v", c)
		}
		for range 20000 {
			s := p.Step()
			for _, v := range []float64{s.WAfter[0], s.WAfter[1], s.BAfter, s.Potential} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("%+v: non-finite step %+v", cfg, s)
				}
			}
		}
	}
}

func TestPerceptronDegenerate(t *testing.T) {
	p := NewPerceptron(nil, PerceptronConfig{})
	if s := p.Step(); s.Index != -1 || !s.Converged || !p.Converged() {
		t.Fatalf("empty: %+v", s)
	}
	bad := []Point{{X: [2]float64{math.NaN(), 0}, Y: 1}, {X: [2]float64{1, 1}, Y: 1}, {Y: 5}, {X: [2]float64{-1, -1}, Y: -1}}
	p = NewPerceptron(bad, PerceptronConfig{Rule: PlusMinus})
	for range 20 {
		if s := p.Step(); s.Index != 1 && s.Index != 3 {
			t.Fatalf("visited invalid point %d", s.Index)
		}
	}
	if !p.Converged() {
		t.Error("two valid separable points did not converge")
	}
	if p.Neuron().Act != Sign || len(p.Points()) != 4 || p.Steps() != 20 {
		t.Error("accessors")
	}
}

func TestRuleOrderNames(t *testing.T) {
	for _, r := range []Rule{Classic, PlusMinus} {
		if got, err := ParseRule(r.String()); err != nil || got != r {
			t.Errorf("rule %v", r)
		}
	}
	for _, o := range []Order{Cyclic, Shuffle} {
		if got, err := ParseOrder(o.String()); err != nil || got != o {
			t.Errorf("order %v", o)
		}
	}
	if _, err := ParseRule("x"); err == nil {
		t.Error("ParseRule")
	}
	if _, err := ParseOrder("x"); err == nil {
		t.Error("ParseOrder")
	}
}

// TestPocketLarge exercises the pocket on a set above pocketExactMax, where
// only weights reaching a record run are checked: the pocket's error count
// stays exact and never increases.
func TestPocketLarge(t *testing.T) {
	pts := randSeparable(rand.New(rand.NewPCG(41, 42)), pocketExactMax+500)
	for i := 0; i < len(pts); i += 9 {
		pts[i].Y = -pts[i].Y
	}
	p := NewPerceptron(pts, PerceptronConfig{Rule: PlusMinus})
	_, _, prev := p.Pocket()
	for range 3 * len(pts) {
		p.Step()
	}
	w, b, e := p.Pocket()
	if e > prev || e != p.Errors(w, b) || e >= len(pts)/4 {
		t.Fatalf("pocket errors %d (start %d, recount %d)", e, prev, p.Errors(w, b))
	}
}
