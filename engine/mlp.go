package engine

import (
	"math"
	"math/rand/v2"
)

// MaxHidden is the largest number of hidden units an MLP can have.
const MaxHidden = 8

// MaxParam bounds every weight and bias of a trained model. Within it, and
// with |xₖ| ≤ MaxCoord, every potential, loss and gradient is finite, so a
// gradient step that would leave it is refused and flagged as diverged.
const MaxParam = 1e60

// MaxLR is the largest learning rate the gradient steps accept; larger ones
// are clamped to it.
const MaxLR = 1e6

// MLP is a two-layer network: 2 inputs, H hidden units (1…MaxHidden) and one
// output. Hidden unit j has potential a_j = W1[j]·x + B1[j] and output
// z_j = Hidden(a_j); the output has potential a₃ = W2·z + B2 and ŷ = Out(a₃).
// W1 and B1 are the notes' W^[1], b^[1]; W2 and B2 are W^[2], b^[2]. Entries
// beyond H are ignored. Fixed-size arrays make an MLP a plain value: copying
// snapshots it and nothing allocates.
type MLP struct {
	H      int                   // hidden units in use, 1…MaxHidden
	W1     [MaxHidden][2]float64 // W^[1]: row j holds hidden unit j's weights
	B1     [MaxHidden]float64    // b^[1]
	W2     [MaxHidden]float64    // W^[2]: the output unit's weights
	B2     float64               // b^[2]
	Hidden Activation            // activation of the hidden layer
	Out    Activation            // activation of the output unit (Sigmoid for BCE)
}

// Forward holds the values of a forward pass, kept for the backward pass.
type Forward struct {
	A1   [MaxHidden]float64 // hidden potentials a_j
	Z1   [MaxHidden]float64 // hidden outputs z_j
	A3   float64            // output potential
	YHat float64            // output ŷ
}

// Grads holds ∂L/∂(every parameter), shaped like the MLP's parameters.
type Grads struct {
	W1 [MaxHidden][2]float64 // ∂L/∂W^[1]
	B1 [MaxHidden]float64    // ∂L/∂b^[1]
	W2 [MaxHidden]float64    // ∂L/∂W^[2]
	B2 float64               // ∂L/∂b^[2]
}

// MLPStep records one gradient-descent step: the loss and gradients at the
// parameters before the update, those parameters, and whether the update was
// refused because it diverged (see MaxParam).
type MLPStep struct {
	Loss     float64 // mean loss before the update
	Grads    Grads   // gradient of that loss
	Before   MLP     // the network before the update
	Diverged bool    // the update was refused
}

// NewMLP returns a network with h hidden units (clamped to 1…MaxHidden) of
// the given activation and a sigmoid output, its weights drawn from a
// Glorot-uniform distribution seeded by seed. Biases are drawn from the same
// range instead of starting at 0, so the hidden lines do not all pass through
// the origin when first drawn.
func NewMLP(h int, hidden Activation, seed int64) MLP {
	h = min(max(h, 1), MaxHidden)
	r := rand.New(rand.NewPCG(uint64(seed), 0x4e6575726f6e61))
	u := func(lim float64) float64 { return lim * (2*r.Float64() - 1) }
	l1, l2 := math.Sqrt(6/float64(2+h)), math.Sqrt(6/float64(h+1))
	m := MLP{H: h, Hidden: hidden, Out: Sigmoid}
	for j := range h {
		m.W1[j] = [2]float64{u(l1), u(l1)}
		m.B1[j] = u(l1)
		m.W2[j] = u(l2)
	}
	m.B2 = u(l2)
	return m
}

// XORLecture returns the notes' XOR network with activation act in both
// layers: hidden z₁ = σ(20x₁ + 20x₂ − 10), z₂ = σ(−20x₁ − 20x₂ + 30), output
// σ(20z₁ + 20z₂ − 30). (The notes write σ(20σ(z₁) + …), applying σ twice;
// with sign that changes nothing and the intended network is this one.)
// With Sign it outputs −1 for class 0 and +1 for class 1; with Sigmoid,
// values near 0 and 1.
func XORLecture(act Activation) MLP {
	return MLP{
		H:  2,
		W1: [MaxHidden][2]float64{{20, 20}, {-20, -20}},
		B1: [MaxHidden]float64{-10, 30},
		W2: [MaxHidden]float64{20, 20}, B2: -30,
		Hidden: act, Out: act,
	}
}

