package engine

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

// clusters returns n points of d dimensions in k well-separated Gaussian
// clusters, row-major, and each point's cluster.
func clusters(r *rand.Rand, n, d, k int, spread float64) ([]float64, []int) {
	centres := make([]float64, k*d)
	for i := range centres {
		centres[i] = 10 * r.NormFloat64()
	}
	data, label := make([]float64, n*d), make([]int, n)
	for i := range n {
		label[i] = i % k
		for j := range d {
			data[i*d+j] = centres[label[i]*d+j] + spread*r.NormFloat64()
		}
	}
	return data, label
}

// TestTSNEPerplexity checks that every row's conditional distribution,
// recomputed here from the data and the precision found, has the target
// perplexity within 1e-5, and that P is a symmetric distribution.
func TestTSNEPerplexity(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, c := range []struct {
		n, d int
		perp float64
	}{{50, 3, 5}, {200, 8, 30}, {120, 2, 12.5}, {31, 1, 10}} {
		data, _ := clusters(r, c.n, c.d, 3, 3)
		ts, err := NewTSNE(data, c.n, c.d, TSNEConfig{Perplexity: c.perp})
		if err != nil {
			t.Fatal(err)
		}
		if ts.Perplexity() != c.perp {
			t.Fatalf("perplexity %g in use, want %g", ts.Perplexity(), c.perp)
		}
		p := ts.P()
		scale := 0.0
		for _, v := range data {
			scale = math.Max(scale, math.Abs(v))
		}
		for i := range c.n {
			// p_j|i ∝ exp(−β‖x_i − x_j‖²) with β for the data as given
			// (the TSNE works on data/scale).
			beta := ts.beta[i] / (scale * scale)
			w := make([]float64, c.n)
			sum, dmin := 0.0, math.Inf(1)
			d2 := make([]float64, c.n)
			for j := range c.n {
				for k := range c.d {
					e := data[i*c.d+k] - data[j*c.d+k]
					d2[j] += e * e
				}
				if j != i {
					dmin = math.Min(dmin, d2[j])
				}
			}
			for j := range c.n {
				if j != i {
					w[j] = math.Exp(-beta * (d2[j] - dmin))
					sum += w[j]
				}
			}
			h := 0.0
			for j := range c.n {
				if q := w[j] / sum; q > 0 {
					h -= q * math.Log(q)
				}
			}
			if got := math.Exp(h); math.Abs(got-c.perp) > 1e-5 {
				t.Errorf("n=%d perplexity %g: row %d has perplexity %.9g", c.n, c.perp, i, got)
			}
		}
		total := 0.0
		for i := range c.n {
			for j := range c.n {
				total += p[i*c.n+j]
				if p[i*c.n+j] != p[j*c.n+i] {
					t.Fatalf("P is not symmetric at %d,%d", i, j)
				}
			}
		}
		if math.Abs(total-1) > 1e-6 {
			t.Errorf("P sums to %g", total)
		}
	}
}

