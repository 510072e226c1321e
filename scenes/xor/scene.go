// Package xor is the scene "xor": why XOR needs a second layer. It shows
// the notes' network (hidden z₁ = σ(20x₁ + 20x₂ − 10), z₂ = σ(−20x₁ −
// 20x₂ + 30), output σ(20z₁ + 20z₂ − 30)) with sign or sigmoid units: each
// hidden unit's line in its own colour, the output region, and the truth
// table computed live. A second plot shows hidden space (z₁, z₂), where
// the four points become linearly separable, and M morphs the whole input
// plane into it in two stages, the affine map a = W^[1]x + b^[1] and then
// the squashing z = σ(a), and back: the network as a converter of the data
// to a new vector space. N trains a network from scratch by gradient descent on the
// binary cross-entropy, on any points the teacher clicks.
package xor

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/xor/model"
)

// ID is the scene's identifier.
const ID = "xor"

// The scene's own actions.
const (
	actActivation keymap.Action = ID + ".activation" // A: sign ↔ sigmoid
	actMorph      keymap.Action = ID + ".morph"      // M: input plane ↔ hidden space
	actNew        keymap.Action = ID + ".new"        // N: new random weights, train
)

// The parameters ↑ / ↓ change, in the order [ / ] visit them.
const (
	paramLR = iota
	paramHidden
	paramSeed
	numParams
)

var paramIDs = [numParams]string{"lr", "hidden", "seed"}

// morphTicks is the length of the whole morph (1.5 s); each of its two
// stages takes half.
const morphTicks = 90

// Scene is the XOR scene.
type Scene struct {
	ui.About
	scroll   ui.Scroll         // the side panel's scroll
	act      engine.Activation // sign or sigmoid, in both layers
	run      *model.Run
	training bool // the network is a seeded random start, not the notes'
	hidden   int  // H of the next random start
	seed     int64
	lr       float64
	sel      int // selected parameter
	data     *engine.Dataset

	plane  ui.Plane // input space (x₁, x₂)
	zplane ui.Plane // hidden space (z₁, z₂)
	editor ui.Editor
	player ui.Player

	// The morph between input and hidden space: morphFrom → morphTo.
	tween     ui.Tween
	morphFrom float64
	morphTo   float64

	// The colour maps, drawn per pixel on the GPU: ŷ over the input plane,
	// and the output unit over hidden space (H = 2).
	field, zfield ui.FieldModel
	style, zstyle ui.FieldStyle

	v        view         // what Draw shows, computed in Update
	marks    ui.MarkerSet // the points' markers, drawn as copies of two sprites
	lossPlot ui.Plot      // keeps its drawing buffer between frames
	series   [2]ui.Series // the loss curve's series, past and ahead
	ptext    panelText    // the panel's text that changes now and then
	text     []byte       // the buffer numbers that change are written in

	still      ui.Layer // the still parts of the picture (draw.go)
	stillDraws int      // how many times the still layer was drawn (tests)

	inClip, hidClip ui.Clip // the planes' parts of the screen, kept between frames

	cache caches // the panel and the loss curve, cached (caches.go)
}

// New returns the scene at the notes' network with the sign activation.
func New() *Scene {
	p := presets[0]
	s := &Scene{
		About:  about,
		data:   engine.NewDataset(p.pts()),
		plane:  ui.NewPlane(0.5, 0.5, 1.05),
		zplane: ui.NewPlane(0.5, 0.5, 0.8),
		editor: ui.NewEditor(),
		player: ui.NewPlayer(),
	}
	s.setPreset(p)
	return s
}

// setPreset applies a preset's settings (not its points) and restarts.
func (s *Scene) setPreset(p preset) {
	s.act, s.training, s.hidden, s.seed, s.lr = p.act, p.training, p.hidden, p.seed, p.lr
	s.restart()
}

// restart begins a new run from the current settings' first network.
func (s *Scene) restart() {
	m := model.Initial(s.training, s.hidden, s.seed)
	if s.run == nil {
		s.run = model.NewRun(m, s.data.Points(), 0)
	} else {
		s.run.Reset(m, s.data.Points(), 0)
	}
	s.player.Pause()
}

// net returns the current network with the scene's activation.
//
// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (s *Scene) net() engine.MLP { return model.WithAct(s.run.Net(), s.act) }

// morphPos is the morph's current position: 0 input space, ½ the affine
// map's image (model.MorphAffine), 1 hidden space.
func (s *Scene) morphPos() float64 {
	if !s.tween.Running() {
		return s.morphTo
	}
	return s.morphFrom + (s.morphTo-s.morphFrom)*s.tween.Eased()
}

