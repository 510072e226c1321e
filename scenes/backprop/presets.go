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
