package gradient

import "github.com/neurona/neurona/engine"

// pt is a short way to write a preset point.
func pt(x1, x2 float64, y int) engine.Point { return engine.Point{X: [2]float64{x1, x2}, Y: y} }

// presets are the data sets of Shift+1 … Shift+3; the first is the default.
var presets = [][]engine.Point{
	// 1: two clouds that overlap a little. Not separable, so J has a finite
	// minimum and the contour map shows a closed bowl.
	{
		pt(1.2, 1.5, 1), pt(2.0, 0.8, 1), pt(0.6, 2.1, 1), pt(1.7, 2.3, 1),
		pt(2.4, 1.7, 1), pt(0.4, 0.9, 1), pt(1.3, 0.3, 1), pt(-0.7, -0.3, 1),
		pt(-1.5, -1.0, -1), pt(-0.8, -1.8, -1), pt(-2.0, 0.2, -1), pt(-1.2, 0.6, -1),
		pt(0.2, -1.2, -1), pt(-2.2, -1.6, -1), pt(0.9, -0.2, -1), pt(0.2, 1.4, -1),
	},
	// 2: two clouds a margin apart. Separable: BCE keeps falling as ‖θ‖
	// grows, so the descent never stops and the line sharpens.
	{
		pt(1.5, 1.2, 1), pt(2.2, 0.6, 1), pt(1.0, 2.0, 1), pt(2.0, 2.2, 1), pt(0.8, 1.0, 1),
		pt(-1.5, -1.2, -1), pt(-0.6, -1.9, -1), pt(-2.1, -0.4, -1), pt(-1.0, -0.6, -1), pt(-2.0, -2.0, -1),
	},
	// 3: the lecture's three points.
	engine.LectureThreePoints(),
}
