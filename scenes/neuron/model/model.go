// Package model is the neuron scene's model: the parameters the keys and
// drags set and their limits, the live table's rows and the activation's
// curve, in data coordinates. It does not import Ebiten, so that nothing of
// the screen can creep into it.
package model

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// Limit bounds |θ₁|, |θ₂| and |b|, whichever way they are set (keys, drags,
// a loaded document), so that every potential stays finite.
const Limit = 1e6

// Nudge is how much ↑ / ↓ change the selected parameter, and perNudge
// its inverse (dividing by 10 rounds exactly where multiplying by 0.1
// does not).
const (
	Nudge    = 0.1
	perNudge = 10
)

// The parameters ↑ / ↓ nudge, in the order [ / ] visit them, and their
// names in the state document.
const (
	ParamTheta1 = iota
	ParamTheta2
	ParamB
	NumParams
)

var ParamIDs = [NumParams]string{"theta1", "theta2", "b"}

// Corners are the inputs of the notes' table, (±1, ±1), in its Row order.
var Corners = [4][2]float64{{-1, -1}, {-1, 1}, {1, -1}, {1, 1}}

// Class is the side of the line a point is on: +1 where the potential is
// positive, −1 on the line and beyond it (the notes' σ(wᵀx + b) ≤ 0 is
// class B). It is the same as thresholding ŷ at σ(0) for every activation.
func Class(n engine.Neuron, x [2]float64) int {
	if n.Potential(x) > 0 {
		return 1
	}
	return -1
}

// Row is one line of the live table: a point, its potential a_k, the
// output ŷ, its class y and the class the neuron gives it.
type Row struct {
	X    [2]float64
	A    float64
	YHat float64
	Want int
	Got  int
}

// TableRows computes the table's rows for the first max points of pts and
// returns how many of all the points the neuron classifies correctly.
func TableRows(dst []Row, n engine.Neuron, pts []engine.Point, max int) ([]Row, int) {
	dst = dst[:0]
	right := 0
	for i, p := range pts {
		got := Class(n, p.X)
		if got == p.Y {
			right++
		}
		if i < max {
			dst = append(dst, Row{X: p.X, A: n.Potential(p.X), YHat: n.Output(p.X), Want: p.Y, Got: got})
		}
	}
	return dst, right
}

// NextActivation returns the lecture's activation after a: sign → arctan →
// sigmoid → ReLU → sign.
func NextActivation(a engine.Activation) engine.Activation {
	acts := engine.LectureActivations
	for i, x := range acts {
		if x == a {
			return acts[(i+1)%len(acts)]
		}
	}
	return acts[0]
}

// Clamp keeps a parameter finite and within ±Limit (NaN becomes 0).
func Clamp(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	return math.Max(-Limit, math.Min(Limit, v))
}

// Nudged returns v moved by d and rounded to the nudge grid, so that
// repeated presses land on round numbers (2.00, not 1.9999999).
func Nudged(v, d float64) float64 {
	return Clamp(math.Round((v+d)*perNudge) / perNudge)
}

// BForLine returns the bias that moves the line a = 0 along θ as a drag
// from `from` to `to` asks: the potential of the dragged-to point becomes
// what the potential of the start point was, so the line follows the
// pointer's component along θ and θ itself is untouched.
func BForLine(theta [2]float64, b0 float64, from, to [2]float64) float64 {
	d := theta[0]*(to[0]-from[0]) + theta[1]*(to[1]-from[1])
	return Clamp(b0 - d)
}

// curveSamples is the number of points of the activation's curve.
const curveSamples = 241

// CurveRange is the range of potentials the curve shows: ±CurveRange.
const CurveRange = 6.0

// Curve samples σ over [−CurveRange, CurveRange] into dst as a, σ(a) pairs.
func Curve(dst []float64, act engine.Activation) []float64 {
	for i := range curveSamples {
		a := -CurveRange + 2*CurveRange*float64(i)/float64(curveSamples-1)
		dst = append(dst, a, act.F(a))
	}
	return dst
}
