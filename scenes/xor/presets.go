package xor

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/xor/model"
)

// circlePoints is a ring of class −1 around a disc of class +1: no line
// separates them, and a few hidden lines draw a polygon around the disc.
func circlePoints() []engine.Point {
	var pts []engine.Point
	for i := range 10 {
		a := 2 * math.Pi * float64(i) / 10
		pts = append(pts, engine.Point{X: [2]float64{round3(0.5 + 0.22*math.Cos(a)), round3(0.5 + 0.22*math.Sin(a))}, Y: 1})
	}
	for i := range 16 {
		a := 2*math.Pi*float64(i)/16 + 0.2
		pts = append(pts, engine.Point{X: [2]float64{round3(0.5 + 0.62*math.Cos(a)), round3(0.5 + 0.62*math.Sin(a))}, Y: -1})
	}
	return pts
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// A preset is one of the scene's starting points (Shift+1 … Shift+4).
type preset struct {
	name     string // translation key of its caption
	pts      func() []engine.Point
	training bool // start from a seeded random network rather than the notes'
	act      engine.Activation
	hidden   int
	seed     int64
	lr       float64
}

var presets = []preset{
	{name: "xor.preset.sign", pts: model.XORPoints, act: engine.Sign, hidden: 2, seed: 1, lr: 2},
	{name: "xor.preset.sigmoid", pts: model.XORPoints, act: engine.Sigmoid, hidden: 2, seed: 1, lr: 2},
	{name: "xor.preset.train", pts: model.XORPoints, training: true, act: engine.Sigmoid, hidden: 2, seed: 1, lr: 2},
	{name: "xor.preset.circle", pts: circlePoints, training: true, act: engine.Sigmoid, hidden: 4, seed: 1, lr: 5},
}
