package perceptron

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// clipHalf returns the part of the convex polygon poly (data coordinates)
// where a·x₁ + b·x₂ + c ≥ 0 (Sutherland–Hodgman against one line), appending
// to dst.
func clipHalf(dst, poly [][2]float64, a, b, c float64) [][2]float64 {
	f := func(q [2]float64) float64 { return a*q[0] + b*q[1] + c }
	for i := range poly {
		p, q := poly[i], poly[(i+1)%len(poly)]
		fp, fq := f(p), f(q)
		if fp >= 0 {
			dst = append(dst, p)
		}
		if (fp >= 0) != (fq >= 0) {
			t := fp / (fp - fq)
			dst = append(dst, [2]float64{p[0] + t*(q[0]-p[0]), p[1] + t*(q[1]-p[1])})
		}
	}
	return dst
}

// band returns the polygon (data coordinates) of the strip |w·x + b| ≤ g
// inside the rectangle [xmin, xmax] × [ymin, ymax]: the γ-band of a unit
// separator in the augmented space, seen in the plane. It is empty when
// w = 0 or the strip misses the rectangle.
func band(w [2]float64, b, g, xmin, ymin, xmax, ymax float64) [][2]float64 {
	if w == [2]float64{} || !(g > 0) || math.IsInf(g, 0) {
		return nil
	}
	rect := [][2]float64{{xmin, ymax}, {xmax, ymax}, {xmax, ymin}, {xmin, ymin}}
	one := clipHalf(nil, rect, w[0], w[1], b+g)   // w·x + b ≥ −g
	two := clipHalf(nil, one, -w[0], -w[1], -b+g) // w·x + b ≤ g
	if len(two) < 3 {
		return nil
	}
	return two
}

// arrowScale returns the factor θ is drawn at so that an arrow of length l
// (data units) fits a plane of half-extent half: 1 when it already reads
// well, otherwise a 1-2-5 value that brings it to a readable length.
func arrowScale(l, half float64) float64 {
	if !(l > 0) || math.IsInf(l, 0) || !(half > 0) {
		return 1
	}
	if l <= 0.85*half && l >= 0.12*half {
		return 1
	}
	target := 0.7 * half / l
	mag := math.Pow(10, math.Floor(math.Log10(target)))
	best := mag
	for _, m := range []float64{1, 2, 5} {
		if m*mag <= target {
			best = m * mag
		}
	}
	return best
}

// labelAngle returns the direction (radians) in which to label the circle
// of radius m around the origin: of the four diagonals, the one whose point
// on the circle is furthest from every data point.
func labelAngle(pts []engine.Point, m float64) float64 {
	best, bestD := math.Pi/4, -1.0
	for _, a := range []float64{math.Pi / 4, 3 * math.Pi / 4, -math.Pi / 4, -3 * math.Pi / 4} {
		q := [2]float64{m * math.Cos(a), m * math.Sin(a)}
		d := math.Inf(1)
		for _, p := range pts {
			d = math.Min(d, math.Hypot(p.X[0]-q[0], p.X[1]-q[1]))
		}
		if d > bestD*1.05 {
			best, bestD = a, d
		}
	}
	return best
}
