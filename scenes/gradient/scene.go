// Package gradient is the scene "gradient": one sigmoid neuron
// z = θ₁x₁ + θ₂x₂ + b, ŷ = σ(z), trained by gradient descent on the points
// of the plane, with the loss J(θ₁, θ₂) drawn as a contour map, the descent
// path and the negative gradient, and the lecture's formulas with live
// numbers in the side panel.
package gradient

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/gradient/model"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// ID is the scene's identifier.
const ID = "gradient"

// toggleLoss switches between BCE and the squared error.
const toggleLoss keymap.Action = ID + ".loss"

// Scene is the gradient-descent scene.
type Scene struct {
	ui.About
	tr     *model.Trainer
	plane  ui.Plane // the data
	tplane ui.Plane // the loss map, in (θ₁, θ₂)
	editor ui.Editor
	player ui.Player
	lay    layout
	layKey layoutKey // what lay was computed for
	land   landscape
	v      view // what Draw shows, derived in Update
	scroll ui.Scroll
	gfx    rasters
	plot   ui.Plot
	layer  ui.Layer              // the views' picture, redrawn in Draw when it changed
	lkey   ui.LayerKey[viewsKey] // its key
	panel  ui.Layer              // the panel's picture
	pkey   ui.LayerKey[panelKey] // its key
	// The pictures' drawing functions, made once, and their contexts and
	// parts, kept: a frame that copies them allocates nothing.
	drawViews, drawSide func(dst *ebiten.Image, lc *ui.Context)
	vc, pc              ui.Context
	vclip, pclip        ui.Clip
	panels              []ui.PanelReport // where the panel's drawing reports, unread (Scroll.Report reports it)
	placer              place.Placer     // the loss map's label placer
	gen                 int              // counts the ticks that may have changed something but the loss map
	mapGen              int              // counts the loss map's changes
	redrawn             [2]int           // the views' and the panel's pictures drawn since made (for tests)
}

// New returns the scene with the default data set.
func New() *Scene {
	s := &Scene{
		About:  about,
		tr:     model.NewTrainer(presets[0]),
		plane:  ui.NewPlane(0, 0, 3),
		tplane: ui.NewPlane(0, 0, viewHalves[0]),
		editor: ui.NewEditor(),
		player: ui.NewPlayer(),
	}
	s.v.explain = -1
	return s
}

// about is the scene's id, keys and mouse help: J (loss function) and
// ↑ / ↓ for α; the mouse edits the points, and a click on the loss map
// starts the descent there.
var about = ui.About{
	Name: ID,
	Keys: append([]keymap.Binding{
		{Action: toggleLoss, Key: "J", Help: "gradient.key.loss"},
	}, ui.NudgeKeys()...),
	Mouse: []string{"mouse.add", "mouse.drag", "mouse.remove", "gradient.mouse.map"},
}

// Playback is the player the title bar reports.
func (s *Scene) Playback() *ui.Player { return &s.player }

// Update lays out, applies keys and pointer, plays, and derives the view.
func (s *Scene) Update(c *ui.Context) {
	// The layout measures the captions and legends: laid out again only
	// when the window, the scale or the language changed.
	if k := (layoutKey{c.Bounds, c.Scale, c.Zoom, c.Lang}); k != s.layKey {
		s.layKey, s.lay = k, computeLayout(c)
	}
	s.scroll.Update(c, s.lay.side)
	s.plane.Layout(s.lay.plane)
	s.tplane.Layout(s.lay.loss)
	c.Plane = s.plane.Rect
	if len(c.Actions) > 0 || len(c.In.Pointer) > 0 {
		s.gen++ // α, the loss, the data or the history may have changed
	}
	s.player.HandleActions(c)
	if s.player.Playing && s.tr.Cur().Div {
		s.step(c) // refused: pauses and says why
	}
	for _, a := range c.Actions {
		s.action(c, a)
	}
	s.pointer(c)
	s.player.Run(func() bool { return s.step(c) })
	s.derive(c)
}

// layoutKey is what the layout depends on.
type layoutKey struct {
	Bounds      ui.Rect
	Scale, Zoom float64
	Lang        i18n.Lang
}

// viewsKey is what the views' picture depends on besides the context:
// the ticks with input or a step, the loss map's changes, and the point
// explained (ringed; it follows the pointer).
type viewsKey struct {
	Gen, Map, Explain int
}

// panelKey is what the panel's picture depends on besides the context:
// the ticks with input or a step, the point it explains, and its scroll.
type panelKey struct {
	Gen, Explain int
	Scroll       float64
}

// action applies one key action.
func (s *Scene) action(c *ui.Context, a ui.Action) {
	t := s.tr
	switch a.Action {
	case keymap.Step:
		s.step(c)
	case keymap.Back:
		s.player.Pause()
		if !t.Hist.Back() && t.K0 > 0 {
			c.Notify(c.Tf("gradient.msg.oldest", t.K0, model.MaxHistory/2))
		}
	case keymap.Forward:
		t.Hist.Forward()
	case keymap.Reset:
		s.player.Pause()
		t.Reset()
	case keymap.Preset:
		if a.Arg >= 1 && a.Arg <= len(presets) {
			s.player.Pause()
			t.Data.Replace(presets[a.Arg-1])
			t.Reset()
		}
	case keymap.ParamInc, keymap.ParamDec:
		t.Alpha = alphaSteps.Step(t.Alpha, a.Action == keymap.ParamInc)
	case toggleLoss:
		if t.Loss == engine.BCE {
			t.SetLoss(engine.MSE)
		} else {
			t.SetLoss(engine.BCE)
		}
	}
}

// step takes one descent step and reports whether playing may go on;
// anything but a plain step pauses and tells the teacher why.
func (s *Scene) step(c *ui.Context) bool {
	r := s.tr.Step()
	s.gen++
	msg := ""
	switch r {
	case model.Stepped:
		if !s.tr.Cur().Div {
			return true
		}
		msg = "gradient.diverged"
	case model.NoData:
		msg = "gradient.nodata"
	case model.Stuck, model.Refused:
		msg = "gradient.diverged"
	case model.Converged:
		msg = "gradient.converged"
	}
	s.player.Pause()
	c.Notify(c.T(msg))
	return false
}

// pointer edits the data on the plane; a press on the loss map restarts the
// descent from the θ under the pointer, at the current b.
func (s *Scene) pointer(c *ui.Context) {
	for _, ev := range c.In.Pointer {
		if ev.Kind == ui.PointerDown && s.lay.loss.Contains(ev.X, ev.Y) && !s.editor.Dragging() {
			th := s.tplane.DataAt(ev.X, ev.Y)
			s.player.Pause()
			s.tr.Restart(engine.Logistic{Theta: th, B: s.tr.Cur().M.B})
		}
	}
	if e := s.editor.Update(c, &s.plane, s.tr.Data); e != ui.EditNone {
		s.tr.DataChanged()
	}
}

// alphaSteps are the learning rates ↑ / ↓ move α between.
var alphaSteps = ui.Ladder125(0.001, engine.MaxLR)
