package engine

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

// regActs are the hidden activations the regression scene offers.
var regActs = []Activation{Sigmoid, Tanh, ReLU, Arctan}

// noisySamples returns n samples of f(x) plus deterministic noise, with x
// spread over [lo, hi].
func noisySamples(n int, lo, hi float64, f func(float64) float64, seed uint64) []Sample {
	r := rand.New(rand.NewPCG(seed, 7))
	data := make([]Sample, n)
	for i := range data {
		x := lo + (hi-lo)*float64(i)/float64(max(n-1, 1))
		data[i] = Sample{X: x, Y: f(x) + 0.3*r.NormFloat64()}
	}
	return data
}

// TestRegressionGradientFiniteDifferences holds backpropagation's ∂J/∂θ to
// gonum's central differences of J, for every hidden activation and
// several sizes, H = 0 (the line) included.
func TestRegressionGradientFiniteDifferences(t *testing.T) {
	data := noisySamples(9, -2, 2.3, math.Sin, 1)
	for _, act := range regActs {
		for _, h := range []int{0, 1, 2, 5, MaxHidden} {
			for seed := int64(1); seed <= 3; seed++ {
				m := NewRegressor(h, act, seed)
				j, g := m.Gradient(data)
				if jl, _ := m.Loss(data); jl != j {
					t.Errorf("%v H=%d: Gradient's J %g, Loss's %g", act, h, j, jl)
				}
				probe := m
				ref := fd.Gradient(nil, func(p []float64) float64 {
					probe.SetParams(p)
					j, _ := probe.Loss(data)
					return j
				}, m.Params(), &fd.Settings{Formula: fd.Central, Step: 1e-6})
				back := g.Vector(h)
				if len(back) != len(ref) {
					t.Fatalf("H=%d: %d gradients, %d parameters", h, len(back), len(ref))
				}
				for i := range ref {
					if d := math.Abs(ref[i] - back[i]); d > 1e-5*math.Max(1, math.Abs(ref[i])) {
						t.Errorf("%v H=%d seed %d: parameter %d: finite differences %.9g, backprop %.9g", act, h, seed, i, ref[i], back[i])
					}
				}
			}
		}
	}
}

// TestRegressionNotesFormula checks J = Σᵢ (ŷ(xᵢ) − yᵢ)² and its gradient
// on numbers worked by hand.
func TestRegressionNotesFormula(t *testing.T) {
	// The line ŷ = 2x + 1 on (0,1), (1,2), (2,7): residuals 0, 1, −2, so
	// J = 0 + 1 + 4 = 5, ∂J/∂θ = 2Σ rᵢxᵢ = 2(0 + 1 − 4) = −6 and
	// ∂J/∂b = 2Σ rᵢ = −2.
	line := Regressor{H: 0}
	line.W1[0], line.B1[0] = 2, 1
	data := []Sample{{0, 1}, {1, 2}, {2, 7}}
	j, mean := line.Loss(data)
	_, g := line.Gradient(data)
	if j != 5 || math.Abs(mean-5.0/3) > 1e-15 || g.W1[0] != -6 || g.B1[0] != -2 {
		t.Errorf("line: J %g, mean %g, ∂J/∂θ %g, ∂J/∂b %g; want 5, 5/3, −6, −2", j, mean, g.W1[0], g.B1[0])
	}
	// One sigmoid unit: ŷ(0) = 2σ(0) + 0.5 = 1.5; with y = 1 the residual
	// is 0.5, J = 0.25, ∂J/∂b^[2] = 1, ∂J/∂θ^[2] = 1·σ(0) = 0.5,
	// ∂J/∂b₁ = 1·2·σ'(0) = 0.5 and ∂J/∂θ₁ = 0.5·x = 0.
	net := Regressor{H: 1, Hidden: Sigmoid, B2: 0.5}
	net.W1[0], net.W2[0] = 1, 2
	j, g = net.Gradient([]Sample{{0, 1}})
	if j != 0.25 || g.B2 != 1 || g.W2[0] != 0.5 || g.B1[0] != 0.5 || g.W1[0] != 0 {
		t.Errorf("one unit: J %g, grads %+v", j, g)
	}
}

