// Package model is what the embedding scene computes about its network,
// without Ebiten: the data set with its held-out points, the training run
// with its bounded history and its loss and accuracy curves, the chosen
// hidden layer's 2-D positions (the layer itself, PCA or t-SNE) and the
// settings' limits. The scene only lays these out and draws them.
package model

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// MaxPoints is the largest number of points the scene holds: exact t-SNE's
// limit, so that every data set can be embedded live.
const MaxPoints = engine.MaxTSNEPoints

// Point is one data point: its coordinates, its class index 0…K−1 and
// whether it is held out for testing (never trained on).
type Point struct {
	X     [2]float64
	Class int
	Test  bool
}

// Generate returns n points (clamped to 0…MaxPoints) of the given kind with
// the given noise and seed, a fraction split of them held out for testing.
func Generate(kind engine.DataKind, n int, noise, split float64, seed int64) []Point {
	cps := engine.GenerateData(kind, min(max(n, 0), MaxPoints), noise, seed)
	pts := make([]Point, len(cps))
	for i, p := range cps {
		pts[i] = Point{X: p.X, Class: p.Class}
	}
	Resplit(pts, split, seed)
	return pts
}

// Resplit marks which points are held out: round(split·n) of them, chosen by
// a permutation seeded by seed (engine.SplitMask).
func Resplit(pts []Point, split float64, seed int64) {
	mask := engine.SplitMask(len(pts), split, seed)
	for i := range pts {
		pts[i].Test = mask[i]
	}
}

// Classes returns how many classes the points need: the largest class index
// plus one, at least 2.
func Classes(pts []Point) int {
	k := 2
	for _, p := range pts {
		k = max(k, p.Class+1)
	}
	return min(k, engine.MaxClasses)
}

// Sets writes the training and the test points into train and test (their
// storage reused) and returns them.
func Sets(pts []Point, train, test []engine.ClassPoint) ([]engine.ClassPoint, []engine.ClassPoint) {
	train, test = train[:0], test[:0]
	for _, p := range pts {
		cp := engine.ClassPoint{X: p.X, Class: p.Class}
		if p.Test {
			test = append(test, cp)
		} else {
			train = append(train, cp)
		}
	}
	return train, test
}

// All writes every point, in order, into dst (its storage reused).
func All(pts []Point, dst []engine.ClassPoint) []engine.ClassPoint {
	dst = dst[:0]
	for _, p := range pts {
		dst = append(dst, engine.ClassPoint{X: p.X, Class: p.Class})
	}
	return dst
}

// Bounds returns a square view around the points: centre and half-width,
// with a margin, at least ±1.2 around the origin's scale of the data sets.
func Bounds(pts []Point) (cx, cy, half float64) {
	if len(pts) == 0 {
		return 0, 0, 1.3
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		x0, x1 = math.Min(x0, p.X[0]), math.Max(x1, p.X[0])
		y0, y1 = math.Min(y0, p.X[1]), math.Max(y1, p.X[1])
	}
	cx, cy = (x0+x1)/2, (y0+y1)/2
	half = math.Max(x1-x0, y1-y0)/2*1.15 + 0.1
	if half < 1.3 && math.Abs(cx) < 0.5 && math.Abs(cy) < 0.5 {
		return 0, 0, 1.3
	}
	return cx, cy, half
}
