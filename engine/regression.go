package engine

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Sample is one example of a regression: an input x and a real target y,
// both in data units.
type Sample struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// ValidSample reports why s is not a usable sample: a coordinate that is not
// finite or is larger than MaxCoord in absolute value. It returns nil for a
// valid sample.
func ValidSample(s Sample) error {
	for _, c := range [2]struct {
		name string
		v    float64
	}{{"x", s.X}, {"y", s.Y}} {
		if math.IsNaN(c.v) || math.IsInf(c.v, 0) {
			return fmt.Errorf("%s is not a finite number", c.name)
		}
		if math.Abs(c.v) > MaxCoord {
			return fmt.Errorf("%s = %g is larger than %g in absolute value", c.name, c.v, MaxCoord)
		}
	}
	return nil
}

// ValidSamples checks every sample with ValidSample and returns the first
// error, prefixed with the sample's index.
func ValidSamples(data []Sample) error {
	for i, s := range data {
		if err := ValidSample(s); err != nil {
			return fmt.Errorf("sample %d: %w", i, err)
		}
	}
	return nil
}

// Regressor is the notes' regression network 1 → H → 1 with an identity
// output: hidden unit j has potential a_j = W1[j]·x + B1[j] and output
// z_j = Hidden(a_j), and ŷ = Σ_j W2[j]·z_j + B2. With H = 0 there is no
// hidden layer and ŷ = W1[0]·x + B1[0], the straight line θx + b; W2 and B2
// are then unused. Entries beyond H are ignored (and kept at zero by
// NewRegressor). Fixed-size arrays make a Regressor a plain value of about
// 220 bytes: copying snapshots it and nothing allocates.
type Regressor struct {
	H      int                // hidden units, 0…MaxHidden
	W1     [MaxHidden]float64 // W^[1] (H×1): hidden weights θ_j; the slope when H = 0
	B1     [MaxHidden]float64 // b^[1]: hidden biases b_j; the intercept when H = 0
	W2     [MaxHidden]float64 // W^[2] (1×H): output weights θ_j^[2]
	B2     float64            // b^[2]: output bias
	Hidden Activation         // hidden activation (sigmoid, tanh, ReLU or arctan)
}

// RegGrads holds ∂J/∂(every parameter), shaped like a Regressor's parameters.
type RegGrads struct {
	W1 [MaxHidden]float64 // ∂J/∂W^[1] (∂J/∂θ when H = 0)
	B1 [MaxHidden]float64 // ∂J/∂b^[1] (∂J/∂b when H = 0)
	W2 [MaxHidden]float64 // ∂J/∂W^[2]
	B2 float64            // ∂J/∂b^[2]
}

// NewRegressor returns a network with h hidden units (clamped to
// 0…MaxHidden) of activation act, its weights and biases drawn from a
// Glorot-uniform distribution seeded by seed, so the same seed gives the
// same network. With h = 0 it is the line of slope and intercept drawn
// from U(−1, 1).
func NewRegressor(h int, act Activation, seed int64) Regressor {
	h = min(max(h, 0), MaxHidden)
	r := rand.New(rand.NewPCG(uint64(seed), 0x52656772657373))
	u := func(lim float64) float64 { return lim * (2*r.Float64() - 1) }
	m := Regressor{H: h, Hidden: act}
	if h == 0 {
		m.W1[0], m.B1[0] = u(1), u(1)
		return m
	}
	lim := math.Sqrt(6 / float64(1+h)) // fan-in 1, fan-out h, and back
	for j := range h {
		m.W1[j] = u(lim)
		m.B1[j] = u(lim)
		m.W2[j] = u(lim)
	}
	m.B2 = u(lim)
	return m
}

// units returns H clamped to 0…MaxHidden, so a hand-made value never
// indexes out of range.
func (m *Regressor) units() int { return min(max(m.H, 0), MaxHidden) }

// Predict returns ŷ(x).
func (m *Regressor) Predict(x float64) float64 {
	h := m.units()
	if h == 0 {
		return m.W1[0]*x + m.B1[0]
	}
	y := m.B2
	for j := range h {
		y += m.W2[j] * m.Hidden.F(m.W1[j]*x+m.B1[j])
	}
	return y
}

// Unit returns hidden unit j's contribution θ_j^[2]·σ(θ_j x + b_j) to ŷ(x);
// ŷ(x) is B2 plus the sum of the contributions. It is 0 for j outside
// 0…H−1 (and so for every j when H = 0).
func (m *Regressor) Unit(j int, x float64) float64 {
	if j < 0 || j >= m.units() {
		return 0
	}
	return m.W2[j] * m.Hidden.F(m.W1[j]*x+m.B1[j])
}

// Loss returns the notes' J(θ) = Σᵢ (ŷ(xᵢ) − yᵢ)² over data and the mean
// J/m (both 0 for no data).
func (m *Regressor) Loss(data []Sample) (j, mean float64) {
	for _, s := range data {
		r := m.Predict(s.X) - s.Y
		j += r * r
	}
	return j, meanOf(j, len(data))
}

