package model

import "github.com/neurona/neurona/engine"

// ParamIDs are the graph's parameter nodes in the order the panel lists
// them: the hidden layer's θ and b, then the output layer's.
var ParamIDs = []string{"t11", "t12", "b1", "t21", "t22", "b2", "w1", "w2", "b3"}

// Param returns a pointer to the parameter of m that graph node id stands
// for, nil if id is not a parameter.
func Param(m *engine.MLP, id string) *float64 {
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

// Grad returns the entry of g for parameter id.
func Grad(g *engine.Grads, id string) float64 {
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

// paramIndex gives, for each of ParamIDs, its position in
// engine.MLP.Params for a network of two hidden units.
var paramIndex = [9]int{0, 1, 4, 2, 3, 5, 6, 7, 8}

// FiniteDiff returns the central difference (L(θ+h) − L(θ−h))/2h of the
// loss of m on p with respect to each parameter, in ParamIDs order: the
// check that backpropagation's numbers are right (engine.NumericGrads,
// h = engine.FDStep).
func FiniteDiff(m engine.MLP, p engine.Point) [9]float64 {
	num := m.NumericGrads(p.X, p.Y, engine.BCE)
	var out [9]float64
	for i := range ParamIDs {
		out[i] = num[paramIndex[i]]
	}
	return out
}