// TestTSNEGradient holds the analytic gradient of KL(P‖Q) to gonum's
// central finite differences of the KL, at the start and mid-run.
func TestTSNEGradient(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	data, _ := clusters(r, 40, 4, 3, 2)
	ts, err := NewTSNE(data, 40, 4, TSNEConfig{Perplexity: 8, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	ts.Calibrate(40)
	for _, iters := range []int{0, 30, 300} {
		ts.Run(iters)
		y0 := append([][2]float64(nil), ts.Y()...)
		for i := range y0 { // spread the initial embedding so the kernel varies
			if iters == 0 {
				y0[i] = [2]float64{r.NormFloat64(), r.NormFloat64()}
			}
		}
		flat := make([]float64, 0, 2*len(y0))
		for _, v := range y0 {
			flat = append(flat, v[0], v[1])
		}
		probe := make([][2]float64, len(y0))
		ref := fd.Gradient(nil, func(v []float64) float64 {
			for i := range probe {
				probe[i] = [2]float64{v[2*i], v[2*i+1]}
			}
			return ts.klOf(probe)
		}, flat, &fd.Settings{Formula: fd.Central, Step: 1e-6})
		got := make([][2]float64, len(y0))
		ts.gradient(y0, 1, got)
		for i := range got {
			for k := range 2 {
				if d := math.Abs(got[i][k] - ref[2*i+k]); d > 1e-6*math.Max(1e-3, math.Abs(ref[2*i+k])) && d > 1e-8 {
					t.Errorf("after %d iterations: ∂KL/∂y[%d][%d] = %.9g, finite differences %.9g", iters, i, k, got[i][k], ref[2*i+k])
				}
			}
		}
	}
}

// TestTSNESeparatesClusters runs t-SNE on well-separated clusters in 6-D:
// the KL falls, and each point's nearest neighbour in the plane is in its
// own cluster.
func TestTSNESeparatesClusters(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	n := 150
	data, label := clusters(r, n, 6, 3, 1)
	ts, err := NewTSNE(data, n, 6, TSNEConfig{Perplexity: 15})
	if err != nil {
		t.Fatal(err)
	}
	ts.Run(260)
	kl1 := ts.KL()
	last := ts.Run(240)
	kl2 := ts.KL()
	if last.Iter != 500 || ts.Iter() != 500 || !(kl2 < kl1) || !(kl2 >= 0) {
		t.Errorf("iteration %d: KL %g after exaggeration, %g at the end", last.Iter, kl1, kl2)
	}
	y := ts.Y()
	wrong := 0
	for i := range n {
		best, bd := -1, math.Inf(1)
		for j := range n {
			if d := math.Hypot(y[i][0]-y[j][0], y[i][1]-y[j][1]); j != i && d < bd {
				best, bd = j, d
			}
		}
		if label[best] != label[i] {
			wrong++
		}
	}
	if wrong > 0 {
		t.Errorf("%d of %d points have a neighbour from another cluster", wrong, n)
	}
}

func TestTSNEBadInput(t *testing.T) {
	for _, c := range []struct {
		data []float64
		n, d int
	}{
		{[]float64{1}, 1, 1},
		{make([]float64, 2002), 1001, 2},
		{[]float64{1, 2}, 2, 0},
		{[]float64{1, 2, 3}, 2, 2},
		{[]float64{1, math.NaN()}, 2, 1},
		{[]float64{1, math.Inf(-1)}, 2, 1},
	} {
		if _, err := NewTSNE(c.data, c.n, c.d, TSNEConfig{}); err == nil {
			t.Errorf("%v (n=%d, d=%d) accepted", c.data, c.n, c.d)
		}
	}
	// Tiny, duplicate and huge data and silly settings still give finite
	// embeddings.
	for _, data := range [][]float64{{0, 0}, {1, 1, 1, 1, 1}, {1e300, -1e300, 0, 5e299}} {
		ts, err := NewTSNE(data, len(data), 1, TSNEConfig{Perplexity: 1e9, LearningRate: math.Inf(1), Momentum: math.NaN()})
		if err != nil {
			t.Fatal(err)
		}
		ts.Run(50)
		for _, v := range ts.Y() {
			if math.IsNaN(v[0]+v[1]) || math.IsInf(v[0]+v[1], 0) {
				t.Fatalf("%v: embedding %v", data, ts.Y())
			}
		}
		if kl := ts.KL(); math.IsNaN(kl) || math.IsInf(kl, 0) {
			t.Errorf("%v: KL %g", data, kl)
		}
	}
}

// TestTSNEIncremental checks that calibrating a few rows at a time, changing
// the perplexity and replacing the data give the same P as starting afresh
// (to the bisection's tolerance: a recalibration starts from the last
// precisions, so it stops at a slightly different β within it).
func TestTSNEIncremental(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	a, _ := clusters(r, 60, 3, 2, 2)
	b, _ := clusters(r, 60, 3, 2, 2)
	ts, _ := NewTSNE(a, 60, 3, TSNEConfig{Perplexity: 10})
	steps := 0
	for !ts.Calibrate(7) {
		steps++
	}
	if steps != 8 {
		t.Errorf("60 rows took %d calls of 7", steps+1)
	}
	ts.Run(5)
	ts.SetPerplexity(5)
	if err := ts.SetData(b); err != nil {
		t.Fatal(err)
	}
	fresh, _ := NewTSNE(b, 60, 3, TSNEConfig{Perplexity: 5})
	p, q := ts.P(), fresh.P()
	for i := range p {
		if math.Abs(p[i]-q[i]) > 1e-8*q[i] {
			t.Fatalf("P[%d]: %g after SetData, %g afresh", i, p[i], q[i])
		}
	}
	if ts.Iter() != 5 {
		t.Errorf("SetData reset the iterations to %d", ts.Iter())
	}
	if ts.SetData(b[:5]) == nil {
		t.Error("SetData accepted the wrong length")
	}
}

// TestTSNEWorkEqualsStep checks that iterations spread over many calls of
// Work with small budgets (rows of the gradient gathered over several
// calls, calibration a row at a time) reach the embedding Step reaches, to
// 1e-12, and that the KL a pass computes on request is KL's.
func TestTSNEWorkEqualsStep(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	const n = 90
	data, _ := clusters(r, n, 4, 3, 2)
	cfg := TSNEConfig{Perplexity: 12, ExaggerationIters: 20, MomentumSwitch: 20}
	one, _ := NewTSNE(data, n, 4, cfg)
	spread, _ := NewTSNE(data, n, 4, cfg)
	one.Run(40)
	iters := 0
	// Each budget until it completes an iteration, then one more size.
	for _, budget := range []int{97, 1000, 50, 4000, 333} {
		for iters < 40 {
			used, st := spread.Work(budget)
			// Over by at most a row: a gradient row, or a calibration
			// row of up to 200 evaluations.
			if used > budget+2*n+n*4+calibrationUnits*n*200 {
				t.Fatalf("Work(%d) used %d", budget, used)
			}
			if st.Iter > 0 {
				iters = st.Iter
				break
			}
		}
	}
	for iters < 40 {
		_, st := spread.Work(211)
		if st.Iter > 0 {
			iters = st.Iter
		}
	}
	if spread.Iter() != 40 {
		t.Fatalf("%d iterations, want 40", spread.Iter())
	}
	for i := range n {
		for k := range 2 {
			if d := math.Abs(one.Y()[i][k] - spread.Y()[i][k]); d > 1e-12 {
				t.Fatalf("point %d: %v spread over calls, %v in one step each", i, spread.Y()[i], one.Y()[i])
			}
		}
	}
	want := one.KL()
	spread.RequestKL()
	for {
		if _, st := spread.Work(150); st.Iter > 0 {
			break
		}
	}
	kl, at := spread.LastKL()
	if at != 40 || math.Abs(kl-want) > 1e-12*math.Max(1, math.Abs(want)) {
		t.Errorf("pass KL %v at iteration %d, KL() %v at 40", kl, at, want)
	}
}

// TestTSNEWorkKeepsIteratingWhileRecalibrating: after SetData the embedding
// goes on iterating with the old P while the new one is calibrated, and the
// new P is then in use (the same as a fresh calibration's, to tolerance).
func TestTSNEWorkKeepsIteratingWhileRecalibrating(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	a, _ := clusters(r, 80, 3, 2, 2)
	b, _ := clusters(r, 80, 3, 2, 2)
	ts, _ := NewTSNE(a, 80, 3, TSNEConfig{Perplexity: 10})
	for ts.Iter() < 3 {
		ts.Work(5000)
	}
	if err := ts.SetData(b); err != nil {
		t.Fatal(err)
	}
	before := ts.Iter()
	for range 4 {
		ts.Work(5000)
	}
	if ts.Ready() {
		t.Fatal("80 rows calibrated within four calls of 2,500 units")
	}
	if ts.Iter() == before {
		t.Error("no iteration while P was being calibrated again")
	}
	for !ts.Ready() {
		ts.Work(5000)
	}
	fresh, _ := NewTSNE(b, 80, 3, TSNEConfig{Perplexity: 10})
	p, q := ts.P(), fresh.P()
	for i := range p {
		if math.Abs(p[i]-q[i]) > 1e-8*q[i] {
			t.Fatalf("P[%d]: %g recalibrated, %g afresh", i, p[i], q[i])
		}
	}
}

// TestTSNESetY: a layout placed with SetY is the embedding, iterating from
// it takes no early exaggeration, and bad layouts are refused unchanged.
func TestTSNESetY(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	data, _ := clusters(r, 40, 3, 2, 2)
	a, _ := NewTSNE(data, 40, 3, TSNEConfig{Perplexity: 8})
	a.Run(300)
	b, _ := NewTSNE(data, 40, 3, TSNEConfig{Perplexity: 8, Seed: 9})
	keep := append([][2]float64(nil), a.Y()...)
	if err := b.SetY(keep); err != nil {
		t.Fatal(err)
	}
	for i := range keep {
		if b.Y()[i] != keep[i] {
			t.Fatalf("point %d at %v, set at %v", i, b.Y()[i], keep[i])
		}
	}
	if st := b.Step(); st.Exaggerated {
		t.Error("the step after SetY was exaggerated")
	}
	if b.KL() > a.KL()*1.05 {
		t.Errorf("KL %v after a step from the settled layout, %v at it", b.KL(), a.KL())
	}
	bad := append([][2]float64(nil), keep...)
	bad[3][1] = math.NaN()
	before := append([][2]float64(nil), b.Y()...)
	if b.SetY(bad) == nil || b.SetY(keep[:5]) == nil {
		t.Error("SetY accepted a NaN or a short layout")
	}
	for i := range before {
		if b.Y()[i] != before[i] {
			t.Fatal("a refused SetY changed the embedding")
		}
	}
}

// TestWorkKeepsTheBudgetWhileCalibrating: a row of the calibration costs
// several times a small budget (a handful of evaluations of n
// exponentials); Work evaluates a part of the row a call, so that no call
// spends more than its budget and a row's distances or a row of the
// symmetrising, the calibration goes on at the budget's rate, and P comes
// out the same, to the last bit, as calibrated in one go.
func TestWorkKeepsTheBudgetWhileCalibrating(t *testing.T) {
	n, d := 300, 3
	data := make([]float64, 0, d*n)
	r := rand.New(rand.NewPCG(3, 4))
	for range n * d {
		data = append(data, r.NormFloat64())
	}
	ts, err := NewTSNE(data, n, d, TSNEConfig{Perplexity: 20})
	if err != nil {
		t.Fatal(err)
	}
	whole, _ := NewTSNE(data, n, d, TSNEConfig{Perplexity: 20})
	const budget = 500 // a row is 4 units a point an evaluation: several budgets
	given, spent, calls := 0, 0, 0
	for !ts.Ready() {
		calls++
		if calls > 100000 {
			t.Fatalf("P not calibrated after %d calls (%d of %d rows)", calls, ts.CalibratedRows(), 2*n)
		}
		used, _ := ts.Work(budget)
		given += budget
		spent += used
		if used > budget+max(n*d/4, logUnits*n) {
			t.Fatalf("call %d: Work(%d) spent %d", calls, budget, used)
		}
	}
	if spent < given*9/10 {
		t.Errorf("%d units spent of %d given: the calibration goes slower than its budget", spent, given)
	}
	p, q := ts.P(), whole.P()
	for k := range p {
		if p[k] != q[k] {
			t.Fatalf("P[%d] = %v calibrated a part at a time, %v in one go", k, p[k], q[k])
		}
	}
}
