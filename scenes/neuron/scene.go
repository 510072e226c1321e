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
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
	"github.com/neurona/neurona/scenes/ui/region"
)

// ID is the scene's identifier.
const ID = "neuron"

// actActivation cycles the activation (A).
const actActivation keymap.Action = ID + ".activation"

// maxRows is the number of points the side table lists.
const maxRows = 6

// Scene is the neuron scene.
type Scene struct {
	ui.About
	n      engine.Neuron
	sel    int // selected parameter (model.ParamTheta1 …)
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

	scroll ui.Scroll // the side panel's scroll

	// Cached for Draw.
	side     ui.Rect
	rows     []model.Row
	right    int
	curve    []float64 // the activation's curve, a, σ(a) pairs
	curveAct engine.Activation
	scratch  []float64    // Draw's buffer for the curve's screen points
	placer   place.Placer // Draw's label placer, reset every frame
	curvePl  place.Placer // the activation plot's placer
	curveImg curveLayer   // the activation plot's still parts
	curveOp  ebiten.DrawImageOptions
	panelImg panelLayer                    // the panel's still parts
	cell     []byte                        // the table's live cells' buffer
	clip     ui.Clip                       // the plane's part of the screen, kept from frame to frame
	grid     gridLayer                     // the plane's grid, axes and tick numbers
	xs       xCells                        // the table's x₁ and x₂ columns
	wrong    func(engine.Point) bool       // drawMistakes' test, made once
	marks    ui.Segments                   // Draw's batch of short lines (the probe's arms, the curve's dashes)
	text     ui.Recent[textKey, panelText] // the panel's text, formatted in Update
	memo     memos                         // its parts that change now and then
	hint     hintLines                     // the key hint, wrapped to the panel
}

// New returns the scene at the notes' AND-like table.
func New() *Scene {
	s := &Scene{
		About:    about,
		n:        presets[0].neuronOf(),
		data:     engine.NewDataset(presets[0].points()),
		plane:    ui.NewPlane(0, 0, 2.4),
		editor:   ui.NewEditor(),
		probe:    [2]float64{1, 1},
		curveAct: -1,
	}
	return s
}

// about is the scene's id, keys and mouse help: A cycles the activation;
// ↑ / ↓ and [ / ] nudge and choose θ₁, θ₂, b.
var about = ui.About{
	Name: ID,
	Keys: append([]keymap.Binding{
		{Action: actActivation, Key: "A", Help: "neuron.key.activation"},
	}, keymap.ParamBindings...),
	Mouse: []string{"neuron.mouse.theta", "neuron.mouse.line", "mouse.add", "mouse.drag", "mouse.remove"},
}

// regionAlpha is the opacity of the colour map where the output saturates.
const regionAlpha = 0x60

// Update implements ui.Scene.
func (s *Scene) Update(c *ui.Context) {
	main, side := ui.SplitMain(c)
	s.side = side
	s.scroll.Update(c, side)
	s.plane.Layout(main.Inset(c.Px(12)))
	c.Plane = s.plane.Rect

	for _, a := range c.Actions {
		s.action(c, a)
	}
	s.pointer(c)
	s.hover = dragNone
	if c.In.HasCursor && s.plane.Rect.Contains(c.In.CursorX, c.In.CursorY) {
		s.probe = s.plane.DataAt(c.In.CursorX, c.In.CursorY)
		s.hover = s.grabbable(c, c.In.CursorX, c.In.CursorY)
	}

	s.rows, s.right = model.TableRows(s.rows, s.n, s.data.Points(), maxRows)
	s.text.Get(textKey{n: s.n, probe: s.probe, lang: c.Lang, version: s.data.Version(), hover: s.editor.Hover, preset: s.preset},
		func(t *panelText) { s.fillText(c, t) })
	s.field = ui.NeuronField(s.n.Theta, s.n.B, s.n.Act)
	s.style = region.StyleFor(&s.plane, s.field, c.Theme, regionAlpha)
	if s.curveAct != s.n.Act {
		s.curve = model.Curve(s.curve[:0], s.n.Act)
		s.curveAct = s.n.Act
	}
}

// action applies one key action.
func (s *Scene) action(c *ui.Context, a ui.Action) {
	switch a.Action {
	case actActivation:
		s.n.Act = model.NextActivation(s.n.Act)
	case keymap.ParamNext, keymap.ParamPrev:
		s.sel = keymap.Cycle(a.Action, s.sel, model.NumParams)
	case keymap.ParamInc:
		s.nudge(model.Nudge)
	case keymap.ParamDec:
		s.nudge(-model.Nudge)
	case keymap.Preset:
		if a.Arg >= 1 && a.Arg <= len(presets) {
			s.applyPreset(a.Arg - 1)
			c.Notify(c.T(presets[a.Arg-1].name))
		}
	case keymap.Reset:
		s.n = presets[s.preset].neuronOf()
	}
}

// nudge moves the selected parameter by d.
func (s *Scene) nudge(d float64) {
	switch s.sel {
	case model.ParamTheta1:
		s.n.Theta[0] = model.Nudged(s.n.Theta[0], d)
	case model.ParamTheta2:
		s.n.Theta[1] = model.Nudged(s.n.Theta[1], d)
	case model.ParamB:
		s.n.B = model.Nudged(s.n.B, d)
	}
}
