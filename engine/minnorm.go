package engine

import (
	"math"
	"math/big"
	"slices"
)

// wolfeStop ends the search once no point improves on x by more than this
// fraction of ‖x‖² (beyond the float64 rounding of the scan itself).
const wolfeStop = 1e-12

// minNormPoint returns the point x of the convex hull of v closest to the
// origin by Wolfe's algorithm (1976): a finite active-set method that keeps
// a "corral" of at most four affinely independent points of R³ with x in the
// relative interior of their hull.
//
// The O(n) scan for the most violating point runs in float64; the corral's
// small linear algebra runs in exact rational arithmetic. This matters: x can
// be many orders of magnitude shorter than the points that combine into it
// (thin margins, or coordinates of 1e6 next to the constant 1 of the
// augmented input), and in float64 that cancellation leaves x with an error
// of about 1e-16·‖v‖, which can be all of x.
//
// It returns the unit vector u = x/‖x‖ and the distance ‖x‖ (each rounded to
// float64 only at the end, so neither underflows) and the corral, the support
// points. v must not be empty and must not have the origin in its hull.
func minNormPoint(v [][3]float64) (u [3]float64, dist float64, corral []int) {
	best := 0
	for i := range v {
		if dot3(v[i], v[i]) < dot3(v[best], v[best]) {
			best = i
		}
	}
	corral = []int{best}
	lambda := []*big.Rat{big.NewRat(1, 1)}
	u, dist = unit(combineRat(v, corral, lambda))
	for iter := 0; iter < 50*len(v)+100; iter++ { // finite in theory; the cap guards rounding
		// x is optimal iff x·vᵢ ≥ x·x for all i, i.e. u·vᵢ ≥ ‖x‖; scanning
		// with the unit vector u avoids underflow for tiny coordinates.
		j, m := 0, math.Inf(1)
		for i := range v {
			if d := dot3(u, v[i]); d < m {
				j, m = i, d
			}
		}
		scanErr := 0.0 // the scan's rounding error is below 4ε·Σₖ|uₖvⱼₖ|
		for k := range 3 {
			scanErr += 4 * 0x1p-53 * math.Abs(u[k]*v[j][k])
		}
		if dist-m <= wolfeStop*dist+scanErr || slices.Contains(corral, j) || len(corral) == 4 {
			break
		}
		corral, lambda = append(corral, j), append(lambda, new(big.Rat))
		var ok bool
		if corral, lambda, ok = wolfeMinor(v, corral, lambda); !ok {
			break // cannot happen in exact arithmetic; keep the last x
		}
		u, dist = unit(combineRat(v, corral, lambda))
	}
	return u, dist, corral
}

// wolfeMinor runs Wolfe's minor cycle: it moves the corral weights λ towards
// the affine minimiser μ of the corral, dropping points whose weight reaches
// zero, until μ has only positive weights; it then returns the corral with
// λ = μ. ok is false if the corral is affinely dependent, in which case the
// corral without its last point is returned.
func wolfeMinor(v [][3]float64, corral []int, lambda []*big.Rat) ([]int, []*big.Rat, bool) {
	for {
		mu, ok := affineMin(v, corral)
		if !ok {
			n := len(corral) - 1
			return corral[:n], lambda[:n], false
		}
		if slices.IndexFunc(mu, func(m *big.Rat) bool { return m.Sign() <= 0 }) < 0 {
			return corral, mu, true
		}
		// Walk from λ towards μ until the first weight reaches zero:
		// t = min λᵢ/(λᵢ − μᵢ) over μᵢ ≤ 0 (λᵢ − μᵢ > 0 there unless both are 0).
		var t *big.Rat
		for i := range mu {
			if mu[i].Sign() > 0 {
				continue
			}
			den := new(big.Rat).Sub(lambda[i], mu[i])
			r := new(big.Rat)
			if den.Sign() > 0 {
				r.Quo(lambda[i], den)
			}
			if t == nil || r.Cmp(t) < 0 {
				t = r
			}
		}
		oneMinusT := new(big.Rat).Sub(big.NewRat(1, 1), t)
		k := 0
		for i := range corral {
			w := new(big.Rat).Mul(t, mu[i])
			w.Add(w, new(big.Rat).Mul(oneMinusT, lambda[i]))
			if w.Sign() > 0 {
				corral[k], lambda[k] = corral[i], w
				k++
			}
		}
		corral, lambda = corral[:k], lambda[:k]
	}
}

