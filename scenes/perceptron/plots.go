package perceptron

import (
	"math"

	"github.com/neurona/neurona/scenes/perceptron/model"
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
func (p *plots) refresh(r *model.Run) {
	k := r.P.Mistakes()
	if p.ok == r.Separable() && p.gen == r.Gen && p.k == k {
		return
	}
	p.gen, p.k, p.ok = r.Gen, k, r.Separable()
	p.dot, p.kGamma, p.norm, p.kR2 = p.dot[:0], p.kGamma[:0], p.norm[:0], p.kR2[:0]
	if !p.ok {
		return
	}
	tr := r.ProofPrefix()
	n := len(tr)
	stride := max(1, int(math.Ceil(float64(n)/plotMaxPoints)))
	for i := 0; i < n; i += stride {
		p.add(i, tr[i])
		if i+stride >= n && i != n-1 {
			p.add(n-1, tr[n-1])
		}
	}
	// The bounds are straight lines through the origin: two points each,
	// so that they draw dashed.
	last := float64(n - 1)
	p.kGamma = append(p.kGamma, 0, 0, last, last*r.Nov.Gamma)
	p.kR2 = append(p.kR2, 0, 0, last, last*r.Nov.R*r.Nov.R)
}

// add appends the proof point after k mistakes.
func (p *plots) add(k int, q model.ProofPoint) {
	p.dot = append(p.dot, float64(k), q.Dot)
	p.norm = append(p.norm, float64(k), q.NormSq)
}
