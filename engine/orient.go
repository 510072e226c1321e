package engine

import (
	"math"
	"math/big"
)

// ccwErrBound is Shewchuk's error bound for the floating-point orientation
// determinant (3 + 16ε)ε, ε = 2⁻⁵³: when |det| exceeds it times the sum of
// the absolute products, the sign of the rounded result is the true sign.
const ccwErrBound = (3 + 16*0x1p-53) * 0x1p-53

// tinyDiff is the smallest coordinate difference for which the filter is
// trusted: products of two such differences (≥ 1e-280) cannot underflow, and
// underflow is the one case the relative error bound does not cover.
const tinyDiff = 1e-140

// orient returns the exact sign (+1, 0, −1) of the orientation of a, b, c:
// +1 when c lies to the left of the directed line a→b (counter-clockwise),
// 0 when the three points are collinear. It is the single geometric
// predicate behind the exact separability test: a fast floating-point filter
// decides almost always, and exact rational arithmetic decides the rest.
func orient(a, b, c [2]float64) int {
	d := [4]float64{a[0] - c[0], b[1] - c[1], a[1] - c[1], b[0] - c[0]}
	for _, v := range d {
		if v != 0 && math.Abs(v) < tinyDiff {
			return orientExact(a, b, c)
		}
	}
	left, right := d[0]*d[1], d[2]*d[3]
	det := left - right
	var sum float64
	switch {
	case left > 0:
		if right <= 0 {
			return sgn(det)
		}
		sum = left + right
	case left < 0:
		if right >= 0 {
			return sgn(det)
		}
		sum = -left - right
	default:
		return sgn(det)
	}
	if math.Abs(det) >= ccwErrBound*sum {
		return sgn(det)
	}
	return orientExact(a, b, c)
}

// orientExact evaluates the orientation determinant in exact rational
// arithmetic (every float64 is a rational number).
func orientExact(a, b, c [2]float64) int {
	r := func(v float64) *big.Rat { return new(big.Rat).SetFloat64(v) }
	sub := func(x, y float64) *big.Rat { return new(big.Rat).Sub(r(x), r(y)) }
	left := new(big.Rat).Mul(sub(a[0], c[0]), sub(b[1], c[1]))
	right := new(big.Rat).Mul(sub(a[1], c[1]), sub(b[0], c[0]))
	return left.Cmp(right)
}

// sgn returns the sign of x as −1, 0 or +1.
func sgn(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// dotSign returns the exact sign of the dot product u·v of float64 vectors,
// with the same filter-then-exact approach as orient.
func dotSign(u, v [3]float64) int {
	var s, mag float64
	tiny := false
	for k := range 3 {
		p := u[k] * v[k]
		s += p
		mag += math.Abs(p)
		tiny = tiny || (p == 0 && u[k] != 0 && v[k] != 0) || (p != 0 && math.Abs(p) < 1e-280)
	}
	// Three rounded products and two rounded sums err by less than 4ε·Σ|pₖ|
	// barring underflow, which the tiny check sends to the exact path.
	if !tiny && math.Abs(s) > 4*0x1p-53*mag {
		return sgn(s)
	}
	t := new(big.Rat)
	for k := range 3 {
		t.Add(t, new(big.Rat).Mul(new(big.Rat).SetFloat64(u[k]), new(big.Rat).SetFloat64(v[k])))
	}
	return t.Sign()
}
