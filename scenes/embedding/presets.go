package embedding

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
)

// A preset is a data set and a network that show one idea (Shift+1 … Shift+9).
type preset struct {
	name   string // translation key of its caption
	data   engine.DataKind
	n      int
	noise  float64
	hidden []int
	act    engine.Activation
	lr     float64
	batch  int
	view   string
}

// presets: first the two-class shapes with a last hidden layer of two
// units, whose space is drawn as it is (the classes become separable by a
// line there), then three and four classes, then a thousand points with
// four layers of eight and t-SNE.
var presets = []preset{
	{name: "embedding.preset.moons", data: engine.MoonsData, n: 200, noise: 0.1, hidden: []int{8, 2}, act: engine.Tanh, lr: 0.1, batch: 0, view: model.ViewLayer},
	{name: "embedding.preset.xor", data: engine.XORData, n: 200, noise: 0.1, hidden: []int{4, 2}, act: engine.Tanh, lr: 0.1, batch: 0, view: model.ViewLayer},
	{name: "embedding.preset.circle", data: engine.CircleData, n: 200, noise: 0.1, hidden: []int{6, 2}, act: engine.Tanh, lr: 0.1, batch: 0, view: model.ViewLayer},
	{name: "embedding.preset.spiral", data: engine.SpiralData, n: 300, noise: 0.05, hidden: []int{8, 8, 8, 2}, act: engine.Tanh, lr: 0.1, batch: 16, view: model.ViewLayer},
	{name: "embedding.preset.blobs", data: engine.BlobsData, n: 100, noise: 0.2, hidden: []int{2}, act: engine.Sigmoid, lr: 0.5, batch: 0, view: model.ViewLayer},
	{name: "embedding.preset.blobs3", data: engine.Blobs3Data, n: 150, noise: 0.2, hidden: []int{4, 2}, act: engine.Tanh, lr: 0.1, batch: 0, view: model.ViewLayer},
	{name: "embedding.preset.blobs4", data: engine.Blobs4Data, n: 200, noise: 0.2, hidden: []int{8, 8}, act: engine.ReLU, lr: 0.05, batch: 0, view: model.ViewPCA},
	{name: "embedding.preset.spiral3", data: engine.Spiral3Data, n: 300, noise: 0.05, hidden: []int{8, 8, 8}, act: engine.Tanh, lr: 0.05, batch: 16, view: model.ViewPCA},
	{name: "embedding.preset.tsne", data: engine.SpiralData, n: 1000, noise: 0.05, hidden: []int{8, 8, 8, 8}, act: engine.Tanh, lr: 0.1, batch: 32, view: model.ViewTSNE},
}

// applyPreset loads preset i: its data (undoably), network and view.
func (s *Scene) applyPreset(i int) {
	p := presets[i]
	s.preset = i
	s.n, s.noise, s.split, s.seed = p.n, p.noise, 0.3, 1
	s.layers = len(p.hidden)
	s.hidden = [engine.MaxLayers]int{}
	copy(s.hidden[:], p.hidden)
	s.act, s.lr, s.batch, s.l2 = p.act, p.lr, p.batch, 0
	s.layer = s.layers
	s.view = p.view
	s.perp = 30
	s.player.Pause()
	s.setData(p.data.String())
	s.v.plane.CX, s.v.plane.CY, s.dataHalf = model.Bounds(s.pts)
}
