// Package region holds what the neuron and XOR scenes share to show a
// model over a plane: the style of its output's colour map (drawn per
// pixel on the GPU by ui.DrawField), unit lines and their labels, clipped
// regions, hatching, parameter cells and number formatting.
package region

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// Style returns the colour map for outputs of act in theme th's class
// colours, for ui.DrawField: transparent at σ(0), the output of potential
// 0 (the line a = 0, where the colour turns), so that the grid shows
// through and the steepness of σ reads, and reaching opacity alpha at the
// ends of the activation's range. Unbounded activations (ReLU, the
// identity) reach it at top, the largest output in view (see ViewMax).
func Style(act engine.Activation, th *ui.Theme, alpha uint8, top float64) ui.FieldStyle {
	mid := act.F(0)
	lo, hi := act.Range()
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		// Symmetric about σ(0): the middle of the ramp is the turn.
		if !(top > mid) || math.IsInf(top, 0) {
			top = mid + 1
		}
		hi = top
		lo = 2*mid - hi
	}
	if act == engine.Sigmoid || act == engine.Arctan || act == engine.Tanh {
		// Saturate a little before the asymptotes, so a steep unit looks
		// like a step and a gentle one like a slope.
		lo, hi = mid+(lo-mid)*0.95, mid+(hi-mid)*0.95
	}
	return ui.FieldStyle{
		Lo: lo, Hi: hi, UseMid: true,
		Neg: ui.WithAlpha(th.ClassNeg, alpha), Pos: ui.WithAlpha(th.ClassPos, alpha),
	}
}

// viewSamples is the side of the grid ViewMax samples a network on.
const viewSamples = 48

// ViewMax returns the largest output of m over the plane's visible window
// (−Inf if none is finite): exact for one neuron (its potential is linear
// and every activation is non-decreasing, so the largest output is at a
// corner), sampled on a grid for a network. Call it from Update, only for
// unbounded activations: it is what Style's top needs.
func ViewMax(p *ui.Plane, m ui.FieldModel) float64 {
	best := math.Inf(-1)
	put := func(v float64) {
		if v > best && !math.IsInf(v, 0) {
			best = v
		}
	}
	if m.H <= 0 {
		for _, x := range [][2]float64{{p.XMin, p.YMin}, {p.XMin, p.YMax}, {p.XMax, p.YMin}, {p.XMax, p.YMax}} {
			put(m.Output(x))
		}
		return best
	}
	for i := range viewSamples {
		for j := range viewSamples {
			x := p.XMin + (p.XMax-p.XMin)*float64(i)/(viewSamples-1)
			y := p.YMin + (p.YMax-p.YMin)*float64(j)/(viewSamples-1)
			put(m.Output([2]float64{x, y}))
		}
	}
	return best
}

// StyleFor is Style for model m's output activation, taking top from the
// plane's view only when the activation is unbounded.
func StyleFor(p *ui.Plane, m ui.FieldModel, th *ui.Theme, alpha uint8) ui.FieldStyle {
	top := 0.0
	if lo, hi := m.Out.Range(); math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		top = ViewMax(p, m)
	}
	return Style(m.Out, th, alpha, top)
}
