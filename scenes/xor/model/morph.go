package model

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// The morph carries the input plane into hidden space in two stages, so
// that the class sees what each part of a layer does: morph position t
// runs from 0 (input space, x) to MorphAffine (the affine map
// a = W^[1]x + b^[1]: the grid moves linearly, straight lines stay
// straight) and on to 1 (the squashing z = σ(a): the grid bends into the
// square the hidden outputs live in). Within each stage points move along
// straight lines, so at every t of the first stage the picture is an
// affine image of the plane.
const MorphAffine = 0.5

// Frame maps values of a space (a or z) to the unit square [0, 1]² the
// morph draws them in, axis by axis: Lo goes to 0 and Hi to 1.
type Frame struct{ Lo, Hi [2]float64 }

// To returns where value v is drawn in the unit square.
func (f Frame) To(v [2]float64) [2]float64 {
	return [2]float64{(v[0] - f.Lo[0]) / (f.Hi[0] - f.Lo[0]), (v[1] - f.Lo[1]) / (f.Hi[1] - f.Lo[1])}
}

// From returns the value drawn at u of the unit square.
func (f Frame) From(u [2]float64) [2]float64 {
	return [2]float64{f.Lo[0] + u[0]*(f.Hi[0]-f.Lo[0]), f.Lo[1] + u[1]*(f.Hi[1]-f.Lo[1])}
}

// Step returns the spacing of the frame's ticks along axis i: a 1-2-5
// value giving about four intervals (Lo and Hi are multiples of it for an
// affine frame).
func (f Frame) Step(i int) float64 { return niceStep((f.Hi[i] - f.Lo[i]) / 4) }

// HiddenFrame is the frame of hidden space: the interval the activation's
// outputs live in ([0, 1] for the sigmoid, [−1, 1] for the sign), on both
// axes.
func HiddenFrame(act engine.Activation) Frame {
	lo, hi := HiddenRange(act)
	return Frame{Lo: [2]float64{lo, lo}, Hi: [2]float64{hi, hi}}
}

// AffineFrame is the frame of the potentials a = W^[1]x + b^[1] of the first
// two hidden units: on each axis, the range a takes at the four XOR inputs,
// widened to multiples of a round tick step (±1 around a value it does not
// leave), so the XOR inputs land inside the unit square.
func AffineFrame(m *engine.MLP) Frame {
	var f Frame
	for i := range 2 {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, x := range XORInputs {
			a := m.W1[i][0]*x[0] + m.W1[i][1]*x[1] + m.B1[i]
			lo, hi = math.Min(lo, a), math.Max(hi, a)
		}
		if !(hi-lo > 1e-9*math.Max(1, math.Abs(hi))) || math.IsInf(hi-lo, 0) || math.IsNaN(hi-lo) {
			lo, hi = lo-1, hi+1
		}
		step := niceStep((hi - lo) / 4)
		f.Lo[i], f.Hi[i] = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
		if !(f.Hi[i] > f.Lo[i]) { // non-finite weights: any usable frame
			f.Lo[i], f.Hi[i] = -1, 1
		}
	}
	return f
}

// niceStep returns 1, 2 or 5 × 10ⁿ at or above v (1 for v ≤ 0 or not finite).
func niceStep(v float64) float64 {
	if !(v > 0) || math.IsInf(v, 0) {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(v)))
	for _, k := range []float64{1, 2, 5, 10} {
		if v <= k*mag*(1+1e-12) {
			return k * mag
		}
	}
	return 10 * mag
}

// Affine returns a = W^[1]x + b^[1] for the first two hidden units.
func Affine(m *engine.MLP, x [2]float64) [2]float64 {
	return [2]float64{
		m.W1[0][0]*x[0] + m.W1[0][1]*x[1] + m.B1[0],
		m.W1[1][0]*x[0] + m.W1[1][1]*x[1] + m.B1[1],
	}
}

// Squash returns z = σ(a) with m's hidden activation.
func Squash(m *engine.MLP, a [2]float64) [2]float64 {
	return [2]float64{m.Hidden.F(a[0]), m.Hidden.F(a[1])}
}

// Morphed returns where input x is drawn, in the input plane's
// coordinates, at morph position t: x itself at 0, a = W^[1]x + b^[1] in
// AffineFrame at MorphAffine, z = σ(a) in HiddenFrame at 1, and on the
// straight line between the two ends of its stage in between.
func Morphed(m *engine.MLP, x [2]float64, t float64) [2]float64 {
	if !(t > 0) {
		return x
	}
	a := Affine(m, x)
	ua := AffineFrame(m).To(a)
	if t <= MorphAffine {
		return lerp2(x, ua, t/MorphAffine)
	}
	uz := HiddenFrame(m.Hidden).To(Squash(m, a))
	return lerp2(ua, uz, math.Min(1, (t-MorphAffine)/(1-MorphAffine)))
}

// MorphStage returns the stage t is in (0: input space, 1: the affine map,
// 2: the squashing) and how far along it is, 0…1.
func MorphStage(t float64) (stage int, k float64) {
	switch {
	case !(t > 0):
		return 0, 0
	case t <= MorphAffine:
		return 1, t / MorphAffine
	}
	return 2, math.Min(1, (t-MorphAffine)/(1-MorphAffine))
}

// NextMorph is where the morph key sends position t: on to the next stage
// boundary (0 → MorphAffine → 1), and from 1 back to 0.
func NextMorph(t float64) float64 {
	switch {
	case t < MorphAffine:
		return MorphAffine
	case t < 1:
		return 1
	}
	return 0
}

// Rank1 reports whether the first two hidden units' weights are parallel
// (det W^[1] = 0, as in the notes' ±20 network): the affine map then
// flattens the plane onto a line.
func Rank1(m *engine.MLP) bool {
	d := m.W1[0][0]*m.W1[1][1] - m.W1[0][1]*m.W1[1][0]
	n := math.Hypot(m.W1[0][0], m.W1[0][1]) * math.Hypot(m.W1[1][0], m.W1[1][1])
	return math.Abs(d) <= 1e-9*n
}

func lerp2(a, b [2]float64, k float64) [2]float64 {
	return [2]float64{a[0] + (b[0]-a[0])*k, a[1] + (b[1]-a[1])*k}
}
