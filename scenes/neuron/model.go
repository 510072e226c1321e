package neuron

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// Limit bounds |θ₁|, |θ₂| and |b|, whichever way they are set (keys, drags,
// a loaded document), so that every potential stays finite.
const Limit = 1e6

// nudge is how much ↑ / ↓ change the selected parameter, and perNudge
// its inverse (dividing by 10 rounds exactly where multiplying by 0.1
// does not).
const (
	nudge    = 0.1
	perNudge = 10
)

// The parameters ↑ / ↓ nudge, in the order [ / ] visit them, and their
// names in the state document.
const (
	paramTheta1 = iota
	paramTheta2
	paramB
	numParams
)

var paramIDs = [numParams]string{"theta1", "theta2", "b"}

// corners are the inputs of the notes' table, (±1, ±1), in its row order.
var corners = [4][2]float64{{-1, -1}, {-1, 1}, {1, -1}, {1, 1}}

// A preset is one of the logic tables a single neuron computes on (±1, ±1)
// with the sign activation (Shift+1 … Shift+3).
type preset struct {
	name    string // translation key of its caption
	theta   [2]float64
	b       float64
	classes [4]int // the class of each corner, in corners' order
}

// presets: the notes' AND-like table (σ(−2 + −2 − 1) for the input
// (−1, −1), so θ₁ = θ₂ = 2 and b = −1), then OR and NAND.
var presets = []preset{
	{name: "neuron.preset.and", theta: [2]float64{2, 2}, b: -1, classes: [4]int{-1, -1, -1, 1}},
	{name: "neuron.preset.or", theta: [2]float64{2, 2}, b: 1, classes: [4]int{-1, 1, 1, 1}},
	{name: "neuron.preset.nand", theta: [2]float64{-2, -2}, b: 1, classes: [4]int{1, 1, 1, -1}},
}

// points returns the preset's table as data: each corner with its class.
func (p preset) points() []engine.Point {
	pts := make([]engine.Point, len(corners))
	for i, x := range corners {
		pts[i] = engine.Point{X: x, Y: p.classes[i]}
	}
	return pts
}

// neuronOf returns the preset's neuron, with the sign activation of the notes.
func (p preset) neuronOf() engine.Neuron {
	return engine.Neuron{Theta: p.theta, B: p.b, Act: engine.Sign}
}

// class is the side of the line a point is on: +1 where the potential is
// positive, −1 on the line and beyond it (the notes' σ(wᵀx + b) ≤ 0 is
// class B). It is the same as thresholding ŷ at σ(0) for every activation.
func class(n engine.Neuron, x [2]float64) int {
	if n.Potential(x) > 0 {
		return 1
	}
	return -1
}

// row is one line of the live table: a point, its potential a_k, the
// output ŷ, its class y and the class the neuron gives it.
type row struct {
	X    [2]float64
	A    float64
	YHat float64
	Want int
	Got  int
}

// tableRows computes the table's rows for the first max points of pts and
// returns how many of all the points the neuron classifies correctly.
func tableRows(dst []row, n engine.Neuron, pts []engine.Point, max int) ([]row, int) {
	dst = dst[:0]
	right := 0
	for i, p := range pts {
		got := class(n, p.X)
		if got == p.Y {
			right++
		}
		if i < max {
			dst = append(dst, row{X: p.X, A: n.Potential(p.X), YHat: n.Output(p.X), Want: p.Y, Got: got})
		}
	}
	return dst, right
}

// nextActivation returns the lecture's activation after a: sign → arctan →
// sigmoid → ReLU → sign.
func nextActivation(a engine.Activation) engine.Activation {
	acts := engine.LectureActivations
	for i, x := range acts {
		if x == a {
			return acts[(i+1)%len(acts)]
		}
	}
	return acts[0]
}

// clampParam keeps a parameter finite and within ±Limit (NaN becomes 0).
func clampParam(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	return math.Max(-Limit, math.Min(Limit, v))
}

// nudged returns v moved by d and rounded to the nudge grid, so that
// repeated presses land on round numbers (2.00, not 1.9999999).
func nudged(v, d float64) float64 {
	return clampParam(math.Round((v+d)*perNudge) / perNudge)
}

// bForLine returns the bias that moves the line a = 0 along θ as a drag
// from `from` to `to` asks: the potential of the dragged-to point becomes
// what the potential of the start point was, so the line follows the
// pointer's component along θ and θ itself is untouched.
func bForLine(theta [2]float64, b0 float64, from, to [2]float64) float64 {
	d := theta[0]*(to[0]-from[0]) + theta[1]*(to[1]-from[1])
	return clampParam(b0 - d)
}
