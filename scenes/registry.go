package scenes

import (
	"github.com/neurona/neurona/scenes/backprop"
	"github.com/neurona/neurona/scenes/embedding"
	"github.com/neurona/neurona/scenes/gradient"
	"github.com/neurona/neurona/scenes/neuron"
	"github.com/neurona/neurona/scenes/perceptron"
	"github.com/neurona/neurona/scenes/regression"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/xor"
)

// registry lists every scene, in the order of the lecture and of the
// number keys 1 … keymap.Scenes: its id (what its ID method returns; a
// test holds them equal) and how to make it.
var registry = [...]struct {
	id   string
	make func() ui.Scene
}{
	{neuron.ID, func() ui.Scene { return neuron.New() }},
	{perceptron.ID, func() ui.Scene { return perceptron.New() }},
	{xor.ID, func() ui.Scene { return xor.New() }},
	{gradient.ID, func() ui.Scene { return gradient.New() }},
	{backprop.ID, func() ui.Scene { return backprop.New() }},
	{regression.ID, func() ui.Scene { return regression.New() }},
	{embedding.ID, func() ui.Scene { return embedding.New() }},
}

// All returns a fresh instance of every scene, in the registry's order.
func All() []ui.Scene {
	out := make([]ui.Scene, len(registry))
	for i, r := range registry {
		out[i] = r.make()
	}
	return out
}

// sceneSet holds the game's scenes, one per entry of the registry, each
// made the first time it is needed (shown, or given a document to load),
// so that start-up makes only the scene shown first: making the others
// (their models, presets and caches) would delay the page's first frame.
// A nil entry is a scene not made yet. Copies of a sceneSet share its
// scenes.
type sceneSet []ui.Scene

// newSceneSet returns a set with no scene made yet.
func newSceneSet() sceneSet { return make(sceneSet, len(registry)) }

// at returns scene i, making it if it was not made yet.
func (s sceneSet) at(i int) ui.Scene {
	if s[i] == nil {
		s[i] = registry[i].make()
	}
	return s[i]
}

// id returns scene i's id without making it.
func (s sceneSet) id(i int) string {
	if s[i] != nil {
		return s[i].ID()
	}
	return registry[i].id
}

// index returns the position of the scene with the given id, or -1.
func (s sceneSet) index(id string) int {
	for i := range s {
		if s.id(i) == id {
			return i
		}
	}
	return -1
}

// made counts the scenes made so far.
func (s sceneSet) made() int {
	n := 0
	for _, sc := range s {
		if sc != nil {
			n++
		}
	}
	return n
}