// BackpropStart returns the 2-2-1 sigmoid network the backprop walk starts
// from: small round weights that are easy to read and multiply in one's
// head. The backprop scene and the notebook export share it, so a notebook
// replays the scene's own numbers.
func BackpropStart() MLP {
	return MLP{
		H:  2,
		W1: [MaxHidden][2]float64{{0.5, -0.4}, {-0.3, 0.8}},
		B1: [MaxHidden]float64{0.1, -0.2},
		W2: [MaxHidden]float64{0.7, -0.6},
		B2: 0.05, Hidden: Sigmoid, Out: Sigmoid,
	}
}

// units returns H clamped to 0…MaxHidden, so a hand-made MLP never indexes
// out of range.
func (m *MLP) units() int { return min(max(m.H, 0), MaxHidden) }

// Forward evaluates the network at x, keeping every intermediate value.
func (m *MLP) Forward(x [2]float64) Forward {
	var f Forward
	f.A3 = m.B2
	for j := range m.units() {
		f.A1[j] = m.W1[j][0]*x[0] + m.W1[j][1]*x[1] + m.B1[j]
		f.Z1[j] = m.Hidden.F(f.A1[j])
		f.A3 += m.W2[j] * f.Z1[j]
	}
	f.YHat = m.Out.F(f.A3)
	return f
}

// Predict returns the network's output ŷ at x.
func (m *MLP) Predict(x [2]float64) float64 {
	// The same sums as Forward, without keeping them: this is the inner
	// loop of EvalGrid.
	a3 := m.B2
	for j := range m.units() {
		a3 += m.W2[j] * m.Hidden.F(m.W1[j][0]*x[0]+m.W1[j][1]*x[1]+m.B1[j])
	}
	return m.Out.F(a3)
}

// Output returns ŷ at x (the Model interface). It copies the network; pass a
// *MLP to EvalGrid, which then avoids the copy.
func (m MLP) Output(x [2]float64) float64 { return m.Predict(x) }

// Classify returns the class (±1) the network assigns to x; see
// Activation.Classify.
func (m *MLP) Classify(x [2]float64) int { return m.Out.Classify(m.Predict(x)) }

// Backward returns the gradients of the loss of sample (x, y) by
// backpropagation, reusing the values of f = m.Forward(x): ∂L/∂a₃ is
// computed once and reused for every W2 and for each ∂L/∂z_j, and each
// ∂L/∂a_j is reused for W1[j][0], W1[j][1] and B1[j], as the lecture's graph
// shows.
func (m *MLP) Backward(f Forward, x [2]float64, y int, loss Loss) Grads {
	var g Grads
	_, d3 := sampleLoss(loss, m.Out, f.A3, f.YHat, y)
	m.accumulate(&g, &f.A1, &f.Z1, x, d3)
	return g
}

// accumulate adds the gradients for one sample with hidden potentials a1,
// outputs z1 and ∂L/∂a₃ = d3 into g.
func (m *MLP) accumulate(g *Grads, a1, z1 *[MaxHidden]float64, x [2]float64, d3 float64) {
	g.B2 += d3
	for j := range m.units() {
		g.W2[j] += d3 * z1[j]
		d1 := d3 * m.W2[j] * m.Hidden.derivFromOutput(a1[j], z1[j])
		g.W1[j][0] += d1 * x[0]
		g.W1[j][1] += d1 * x[1]
		g.B1[j] += d1
	}
}

// SampleLoss returns the loss of one sample given its forward values.
func (m *MLP) SampleLoss(f Forward, y int, loss Loss) float64 {
	l, _ := sampleLoss(loss, m.Out, f.A3, f.YHat, y)
	return l
}

// Loss returns the mean loss over pts (0 for no points).
func (m *MLP) Loss(pts []Point, loss Loss) float64 {
	if len(pts) == 0 {
		return 0
	}
	s := 0.0
	for _, p := range pts {
		s += m.SampleLoss(m.Forward(p.X), p.Y, loss)
	}
	return s / float64(len(pts))
}

