package regression

import (
	"math"
	"math/rand/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/regression/model"
)

// A preset is a data set with the network and α that fit it well
// (Shift+1 … Shift+5). The notes give the cost but no worked regression
// example, so the presets are the classic shapes.
type preset struct {
	name   string // translation key of its caption
	pts    func() []engine.Sample
	hidden int
	act    engine.Activation
	alpha  float64
	seed   int64
}

// defaultPreset is the one a fresh scene shows: the sine, where four tanh
// units visibly add up to the fit.
const defaultPreset = 2

var presets = []preset{
	{name: "regression.preset.line", pts: noisyLine, hidden: 0, act: engine.Tanh, alpha: 0.002, seed: 1},
	{name: "regression.preset.parabola", pts: parabola, hidden: 3, act: engine.Tanh, alpha: 0.005, seed: 1},
	{name: "regression.preset.sine", pts: sine, hidden: 4, act: engine.Tanh, alpha: 0.005, seed: 2},
	{name: "regression.preset.step", pts: step, hidden: 2, act: engine.Sigmoid, alpha: 0.02, seed: 1},
	{name: "regression.preset.outlier", pts: outlier, hidden: 0, act: engine.Tanh, alpha: 0.002, seed: 1},
}

// spread returns n samples of f over [lo, hi], x a little jittered and y
// with Gaussian noise of deviation noise, rounded to two decimals as a
// teacher would write them; the same seed gives the same set.
func spread(n int, lo, hi float64, f func(float64) float64, noise float64, seed uint64) []engine.Sample {
	r := rand.New(rand.NewPCG(seed, 11))
	out := make([]engine.Sample, n)
	w := (hi - lo) / float64(n)
	for i := range out {
		x := lo + w*(float64(i)+0.5) + (r.Float64()-0.5)*w*0.6
		y := f(x) + noise*r.NormFloat64()
		out[i] = engine.Sample{X: math.Round(x*100) / 100, Y: math.Round(y*100) / 100}
	}
	return out
}

func noisyLine() []engine.Sample {
	return spread(20, -3, 3, func(x float64) float64 { return 0.6*x + 0.5 }, 0.35, 1)
}

func parabola() []engine.Sample {
	return spread(25, -2.8, 2.8, func(x float64) float64 { return 0.35*x*x - 1 }, 0.2, 2)
}

func sine() []engine.Sample {
	return spread(30, -3.2, 3.2, func(x float64) float64 { return 1.5 * math.Sin(1.2*x) }, 0.12, 3)
}

func step() []engine.Sample {
	return spread(24, -3, 3, func(x float64) float64 {
		if x < 0 {
			return -1
		}
		return 1.5
	}, 0.1, 4)
}

// outlier is a cloud along a gentle line with one point far above it: the
// squared error pulls the line towards it (Q shows why: its square is
// most of J).
func outlier() []engine.Sample {
	pts := spread(15, -3, 3, func(x float64) float64 { return 0.3*x + 0.2 }, 0.3, 5)
	return append(pts, engine.Sample{X: 2.2, Y: 3.1})
}

// applyPreset loads preset i: its points (undoably, as one edit), its
// network, α and seed, and the default view.
func (s *Scene) applyPreset(i int) {
	p := presets[i]
	s.preset = i
	data := p.pts()
	s.data.Replace(model.Points(data))
	s.view = model.Fit(data)
	s.hidden, s.act, s.alpha, s.seed = p.hidden, p.act, p.alpha, p.seed
	s.unit = -1
	s.restart()
}
