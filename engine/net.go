package engine

import (
	"math"
	"math/rand/v2"
)

// MaxLayers is the largest number of hidden layers a Net can have.
const MaxLayers = 4

// MaxClasses is the largest number of classes a Net can tell apart.
const MaxClasses = 4

// MaxNetParam bounds every weight and bias of a Net. It is much smaller than
// MaxParam because a Net composes up to MaxLayers+1 layers: with inputs
// within MaxCoord, 8 units a layer and weights within it, every potential,
// output and backpropagated gradient stays finite ((8·1e25)⁵·1e9 ≪ 1e308
// forwards, and the backward pass multiplies by the weights as often again).
const MaxNetParam = 1e25

// ClassPoint is a labelled point of a multi-class data set: X in data units
// and Class its index 0…K−1. (Point carries the lecture's ±1 labels; see
// ClassPointOf.)
type ClassPoint struct {
	X     [2]float64 `json:"x"` // coordinates x₁, x₂
	Class int        `json:"y"` // class index 0…K−1
}

// ClassPointOf converts a ±1-labelled point to class 1 (y = +1) or 0.
func ClassPointOf(p Point) ClassPoint {
	c := 0
	if p.Y > 0 {
		c = 1
	}
	return ClassPoint{X: p.X, Class: c}
}

// Net is a fully connected network 2 → h₁ → … → h_L → K: L hidden layers
// (1…MaxLayers) of 1…MaxHidden units with one hidden activation, and for
// K = 2 classes one sigmoid output unit trained with the notes' binary
// cross-entropy, for K = 3…MaxClasses a softmax over K output units trained
// with cross-entropy.
//
// Layer l (1…L+1) has weights W[l−1], the notes' W^[l], with row j holding
// unit j's weights over the previous layer's outputs (Wˡ is out×in), and
// biases B[l−1]. Entries beyond the sizes in use are zero and ignored.
// Fixed-size arrays make a Net a plain value: copying it snapshots it and
// nothing allocates. The 2-H-1 MLP is the case L = 1, K = 2 (see NetOfMLP).
type Net struct {
	L     int                                          // hidden layers in use, 1…MaxLayers
	Sizes [MaxLayers + 2]int                           // Sizes[0] = 2 inputs, Sizes[1…L] hidden, Sizes[L+1] outputs
	K     int                                          // classes, 2…MaxClasses
	Act   Activation                                   // hidden activation
	W     [MaxLayers + 1][MaxHidden][MaxHidden]float64 // W[l][j][i]: layer l+1, unit j, input i
	B     [MaxLayers + 1][MaxHidden]float64            // B[l][j]: layer l+1, unit j
}

// NetGrads holds ∂L/∂(every parameter) of a Net, laid out as its W and B.
type NetGrads struct {
	W [MaxLayers + 1][MaxHidden][MaxHidden]float64
	B [MaxLayers + 1][MaxHidden]float64
}

// NetForward holds the values of one forward pass: A[l] the potentials and
// Z[l] the outputs of layer l, with Z[0] the input and Z[L+1] the output
// probabilities (for K = 2 the single P(class 1)).
type NetForward struct {
	A   [MaxLayers + 2][MaxHidden]float64
	Z   [MaxLayers + 2][MaxHidden]float64
	lse float64 // log Σ e^(a_k) over the outputs, for the softmax's loss
}

// NewNet returns a network with the given hidden layer sizes (1…MaxLayers
// layers, extra ones ignored, each clamped to 1…MaxHidden), k classes
// (clamped to 2…MaxClasses) and hidden activation act, with Glorot-uniform
// weights and biases seeded by seed. An empty hidden list means one layer of
// two units.
func NewNet(hidden []int, k int, act Activation, seed int64) Net {
	var n Net
	n.L = min(max(len(hidden), 1), MaxLayers)
	n.K = min(max(k, 2), MaxClasses)
	n.Act = act
	n.Sizes[0] = 2
	for l := 1; l <= n.L; l++ {
		u := 2
		if l-1 < len(hidden) {
			u = hidden[l-1]
		}
		n.Sizes[l] = min(max(u, 1), MaxHidden)
	}
	n.Sizes[n.L+1] = n.outputs()
	r := rand.New(rand.NewPCG(uint64(seed), 0x4e6574))
	for l := 0; l <= n.L; l++ {
		in, out := n.Sizes[l], n.Sizes[l+1]
		lim := math.Sqrt(6 / float64(in+out))
		for j := range out {
			for i := range in {
				n.W[l][j][i] = lim * (2*r.Float64() - 1)
			}
			n.B[l][j] = lim * (2*r.Float64() - 1)
		}
	}
	return n
}

