package engine

// Params returns the network's parameters as one vector, in the order
// W^[1] row by row (θ_{j1}, θ_{j2} for each hidden unit j), b^[1], W^[2],
// b^[2]; its length is 4H + 1.
func (m *MLP) Params() []float64 {
	// Grads is shaped like the parameters: one flattening serves both.
	return Grads{W1: m.W1, B1: m.B1, W2: m.W2, B2: m.B2}.Vector(m.H)
}

// SetParams sets the parameters from a vector in the order of Params; it
// reports false, changing nothing, if v has the wrong length.
func (m *MLP) SetParams(v []float64) bool {
	h := m.units()
	if len(v) != 4*h+1 {
		return false
	}
	for j := 0; j < h; j++ {
		m.W1[j] = [2]float64{v[2*j], v[2*j+1]}
		m.B1[j] = v[2*h+j]
		m.W2[j] = v[3*h+j]
	}
	m.B2 = v[4*h]
	return true
}

// Vector returns g in the order of MLP.Params for a network of h hidden units.
func (g Grads) Vector(h int) []float64 {
	h = min(max(h, 0), MaxHidden)
	v := make([]float64, 0, 4*h+1)
	for j := 0; j < h; j++ {
		v = append(v, g.W1[j][0], g.W1[j][1])
	}
	v = append(v, g.B1[:h]...)
	v = append(v, g.W2[:h]...)
	return append(v, g.B2)
}

// FDStep is the step h of NumericGrads' central differences: small enough
// for the truncation error (∝ h²) to vanish at the printed precision, large
// enough that rounding (∝ 1e-16/h) does too.
const FDStep = 1e-6

// NumericGrads estimates ∂L/∂parameter for the sample (x, y) by central
// finite differences, (L(θ + h) − L(θ − h)) / 2h for each parameter: the
// independent check, shown beside backpropagation's numbers, that they are
// right. The result is in the order of Params.
//
// The tests hold it to gonum's numerical differentiation (diff/fd); it is
// written out here because that package brings gonum's matrix and LAPACK
// code into the web bundle (3.5 MB) for a loop of a few lines.
func (m *MLP) NumericGrads(x [2]float64, y int, loss Loss) []float64 {
	probe := *m
	f := func(p []float64) float64 {
		probe.SetParams(p)
		return probe.SampleLoss(probe.Forward(x), y, loss)
	}
	p := m.Params()
	g := make([]float64, len(p))
	for i, v := range p {
		p[i] = v + FDStep
		up := f(p)
		p[i] = v - FDStep
		g[i] = (up - f(p)) / (2 * FDStep)
		p[i] = v
	}
	return g
}
