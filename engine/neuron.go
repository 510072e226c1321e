package engine

import "math"

// Neuron is a single artificial neuron with two inputs: potential
// a = θ·x + b and output σ(a) for its activation Act.
type Neuron struct {
	Theta [2]float64 // weights θ₁, θ₂
	B     float64    // bias b
	Act   Activation // activation σ
}

// Potential returns the activation potential a_k = θ₁x₁ + θ₂x₂ + b.
func (n Neuron) Potential(x [2]float64) float64 {
	return n.Theta[0]*x[0] + n.Theta[1]*x[1] + n.B
}

// Output returns the neuron's output σ(θ·x + b).
func (n Neuron) Output(x [2]float64) float64 { return n.Act.F(n.Potential(x)) }

// Classify returns the class (±1) the neuron assigns to x; see Activation.Classify.
func (n Neuron) Classify(x [2]float64) int { return n.Act.Classify(n.Output(x)) }

// Normal returns θ/‖θ‖, the unit normal of the line θ·x + b = 0 pointing to
// the side where the potential is positive, or the zero vector if θ = 0.
func (n Neuron) Normal() [2]float64 {
	r := math.Hypot(n.Theta[0], n.Theta[1])
	if r == 0 || math.IsInf(r, 0) || math.IsNaN(r) {
		return [2]float64{}
	}
	return [2]float64{n.Theta[0] / r, n.Theta[1] / r}
}