// NetOfMLP returns the 2-H-1 network m as a Net (L = 1, K = 2). Its output
// must be a sigmoid for the two to agree.
func NetOfMLP(m MLP) Net {
	h := m.units()
	n := Net{L: 1, K: 2, Act: m.Hidden, Sizes: [MaxLayers + 2]int{2, h, 1}}
	for j := range h {
		n.W[0][j][0], n.W[0][j][1] = m.W1[j][0], m.W1[j][1]
		n.B[0][j] = m.B1[j]
		n.W[1][0][j] = m.W2[j]
	}
	n.B[1][0] = m.B2
	return n
}

// outputs returns the width of the output layer: 1 for K = 2, else K.
func (n *Net) outputs() int {
	if n.K <= 2 {
		return 1
	}
	return min(n.K, MaxClasses)
}

// classes returns K clamped to 2…MaxClasses, so a hand-made Net never
// indexes out of range.
func (n *Net) classes() int { return min(max(n.K, 2), MaxClasses) }

// layers returns L clamped to 1…MaxLayers, so a hand-made Net never indexes
// out of range.
func (n *Net) layers() int { return min(max(n.L, 1), MaxLayers) }

// Width returns the number of units of layer l (0 the input, L+1 the
// output), or 0 if there is no such layer.
func (n *Net) Width(l int) int {
	if l < 0 || l > n.layers()+1 {
		return 0
	}
	return min(max(n.Sizes[l], 0), MaxHidden)
}

// Forward evaluates the network at x, keeping every layer's values in f
// (passed in so that a scene's per-point loops allocate nothing).
func (n *Net) Forward(x [2]float64, f *NetForward) { n.ForwardFrom(0, x, f) }

// ForwardFrom evaluates the rest of the network from layer l (0 the input,
// 1…L a hidden layer of two units) whose outputs are z: the network seen
// from a 2-unit layer's plane. Layers below l are left as they were in f.
func (n *Net) ForwardFrom(l int, z [2]float64, f *NetForward) {
	top := n.layers() + 1
	l = min(max(l, 0), top-1)
	f.Z[l] = [MaxHidden]float64{}
	f.Z[l][0], f.Z[l][1] = z[0], z[1]
	for l := l + 1; l <= top; l++ {
		in, out := n.Width(l-1), n.Width(l)
		w, b := &n.W[l-1], &n.B[l-1]
		zp := &f.Z[l-1]
		for j := range out {
			a := b[j]
			for i := range in {
				a += w[j][i] * zp[i]
			}
			f.A[l][j] = a
			if l < top {
				f.Z[l][j] = n.Act.F(a)
			}
		}
	}
	n.outputProbs(f)
}

// outputProbs sets the output layer's Z: sigmoid for K = 2, softmax else.
func (n *Net) outputProbs(f *NetForward) {
	top := n.layers() + 1
	a, z := &f.A[top], &f.Z[top]
	if n.K <= 2 {
		z[0] = sigmoid(a[0])
		return
	}
	k := n.outputs()
	m := a[0]
	for c := 1; c < k; c++ {
		m = math.Max(m, a[c])
	}
	s := 0.0
	for c := range k {
		z[c] = math.Exp(a[c] - m)
		s += z[c]
	}
	for c := range k {
		z[c] /= s
	}
	f.lse = m + math.Log(s)
}

// Probs returns the probability of each class at x (zero beyond K).
func (n *Net) Probs(x [2]float64) [MaxClasses]float64 {
	var f NetForward
	n.Forward(x, &f)
	return n.probsOf(&f)
}

// probsOf returns the class probabilities of a forward pass.
func (n *Net) probsOf(f *NetForward) [MaxClasses]float64 {
	var p [MaxClasses]float64
	z := &f.Z[n.layers()+1]
	if n.K <= 2 {
		p[0], p[1] = 1-z[0], z[0]
		return p
	}
	copy(p[:n.outputs()], z[:])
	return p
}