// TestRegressionUnitsAddUp: ŷ(x) is b^[2] plus the hidden units'
// contributions, and Unit is 0 outside 0…H−1.
func TestRegressionUnitsAddUp(t *testing.T) {
	for _, act := range regActs {
		m := NewRegressor(6, act, 3)
		for _, x := range []float64{-3, -0.2, 0, 1.7, 40} {
			sum := m.B2
			for j := range m.H {
				sum += m.Unit(j, x)
				if want := m.W2[j] * act.F(m.W1[j]*x+m.B1[j]); m.Unit(j, x) != want {
					t.Errorf("%v: Unit(%d, %g) = %g, want θ²σ(θx+b) = %g", act, j, x, m.Unit(j, x), want)
				}
			}
			if d := math.Abs(sum - m.Predict(x)); d > 1e-12*math.Max(1, math.Abs(sum)) {
				t.Errorf("%v x=%g: b2 + Σ units %g, ŷ %g", act, x, sum, m.Predict(x))
			}
			if m.Unit(-1, x) != 0 || m.Unit(6, x) != 0 || m.Unit(MaxHidden, x) != 0 {
				t.Errorf("%v: a unit outside 0…5 contributes", act)
			}
		}
	}
	line := NewRegressor(0, Sigmoid, 1)
	if line.Unit(0, 1) != 0 || line.Predict(2) != 2*line.W1[0]+line.B1[0] {
		t.Error("H = 0 is not the line θx + b")
	}
}

func TestNewRegressor(t *testing.T) {
	for _, h := range []int{-3, 0, 4, 99} {
		a, b := NewRegressor(h, Tanh, 5), NewRegressor(h, Tanh, 5)
		want := min(max(h, 0), MaxHidden)
		if a != b || a.H != want {
			t.Errorf("h=%d: H %d (want %d), same seed equal %v", h, a.H, want, a == b)
		}
		for k := max(want, 1); k < MaxHidden; k++ {
			if a.W1[k] != 0 || a.B1[k] != 0 || a.W2[k] != 0 {
				t.Errorf("h=%d: unused unit %d is not zero", h, k)
			}
		}
	}
	if NewRegressor(3, Tanh, 1) == NewRegressor(3, Tanh, 2) {
		t.Error("different seeds gave the same network")
	}
	m := NewRegressor(4, ReLU, 9)
	v := m.Params()
	n := Regressor{H: 4, Hidden: ReLU}
	if len(v) != 13 || !n.SetParams(v) || n != m || n.SetParams(v[:3]) {
		t.Errorf("Params/SetParams round trip failed: %v", v)
	}
}

// TestGradientDescentReachesLeastSquares: with H = 0, gradient descent on
// the notes' J converges to the closed-form least-squares line.
func TestGradientDescentReachesLeastSquares(t *testing.T) {
	data := noisySamples(20, 1, 5, func(x float64) float64 { return 1.5*x - 0.7 }, 3)
	theta, b, err := LeastSquares(data)
	if err != nil {
		t.Fatal(err)
	}
	run := NewRegRun(NewRegressor(0, Identity, 1))
	for range 20000 {
		if st := run.Step(data, 0.002); st.Diverged {
			t.Fatalf("diverged at step %d: %v", st.Step, st.Why)
		}
	}
	m := run.Model
	if math.Abs(m.W1[0]-theta) > 1e-6 || math.Abs(m.B1[0]-b) > 1e-6 {
		t.Errorf("gradient descent θ=%.9g b=%.9g, least squares θ=%.9g b=%.9g", m.W1[0], m.B1[0], theta, b)
	}
	if _, g := m.Gradient(data); math.Abs(g.W1[0]) > 1e-6 || math.Abs(g.B1[0]) > 1e-6 {
		t.Errorf("gradient at the end %v, %v", g.W1[0], g.B1[0])
	}
}

// TestHiddenUnitsLowerJ: a few hundred steps with hidden units fit a sine
// better than the best line can.
func TestHiddenUnitsLowerJ(t *testing.T) {
	data := noisySamples(30, -3, 3, math.Sin, 5)
	line := mustLine(t, data)
	lineJ, _ := line.Loss(data)
	for _, act := range regActs {
		run := NewRegRun(NewRegressor(4, act, 2))
		first := run.Step(data, 0.005)
		var last RegStep
		for range 3000 {
			last = run.Step(data, 0.005)
		}
		if last.Diverged || !(last.J < first.J) || !(last.J < lineJ) {
			t.Errorf("%v: J %g → %g (line %g), diverged %v", act, first.J, last.J, lineJ, last.Why)
		}
	}
}

