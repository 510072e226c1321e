package backprop

import "github.com/neurona/neurona/engine"

// paramIDs are the graph's parameter nodes in the order the panel lists
// them: the hidden layer's θ and b, then the output layer's.
var paramIDs = []string{"t11", "t12", "b1", "t21", "t22", "b2", "w1", "w2", "b3"}

// param returns a pointer to the parameter of m that graph node id stands
// for, nil if id is not a parameter.
func param(m *engine.MLP, id string) *float64 {
	switch id {
	case "t11":
		return &m.W1[0][0]
	case "t12":
		return &m.W1[0][1]
	case "b1":
		return &m.B1[0]
	case "t21":
		return &m.W1[1][0]
	case "t22":
		return &m.W1[1][1]
	case "b2":
		return &m.B1[1]
	case "w1":
		return &m.W2[0]
	case "w2":
		return &m.W2[1]
	case "b3":
		return &m.B2
	}
	return nil
}

// grad returns the entry of g for parameter id.
func grad(g *engine.Grads, id string) float64 {
	switch id {
	case "t11":
		return g.W1[0][0]
	case "t12":
		return g.W1[0][1]
	case "b1":
		return g.B1[0]
	case "t21":
		return g.W1[1][0]
	case "t22":
		return g.W1[1][1]
	case "b2":
		return g.B1[1]
	case "w1":
		return g.W2[0]
	case "w2":
		return g.W2[1]
	case "b3":
		return g.B2
	}
	return 0
}

// sampleLoss is the binary cross-entropy of network m on point p.
func sampleLoss(m engine.MLP, p engine.Point) float64 {
	return m.SampleLoss(m.Forward(p.X), p.Y, engine.BCE)
}

// fdStep is the finite-difference step of the check.
const fdStep = 1e-6

// finiteDiff returns the central difference (L(θ+h) − L(θ−h))/2h of the
// loss of m on p with respect to each parameter, in paramIDs order: the
// check that backpropagation's numbers are right.
func finiteDiff(m engine.MLP, p engine.Point) [9]float64 {
	var out [9]float64
	for i, id := range paramIDs {
		up, dn := m, m
		*param(&up, id) += fdStep
		*param(&dn, id) -= fdStep
		out[i] = (sampleLoss(up, p) - sampleLoss(dn, p)) / (2 * fdStep)
	}
	return out
}