// affineMin returns the weights μ (summing to 1) of the point of the affine
// hull of the corral closest to the origin, solving the bordered Gram system
// [G 1; 1ᵀ 0][μ; ν] = [0; 1] exactly by Gaussian elimination; ok is false if
// the system is singular (the corral is affinely dependent).
func affineMin(v [][3]float64, corral []int) ([]*big.Rat, bool) {
	k := len(corral)
	n := k + 1
	a := make([][]*big.Rat, n)
	for r := range a {
		a[r] = make([]*big.Rat, n+1)
		for c := range a[r] {
			a[r][c] = new(big.Rat)
		}
	}
	for r := 0; r < k; r++ {
		for c := 0; c < k; c++ {
			a[r][c] = dotRat(v[corral[r]], v[corral[c]])
		}
		a[r][k].SetInt64(1)
		a[k][r].SetInt64(1)
	}
	a[k][n].SetInt64(1)
	for col := 0; col < n; col++ {
		p := col
		for p < n && a[p][col].Sign() == 0 {
			p++
		}
		if p == n {
			return nil, false
		}
		a[col], a[p] = a[p], a[col]
		for r := col + 1; r < n; r++ {
			if a[r][col].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Quo(a[r][col], a[col][col])
			for c := col; c <= n; c++ {
				a[r][c].Sub(a[r][c], new(big.Rat).Mul(f, a[col][c]))
			}
		}
	}
	sol := make([]*big.Rat, n)
	for r := n - 1; r >= 0; r-- {
		s := new(big.Rat).Set(a[r][n])
		for c := r + 1; c < n; c++ {
			s.Sub(s, new(big.Rat).Mul(a[r][c], sol[c]))
		}
		sol[r] = s.Quo(s, a[r][r])
	}
	return sol[:k], true
}

// combineRat returns Σ λᵢ v[corral[i]] exactly.
func combineRat(v [][3]float64, corral []int, lambda []*big.Rat) [3]*big.Rat {
	x := [3]*big.Rat{new(big.Rat), new(big.Rat), new(big.Rat)}
	for i, j := range corral {
		for r := range 3 {
			x[r].Add(x[r], new(big.Rat).Mul(lambda[i], rat(v[j][r])))
		}
	}
	return x
}

// dotRat returns a·b exactly.
func dotRat(a, b [3]float64) *big.Rat {
	s := new(big.Rat)
	for r := range 3 {
		s.Add(s, new(big.Rat).Mul(rat(a[r]), rat(b[r])))
	}
	return s
}

// unit returns x/‖x‖ and ‖x‖, rounded to float64 at the end. Each component
// is converted with 256 bits of relative precision, so components of very
// different magnitudes keep their accuracy.
func unit(x [3]*big.Rat) (u [3]float64, norm float64) {
	const prec = 256
	var f [3]*big.Float
	n := new(big.Float).SetPrec(prec)
	for r := range 3 {
		f[r] = new(big.Float).SetPrec(prec).SetRat(x[r])
		n.Add(n, new(big.Float).SetPrec(prec).Mul(f[r], f[r]))
	}
	n.Sqrt(n)
	if n.Sign() == 0 {
		return u, 0
	}
	for r := range 3 {
		u[r], _ = new(big.Float).SetPrec(prec).Quo(f[r], n).Float64()
	}
	norm, _ = n.Float64()
	return u, norm
}

// rat returns the float64 x as an exact rational.
func rat(x float64) *big.Rat { return new(big.Rat).SetFloat64(x) }

// dot3 is the dot product in R³.
func dot3(a, b [3]float64) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] }