// about is the scene's id, keys and mouse help.
var about = ui.About{
	Name: ID,
	Keys: append([]keymap.Binding{
		{Action: actActivation, Key: "A", Help: "xor.key.activation"},
		{Action: actMorph, Key: "M", Help: "xor.key.morph"},
		{Action: actNew, Key: "N", Help: "xor.key.new"},
	}, keymap.ParamBindings...),
	Mouse: []string{"mouse.add", "mouse.drag", "mouse.remove"},
}

// Playback implements the title bar's play status.
func (s *Scene) Playback() *ui.Player { return &s.player }

// Update implements ui.Scene.
func (s *Scene) Update(c *ui.Context) {
	s.layout(c)
	c.Plane = s.plane.Rect

	s.player.Dispatch(c, s.action)
	s.editor.Update(c, &s.plane, s.data)

	if s.tween.Running() {
		c.Animating()
		s.tween.Advance()
	}
	// The speed played and shown is what the work budget allows.
	s.player.Cap = ui.TPS * float64(model.StepsThisTick(math.MaxInt, s.data.Len(), s.run.Net().H))
	if n := model.StepsThisTick(s.player.Tick(), s.data.Len(), s.run.Net().H); n > 0 {
		s.train(c, n)
	}
	s.refresh(c)
	s.countChanges()
}

// action applies one key action.
func (s *Scene) action(c *ui.Context, a ui.Action) {
	switch a.Action {
	case actActivation:
		if s.act == engine.Sign {
			s.act = engine.Sigmoid
		} else {
			s.act = engine.Sign
		}
	case actMorph:
		// On to the next stage: the affine map, the squashing, back.
		from := s.morphPos()
		s.morphFrom, s.morphTo = from, model.NextMorph(s.morphTo)
		s.tween.Start(max(1, int(morphTicks*math.Abs(s.morphTo-from))))
	case actNew:
		s.seed++
		s.training = true
		s.restart()
		s.player.Playing = true
		for ui.Speeds[s.player.Speed] < 60 { // fast enough to watch it learn
			s.player.Faster()
		}
		c.Notify(c.Tf("xor.msg.new", s.hidden, s.seed))
	case keymap.ParamNext, keymap.ParamPrev:
		s.sel = keymap.Cycle(a.Action, s.sel, numParams)
	case keymap.ParamInc, keymap.ParamDec:
		s.nudge(a.Action == keymap.ParamInc)
	case keymap.Step:
		if s.tween.Running() {
			s.tween.Finish()
			break
		}
		s.player.Pause()
		s.train(c, 1)
	case keymap.Back, keymap.Forward:
		s.player.Browse(a.Action, s.run)
	case keymap.Reset:
		s.restart()
	case keymap.Preset:
		if a.Arg >= 1 && a.Arg <= len(presets) {
			p := presets[a.Arg-1]
			s.data.Replace(p.pts())
			s.setPreset(p)
			c.Notify(c.T(p.name))
		}
	}
}

// nudge moves the selected parameter one notch up or down. A new width or
// seed starts a new random network.
func (s *Scene) nudge(up bool) {
	d := -1
	if up {
		d = 1
	}
	switch s.sel {
	case paramLR:
		s.lr = lrLadder.Step(s.lr, up)
	case paramHidden:
		h := min(max(s.hidden+d, model.MinHidden), model.MaxHidden)
		if h == s.hidden && s.training {
			return
		}
		s.hidden, s.training = h, true
		playing := s.player.Playing
		s.restart()
		s.player.Playing = playing
	case paramSeed:
		s.seed = max(0, s.seed+int64(d))
		s.training = true
		playing := s.player.Playing
		s.restart()
		s.player.Playing = playing
	}
}

// train takes n gradient steps; the sign has no gradient, so training
// switches the units to the sigmoid first, saying so.
func (s *Scene) train(c *ui.Context, n int) {
	if s.act != engine.Sigmoid {
		s.act = engine.Sigmoid
		c.Notify(c.T("xor.msg.sigmoid"))
	}
	if !s.run.Steps(s.data.Points(), s.lr, n) {
		s.player.Pause()
		c.Notify(c.T("xor.msg.diverged"))
	}
}

// lrLadder is what ↑ / ↓ step the learning rate α through; a loaded
// document may hold any α in (0, engine.MaxLR].
var lrLadder = ui.Ladder{0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 1e3, 1e4, 1e5, 1e6}
