package engine

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// Tolerances of Wolfe's algorithm, relative to the squared norms involved.
const (
	// wolfeStop ends the major loop once no point improves on x by more
	// than this fraction of ‖x‖²: x·x − min_i x·vᵢ ≤ wolfeStop·x·x.
	wolfeStop = 1e-12
	// wolfeDrop is the barycentric weight under which a corral point is
	// treated as leaving the corral.
	wolfeDrop = 1e-14
)

// minNormPoint returns the point of the convex hull of v closest to the
// origin, by Wolfe's algorithm (1976): a finite active-set method that keeps
// a "corral" of at most four affinely independent points in R³ and the
// barycentric weights of x on them. It returns x, the corral indices and
// their weights (positive, summing to 1). v must not be empty.
func minNormPoint(v [][3]float64) (x [3]float64, corral []int, weights []float64) {
	best := 0
	for i := range v {
		if dot3(v[i], v[i]) < dot3(v[best], v[best]) {
			best = i
		}
	}
	corral, weights = []int{best}, []float64{1}
	x = v[best]
	maxIter := 50*len(v) + 100 // Wolfe terminates finitely; this only guards rounding
	for iter := 0; iter < maxIter; iter++ {
		j, m := 0, math.Inf(1)
		for i := range v {
			if d := dot3(x, v[i]); d < m {
				j, m = i, d
			}
		}
		xx := dot3(x, x)
		if xx-m <= wolfeStop*xx || slices.Contains(corral, j) || len(corral) == 4 {
			break
		}
		corral, weights = append(corral, j), append(weights, 0)
		for { // minor loop: move towards the affine minimiser of the corral
			mu, ok := affineMin(v, corral)
			if !ok {
				// Affinely dependent corral (only by rounding): drop the new
				// point and stop with the current x.
				corral, weights = corral[:len(corral)-1], weights[:len(weights)-1]
				return x, corral, weights
			}
			if slices.Min(mu) > wolfeDrop {
				copy(weights, mu)
				x = combine(v, corral, weights)
				break
			}
			// Walk from the weights towards mu until the first weight hits 0.
			t := 1.0
			for i := range mu {
				if mu[i] <= wolfeDrop && weights[i]-mu[i] > 0 {
					t = math.Min(t, weights[i]/(weights[i]-mu[i]))
				}
			}
			for i := range weights {
				weights[i] = t*mu[i] + (1-t)*weights[i]
			}
			k := 0
			for i := range corral {
				if weights[i] > wolfeDrop {
					corral[k], weights[k] = corral[i], weights[i]
					k++
				}
			}
			if k == 0 { // cannot happen with weights summing to 1; be safe
				return x, corral[:1], []float64{1}
			}
			corral, weights = corral[:k], weights[:k]
			normalize(weights)
			x = combine(v, corral, weights)
		}
	}
	return x, corral, weights
}

// affineMin returns the weights μ (summing to 1) of the point of the affine
// hull of the corral points closest to the origin, solving the least-squares
// problem min ‖v₀ + Σ cᵢ(vᵢ − v₀)‖ with gonum; ok is false if the corral is
// (numerically) affinely dependent.
func affineMin(v [][3]float64, corral []int) (mu []float64, ok bool) {
	k := len(corral)
	if k == 1 {
		return []float64{1}, true
	}
	v0 := v[corral[0]]
	d := mat.NewDense(3, k-1, nil)
	for c := 1; c < k; c++ {
		for r := 0; r < 3; r++ {
			d.Set(r, c-1, v[corral[c]][r]-v0[r])
		}
	}
	var sv mat.SVD
	if !sv.Factorize(d, mat.SVDThin) {
		return nil, false
	}
	vals := sv.Values(nil)
	if vals[len(vals)-1] <= 1e-12*vals[0] {
		return nil, false
	}
	var c mat.VecDense
	if err := c.SolveVec(d, mat.NewVecDense(3, []float64{-v0[0], -v0[1], -v0[2]})); err != nil {
		if _, cond := err.(mat.Condition); !cond {
			return nil, false
		}
	}
	mu = make([]float64, k)
	mu[0] = 1
	for i := 1; i < k; i++ {
		mu[i] = c.AtVec(i - 1)
		mu[0] -= mu[i]
	}
	return mu, true
}

// combine returns Σ wᵢ v[corral[i]].
func combine(v [][3]float64, corral []int, w []float64) (x [3]float64) {
	for i, j := range corral {
		for r := range 3 {
			x[r] += w[i] * v[j][r]
		}
	}
	return x
}

// normalize scales w to sum to 1.
func normalize(w []float64) {
	s := 0.0
	for _, x := range w {
		s += x
	}
	for i := range w {
		w[i] /= s
	}
}

// dot3 is the dot product in R³.
func dot3(a, b [3]float64) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] }
