package engine

import "math"

// NovikoffResult holds the quantities of Novikoff's convergence theorem for a
// point set, in the space the perceptron rules use: with a bias each point
// becomes the augmented uᵢ = [x₁, x₂, 1], without one (Origin) uᵢ = xᵢ, with
// label yᵢ = ±1.
type NovikoffResult struct {
	// Origin reports that the result is for separators through the origin
	// (no bias, see NovikoffFor): BStar is then 0 and R is maxᵢ ‖xᵢ‖.
	Origin bool
	// Separable reports, exactly, whether some line (through the origin
	// when Origin) strictly separates the classes (equivalently: some w has
	// yᵢ w·uᵢ > 0 for every i).
	Separable bool
	// WStar and BStar form the unit vector w* = (w₁, w₂, b) ‖w*‖ = 1 with
	// the largest margin; zero when the set is not separable.
	WStar [2]float64
	BStar float64
	// Gamma is the margin γ = minᵢ yᵢ w*·uᵢ of that w* (0 if not separable).
	Gamma float64
	// R is maxᵢ ‖uᵢ‖ = maxᵢ √(x₁² + x₂² + 1) (maxᵢ √(x₁² + x₂²) when Origin).
	R float64
	// Bound is R²/γ², the most mistakes the ±1 rule started at w = 0 can
	// make; +Inf when the set is not separable (there is no bound), and
	// also when R/γ > 1e154 overflows it; 0 for an empty set.
	Bound float64
	// Support lists the indices of the support points: those whose
	// combination is the closest point to the origin (see Novikoff).
	Support []int
}

// Novikoff computes R, decides linear separability exactly and finds the
// maximum-margin unit separator w* and its margin γ (invalid points, see
// ValidPoint, are ignored).
//
// Separability is decided exactly, with no tolerance: either the separator
// found below is checked to give yᵢ w*·uᵢ > 0 for every point (exact sign of
// each dot product), or Wolfe's algorithm reaches the origin exactly (so it
// lies in the hull of the yᵢuᵢ); in the rare case neither is certain, the
// classes are separable iff their convex hulls are disjoint, tested with an
// orientation predicate evaluated exactly (floating-point filter, big.Rat
// fallback).
//
// Novikoff is NovikoffFor(pts, true): the perceptron with its bias.
//
// The max-margin separator is the direction of the point p* of the convex
// hull of {yᵢuᵢ} closest to the origin (for a unit w, minᵢ w·yᵢuᵢ is at
// most the distance from the origin to that hull, with equality for
// w = p*/‖p*‖), found by Wolfe's algorithm with exact rational arithmetic on
// its (at most four) support points and a float64 scan over all points. It
// stops when no point improves on p by more than 1e-12·‖p‖² plus the scan's
// rounding, so γ is optimal to about 1e-12 relative (the tests check 1e-9).
// Gamma is the margin the returned float64 w* actually achieves, so the
// proof's inequalities hold for it as computed. Below γ ≈ 1e-15·R no float64
// vector resolves the margin; there Gamma is the exact distance ‖p*‖ rounded
// to float64, and w* may misclassify by rounding.
func Novikoff(pts []Point) NovikoffResult { return NovikoffFor(pts, true) }

// NovikoffFor is Novikoff for a perceptron with (bias true) or without a
// bias. Without one the separators are the lines through the origin: uᵢ = xᵢ,
// R = maxᵢ ‖xᵢ‖, w* = (w₁, w₂) with b* = 0, and the set is separable iff the
// origin is outside the convex hull of the yᵢxᵢ (decided exactly as above,
// the hull test being an exact point-in-hull test). A point at the origin
// is never strictly separated by such a line.
func NovikoffFor(pts []Point, bias bool) NovikoffResult {
	var pos, neg, yx [][2]float64
	var v [][3]float64
	var idx []int
	res := NovikoffResult{Origin: !bias}
	one := 0.0 // the constant input of the bias, if any
	if bias {
		one = 1
	}
	for i, p := range pts {
		if ValidPoint(p) != nil {
			continue
		}
		y := float64(p.Y)
		v = append(v, [3]float64{y * p.X[0], y * p.X[1], y * one})
		yx = append(yx, [2]float64{y * p.X[0], y * p.X[1]})
		idx = append(idx, i)
		res.R = math.Max(res.R, math.Hypot(math.Hypot(p.X[0], p.X[1]), one))
		if p.Y > 0 {
			pos = append(pos, p.X)
		} else {
			neg = append(neg, p.X)
		}
	}
	if len(v) == 0 {
		res.Separable = true
		return res
	}
	w, dist, corral := minNormPoint(v)
	if !separates(w, dist, v) && !hullSeparable(bias, pos, neg, yx) {
		res.Bound = math.Inf(1)
		return res
	}
	res.Separable = true
	res.WStar, res.BStar = [2]float64{w[0], w[1]}, w[2]
	res.Gamma = math.Inf(1)
	for _, vi := range v {
		res.Gamma = math.Min(res.Gamma, dot3(w, vi))
	}
	if !(res.Gamma > 0) {
		res.Gamma = dist
	}
	res.Bound = res.R * res.R / (res.Gamma * res.Gamma)
	for _, c := range corral {
		res.Support = append(res.Support, idx[c])
	}
	return res
}

