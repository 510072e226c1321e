package backprop

import "github.com/neurona/neurona/engine"

func pt(x1, x2 float64, y int) engine.Point { return engine.Point{X: [2]float64{x1, x2}, Y: y} }

// presets are the data sets of Shift+1 … Shift+3; the first is the default.
var presets = [][]engine.Point{
	// 1: XOR, the problem the 2-2-1 network of the notes was built for.
	{pt(1, 1, -1), pt(1, 0, 1), pt(0, 1, 1), pt(0, 0, -1)},
	// 2: two points, one of each class: a short lesson.
	{pt(1, 0, 1), pt(0, 1, -1)},
	// 3: a line would do: the network learns it quickly.
	{pt(0, 0, -1), pt(0.2, 0.9, -1), pt(1, 1, 1), pt(0.9, 0.3, 1), pt(0.3, 0.2, -1), pt(1.2, 0.7, 1)},
}

// alphaSteps are the learning rates ↑ and ↓ move between: 1, 2, 5 × 10ⁿ.
var alphaSteps = func() []float64 {
	var out []float64
	for p := 0.01; p <= engine.MaxLR; p *= 10 {
		out = append(out, p, 2*p, 5*p)
	}
	return out[:len(out)-2] // up to engine.MaxLR = 1e6
}()

// nudgeAlpha returns the learning rate one step above (dir > 0) or below a.
func nudgeAlpha(a float64, dir int) float64 {
	i := 0
	for i < len(alphaSteps) && alphaSteps[i] < a*(1-1e-9) {
		i++
	}
	// alphaSteps[i] is the first step ≥ a (or i == len when a is above all).
	if dir > 0 {
		if i < len(alphaSteps) && alphaSteps[i] <= a*(1+1e-9) {
			i++
		}
		return alphaSteps[min(i, len(alphaSteps)-1)]
	}
	return alphaSteps[max(i-1, 0)]
}