// Classify returns the most probable class at x (the lower one on a tie).
func (n *Net) Classify(x [2]float64) int {
	p := n.Probs(x)
	best := 0
	for c := 1; c < n.classes(); c++ {
		if p[c] > p[best] {
			best = c
		}
	}
	return best
}

// Output returns P(class 1) at x for K = 2, and the most probable class
// divided by K−1 (0…1) for more classes, so that a Net is a Model that
// EvalGrid can draw.
func (n *Net) Output(x [2]float64) float64 {
	if n.K <= 2 {
		return n.Probs(x)[1]
	}
	return float64(n.Classify(x)) / float64(n.outputs()-1)
}

// Unit returns the output of unit j of layer l at x (the picture of one
// neuron over the plane); layer L+1 gives the output probabilities. It is 0
// for a unit that does not exist.
func (n *Net) Unit(x [2]float64, l, j int) float64 {
	if l < 0 || l > n.layers()+1 || j < 0 || j >= n.Width(l) {
		return 0
	}
	var f NetForward
	n.Forward(x, &f)
	return f.Z[l][j]
}

// sampleLoss returns the cross-entropy of class c given the forward pass f,
// and writes ∂L/∂a of the output layer into d. For K = 2 it is the notes'
// BCE from the potential, log(1+eᵃ) − t·a; for K ≥ 3 it is
// log Σ e^(a_k) − a_c. Both are finite for finite potentials. A class
// outside 0…K−1 has no target: its loss and gradient are 0.
func (n *Net) sampleLoss(f *NetForward, c int, d *[MaxHidden]float64) float64 {
	top := n.layers() + 1
	a, z := &f.A[top], &f.Z[top]
	*d = [MaxHidden]float64{}
	if c < 0 || c >= n.classes() {
		return 0
	}
	if n.K <= 2 {
		t := float64(c)
		d[0] = z[0] - t
		return softplus(a[0]) - t*a[0]
	}
	copy(d[:n.outputs()], z[:])
	d[c]--
	return f.lse - a[c]
}

// backward adds the gradients of one sample into g, given the forward pass f
// and the output layer's ∂L/∂a in d (overwritten): each layer's ∂L/∂a is
// computed once and reused for its weights, its biases and the layer below.
func (n *Net) backward(f *NetForward, d *[MaxHidden]float64, g *NetGrads) {
	var below [MaxHidden]float64
	for l := n.layers() + 1; l >= 1; l-- {
		in, out := n.Width(l-1), n.Width(l)
		w, gw, gb := &n.W[l-1], &g.W[l-1], &g.B[l-1]
		zp := &f.Z[l-1]
		for i := range in {
			below[i] = 0
		}
		for j := range out {
			dj := d[j]
			gb[j] += dj
			for i := range in {
				gw[j][i] += dj * zp[i]
				below[i] += dj * w[j][i]
			}
		}
		if l > 1 {
			for i := range in {
				d[i] = below[i] * n.Act.derivFromOutput(f.A[l-1][i], zp[i])
			}
		}
	}
}

// l2 returns (λ/2)·Σ W² over every weight (not the biases).
func (n *Net) l2(lambda float64) float64 {
	if lambda == 0 {
		return 0
	}
	s := 0.0
	for l := 0; l <= n.layers(); l++ {
		for j := range n.Width(l + 1) {
			for i := range n.Width(l) {
				s += n.W[l][j][i] * n.W[l][j][i]
			}
		}
	}
	return lambda / 2 * s
}

// Loss returns the mean cross-entropy over pts plus the L2 penalty
// (λ/2)·ΣW² (0 data loss for no points).
func (n *Net) Loss(pts []ClassPoint, lambda float64) float64 {
	var f NetForward
	var d [MaxHidden]float64
	s := 0.0
	for _, p := range pts {
		n.Forward(p.X, &f)
		s += n.sampleLoss(&f, p.Class, &d)
	}
	if len(pts) > 0 {
		s /= float64(len(pts))
	}
	return s + n.l2(clampL2(lambda))
}

// Accuracy returns the fraction of pts classified correctly (1 for none).
func (n *Net) Accuracy(pts []ClassPoint) float64 {
	return fraction(pts, func(p ClassPoint) bool { return n.Classify(p.X) == p.Class })
}