func mustLine(t *testing.T, data []Sample) Regressor {
	t.Helper()
	m, err := LeastSquaresLine(data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// finiteStep reports whether a step record holds no NaN (and no Inf but J
// and Mean under LossOverflow).
func finiteStep(st RegStep) bool {
	vals := append(st.Grads.Vector(MaxHidden), st.Before.W1[:]...)
	vals = append(vals, st.Before.B1[:]...)
	vals = append(vals, st.Before.W2[:]...)
	vals = append(vals, st.Before.B2, st.LR)
	if st.Why != LossOverflow {
		vals = append(vals, st.J, st.Mean)
	} else if !math.IsInf(st.J, 1) || !math.IsInf(st.Mean, 1) {
		return false
	}
	for _, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// TestRegressionBadInput: NaN data, ±1e9 coordinates and α = 1e6 end in a
// divergence flag with finite records, never NaN.
func TestRegressionBadInput(t *testing.T) {
	huge := []Sample{{1e9, -1e9}, {-1e9, 1e9}, {3, 4}, {1e9, 1e9}}
	for _, h := range []int{0, 1, 8} {
		for _, act := range regActs {
			run := NewRegRun(NewRegressor(h, act, 1))
			var st RegStep
			for range 200 {
				st = run.Step(huge, 1e6)
				if !finiteStep(st) {
					t.Fatalf("H=%d %v step %d: record not finite: %+v", h, act, st.Step, st)
				}
			}
			if !st.Diverged || !run.Diverged() || st.Before != run.Model {
				t.Errorf("H=%d %v: α = 1e6 on ±1e9 data did not diverge (%v)", h, act, st.Why)
			}
			if j, _ := run.Model.Loss(huge); math.IsNaN(j) || math.IsInf(j, 0) {
				t.Errorf("H=%d %v: the kept model's J is %g", h, act, j)
			}
		}
	}
	// A NaN sample (which ValidSamples refuses) is caught as overflow.
	nan := []Sample{{1, 2}, {math.NaN(), 1}}
	run := NewRegRun(NewRegressor(2, Tanh, 1))
	before := run.Model
	st := run.Step(nan, 0.1)
	if st.Why != LossOverflow || run.Model != before || !finiteStep(st) {
		t.Errorf("NaN sample: %v, model changed %v", st.Why, run.Model != before)
	}
	if ValidSamples(nan) == nil || ValidSample(Sample{2e9, 0}) == nil || ValidSample(Sample{0, math.Inf(-1)}) == nil ||
		ValidSample(Sample{-1e9, 1e9}) != nil {
		t.Error("ValidSample accepts or refuses the wrong samples")
	}
	// A NaN rate is 0: nothing moves, nothing diverges.
	run = NewRegRun(NewRegressor(3, Sigmoid, 1))
	before = run.Model
	if st := run.Step(huge, math.NaN()); st.LR != 0 || st.Diverged || run.Model != before {
		t.Errorf("α = NaN: %+v", st)
	}
	if st := run.Step(huge, 1e300); st.LR != MaxLR {
		t.Errorf("α = 1e300 used as %g", st.LR)
	}
}

// TestDivergenceLatch: a too-large α on ordinary data is caught by J's
// growth within a few steps, then nothing moves until Resume.
func TestDivergenceLatch(t *testing.T) {
	data := noisySamples(20, -2, 2, func(x float64) float64 { return x }, 2)
	run := NewRegRun(NewRegressor(0, Identity, 1))
	var st RegStep
	for k := 0; k < 100 && !st.Diverged; k++ {
		st = run.Step(data, 1)
	}
	if st.Why != LossGrowth || st.Step > 20 {
		t.Fatalf("α = 1 on 20 points: %v at step %d", st.Why, st.Step)
	}
	frozen, steps := run.Model, run.Steps
	if st := run.Step(data, 0.001); !st.Diverged || run.Model != frozen || run.Steps != steps {
		t.Error("a diverged run kept stepping")
	}
	run.Resume()
	if st := run.Step(data, 0.001); st.Diverged || run.Model == frozen || run.Steps != steps+1 {
		t.Errorf("Resume did not restart the run: %v", st.Why)
	}
	if LossGrowth.String() != "loss-growth" || Divergence(42).String() != "Divergence(42)" {
		t.Error("Divergence names")
	}
}

// TestRegRunHistory: RegRun values are snapshots; stepping back through a
// History and stepping again repeats the same records.
func TestRegRunHistory(t *testing.T) {
	data := noisySamples(12, -1, 1, math.Cos, 4)
	run := NewRegRun(NewRegressor(3, Arctan, 7))
	hist := NewHistory(run)
	var recs []RegStep
	for range 10 {
		recs = append(recs, run.Step(data, 0.01))
		hist.Push(run)
	}
	hist.Seek(4)
	again := hist.Current()
	for k := 4; k < 10; k++ {
		if st := again.Step(data, 0.01); !reflect.DeepEqual(st, recs[k]) {
			t.Fatalf("replayed step %d differs:\n%+v\n%+v", k+1, st, recs[k])
		}
	}
	if again != run {
		t.Error("replaying from a snapshot ended elsewhere")
	}
}

func TestRegressionZeroAllocs(t *testing.T) {
	data := noisySamples(100, -3, 3, math.Sin, 1)
	run := NewRegRun(NewRegressor(MaxHidden, Tanh, 1))
	m := run.Model
	for name, f := range map[string]func(){
		"RegRun.Step":       func() { run.Step(data, 1e-4) },
		"Regressor.Loss":    func() { m.Loss(data) },
		"Regressor.Predict": func() { m.Predict(0.3) },
		"Regressor.Unit":    func() { m.Unit(2, 0.3) },
		"LeastSquares":      func() { _, _, _ = LeastSquares(data) },
	} {
		if n := testing.AllocsPerRun(20, f); n != 0 {
			t.Errorf("%s: %v allocations per call", name, n)
		}
	}
}

func BenchmarkRegRunStep(b *testing.B) {
	for _, h := range []int{0, MaxHidden} {
		data := noisySamples(100, -3, 3, math.Sin, 1)
		run := NewRegRun(NewRegressor(h, Tanh, 1))
		b.Run("H="+string(rune('0'+h)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				run.Step(data, 1e-4)
			}
		})
	}
}

// TestRegStepAfter: After is the network the step left, θ − α∇J, or the
// old one when the step was refused.
func TestRegStepAfter(t *testing.T) {
	data := noisySamples(10, -2, 2, math.Sin, 8)
	for _, h := range []int{0, 2, MaxHidden} {
		run := NewRegRun(NewRegressor(h, Sigmoid, 4))
		st := run.Step(data, 0.03)
		after := st.After()
		if after != run.Model || after == st.Before {
			t.Errorf("H=%d: After %+v, run at %+v", h, after, run.Model)
		}
		want := st.Before.Params()
		for i, g := range st.Grads.Vector(h) {
			want[i] -= 0.03 * g
		}
		if got := after.Params(); !reflect.DeepEqual(got, want) {
			t.Errorf("H=%d: After's params %v, θ − α∇J %v", h, got, want)
		}
	}
	run := NewRegRun(NewRegressor(1, Tanh, 1))
	var st RegStep
	for k := 0; k < 100 && !st.Diverged; k++ {
		st = run.Step([]Sample{{1e9, -1e9}, {-1e9, 1e9}}, 1e6)
	}
	if !st.Diverged || st.After() != st.Before {
		t.Errorf("a refused step's After moved: %v", st.Why)
	}
}

func TestRegressorCheck(t *testing.T) {
	good := NewRegressor(3, ReLU, 1)
	if err := good.Check(); err != nil {
		t.Errorf("a seeded network: %v", err)
	}
	line := NewRegressor(0, Identity, 1)
	line.B2 = math.NaN() // unused by the line
	if err := line.Check(); err != nil {
		t.Errorf("the line: %v", err)
	}
	for name, m := range map[string]Regressor{
		"H=9":      {H: 9, Hidden: Tanh},
		"H=-1":     {H: -1, Hidden: Tanh},
		"sign":     {H: 1, Hidden: Sign},
		"unknown":  {H: 1, Hidden: Activation(77)},
		"NaN W2":   {H: 2, Hidden: Tanh, W2: [MaxHidden]float64{0, math.NaN()}},
		"huge b":   {H: 0, B1: [MaxHidden]float64{2 * MaxParam}},
		"Inf bias": {H: 1, Hidden: Sigmoid, B2: math.Inf(-1)},
	} {
		if m.Check() == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
