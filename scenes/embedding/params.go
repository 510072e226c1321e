package embedding

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/ui"
)

// The parameter cells, in the order [ / ] choose them.
const (
	paramData = iota
	paramNoise
	paramSplit
	paramSeed
	paramLayers
	paramLayer
	paramUnits
	paramAct
	paramLR
	paramBatch
	paramL2
	paramView
	paramPerp
	numParams
)

// Limits of the settings (also the state document's).
const (
	maxSplit = 0.9
	minSplit = 0.1
	maxSeed  = 1 << 40
)

// splitSteps are the test fractions ↑ / ↓ step through (10 % … 90 %).
var splitSteps = []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}

// noiseSteps are the noise settings.
var noiseSteps = []float64{0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1}

// params returns the cells' names and values for the panel.
func (s *Scene) params(c *ui.Context) [numParams]ui.Param {
	batch := c.T("embedding.batch.full")
	if s.batch > 0 {
		batch = ui.Int(s.batch)
	}
	noise := ui.Fixed(s.noise)
	if s.dataset == Custom {
		noise = "—"
	}
	return [numParams]ui.Param{
		{Name: c.T("embedding.p.data"), Value: c.T("embedding.data." + s.dataset)},
		{Name: c.T("embedding.p.noise"), Value: noise},
		{Name: c.T("embedding.p.split"), Value: ui.Int(int(math.Round(100*s.split))) + " %"},
		{Name: c.T("embedding.p.seed"), Value: ui.Int(int(s.seed))},
		{Name: "L", Value: ui.Int(s.layers)},
		{Name: c.T("embedding.p.layer"), Value: ui.Int(s.layer)},
		{Name: "h^{[" + ui.Int(s.layer) + "]}", Value: ui.Int(s.hidden[s.layer-1])},
		{Name: "σ", Value: c.T("embedding.act." + s.act.String())},
		{Name: "α", Value: ui.Num(s.lr)},
		{Name: c.T("embedding.p.batch"), Value: batch},
		{Name: "λ (L2)", Value: ui.Num(s.l2)},
		{Name: c.T("embedding.p.view"), Value: c.T("embedding.view." + s.view)},
		{Name: c.T("embedding.p.perp"), Value: ui.Num(s.perp)},
	}
}

// nudge moves parameter i one notch up or down.
func (s *Scene) nudge(c *ui.Context, i int, up bool) {
	d := -1
	if up {
		d = 1
	}
	switch i {
	case paramData:
		k := len(engine.DataKinds)
		j := 0
		if kind, err := engine.ParseDataKind(s.dataset); err == nil {
			j = (indexOf(engine.DataKinds, kind) + d + k) % k
		}
		s.setData(engine.DataKinds[j].String())
	case paramNoise:
		if s.dataset == Custom {
			return
		}
		s.noise = stepList(noiseSteps, s.noise, up)
		s.setData(s.dataset)
	case paramSplit:
		s.split = math.Max(minSplit, stepList(splitSteps, s.split, up))
		p := append([]model.Point(nil), s.pts...)
		model.Resplit(p, s.split, s.seed)
		s.setPoints(p, true)
	case paramSeed:
		s.seed = min(max(s.seed+int64(d), 0), maxSeed)
		if s.dataset != Custom {
			s.setData(s.dataset)
		} else {
			s.restart()
		}
	case paramLayers:
		s.layers = min(max(s.layers+d, 1), engine.MaxLayers)
		for l := range s.layers {
			if s.hidden[l] == 0 {
				s.hidden[l] = 2
			}
		}
		s.restart()
	case paramLayer:
		s.layer = min(max(s.layer+d, 1), s.layers)
	case paramUnits:
		h := &s.hidden[s.layer-1]
		*h = min(max(*h+d, 1), engine.MaxHidden)
		s.restart()
	case paramAct:
		n := len(activations)
		s.act = activations[(indexOf(activations, s.act)+d+n)%n]
		s.restart()
	case paramLR:
		s.lr = lrLadder.Step(s.lr, up)
		s.run.SetConfig(s.config())
	case paramBatch:
		j := min(max(indexOf(batches, s.batch)+d, 0), len(batches)-1)
		s.batch = batches[j]
		s.run.SetConfig(s.config())
	case paramL2:
		s.l2 = l2Ladder.Step(s.l2, up)
		s.run.SetConfig(s.config())
	case paramView:
		n := len(model.Views)
		s.view = model.Views[(indexOf(model.Views, s.view)+d+n)%n]
	case paramPerp:
		s.perp = perplexities.Step(s.perp, up)
	}
}

// stepList returns the value of list next above (up) or below v.
func stepList(list []float64, v float64, up bool) float64 {
	if up {
		for _, x := range list {
			if x > v+1e-9 {
				return x
			}
		}
		return list[len(list)-1]
	}
	for i := len(list) - 1; i >= 0; i-- {
		if list[i] < v-1e-9 {
			return list[i]
		}
	}
	return list[0]
}
