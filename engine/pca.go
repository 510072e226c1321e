package engine

import "math"

// MaxPCADim is the largest number of dimensions PCA handles: a hidden
// layer's width.
const MaxPCADim = MaxHidden

// PCA is a principal component analysis of points in up to MaxPCADim
// dimensions: the mean, and the principal axes by decreasing variance. It is
// a plain value. Each axis is a unit vector whose largest-magnitude entry is
// positive, so that the projection does not flip from one frame to the next
// while the data move a little.
//
// It is written out here instead of calling gonum's stat.PC, which needs
// gonum/mat and LAPACK and would add megabytes to the web bundle; the tests
// hold it to stat.PC.
type PCA struct {
	D    int                           // dimensions in use
	Mean [MaxPCADim]float64            // the data's mean
	Axes [MaxPCADim][MaxPCADim]float64 // Axes[k]: the k-th principal direction
	Var  [MaxPCADim]float64            // variance along Axes[k] (divisor n−1), decreasing
}

// FitPCA computes the principal components of n points of d dimensions
// (d clamped to 1…MaxPCADim) stored row-major in data (n·d values; missing
// rows are ignored). Non-finite values count as 0. Fewer than two points give
// zero variances and the coordinate axes.
func FitPCA(data []float64, n, d int) PCA {
	d = min(max(d, 1), MaxPCADim)
	n = max(min(n, len(data)/d), 0)
	p := PCA{D: d}
	val := func(k, i int) float64 {
		v := data[k*d+i]
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0
		}
		return v
	}
	// Scale by the largest magnitude so that the covariance cannot
	// overflow; the axes do not depend on the scale, the variances are
	// scaled back.
	scale := 0.0
	for k := range n {
		for i := range d {
			scale = math.Max(scale, math.Abs(val(k, i)))
		}
	}
	if scale == 0 {
		scale = 1
	}
	var mean [MaxPCADim]float64
	for k := range n {
		for i := range d {
			mean[i] += val(k, i) / scale
		}
	}
	var cov [MaxPCADim][MaxPCADim]float64
	if n > 0 {
		for i := range d {
			mean[i] /= float64(n)
		}
	}
	if n > 1 {
		for k := range n {
			var c [MaxPCADim]float64
			for i := range d {
				c[i] = val(k, i)/scale - mean[i]
			}
			for i := range d {
				for j := i; j < d; j++ {
					cov[i][j] += c[i] * c[j]
				}
			}
		}
		for i := range d {
			for j := i; j < d; j++ {
				cov[i][j] /= float64(n - 1)
				cov[j][i] = cov[i][j]
			}
		}
	}
	vals, vecs := symEigen(cov, d)
	// Order by decreasing variance (insertion sort: d ≤ 8, and no
	// allocation, as sort's closures would make).
	order := [MaxPCADim]int{}
	for i := range d {
		order[i] = i
		for j := i; j > 0 && vals[order[j]] > vals[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	for k := range d {
		c := order[k]
		p.Var[k] = math.Max(vals[c], 0) * scale * scale
		big := 0
		for i := range d {
			p.Axes[k][i] = vecs[i][c]
			if math.Abs(vecs[i][c]) > math.Abs(vecs[big][c]) {
				big = i
			}
		}
		if vecs[big][c] < 0 {
			for i := range d {
				p.Axes[k][i] = -p.Axes[k][i]
			}
		}
	}
	for i := range d {
		p.Mean[i] = mean[i] * scale
	}
	return p
}

// Project writes the first two principal coordinates of each of the n rows
// of data (row-major, D values a row) into dst, reusing its storage when it
// is large enough, and returns it. With D = 1 the second coordinate is 0.
func (p *PCA) Project(dst [][2]float64, data []float64, n int) [][2]float64 {
	d := min(max(p.D, 1), MaxPCADim)
	n = max(min(n, len(data)/d), 0)
	if cap(dst) < n {
		dst = make([][2]float64, n)
	}
	dst = dst[:n]
	for k := range n {
		var u [2]float64
		for i := range d {
			v := data[k*d+i]
			if math.IsNaN(v) || math.IsInf(v, 0) {
				v = 0
			}
			c := v - p.Mean[i]
			u[0] += c * p.Axes[0][i]
			if d > 1 {
				u[1] += c * p.Axes[1][i]
			}
		}
		dst[k] = u
	}
	return dst
}

// symEigen returns the eigenvalues and eigenvectors (as the columns of vecs)
// of the symmetric d×d matrix a by the cyclic Jacobi method: each rotation
// zeroes one off-diagonal entry, and the sweeps converge quadratically. For
// d ≤ 8 a few sweeps reach machine precision.
func symEigen(a [MaxPCADim][MaxPCADim]float64, d int) (vals [MaxPCADim]float64, vecs [MaxPCADim][MaxPCADim]float64) {
	for i := range d {
		vecs[i][i] = 1
	}
	for sweep := 0; sweep < 100; sweep++ {
		off, norm := 0.0, 0.0
		for i := range d {
			for j := range d {
				if i != j {
					off += a[i][j] * a[i][j]
				}
				norm += a[i][j] * a[i][j]
			}
		}
		if off <= 1e-30*norm || off == 0 {
			break
		}
		for p := 0; p < d-1; p++ {
			for q := p + 1; q < d; q++ {
				if a[p][q] == 0 {
					continue
				}
				// The rotation angle θ with tan 2θ = 2a_pq/(a_qq − a_pp),
				// taking the smaller root for t = tan θ, as is stable.
				theta := (a[q][q] - a[p][p]) / (2 * a[p][q])
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if math.IsInf(theta, 0) {
					t = 0
				}
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := range d {
					akp, akq := a[k][p], a[k][q]
					a[k][p] = c*akp - s*akq
					a[k][q] = s*akp + c*akq
				}
				for k := range d {
					apk, aqk := a[p][k], a[q][k]
					a[p][k] = c*apk - s*aqk
					a[q][k] = s*apk + c*aqk
				}
				for k := range d {
					vkp, vkq := vecs[k][p], vecs[k][q]
					vecs[k][p] = c*vkp - s*vkq
					vecs[k][q] = s*vkp + c*vkq
				}
			}
		}
	}
	for i := range d {
		vals[i] = a[i][i]
	}
	return vals, vecs
}