// Gradient writes into g the gradient of Loss(pts, lambda) and returns that
// loss. g is passed in so that a training loop allocates nothing.
func (n *Net) Gradient(pts []ClassPoint, lambda float64, g *NetGrads) float64 {
	return n.gradientOf(len(pts), func(i int) ClassPoint { return pts[i] }, lambda, g)
}

// gradientOf is Gradient over the m points at(0…m−1).
func (n *Net) gradientOf(m int, at func(int) ClassPoint, lambda float64, g *NetGrads) float64 {
	*g = NetGrads{}
	var f NetForward
	var d [MaxHidden]float64
	s := 0.0
	for i := range m {
		p := at(i)
		n.Forward(p.X, &f)
		s += n.sampleLoss(&f, p.Class, &d)
		n.backward(&f, &d, g)
	}
	k := 0.0
	if m > 0 {
		k = 1 / float64(m)
	}
	lambda = clampL2(lambda)
	for l := 0; l <= n.layers(); l++ {
		for j := range n.Width(l + 1) {
			for i := range n.Width(l) {
				g.W[l][j][i] = g.W[l][j][i]*k + lambda*n.W[l][j][i]
			}
			g.B[l][j] *= k
		}
	}
	return s*k + n.l2(lambda)
}

// MaxL2 is the largest L2 coefficient λ accepted; larger ones are clamped.
const MaxL2 = 10

// clampL2 maps λ into [0, MaxL2], NaN to 0.
func clampL2(lambda float64) float64 {
	if !(lambda > 0) {
		return 0
	}
	return math.Min(lambda, MaxL2)
}

// apply performs θ ← θ − lr·g, unless a result would be non-finite or leave
// ±MaxNetParam; it reports whether it did.
func (n *Net) apply(g *NetGrads, lr float64) bool {
	next := *n
	for l := 0; l <= n.layers(); l++ {
		for j := range n.Width(l + 1) {
			for i := range n.Width(l) {
				v := next.W[l][j][i] - lr*g.W[l][j][i]
				if !(math.Abs(v) <= MaxNetParam) {
					return false
				}
				next.W[l][j][i] = v
			}
			v := next.B[l][j] - lr*g.B[l][j]
			if !(math.Abs(v) <= MaxNetParam) {
				return false
			}
			next.B[l][j] = v
		}
	}
	*n = next
	return true
}

// NumParams returns the number of weights and biases in use.
func (n *Net) NumParams() int {
	c := 0
	for l := 0; l <= n.layers(); l++ {
		c += n.Width(l+1) * (n.Width(l) + 1)
	}
	return c
}

// Params appends the parameters to dst in the order W1 row by row, b1, W2,
// b2, … (the trace's order) and returns it.
func (n *Net) Params(dst []float64) []float64 {
	return n.walk(dst, &n.W, &n.B)
}

// Vector appends the gradients to dst in the order of Net.Params for the
// network n.
func (g *NetGrads) Vector(n *Net, dst []float64) []float64 {
	return n.walk(dst, &g.W, &g.B)
}

// walk appends w and b in parameter order for n's shape.
func (n *Net) walk(dst []float64, w *[MaxLayers + 1][MaxHidden][MaxHidden]float64, b *[MaxLayers + 1][MaxHidden]float64) []float64 {
	for l := 0; l <= n.layers(); l++ {
		for j := range n.Width(l + 1) {
			dst = append(dst, w[l][j][:n.Width(l)]...)
		}
		dst = append(dst, b[l][:n.Width(l+1)]...)
	}
	return dst
}

// SetParams sets the parameters from v in the order of Params; it reports
// false, changing nothing, if v has the wrong length.
func (n *Net) SetParams(v []float64) bool {
	if len(v) != n.NumParams() {
		return false
	}
	k := 0
	for l := 0; l <= n.layers(); l++ {
		for j := range n.Width(l + 1) {
			k += copy(n.W[l][j][:n.Width(l)], v[k:])
		}
		k += copy(n.B[l][:n.Width(l+1)], v[k:])
	}
	return true
}

// The deeper network is a Model through its pointer (Output would copy a
// Net value per call otherwise).
var _ Model = (*Net)(nil)
