package scenes

import (
	"github.com/neurona/neurona/scenes/backprop"
	"github.com/neurona/neurona/scenes/gradient"
	"github.com/neurona/neurona/scenes/neuron"
	"github.com/neurona/neurona/scenes/perceptron"
	"github.com/neurona/neurona/scenes/regression"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/xor"
)

// All returns a fresh instance of every scene, in the order of the
// lecture and of the number keys 1 … keymap.Scenes.
func All() []ui.Scene {
	return []ui.Scene{
		neuron.New(),
		perceptron.New(),
		xor.New(),
		gradient.New(),
		backprop.New(),
		regression.New(),
	}
}