// Gradient returns the mean loss over pts and its gradient.
//
// It is the training's inner loop (the xor scene takes a hundred steps a
// tick): Forward, SampleLoss and Backward for each point, with the same
// arithmetic in the same order, but without a Forward value per point,
// with loops over the H units in use, and, for the cross-entropy of a
// sigmoid output, one exponential shared by ŷ = σ(a₃) and the loss
// (sigmoidSoftplus), where they took one each.
func (m *MLP) Gradient(pts []Point, loss Loss) (float64, Grads) {
	var g Grads
	if len(pts) == 0 {
		return 0, g
	}
	var a1, z1 [MaxHidden]float64
	h := m.units()
	shared := loss == BCE && m.Out == Sigmoid
	s := 0.0
	for _, p := range pts {
		a3 := m.B2
		for j := range h {
			a1[j] = m.W1[j][0]*p.X[0] + m.W1[j][1]*p.X[1] + m.B1[j]
			z1[j] = m.Hidden.F(a1[j])
			a3 += m.W2[j] * z1[j]
		}
		var l, d3 float64
		if shared {
			yhat, sp := sigmoidSoftplus(a3)
			t := float64(p.Y+1) / 2
			l, d3 = sp-t*a3, yhat-t // as sampleLoss writes them
		} else {
			l, d3 = sampleLoss(loss, m.Out, a3, m.Out.F(a3), p.Y)
		}
		s += l
		m.accumulate(&g, &a1, &z1, p.X, d3)
	}
	k := 1 / float64(len(pts))
	g.scale(k, h)
	return s * k, g
}

// scale multiplies the gradients of the first h units and of b^[2] by k
// (the others are 0).
func (g *Grads) scale(k float64, h int) {
	g.B2 *= k
	for j := range h {
		g.W1[j][0] *= k
		g.W1[j][1] *= k
		g.B1[j] *= k
		g.W2[j] *= k
	}
}

// Step takes one full-batch gradient-descent step on the mean loss over pts
// with learning rate lr (clamped to [0, MaxLR]; NaN counts as 0) and returns
// the loss and gradients before the update.
func (m *MLP) Step(pts []Point, loss Loss, lr float64) MLPStep {
	st := MLPStep{Before: *m}
	st.Loss, st.Grads = m.Gradient(pts, loss)
	st.Diverged = !m.descend(&st.Grads, lr)
	return st
}

// Descend is Step without its record: the same arithmetic, for callers that
// keep only the loss before the update and whether the step diverged.
func (m *MLP) Descend(pts []Point, loss Loss, lr float64) (l float64, diverged bool) {
	l, g := m.Gradient(pts, loss)
	return l, !m.descend(&g, lr)
}

// descend performs θ ← θ − lr·g and reports true, unless that leaves
// MaxParam: then m is left as it was and it reports false. It checks
// every new value before writing any (each is computed twice, the same
// way), rather than updating a copy of the network and copying it back.
func (m *MLP) descend(g *Grads, lr float64) bool {
	lr = clampLR(lr)
	h := m.units()
	ok := inParamRange(m.B2 - lr*g.B2)
	for j := range h {
		ok = ok && inParamRange(m.W1[j][0]-lr*g.W1[j][0]) && inParamRange(m.W1[j][1]-lr*g.W1[j][1]) &&
			inParamRange(m.B1[j]-lr*g.B1[j]) && inParamRange(m.W2[j]-lr*g.W2[j])
	}
	if !ok {
		return false
	}
	m.B2 -= lr * g.B2
	for j := range h {
		m.W1[j][0] -= lr * g.W1[j][0]
		m.W1[j][1] -= lr * g.W1[j][1]
		m.B1[j] -= lr * g.B1[j]
		m.W2[j] -= lr * g.W2[j]
	}
	return true
}

// Accuracy returns the fraction of pts the network classifies correctly
// (1 for no points).
func (m *MLP) Accuracy(pts []Point) float64 {
	return fraction(pts, func(p Point) bool { return m.Classify(p.X) == p.Y })
}

// fraction returns the share of items for which ok holds (1 for none): the
// accuracy of any classifier over any kind of labelled point.
func fraction[T any](items []T, ok func(T) bool) float64 {
	if len(items) == 0 {
		return 1
	}
	n := 0
	for _, it := range items {
		if ok(it) {
			n++
		}
	}
	return float64(n) / float64(len(items))
}

// clampLR maps a learning rate into [0, MaxLR], NaN to 0.
func clampLR(lr float64) float64 {
	if !(lr > 0) {
		return 0
	}
	return math.Min(lr, MaxLR)
}

// inParamRange reports whether v is a usable parameter: finite, |v| ≤ MaxParam.
func inParamRange(v float64) bool { return math.Abs(v) <= MaxParam }