// Gradient returns J (the sum, as Loss) and its gradient over data, by
// backpropagation: the residual's 2(ŷᵢ − yᵢ) is ∂J/∂ŷᵢ, reused for every
// output weight and, through θ_j^[2]·σ'(a_j), for each hidden unit's weight
// and bias.
func (m *Regressor) Gradient(data []Sample) (j float64, g RegGrads) {
	h := m.units()
	for _, s := range data {
		if h == 0 {
			r := m.W1[0]*s.X + m.B1[0] - s.Y
			j += r * r
			g.W1[0] += 2 * r * s.X
			g.B1[0] += 2 * r
			continue
		}
		var a, z [MaxHidden]float64
		yhat := m.B2
		for k := range h {
			a[k] = m.W1[k]*s.X + m.B1[k]
			z[k] = m.Hidden.F(a[k])
			yhat += m.W2[k] * z[k]
		}
		r := yhat - s.Y
		j += r * r
		d := 2 * r // ∂J/∂ŷ for this sample
		g.B2 += d
		for k := range h {
			g.W2[k] += d * z[k]
			dk := d * m.W2[k] * m.Hidden.derivFromOutput(a[k], z[k])
			g.W1[k] += dk * s.X
			g.B1[k] += dk
		}
	}
	return j, g
}

// meanOf returns sum/n, or 0 for n = 0.
func meanOf(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// Params returns the parameters as one vector: W^[1], b^[1], W^[2], b^[2],
// each over the H units; with H = 0 it is (θ, b). Its length is 3H + 1, or 2
// for H = 0.
func (m *Regressor) Params() []float64 {
	h := m.units()
	if h == 0 {
		return []float64{m.W1[0], m.B1[0]}
	}
	v := make([]float64, 0, 3*h+1)
	v = append(v, m.W1[:h]...)
	v = append(v, m.B1[:h]...)
	v = append(v, m.W2[:h]...)
	return append(v, m.B2)
}

// SetParams sets the parameters from a vector in the order of Params; it
// reports false, changing nothing, if v has the wrong length.
func (m *Regressor) SetParams(v []float64) bool {
	h := m.units()
	if h == 0 {
		if len(v) != 2 {
			return false
		}
		m.W1[0], m.B1[0] = v[0], v[1]
		return true
	}
	if len(v) != 3*h+1 {
		return false
	}
	copy(m.W1[:h], v[:h])
	copy(m.B1[:h], v[h:2*h])
	copy(m.W2[:h], v[2*h:3*h])
	m.B2 = v[3*h]
	return true
}

// Vector returns g in the order of Regressor.Params for h hidden units.
func (g RegGrads) Vector(h int) []float64 {
	m := Regressor{H: h, W1: g.W1, B1: g.B1, W2: g.W2, B2: g.B2}
	return m.Params()
}

// finite reports whether every gradient of the first h units is finite.
func (g *RegGrads) finite(h int) bool {
	ok := !math.IsNaN(g.B2) && !math.IsInf(g.B2, 0)
	for k := range max(h, 1) {
		for _, v := range [3]float64{g.W1[k], g.B1[k], g.W2[k]} {
			ok = ok && !math.IsNaN(v) && !math.IsInf(v, 0)
		}
	}
	return ok
}

// inRange reports whether every parameter in use is within ±MaxParam (and
// so finite).
func (m *Regressor) inRange() bool {
	h := m.units()
	if h == 0 {
		return inParamRange(m.W1[0]) && inParamRange(m.B1[0])
	}
	ok := inParamRange(m.B2)
	for k := range h {
		ok = ok && inParamRange(m.W1[k]) && inParamRange(m.B1[k]) && inParamRange(m.W2[k])
	}
	return ok
}

// regActivations are the hidden activations a Regressor may have: those
// with a useful gradient.
var regActivations = [...]Activation{Sigmoid, Tanh, ReLU, Arctan, Identity}

// Check reports why m is not a usable network, for one read from a state
// document or a link: H outside 0…MaxHidden, a hidden activation without a
// gradient (sign) or unknown, or a parameter that is not finite or beyond
// ±MaxParam. It returns nil for a usable network.
func (m Regressor) Check() error {
	if m.H < 0 || m.H > MaxHidden {
		return fmt.Errorf("%d hidden units, want 0 to %d", m.H, MaxHidden)
	}
	okAct := false
	for _, a := range regActivations {
		okAct = okAct || m.Hidden == a
	}
	if !okAct {
		return fmt.Errorf("hidden activation %v has no gradient to descend", m.Hidden)
	}
	if !m.inRange() {
		return fmt.Errorf("a parameter is not a finite number within ±%g", float64(MaxParam))
	}
	return nil
}
