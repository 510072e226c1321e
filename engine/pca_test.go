package engine

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// TestPCAMatchesGonum holds FitPCA to gonum's stat.PC (the oracle; engine
// cannot link it) on random correlated data of every dimension 1…8: the
// same variances, and the same axes and projections up to sign.
func TestPCAMatchesGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for d := 1; d <= MaxPCADim; d++ {
		for trial := range 3 {
			n := 5 + 40*trial
			// Correlated data: a random linear map of Gaussian samples,
			// with very different scales per direction.
			mix := make([]float64, d*d)
			for i := range mix {
				mix[i] = r.NormFloat64() * math.Pow(3, float64(i%d))
			}
			data := make([]float64, n*d)
			for k := range n {
				for i := range d {
					v := 7.0 * float64(i)
					for j := range d {
						v += mix[i*d+j] * r.NormFloat64()
					}
					data[k*d+i] = v
				}
			}
			p := FitPCA(data, n, d)
			var pc stat.PC
			if !pc.PrincipalComponents(mat.NewDense(n, d, data), nil) {
				t.Fatal("stat.PC failed")
			}
			var vecs mat.Dense
			pc.VectorsTo(&vecs)
			vars := pc.VarsTo(nil)
			proj := p.Project(nil, data, n)
			for k := range min(d, n-1) {
				if math.Abs(p.Var[k]-vars[k]) > 1e-9*math.Max(1, vars[0]) {
					t.Errorf("d=%d n=%d: variance %d: %g, stat.PC %g", d, n, k, p.Var[k], vars[k])
				}
				// Distinct variances make the axis unique up to sign.
				if k+1 < d && vars[k]-vars[k+1] < 1e-6*vars[0] {
					continue
				}
				sign := 0.0
				for i := range d {
					if math.Abs(vecs.At(i, k)) > 0.1 {
						sign = math.Copysign(1, vecs.At(i, k)*p.Axes[k][i])
						break
					}
				}
				for i := range d {
					if math.Abs(p.Axes[k][i]-sign*vecs.At(i, k)) > 1e-7 {
						t.Errorf("d=%d n=%d: axis %d entry %d: %g, stat.PC %g", d, n, k, i, p.Axes[k][i], vecs.At(i, k))
					}
				}
				if k < 2 {
					for j := range n {
						ref := 0.0
						for i := range d {
							ref += (data[j*d+i] - p.Mean[i]) * vecs.At(i, k)
						}
						if math.Abs(proj[j][k]-sign*ref) > 1e-7*math.Max(1, math.Abs(ref)) {
							t.Fatalf("d=%d: point %d coordinate %d: %g, want %g", d, j, k, proj[j][k], sign*ref)
						}
					}
				}
			}
		}
	}
}

// TestPCADegenerate checks the edge cases: no points, one point, constant
// data, non-finite and huge values.
func TestPCADegenerate(t *testing.T) {
	for _, c := range []struct {
		data []float64
		n, d int
	}{
		{nil, 0, 3},
		{[]float64{1, 2, 3}, 1, 3},
		{[]float64{1, 1, 1, 1, 1, 1}, 3, 2},
		{[]float64{math.NaN(), 1, math.Inf(1), 2}, 2, 2},
		{[]float64{1e300, -1e300, -1e300, 1e300, 0, 0}, 3, 2},
		{[]float64{1, 2}, 5, 2}, // n larger than the data
	} {
		p := FitPCA(c.data, c.n, c.d)
		for k := range p.D {
			if math.IsNaN(p.Var[k]) || p.Var[k] < 0 {
				t.Errorf("%v: variance %g", c.data, p.Var[k])
			}
			norm := 0.0
			for i := range p.D {
				norm += p.Axes[k][i] * p.Axes[k][i]
			}
			if math.Abs(norm-1) > 1e-12 {
				t.Errorf("%v: axis %d has norm² %g", c.data, k, norm)
			}
		}
		for _, u := range p.Project(nil, c.data, c.n) {
			if math.IsNaN(u[0]) || math.IsNaN(u[1]) {
				t.Errorf("%v: projection %v", c.data, u)
			}
		}
	}
}
