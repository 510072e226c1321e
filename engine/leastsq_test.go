package engine

import (
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// gonumLeastSquares solves the same problem two independent ways with
// gonum: QR on the m×2 design matrix [x 1], and Cholesky on the normal
// equations AᵀA θ = Aᵀy; neOK is false if gonum finds AᵀA too
// ill-conditioned to solve.
func gonumLeastSquares(t *testing.T, data []Sample) (qr, normal [2]float64, neOK bool) {
	t.Helper()
	a := mat.NewDense(len(data), 2, nil)
	y := mat.NewVecDense(len(data), nil)
	for i, s := range data {
		a.Set(i, 0, s.X)
		a.Set(i, 1, 1)
		y.SetVec(i, s.Y)
	}
	var sol mat.VecDense
	if err := sol.SolveVec(a, y); err != nil {
		t.Fatalf("gonum QR: %v", err)
	}
	qr = [2]float64{sol.AtVec(0), sol.AtVec(1)}
	var ata mat.SymDense
	ata.SymOuterK(1, a.T())
	var aty mat.VecDense
	aty.MulVec(a.T(), y)
	var ch mat.Cholesky
	if !ch.Factorize(&ata) {
		t.Fatal("AᵀA is not positive definite")
	}
	var ne mat.VecDense
	if err := ch.SolveVecTo(&ne, &aty); err != nil {
		return qr, normal, false
	}
	return qr, [2]float64{ne.AtVec(0), ne.AtVec(1)}, true
}

// TestLeastSquaresAgainstGonum holds the centred closed form to gonum's
// solvers and checks the normal equations' residual Aᵀ(Aθ − y) = 0.
func TestLeastSquaresAgainstGonum(t *testing.T) {
	for name, data := range map[string][]Sample{
		"two points":  {{0, 1}, {2, 5}},
		"noisy line":  noisySamples(40, -3, 4, func(x float64) float64 { return -0.8*x + 2 }, 1),
		"parabola":    noisySamples(25, -2, 2, func(x float64) float64 { return x * x }, 2),
		"far from 0":  noisySamples(30, 1000, 1001, func(x float64) float64 { return 3*(x-1000) + 5 }, 3),
		"huge coords": {{-1e9, 1e9}, {1e9, -1e9}, {0, 3}, {5e8, 2e8}},
		"outlier":     append(noisySamples(10, 0, 1, func(x float64) float64 { return x }, 4), Sample{0.5, 50}),
	} {
		theta, b, err := LeastSquares(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		qr, ne, neOK := gonumLeastSquares(t, data)
		// With x = ±1e9, AᵀA has condition number about 6e17: the plain
		// normal equations cannot be solved in float64 (which is why
		// LeastSquares centres them), and gonum says so. There QR and the
		// residual check below are the oracles.
		if ill := name == "huge coords"; neOK == ill {
			t.Errorf("%s: gonum solved the normal equations: %v, want %v", name, neOK, !ill)
		}
		// The QR solution is the most accurate of gonum's; the normal
		// equations square the condition number, so far from 0 they lose
		// digits the centred form keeps.
		for i, got := range [2]float64{theta, b} {
			if d := math.Abs(got - qr[i]); d > 1e-8*math.Max(1, math.Abs(qr[i])) {
				t.Errorf("%s: parameter %d: %.12g, gonum QR %.12g", name, i, got, qr[i])
			}
			if d := math.Abs(got - ne[i]); neOK && d > 1e-4*math.Max(1, math.Abs(ne[i])) {
				t.Errorf("%s: parameter %d: %.12g, gonum normal equations %.12g", name, i, got, ne[i])
			}
		}
		// Normal equations: Σ rᵢxᵢ = 0 and Σ rᵢ = 0, relative to their scale.
		var rx, r, scale float64
		for _, s := range data {
			ri := theta*s.X + b - s.Y
			rx += ri * s.X
			r += ri
			scale += math.Abs(s.X*s.X) + math.Abs(s.Y*s.X) + math.Abs(s.Y) + math.Abs(s.X)
		}
		if math.Abs(rx) > 1e-10*scale || math.Abs(r) > 1e-10*scale {
			t.Errorf("%s: normal equations' residuals %g, %g (scale %g)", name, rx, r, scale)
		}
		m := mustLine(t, data)
		if m.H != 0 || m.W1[0] != theta || m.B1[0] != b {
			t.Errorf("%s: LeastSquaresLine %+v", name, m)
		}
	}
}

func TestLeastSquaresDegenerate(t *testing.T) {
	if _, _, err := LeastSquares(nil); err == nil {
		t.Error("no samples: no error")
	}
	theta, b, err := LeastSquares([]Sample{{2, 1}, {2, 3}, {2, 8}})
	if !errors.Is(err, ErrSameX) || theta != 0 || b != 4 {
		t.Errorf("same x: θ=%g b=%g err=%v; want 0, 4 (ȳ), ErrSameX", theta, b, err)
	}
	if _, _, err := LeastSquares([]Sample{{1e8, 1}, {1e8 + 1, 3}}); err != nil {
		t.Errorf("x one apart at 1e8: %v", err)
	}
}

// TestLineMaxLR holds the bound to gonum's eigenvalues of AᵀA and checks
// what it promises: just below it gradient descent converges, just above it
// the run diverges.
func TestLineMaxLR(t *testing.T) {
	data := noisySamples(15, -1, 3, func(x float64) float64 { return 2 - x }, 6)
	a := mat.NewDense(len(data), 2, nil)
	for i, s := range data {
		a.Set(i, 0, s.X)
		a.Set(i, 1, 1)
	}
	var ata mat.SymDense
	ata.SymOuterK(1, a.T())
	var eig mat.EigenSym
	if !eig.Factorize(&ata, false) {
		t.Fatal("gonum EigenSym failed")
	}
	vals := eig.Values(nil)
	lr := LineMaxLR(data)
	if want := 1 / math.Max(vals[0], vals[1]); math.Abs(lr-want) > 1e-12*want {
		t.Errorf("LineMaxLR %g, 1/λmax(AᵀA) from gonum %g", lr, want)
	}
	for _, c := range []struct {
		f       float64
		diverge bool
	}{{0.95, false}, {1.05, true}} {
		run := NewRegRun(NewRegressor(0, Identity, 1))
		var st RegStep
		for k := 0; k < 5000 && !st.Diverged; k++ {
			st = run.Step(data, c.f*lr)
		}
		if st.Diverged != c.diverge {
			t.Errorf("α = %g·LineMaxLR: diverged %v (%v), want %v", c.f, st.Diverged, st.Why, c.diverge)
		}
	}
	if LineMaxLR(nil) != 0 {
		t.Error("no data: bound not 0")
	}
}
