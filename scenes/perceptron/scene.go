// Package perceptron is the scene "perceptron", the centre of the lecture: a
// teacher builds a data set by clicking and walks the class through the
// perceptron rule one update at a time. The line θ·x + b = 0 moves with every
// mistake, θ is drawn normal to it with each update Δθ added tip to tail, and
// Novikoff's theorem is drawn beside it: R, the maximum-margin separator w*
// with its γ-band, the count of mistakes against R²/γ², and the two
// inequalities of the proof as curves.
package perceptron

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/perceptron/model"
	"github.com/neurona/neurona/scenes/ui"
)

// ID is the scene's identifier.
const ID = "perceptron"

// Scene actions (the scene's own keys).
const (
	actRule     keymap.Action = "perceptron.rule"
	actOrder    keymap.Action = "perceptron.order"
	actNovikoff keymap.Action = "perceptron.novikoff"
	actBias     keymap.Action = "perceptron.bias"
	actTie      keymap.Action = "perceptron.tie"
)

// tweenTicks is the length of the line's move after an update (0.4 s).
const tweenTicks = 24

// flashTicks is how long "no update" stays bright after a correct point.
const flashTicks = 45

// weights is one position of the line: θ and b.
type weights struct {
	w [2]float64
	b float64
}

// lerp returns the weights t of the way from a to b.
func lerp(a, b weights, t float64) weights {
	return weights{
		w: [2]float64{a.w[0] + (b.w[0]-a.w[0])*t, a.w[1] + (b.w[1]-a.w[1])*t},
		b: a.b + (b.b-a.b)*t,
	}
}

// Scene is the perceptron scene. Update changes it; Draw only reads it.
type Scene struct {
	ui.About
	scroll [2]ui.Scroll // the side panel's columns (one, or two on a wide short panel)
	run    *model.Run
	plane  ui.Plane
	editor ui.Editor
	player ui.Player

	tween     ui.Tween
	from, to  weights // the line's move during the tween
	flashTick uint64  // tick of the last step that found a correct point
	flashOn   bool
	tick      uint64

	showNov       bool                    // draw R, w* and the γ-band on the plane
	preset        int                     // the preset last loaded (1 …), 0 for none
	presetVersion uint64                  // the data's version right after the preset was loaded
	presetCfg     engine.PerceptronConfig // the settings it brought
	playEpoch     int                     // the epoch at which playing started
	novStale      bool                    // Novikoff's quantities wait for a drag to end

	layer        *ebiten.Image // the points, drawn once per change of data or layout
	layerKey     layerKey
	circleAngle  float64 // where the circle max‖x‖ is labelled, away from the points
	angleSet     bool
	angleVersion uint64 // the data version circleAngle was placed for

	plots plots
	lab   labels                        // the plane's placed labels, placed in Update
	text  ui.Recent[textKey, panelText] // the panel's changing text, formatted in Update
	xy    []float64                     // Draw's buffer for polygons' screen points
	clip  ui.Clip                       // the plane's part of the screen, kept from frame to frame
}

// New returns the scene with the lecture's three-point example loaded.
func New() *Scene {
	s := &Scene{
		About:   about,
		run:     model.NewRun(nil),
		plane:   ui.NewPlane(0, 0, 2),
		editor:  ui.NewEditor(),
		player:  ui.NewPlayer(),
		showNov: true,
	}
	s.loadPreset(1)
	return s
}

// about is the scene's id, keys and mouse help: U switches the rule, B the
// bias, 0 what a point on the line (a = 0) counts as, O the order of
// visits, N shows or hides Novikoff's drawing, ↑ / ↓ change α.
var about = ui.About{
	Name: ID,
	Keys: []keymap.Binding{
		{Action: actRule, Key: "U", Help: "perceptron.key.rule"},
		{Action: actBias, Key: "B", Help: "perceptron.key.bias"},
		{Action: actTie, Key: "Digit0", Help: "perceptron.key.tie"},
		{Action: keymap.ParamInc, Key: "ArrowUp", Help: "perceptron.key.alpha.up"},
		{Action: keymap.ParamDec, Key: "ArrowDown", Help: "perceptron.key.alpha.down"},
		{Action: actOrder, Key: "O", Help: "perceptron.key.order"},
		{Action: actNovikoff, Key: "N", Help: "perceptron.key.novikoff"},
	},
	Mouse: []string{"mouse.add", "mouse.drag", "mouse.remove", "perceptron.mouse.reset"},
}

// Playback is the player the title bar shows.
func (s *Scene) Playback() *ui.Player { return &s.player }

// Update lays the scene out, applies the tick's edits and keys, and plays.
func (s *Scene) Update(c *ui.Context) {
	s.tick = c.Tick
	main, side := ui.SplitMain(c)
	s.plane.Layout(main.Inset(c.Px(12)))
	c.Plane = s.plane.Rect
	left, right := panelRects(c, side)
	s.scroll[0].Update(c, left)
	s.scroll[1].Update(c, right)

	wasPlaying := s.player.Playing
	s.player.HandleActions(c)
	if s.player.Playing && !wasPlaying {
		s.startPlaying(c)
	}
	if e := s.editor.Update(c, &s.plane, s.run.Data); e != ui.EditNone {
		s.edited(c, e)
	}
	if s.novStale && !s.editor.Dragging() {
		// A drag of a large set ended (possibly where it began).
		s.run.DataChanged()
		s.novStale = false
	}
	for _, a := range c.Actions {
		s.action(c, a)
	}
	s.player.Run(func() bool { return s.playStep(c) })
	if s.tween.Running() || s.flashOn && c.Tick-s.flashTick <= flashTicks {
		c.Animating() // the line moving, "no update" fading
	}
	s.tween.Advance()
	s.refreshAngle()
	s.plots.refresh(s.run)
	s.placeLabels(c)
	s.updateText(c)
}

// shown returns the weights the line is drawn at: moving during a tween,
// the perceptron's own otherwise.
func (s *Scene) shown() weights {
	cur := weights{s.run.P.W(), s.run.P.B()}
	if s.tween.Running() {
		return lerp(s.from, s.to, s.tween.Eased())
	}
	return cur
}

// presetActive reports which preset is still shown: its data unedited and
// its settings unchanged (0 otherwise), so that its caption never describes
// something else.
func (s *Scene) presetActive() int {
	if s.preset > 0 && s.run.Data.Version() == s.presetVersion && s.run.Cfg == s.presetCfg {
		return s.preset
	}
	return 0
}

// stopAnimation ends the tween and the flash: the display jumps to the
// model's state.
func (s *Scene) stopAnimation() {
	s.tween = ui.Tween{}
	s.flashOn = false
}

// fitPlane zooms the plane so that every point and the circle of radius
// max‖x‖ are in view, around the origin.
func (s *Scene) fitPlane() {
	if s.run.Data.Len() > 0 {
		s.plane.Half = model.NiceHalf(s.run.MaxNorm)
	}
	s.plane.CX, s.plane.CY = 0, 0
}

// lectureConfig is the notes' setting for the three-point example: the ±1
// rule, α = 1, cyclic order, w⁰ = 0 and sign(0) = +1, without a bias as
// the notes iterate it (bias false) or with one.
func lectureConfig(bias bool) engine.PerceptronConfig {
	return engine.PerceptronConfig{Rule: engine.PlusMinus, Alpha: 1, Order: engine.Cyclic, NoBias: !bias, Tie: engine.TiePositive}
}
