package neuron

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/neuron/model"
)

// A preset is one of the logic tables a single neuron computes on (±1, ±1)
// with the sign activation (Shift+1 … Shift+3).
type preset struct {
	name    string // translation key of its caption
	theta   [2]float64
	b       float64
	classes [4]int // the class of each corner, in model.Corners' order
}

// presets: the notes' AND-like table (σ(−2 + −2 − 1) for the input
// (−1, −1), so θ₁ = θ₂ = 2 and b = −1), then OR and NAND.
var presets = []preset{
	{name: "neuron.preset.and", theta: [2]float64{2, 2}, b: -1, classes: [4]int{-1, -1, -1, 1}},
	{name: "neuron.preset.or", theta: [2]float64{2, 2}, b: 1, classes: [4]int{-1, 1, 1, 1}},
	{name: "neuron.preset.nand", theta: [2]float64{-2, -2}, b: 1, classes: [4]int{1, 1, 1, -1}},
}

// points returns the preset's table as data: each corner with its class.
func (p preset) points() []engine.Point {
	pts := make([]engine.Point, len(model.Corners))
	for i, x := range model.Corners {
		pts[i] = engine.Point{X: x, Y: p.classes[i]}
	}
	return pts
}

// neuronOf returns the preset's neuron, with the sign activation of the notes.
func (p preset) neuronOf() engine.Neuron {
	return engine.Neuron{Theta: p.theta, B: p.b, Act: engine.Sign}
}

// applyPreset loads preset i's neuron and table (undoably, as one edit).
func (s *Scene) applyPreset(i int) {
	p := presets[i]
	s.preset = i
	s.n = p.neuronOf()
	s.data.Replace(p.points())
}
