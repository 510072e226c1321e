// Package xor is the scene "xor": why XOR needs a second layer. It shows
// the notes' network (hidden z₁ = σ(20x₁ + 20x₂ − 10), z₂ = σ(−20x₁ −
// 20x₂ + 30), output σ(20z₁ + 20z₂ − 30)) with sign or sigmoid units: each
// hidden unit's line in its own colour, the output region, and the truth
// table computed live. A second plot shows hidden space (z₁, z₂), where
// the four points become linearly separable, and M morphs the whole input
// plane into it and back: the network as a converter of the data to a new
// vector space. N trains a network from scratch by gradient descent on the
// binary cross-entropy, on any points the teacher clicks.
package xor

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
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

// morphTicks is the length of the morph animation (1.5 s).
const morphTicks = 90

// Scene is the XOR scene.
type Scene struct {
	act      engine.Activation // sign or sigmoid, in both layers
	run      *run
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
	marks    ui.MarkerSet // the markers of a large data set, drawn as copies
	lossPlot ui.Plot      // keeps its drawing buffer between frames
}

// New returns the scene at the notes' network with the sign activation.
func New() *Scene {
	p := presets[0]
	s := &Scene{
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
	m := initial(s.training, s.hidden, s.seed)
	if s.run == nil {
		s.run = newRun(m, s.data.Points(), 0)
	} else {
		s.run.reset(m, s.data.Points(), 0)
	}
	s.player.Pause()
}

// net returns the current network with the scene's activation.
func (s *Scene) net() engine.MLP { return withAct(s.run.net(), s.act) }

// morphPos is the morph's current position, 0 (input) … 1 (hidden space).
func (s *Scene) morphPos() float64 {
	if !s.tween.Running() {
		return s.morphTo
	}
	return s.morphFrom + (s.morphTo-s.morphFrom)*s.tween.Eased()
}

// ID implements ui.Scene.
func (s *Scene) ID() string { return ID }

// Bindings implements ui.Scene.
func (s *Scene) Bindings() []keymap.Binding {
	return append([]keymap.Binding{
		{Action: actActivation, Key: "A", Help: "xor.key.activation"},
		{Action: actMorph, Key: "M", Help: "xor.key.morph"},
		{Action: actNew, Key: "N", Help: "xor.key.new"},
	}, keymap.ParamBindings...)
}

// MouseHelp implements ui.Scene.
func (s *Scene) MouseHelp() []string { return []string{"mouse.add", "mouse.drag", "mouse.remove"} }

// Playback implements the title bar's play status.
func (s *Scene) Playback() *ui.Player { return &s.player }

// Net returns the current network with its activation (for tests).
func (s *Scene) Net() engine.MLP { return s.net() }
