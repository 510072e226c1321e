package engine

import (
	"errors"
	"math"
)

// ErrSameX is LeastSquares' error when every sample has the same x: every
// line through (x, ȳ) then fits equally well.
var ErrSameX = errors.New("every sample has the same x: the least-squares line is not unique")

// LeastSquares returns the line ŷ = θx + b that minimises the notes'
// J = Σᵢ (θxᵢ + b − yᵢ)², the solution of the 2×2 normal equations
//
//	[Σx² Σx] [θ]   [Σxy]
//	[Σx  m ] [b] = [Σy ].
//
// It solves them centred: with x̄, ȳ the means, θ = Σ(xᵢ−x̄)(yᵢ−ȳ) / Σ(xᵢ−x̄)²
// and b = ȳ − θx̄, which is the same solution without the cancellation of
// Σx² − (Σx)²/m when the xᵢ are far from 0 and close together. The tests
// hold it to gonum's QR and Cholesky solvers; gonum/mat is not used here
// because it would add megabytes to the web bundle for two divisions.
//
// With no samples it returns errNoPoints; when every x is the same it
// returns θ = 0, b = ȳ (one of the minimisers) and ErrSameX.
func LeastSquares(data []Sample) (theta, b float64, err error) {
	if len(data) == 0 {
		return 0, 0, errNoPoints
	}
	var mx, my float64
	for _, s := range data {
		mx += s.X
		my += s.Y
	}
	n := float64(len(data))
	mx, my = mx/n, my/n
	var sxx, sxy float64
	for _, s := range data {
		dx := s.X - mx
		sxx += dx * dx
		sxy += dx * (s.Y - my)
	}
	// Centred, sxx is 0 only if every x is (nearly) the same; compare with
	// the rounding left in the mean rather than with 0.
	if tol := 64 * eps * math.Abs(mx); !(sxx > n*tol*tol) {
		return 0, my, ErrSameX
	}
	theta = sxy / sxx
	return theta, my - theta*mx, nil
}

// eps is the float64 machine epsilon.
const eps = 0x1p-52

// LeastSquaresLine returns the least-squares line as a Regressor with H = 0
// (W1[0] = θ, B1[0] = b), with LeastSquares' error.
func LeastSquaresLine(data []Sample) (Regressor, error) {
	theta, b, err := LeastSquares(data)
	m := Regressor{Hidden: Identity}
	m.W1[0], m.B1[0] = theta, b
	return m, err
}

// LineMaxLR returns the learning rate beyond which gradient descent on the
// line (H = 0) diverges on data: J is quadratic in (θ, b) with Hessian
// 2AᵀA, A = [x 1], and steps θ ← θ − α∇J converge exactly when
// α < 2/λ_max(2AᵀA) = 1/λ_max(AᵀA). A scene can offer α relative to it and
// show why a larger one blows up. It returns 0 for no data.
func LineMaxLR(data []Sample) float64 {
	if len(data) == 0 {
		return 0
	}
	// AᵀA = [Σx² Σx; Σx m]; the largest eigenvalue of a symmetric 2×2
	// [a b; b c] is (a+c)/2 + √(((a−c)/2)² + b²), written with Hypot so
	// that it neither overflows nor cancels.
	var a, b float64
	for _, s := range data {
		a += s.X * s.X
		b += s.X
	}
	c := float64(len(data))
	return 1 / ((a+c)/2 + math.Hypot((a-c)/2, b))
}
