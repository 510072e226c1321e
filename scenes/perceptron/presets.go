package perceptron

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// config returns the settings the preset brings, given the current ones.
func (p preset) config(cur engine.PerceptronConfig) engine.PerceptronConfig {
	if p.lecture {
		return lectureConfig(!p.noBias)
	}
	cur.NoBias, cur.Tie = false, engine.TieRule
	return cur
}

// A preset is one of the scene's ready-made data sets (Shift+1 … Shift+6).
type preset struct {
	name string // translation key of its caption
	pts  func() []engine.Point
	// lecture presets also switch to the notes' settings (lectureConfig):
	// the ±1 rule, α = 1, cyclic order, sign(0) = +1, and the bias as
	// noBias says. The others keep the rule, α and order and bring the
	// bias back, with each rule's own convention at a = 0.
	lecture, noBias bool
}

// presets lists the data sets in key order: Shift+1 is presets[0]. The
// first is the notes' run exactly as they iterate it (no bias: the weights
// repeat, w³ = w¹), the second the same points with a bias (separable:
// three mistakes).
var presets = []preset{
	{name: "perceptron.preset.lecture", pts: engine.LectureThreePoints, lecture: true, noBias: true},
	{name: "perceptron.preset.biased", pts: engine.LectureThreePoints, lecture: true},
	{name: "perceptron.preset.and", pts: andPoints},
	{name: "perceptron.preset.wide", pts: widePoints},
	{name: "perceptron.preset.thin", pts: thinPoints},
	{name: "perceptron.preset.xor", pts: xorPoints},
}

// andPoints is the truth table of AND on {0,1}², the lecture's inputs:
// only (1, 1) is of class +1.
func andPoints() []engine.Point {
	return []engine.Point{
		{X: [2]float64{0, 0}, Y: -1},
		{X: [2]float64{0, 1}, Y: -1},
		{X: [2]float64{1, 0}, Y: -1},
		{X: [2]float64{1, 1}, Y: 1},
	}
}

// xorPoints is XOR on {0,1}², two slightly jittered points at each corner:
// no line separates the classes, and the pocket keeps a line that gets
// three corners of four right.
func xorPoints() []engine.Point {
	g := lcg(6)
	corners := [4][3]float64{{0, 0, -1}, {1, 1, -1}, {0, 1, 1}, {1, 0, 1}}
	var pts []engine.Point
	for range 2 {
		for _, c := range corners {
			x := [2]float64{round3(c[0] + 0.3*g.next() - 0.15), round3(c[1] + 0.3*g.next() - 0.15)}
			pts = append(pts, engine.Point{X: x, Y: int(c[2])})
		}
	}
	return pts
}

// lcg is a tiny fixed pseudo-random sequence in [0, 1), so that the presets
// are the same on every platform and Go version.
type lcg uint64

func (g *lcg) next() float64 {
	*g = *g*6364136223846793005 + 1442695040888963407
	return float64(uint64(*g)>>11) / (1 << 53)
}

// bandPoints places n points of each class on both sides of the line
// through the origin with unit normal (cos φ, sin φ) shifted by off, every
// point at least gap from it and at most gap+depth, spread along it over
// ±spread: a separable set whose margin in the plane is exactly gap (the
// two closest points are placed on the margin).
func bandPoints(seed lcg, n int, phi, off, gap, depth, spread float64) []engine.Point {
	nx, ny := math.Cos(phi), math.Sin(phi)
	tx, ty := -ny, nx
	g := seed
	var pts []engine.Point
	for i := range 2 * n {
		y := 1
		if i%2 == 1 {
			y = -1
		}
		d := gap + depth*g.next()
		if i < 2 {
			d = gap // the support points: the margin is exactly gap
		}
		t := spread * (2*g.next() - 1)
		s := float64(y)
		x := [2]float64{nx*(off+s*d) + tx*t, ny*(off+s*d) + ty*t}
		pts = append(pts, engine.Point{X: [2]float64{round3(x[0]), round3(x[1])}, Y: y})
	}
	return pts
}

// round3 rounds to three decimals, so the coordinates read well in the panel.
func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// widePoints is a separable set with a wide margin: few mistakes, a small
// bound.
func widePoints() []engine.Point {
	return bandPoints(7, 10, 2.2, 0.2, 0.6, 0.9, 1.8)
}

// thinPoints is the wide set's layout pushed close to the line: a thin
// margin, so the bound R²/γ² is far larger (and the run much longer).
func thinPoints() []engine.Point {
	return bandPoints(7, 10, 2.2, 0.2, 0.05, 0.9, 1.8)
}
