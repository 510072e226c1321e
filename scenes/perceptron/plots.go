package perceptron

import (
	"math"

	"github.com/neurona/neurona/scenes/ui"
)

// plotMaxPoints bounds the points per curve of the proof plots: longer runs
// are sampled evenly (keeping the last point).
const plotMaxPoints = 400

// plots holds the curves of the two proof plots, rebuilt in Update only
// when the run or its number of mistakes changes, so Draw allocates nothing.
type plots struct {
	gen, k int
	ok     bool // the data is separable and the curves are meaningful
	// dot: u_k·w* and its lower bound kγ; norm: ‖u_k‖² and its upper bound kR².
	dot, kGamma, norm, kR2 []float64
	dotPlot, normPlot      ui.Plot
}

// refresh rebuilds the curves for the run's current position.
func (p *plots) refresh(r *run) {
	k := r.p.Mistakes()
	if p.ok == r.separable() && p.gen == r.gen && p.k == k {
		return
	}
	p.gen, p.k, p.ok = r.gen, k, r.separable()
	p.dot, p.kGamma, p.norm, p.kR2 = p.dot[:0], p.kGamma[:0], p.norm[:0], p.kR2[:0]
	if !p.ok {
		return
	}
	tr := r.proofPrefix()
	n := len(tr)
	stride := max(1, int(math.Ceil(float64(n)/plotMaxPoints)))
	g, R2 := r.nov.Gamma, r.nov.R*r.nov.R
	for i := 0; i < n; i += stride {
		p.add(float64(i), tr[i], g, R2)
		if i+stride >= n && i != n-1 {
			p.add(float64(n-1), tr[n-1], g, R2)
		}
	}
}

// add appends the proof point after k mistakes and the bounds at k.
func (p *plots) add(k float64, q proofPoint, g, R2 float64) {
	p.dot = append(p.dot, k, q.dot)
	p.kGamma = append(p.kGamma, k, k*g)
	p.norm = append(p.norm, k, q.normSq)
	p.kR2 = append(p.kR2, k, k*R2)
}
