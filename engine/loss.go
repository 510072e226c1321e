package engine

import "math"

// Loss names a per-sample loss function L(ŷ, y); data losses are the mean
// over the points (the notes' J sums instead, which only rescales α by m).
type Loss int

const (
	// BCE is the binary cross-entropy of the notes,
	// L = −[y log ŷ + (1−y) log(1−ŷ)], with y ∈ {0,1} taken from the ±1
	// label as (y+1)/2. With a sigmoid output it is computed from the
	// potential a as log(1+eᵃ) − y·a, the same value without overflow, so it
	// is never Inf or NaN; other outputs are clamped into [1e-12, 1−1e-12].
	BCE Loss = iota
	// MSE is the squared error (ŷ − y)² of the notes' regression cost, with
	// the target y the output activation's value for the class (see
	// Activation.Target: 0/1 for a sigmoid output, ±1 for tanh).
	MSE
)

// bceClamp keeps probabilities away from 0 and 1 where log would be −Inf.
const bceClamp = 1e-12

// lossNames are the names String returns, by loss.
var lossNames = []string{"bce", "mse"}

// String returns "bce" or "mse".
func (l Loss) String() string { return enumString(lossNames, int(l), "Loss") }

// ParseLoss returns the loss named s: "bce" or "mse".
func ParseLoss(s string) (Loss, error) {
	i, err := enumParse(lossNames, s, "loss")
	return Loss(i), err
}

// sampleLoss returns the loss of one sample with output potential a,
// output ŷ = out(a) and label y (±1), and its derivative ∂L/∂a.
func sampleLoss(loss Loss, out Activation, a, yhat float64, y int) (l, dLda float64) {
	if loss == MSE {
		d := yhat - out.Target(y)
		return d * d, 2 * d * out.Deriv(a)
	}
	t := float64(y+1) / 2
	if out == Sigmoid {
		// log(1+eᵃ) − t·a; its derivative σ(a) − t is the notes' −(y − ŷ).
		return softplus(a) - t*a, yhat - t
	}
	p := math.Min(math.Max(yhat, bceClamp), 1-bceClamp)
	l = -(t*math.Log(p) + (1-t)*math.Log(1-p))
	if p != yhat { // clamped: the loss is flat there
		return l, 0
	}
	return l, -(t/p - (1-t)/(1-p)) * out.Deriv(a)
}

// sigmoidSoftplus returns σ(a) and softplus(a) from the one exponential
// e^(−|a|) they share: the same values, bit for bit, as sigmoid(a) and
// softplus(a), which compute that exponential once each.
func sigmoidSoftplus(a float64) (sig, sp float64) {
	e := math.Exp(-math.Abs(a))
	if a >= 0 {
		sig = 1 / (1 + e)
	} else {
		sig = e / (1 + e)
	}
	return sig, math.Max(a, 0) + math.Log1p(e)
}

// softplus returns log(1 + eˣ) without overflow or loss of precision.
func softplus(x float64) float64 {
	return math.Max(x, 0) + math.Log1p(math.Exp(-math.Abs(x)))
}
