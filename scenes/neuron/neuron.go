// Package neuron is the scene "neuron": one artificial neuron with two
// inputs, σ(θ₁x₁ + θ₂x₂ + b) = ŷ, as the lecture introduces it. The plane
// shows the neuron's output as a colour map, the line a = 0 (the
// hyperplane) and θ as the arrow normal to it; dragging the arrow's tip
// changes θ₁, θ₂ and dragging the line moves b. Beside it: the
// activation's curve with the potential a_k of the point under the mouse,
// the equation with live numbers, and the notes' AND-like table computed
// live (OR and NAND as further presets).
package neuron

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// ID is the scene's identifier.
const ID = "neuron"

// actActivation cycles the activation (A).
const actActivation keymap.Action = ID + ".activation"

// maxRows is the number of points the side table lists.
const maxRows = 6

// dragKind says what a press on the plane is dragging.
type dragKind int

const (
	dragNone        dragKind = iota
	dragTip                  // the tip of θ: θ₁, θ₂ follow the pointer
	dragLinePending          // a press on the line that has not moved yet (a click adds a point)
	dragLine                 // the line: b follows the pointer along θ
)

// Scene is the neuron scene.
type Scene struct {
	n      engine.Neuron
	sel    int // selected parameter (paramTheta1 …)
	preset int // index of the preset R returns to
	data   *engine.Dataset

	plane  ui.Plane
	editor ui.Editor
	field  ui.FieldModel // the neuron's output, for the GPU colour map
	style  ui.FieldStyle

	// The point whose potential the panel explains: the pointer when it is
	// over the plane, else the last place it was.
	probe [2]float64

	drag      dragKind
	hover     dragKind   // what a press would grab where the pointer is (dragTip, dragLine or dragNone)
	dragFrom  [2]float64 // data point where the line drag began
	dragPress ui.PointerEvent
	dragB     float64 // b when the line drag began
	fwd       []ui.PointerEvent

	// Cached for Draw.
	side     ui.Rect
	rows     []row
	right    int
	curve    []float64 // the activation's curve, a, σ(a) pairs
	curveAct engine.Activation
	scratch  []float64 // Draw's buffer for the curve's screen points
}

// New returns the scene at the notes' AND-like table.
func New() *Scene {
	s := &Scene{
		n:        presets[0].neuronOf(),
		data:     engine.NewDataset(presets[0].points()),
		plane:    ui.NewPlane(0, 0, 2.4),
		editor:   ui.NewEditor(),
		probe:    [2]float64{1, 1},
		curveAct: -1,
	}
	return s
}

// applyPreset loads preset i's neuron and table (undoably, as one edit).
func (s *Scene) applyPreset(i int) {
	p := presets[i]
	s.preset = i
	s.n = p.neuronOf()
	s.data.Replace(p.points())
}

// ID implements ui.Scene.
func (s *Scene) ID() string { return ID }

// Bindings implements ui.Scene: A cycles the activation; ↑ / ↓ and [ / ]
// nudge and choose θ₁, θ₂, b.
func (s *Scene) Bindings() []keymap.Binding {
	return append([]keymap.Binding{
		{Action: actActivation, Key: "A", Help: "neuron.key.activation"},
	}, keymap.ParamBindings...)
}

// MouseHelp implements ui.Scene.
func (s *Scene) MouseHelp() []string {
	return []string{"neuron.mouse.theta", "neuron.mouse.line", "mouse.add", "mouse.drag", "mouse.remove"}
}

// Neuron returns the scene's neuron (for tests).
func (s *Scene) Neuron() engine.Neuron { return s.n }
