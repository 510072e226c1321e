package xor

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// Hidden widths the scene offers (the notes' network has 2).
const (
	minHidden = 2
	maxHidden = engine.MaxHidden
)

// maxHistory bounds the remembered steps; past it the oldest half is
// dropped, so hours of playing at 2000 steps/s stay within a few MB.
const maxHistory = 20000

// workPerTick bounds point evaluations per tick while playing, so that a
// huge data set slows training down instead of freezing the window.
const workPerTick = 200000

// xorInputs are the four inputs of the notes' XOR table, in its order.
var xorInputs = [4][2]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}

// xorPoints is the XOR table as data: class 0 of the notes is −1.
func xorPoints() []engine.Point {
	return []engine.Point{
		{X: xorInputs[0], Y: -1},
		{X: xorInputs[1], Y: 1},
		{X: xorInputs[2], Y: 1},
		{X: xorInputs[3], Y: -1},
	}
}

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
	{name: "xor.preset.sign", pts: xorPoints, act: engine.Sign, hidden: 2, seed: 1, lr: 2},
	{name: "xor.preset.sigmoid", pts: xorPoints, act: engine.Sigmoid, hidden: 2, seed: 1, lr: 2},
	{name: "xor.preset.train", pts: xorPoints, training: true, act: engine.Sigmoid, hidden: 2, seed: 1, lr: 2},
	{name: "xor.preset.circle", pts: circlePoints, training: true, act: engine.Sigmoid, hidden: 4, seed: 1, lr: 5},
}

// initial returns the network a run starts from: the notes' weights, or a
// seeded random one of width h.
func initial(training bool, h int, seed int64) engine.MLP {
	if training {
		return engine.NewMLP(h, engine.Sigmoid, seed)
	}
	return engine.XORLecture(engine.Sigmoid)
}

// withAct returns m with activation act in both layers: the scene applies
// its one activation (sign or sigmoid) to whatever weights it holds.
func withAct(m engine.MLP, act engine.Activation) engine.MLP {
	m.Hidden, m.Out = act, act
	return m
}

// lossOf is the mean binary cross-entropy of the sigmoid network with m's
// weights: the J that training lowers, whatever activation is shown.
func lossOf(m engine.MLP, pts []engine.Point) float64 {
	m = withAct(m, engine.Sigmoid)
	return m.Loss(pts, engine.BCE)
}

// class01 is the notes' class label of an output: 1 or 0.
func class01(act engine.Activation, yhat float64) int {
	if act.Classify(yhat) > 0 {
		return 1
	}
	return 0
}

// tableRow is one row of the XOR truth table computed with the current
// network.
type tableRow struct {
	X     [2]float64
	Z     [engine.MaxHidden]float64
	YHat  float64
	Class int // 0 or 1, as the notes write it
}

// truthTable evaluates m (with its own activations) at the four XOR inputs.
func truthTable(m engine.MLP) [4]tableRow {
	var t [4]tableRow
	for i, x := range xorInputs {
		f := m.Forward(x)
		t[i] = tableRow{X: x, Z: f.Z1, YHat: f.YHat, Class: class01(m.Out, f.YHat)}
	}
	return t
}

// hiddenRange is the interval hidden outputs live in for act: [−1, 1] for
// sign, [0, 1] for the sigmoid.
func hiddenRange(act engine.Activation) (lo, hi float64) {
	lo, hi = act.Range()
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) || hi <= lo {
		return -1, 1
	}
	return lo, hi
}

// toFrame maps a hidden vector (z₁, z₂) into the unit square [0, 1]², the
// frame the XOR inputs live in, so that the morph moves the plane onto a
// picture of hidden space at the same place and scale.
func toFrame(z [2]float64, act engine.Activation) [2]float64 {
	lo, hi := hiddenRange(act)
	return [2]float64{(z[0] - lo) / (hi - lo), (z[1] - lo) / (hi - lo)}
}

// morphed returns where input x is drawn at morph position t (0 = input
// space, 1 = hidden space, mapped by toFrame).
func morphed(m *engine.MLP, x [2]float64, t float64) [2]float64 {
	if t <= 0 {
		return x
	}
	f := m.Forward(x)
	z := toFrame([2]float64{f.Z1[0], f.Z1[1]}, m.Hidden)
	return [2]float64{x[0] + (z[0]-x[0])*t, x[1] + (z[1]-x[1])*t}
}

// outputLineInFrame returns the output unit's line W^[2]·z + b^[2] = 0
// written in the frame coordinates u of toFrame (z = lo + (hi − lo)·u), for
// a network with two hidden units.
func outputLineInFrame(m engine.MLP) (w [2]float64, b float64) {
	lo, hi := hiddenRange(m.Hidden)
	s := hi - lo
	return [2]float64{m.W2[0] * s, m.W2[1] * s}, m.B2 + lo*(m.W2[0]+m.W2[1])
}

// stepsThisTick bounds the player's request by the work budget.
func stepsThisTick(asked, points int) int {
	if asked <= 0 {
		return 0
	}
	return min(asked, max(1, workPerTick/max(points, 1)))
}