// separates reports whether the unit vector w, at distance dist from the
// origin, certainly separates: yᵢ w·uᵢ > 0 for every i, decided exactly.
// Almost always the answer is yes or the distance is exactly zero (Wolfe's
// corral then holds the origin: not separable); only thin margins, beyond
// float64, fall through to the slower exact hull test.
func separates(w [3]float64, dist float64, v [][3]float64) bool {
	if dist == 0 {
		return false
	}
	for _, vi := range v {
		if dotSign(w, vi) <= 0 {
			return false
		}
	}
	return true
}

// hullSeparable decides strict separability exactly from convex hulls: with
// a bias, the classes' hulls must be disjoint; without one, the origin must
// lie outside the hull of the yᵢxᵢ (a line through the origin with all
// yᵢ θ·xᵢ > 0 exists iff 0 is not a convex combination of them).
func hullSeparable(bias bool, pos, neg, yx [][2]float64) bool {
	if bias {
		return !convexIntersect(convexHull(pos), convexHull(neg))
	}
	return !inConvex(convexHull(yx), [2]float64{})
}

// Line returns the max-margin separator as a neuron (θ = w₁,w₂, b = b*) with
// the Sign activation, for drawing.
func (r NovikoffResult) Line() Neuron {
	return Neuron{Theta: r.WStar, B: r.BStar, Act: Sign}
}

// ProofPoint returns the two quantities of the convergence proof for the
// weights (w, b) of a perceptron with learning rate alpha: with
// uₖ = (w, b)/α (the sum of the yᵢuᵢ added so far, when started at 0),
// dot = uₖ·w* and normSq = ‖uₖ‖². After k updates from zero the proof shows
// dot ≥ kγ and normSq ≤ kR²; a run started elsewhere shifts both by the
// starting values.
func ProofPoint(w [2]float64, b float64, alpha float64, res NovikoffResult) (dot, normSq float64) {
	if !(alpha > 0) {
		alpha = 1
	}
	u := [3]float64{w[0] / alpha, w[1] / alpha, b / alpha}
	return dot3(u, [3]float64{res.WStar[0], res.WStar[1], res.BStar}), dot3(u, u)
}

// LectureThreePoints returns the notes' three-point example: x₁ = (0, 1) and
// x₂ = (0, −1) of class +1, x₃ = (−1, ½) of class −1.
//
// The notes iterate as the ±1 rule with NoBias and TiePositive (sign(0) =
// +1), w⁰ = 0 and cyclic order: only x₃ is a mistake in the first pass,
// w¹ = x₃y₃ = [1, −½]; then x₁, w² = [1, ½]; then x₂, w³ = [1, −½] = w¹.
// The weights repeat and the perceptron cycles forever: x₁ and x₂ have
// opposite directions and the same class, so no line through the origin
// separates the points (NovikoffFor(pts, false) is not separable), which is
// why the notes go on to assume separability with a margin γ. The notes
// print w¹ = [−1, ½], a sign slip (they go on with [1, −½]).
//
// With the bias folded in (the zero PerceptronConfig's choice) the points
// are separable: the ±1 rule makes three mistakes, on x₁, x₂, x₃, and stops
// at w = (1, −½), b = 1.
func LectureThreePoints() []Point {
	return []Point{
		{X: [2]float64{0, 1}, Y: 1},
		{X: [2]float64{0, -1}, Y: 1},
		{X: [2]float64{-1, 0.5}, Y: -1},
	}
}
