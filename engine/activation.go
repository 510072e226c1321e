package engine

import "math"

// Activation names an activation function σ applied to a potential a_k.
type Activation int

// The lecture's four activations (sign, arctan, sigmoid, ReLU) and two more
// that networks commonly use.
const (
	// Sign is sign(a) = a/|a| with the convention sign(0) = 0; the notes
	// leave 0 undefined. Its derivative is taken as 0 everywhere, so a
	// network with sign units cannot learn by gradient descent.
	Sign Activation = iota
	// Arctan is arctan(a), with outputs in (−π/2, π/2).
	Arctan
	// Sigmoid is σ(a) = 1/(1+e^(−a)), with outputs in (0, 1).
	Sigmoid
	// ReLU is max(0, a), with the convention ReLU'(0) = 0.
	ReLU
	// Tanh is tanh(a), with outputs in (−1, 1).
	Tanh
	// Identity is a itself (a linear unit).
	Identity
	numActivations
)

// LectureActivations are the four activations the notes present, in their order.
var LectureActivations = []Activation{Sign, Arctan, Sigmoid, ReLU}

// activationNames are the names String returns, by activation.
var activationNames = [numActivations]string{"sign", "arctan", "sigmoid", "relu", "tanh", "identity"}

// String returns the activation's lower-case name ("sign", "sigmoid", …).
func (a Activation) String() string { return enumString(activationNames[:], int(a), "Activation") }

// ParseActivation returns the activation named s (as String writes it, case
// and surrounding spaces ignored).
func ParseActivation(s string) (Activation, error) {
	i, err := enumParse(activationNames[:], s, "activation")
	return Activation(i), err
}

// Valid reports whether a is one of the defined activations.
func (a Activation) Valid() bool { return a >= 0 && a < numActivations }

// F returns σ(x) for the potential x. Unknown activations act as Identity.
func (a Activation) F(x float64) float64 {
	switch a {
	case Sign:
		switch {
		case x > 0:
			return 1
		case x < 0:
			return -1
		}
		return 0 // also for NaN: sign has no opinion
	case Arctan:
		return math.Atan(x)
	case Sigmoid:
		return sigmoid(x)
	case ReLU:
		if x > 0 {
			return x
		}
		return 0
	case Tanh:
		return math.Tanh(x)
	}
	return x
}

// Deriv returns σ'(x), the derivative at the potential x, with the kink
// conventions sign'(x) = 0 and ReLU'(0) = 0.
func (a Activation) Deriv(x float64) float64 {
	switch a {
	case Sign:
		return 0
	case Arctan:
		return 1 / (1 + x*x)
	case Sigmoid:
		s := sigmoid(x)
		return s * (1 - s)
	case ReLU:
		if x > 0 {
			return 1
		}
		return 0
	case Tanh:
		t := math.Tanh(x)
		return 1 - t*t
	}
	return 1
}

// derivFromOutput returns σ'(a) given z = σ(a) where that is the usual
// formula (z(1−z) for the sigmoid, 1−z² for tanh), else Deriv(a); it is
// what the lecture writes on the graph's edges.
func (a Activation) derivFromOutput(x, z float64) float64 {
	switch a {
	case Sigmoid:
		return z * (1 - z)
	case Tanh:
		return 1 - z*z
	}
	return a.Deriv(x)
}

// derivFormula is the local derivative ∂z/∂a written in terms of the unit's
// output z (or potential a), for labelling graph edges.
func (a Activation) derivFormula(z, pot string) string {
	switch a {
	case Sign:
		return "0"
	case Arctan:
		return "1/(1+" + pot + "²)"
	case Sigmoid:
		return z + "(1−" + z + ")"
	case ReLU:
		return "[" + pot + ">0]"
	case Tanh:
		return "1−" + z + "²"
	}
	return "1"
}

// Range returns the closed hull [lo, hi] of the activation's outputs; hi is
// +Inf for ReLU and lo, hi are ∓Inf for Identity.
func (a Activation) Range() (lo, hi float64) {
	switch a {
	case Sign:
		return -1, 1
	case Arctan:
		return -math.Pi / 2, math.Pi / 2
	case Sigmoid:
		return 0, 1
	case ReLU:
		return 0, math.Inf(1)
	case Tanh:
		return -1, 1
	}
	return math.Inf(-1), math.Inf(1)
}

// Target returns the output value that stands for class y (±1) with this
// output activation: 0 or 1 when the outputs are non-negative (sigmoid, ReLU,
// as the notes label classes 0 and 1), −1 or +1 otherwise (sign, arctan, tanh,
// identity, as in the notes' XOR example with sign).
func (a Activation) Target(y int) float64 {
	lo, _ := a.Range()
	if lo >= 0 {
		if y > 0 {
			return 1
		}
		return 0
	}
	if y > 0 {
		return 1
	}
	return -1
}

// Threshold returns the output value that separates the classes, halfway
// between the two targets: 0.5 for sigmoid and ReLU, 0 for the others.
func (a Activation) Threshold() float64 {
	return (a.Target(1) + a.Target(-1)) / 2
}

// Classify returns the class (±1) of an output z: +1 iff z > Threshold(), so
// that, as in the notes' perceptron, a point on the boundary is class −1.
func (a Activation) Classify(z float64) int {
	if z > a.Threshold() {
		return 1
	}
	return -1
}

// sigmoid is 1/(1+e^(−x)) written so that neither branch overflows.
func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}
