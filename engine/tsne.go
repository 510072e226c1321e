package engine

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
)

// MaxTSNEPoints is the largest number of points exact t-SNE accepts: its
// cost and memory grow as n², and 1,000 points keep one iteration within a
// frame's budget.
const MaxTSNEPoints = 1000

// TSNEConfig sets the parameters of t-SNE (van der Maaten & Hinton 2008).
// Zero fields take the defaults of DefaultTSNEConfig.
type TSNEConfig struct {
	Perplexity        float64 // effective number of neighbours; see TSNE.Perplexity
	LearningRate      float64 // step size η of the gradient descent
	Exaggeration      float64 // factor on P during the first iterations
	ExaggerationIters int     // iterations with exaggerated P
	Momentum          float64 // momentum before MomentumSwitch
	FinalMomentum     float64 // momentum from MomentumSwitch on
	MomentumSwitch    int     // iteration at which the momentum changes
	Seed              int64   // seed of the initial embedding
}

// DefaultTSNEConfig returns the usual settings: perplexity 30, η = 200,
// exaggeration 12 for 250 iterations, momentum 0.5 then 0.8 from 250.
func DefaultTSNEConfig() TSNEConfig {
	return TSNEConfig{
		Perplexity: 30, LearningRate: 200, Exaggeration: 12, ExaggerationIters: 250,
		Momentum: 0.5, FinalMomentum: 0.8, MomentumSwitch: 250, Seed: 1,
	}
}

// withDefaults fills zero (or unusable) fields from DefaultTSNEConfig.
func (c TSNEConfig) withDefaults() TSNEConfig {
	def := DefaultTSNEConfig()
	pos := func(v *float64, d float64) {
		if !(*v > 0) || math.IsInf(*v, 0) {
			*v = d
		}
	}
	pos(&c.Perplexity, def.Perplexity)
	pos(&c.LearningRate, def.LearningRate)
	pos(&c.Exaggeration, def.Exaggeration)
	pos(&c.Momentum, def.Momentum)
	pos(&c.FinalMomentum, def.FinalMomentum)
	c.LearningRate = math.Min(c.LearningRate, 1e4)
	c.Exaggeration = math.Min(c.Exaggeration, 100)
	c.Momentum = math.Min(c.Momentum, 0.99)
	c.FinalMomentum = math.Min(c.FinalMomentum, 0.99)
	if c.ExaggerationIters < 0 {
		c.ExaggerationIters = def.ExaggerationIters
	}
	if c.MomentumSwitch < 0 {
		c.MomentumSwitch = def.MomentumSwitch
	}
	return c
}

// TSNEStep records one iteration of t-SNE.
type TSNEStep struct {
	Iter        int     // number of this iteration, from 1
	GradNorm    float64 // Euclidean norm of the gradient
	Exaggerated bool    // P was exaggerated in this iteration
	Diverged    bool    // the update was not finite and was refused
}

// TSNE is exact t-SNE of up to MaxTSNEPoints points into the plane, iterated
// a step at a time so that a scene can show the embedding settle: the
// conditional probabilities p_j|i are Gaussian with a precision per point
// found by bisection so that each row's perplexity is the target, P is
// their symmetrisation (p_j|i + p_i|j)/2n, Q uses the Student-t kernel
// (1 + ‖y_i − y_j‖²)⁻¹, and the gradient descent on KL(P‖Q) uses early
// exaggeration, momentum and per-coordinate adaptive gains. Step allocates
// nothing.
type TSNE struct {
	cfg   TSNEConfig
	n, d  int
	perp  float64
	data  []float64    // n×d, scaled to a largest magnitude of 1
	beta  []float64    // precision of each point's Gaussian
	p     []float64    // n×n joint P (unexaggerated) in use, once calibrated
	cal   []float64    // n×n: the P being calibrated, swapped with p when done
	row   []float64    // n scratch: one row's distances
	y     [][2]float64 // the embedding
	upd   [][2]float64 // the last update (momentum)
	gains [][2]float64 // adaptive gains
	grad  [][2]float64 // the last gradient
	attr  [][2]float64 // scratch: the gradient's attractive sums
	rep   [][2]float64 // scratch: the gradient's repulsive sums
	ready int          // rows of cal calibrated so far, then n + rows symmetrised
	fresh bool         // p is the P of the current data and perplexity
	have  bool         // p holds a calibrated P (perhaps of earlier data)
	plogp float64      // Σ p_ij log p_ij of p, for KL
	psum  float64      // Σ p_ij of p (1 up to the floor)

	calPlogp, calPsum float64 // the same sums of cal, as it is symmetrised
	iter              int
	kl                float64 // KL at klIter
	klAt              int     // iteration kl was computed at, −1 for none

	// The iteration in progress when Work spreads one over calls: its
	// gradient pass has gathered rows [0, pos) into attr, rep and z.
	passing bool
	pos     int
	z       float64
	exag    float64
	klSum   float64 // Σ_{i<j} 2 p_ij log(1 + ‖y_i − y_j‖²) so far, if klPass
	klPass  bool    // this pass also computes KL of the embedding it starts from
	klWant  bool    // the next pass is to compute KL
	lastKL  float64 // KL computed by the last pass that did, −1 for none
	lastAt  int     // the iteration whose embedding lastKL is of

	rc rowCal // the row of P being calibrated, when Work left it part done
}

// NewTSNE prepares t-SNE of the n points of d dimensions stored row-major in
// data (n·d values). It refuses fewer than 2 or more than MaxTSNEPoints
// points, d < 1, a data slice of the wrong length, and non-finite values.
// Calibrating P costs O(n²) per bisection step; it runs on the first Step,
// or a little at a time through Calibrate.
func NewTSNE(data []float64, n, d int, cfg TSNEConfig) (*TSNE, error) {
	switch {
	case n < 2:
		return nil, fmt.Errorf("t-SNE needs at least 2 points, got %d", n)
	case n > MaxTSNEPoints:
		return nil, fmt.Errorf("t-SNE takes at most %d points, got %d", MaxTSNEPoints, n)
	case d < 1:
		return nil, errors.New("t-SNE needs at least one dimension")
	case len(data) != n*d:
		return nil, fmt.Errorf("t-SNE: %d values for %d points of %d dimensions", len(data), n, d)
	}
	cfg = cfg.withDefaults()
	t := &TSNE{
		cfg: cfg, n: n, d: d,
		data: make([]float64, n*d), beta: make([]float64, n),
		p: make([]float64, n*n), cal: make([]float64, n*n), row: make([]float64, n),
		y: make([][2]float64, n), upd: make([][2]float64, n), gains: make([][2]float64, n), grad: make([][2]float64, n),
		attr: make([][2]float64, n), rep: make([][2]float64, n),
		klAt: -1, lastKL: -1, lastAt: -1,
	}
	if err := t.SetData(data); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(uint64(cfg.Seed), 0x74736e65))
	for i := range t.y {
		t.y[i] = [2]float64{1e-4 * r.NormFloat64(), 1e-4 * r.NormFloat64()}
		t.gains[i] = [2]float64{1, 1}
	}
	return t, nil
}

// SetData replaces the points (same n and d) and starts calibrating P
// again, keeping the embedding, so that t-SNE of a training network's layer
// can follow it (warm start). It refuses non-finite values or a slice of
// the wrong length, changing nothing.
func (t *TSNE) SetData(data []float64) error {
	if len(data) != t.n*t.d {
		return fmt.Errorf("t-SNE: %d values for %d points of %d dimensions", len(data), t.n, t.d)
	}
	scale := 0.0
	for k, v := range data {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("t-SNE: point %d has a non-finite value", k/t.d+1)
		}
		scale = math.Max(scale, math.Abs(v))
	}
	if scale == 0 {
		scale = 1
	}
	// P does not depend on the data's scale (each precision adapts), and
	// scaling keeps the squared distances from overflowing.
	for k, v := range data {
		t.data[k] = v / scale
	}
	t.SetPerplexity(t.cfg.Perplexity)
	return nil
}

// SetPerplexity sets the target perplexity and starts calibrating P again.
// The perplexity in use is the target clamped to [1, max(1, (n−1)/3)]: a
// row's perplexity cannot exceed n−1, and near it P is almost uniform.
func (t *TSNE) SetPerplexity(perp float64) {
	if !(perp > 0) || math.IsInf(perp, 0) {
		perp = DefaultTSNEConfig().Perplexity
	}
	t.cfg.Perplexity = perp
	t.perp = math.Min(math.Max(perp, 1), math.Max(1, float64(t.n-1)/3))
	t.ready = 0
	t.rc.on = false
	t.fresh = false
	t.klAt = -1
}

// Perplexity returns the perplexity in use (see SetPerplexity).
func (t *TSNE) Perplexity() float64 { return t.perp }

// N returns the number of points.
func (t *TSNE) N() int { return t.n }

// Iter returns the number of iterations taken.
func (t *TSNE) Iter() int { return t.iter }

// SetY places the embedding at y (one [u, v] per point, a layout kept
// earlier: a state document's) and goes on from there as from a settled
// layout: the momentum and gains start afresh, and no early exaggeration
// follows (it only serves to form clusters from a random start). It
// refuses a slice of the wrong length or non-finite values, changing
// nothing.
func (t *TSNE) SetY(y [][2]float64) error {
	if len(y) != t.n {
		return fmt.Errorf("t-SNE: %d positions for %d points", len(y), t.n)
	}
	for i, v := range y {
		if math.IsNaN(v[0]+v[1]) || math.IsInf(v[0], 0) || math.IsInf(v[1], 0) {
			return fmt.Errorf("t-SNE: position %d is not finite", i+1)
		}
	}
	copy(t.y, y)
	for i := range t.y {
		t.upd[i], t.gains[i] = [2]float64{}, [2]float64{1, 1}
	}
	t.iter = max(t.iter, t.cfg.ExaggerationIters, t.cfg.MomentumSwitch)
	t.passing = false
	t.klAt = -1
	return nil
}

// Y returns the embedding, one [u, v] per point in the data's order. It is
// the TSNE's own storage: read it, do not keep it across Steps.
func (t *TSNE) Y() [][2]float64 { return t.y }

// P returns the joint probabilities, n×n row-major, calibrating them first
// if need be. It is the TSNE's own storage: do not change it.
func (t *TSNE) P() []float64 {
	t.Calibrate(t.n)
	return t.p
}

// CalibratedRows returns how far the making of P has gone: the rows
// calibrated so far, then n plus the rows symmetrised (2n when it is done),
// for a caller that shows or checks the progress of a long calibration.
func (t *TSNE) CalibratedRows() int { return t.ready }

// Ready reports whether P is calibrated for the current data and
// perplexity, so that Step only iterates.
func (t *TSNE) Ready() bool { return t.fresh }

// Calibrate calibrates up to rows more rows of P (a scene can spread the
// O(n²·iterations) work over frames) and, when the last row is done,
// symmetrises P and puts it in use. It reports whether P is ready.
func (t *TSNE) Calibrate(rows int) bool {
	for ; rows > 0 && !t.fresh && t.ready < t.n; rows-- {
		t.calibrateRow(t.ready)
		t.ready++
	}
	for !t.fresh && t.ready >= t.n && t.ready < 2*t.n {
		t.symmetriseRow(t.ready - t.n)
		t.ready++
	}
	t.swapIfCalibrated()
	return t.Ready()
}

// swapIfCalibrated puts a calibrated and symmetrised P in use. An
// iteration that Work was spreading over calls started from the old P, so
// it starts again.
func (t *TSNE) swapIfCalibrated() {
	if t.fresh || t.ready < 2*t.n {
		return
	}
	t.p, t.cal = t.cal, t.p
	t.fresh, t.have = true, true
	t.plogp, t.psum = t.calPlogp, t.calPsum
	t.passing = false
}

// entropyTol is the bisection's tolerance on a row's entropy (in nats): the
// perplexity e^H is then within perplexity·1e-11 of the target.
const entropyTol = 1e-11

// calibrateRow finds point i's precision β so that the entropy of
// p_j|i ∝ exp(−β‖x_i − x_j‖²) is log(perplexity), and stores the row of
// conditional probabilities in row i of the P being calibrated. H falls as
// β grows, so the search is a bisection on H over a bracket of β; inside
// the bracket it tries the Newton step first (dH/dβ = −β·Var(d), a
// by-product of computing H), which cuts the ~50 halvings a row needs at
// this tolerance to a handful. It starts from the point's last precision,
// which after a small change of the data (a training network's layer) is
// within a step or two of the new one. It returns the number of times it
// evaluated the row. A row that Work left part done is completed.
func (t *TSNE) calibrateRow(i int) int {
	if !t.rc.on {
		t.startRow(i)
	}
	for {
		t.evalPart(i, t.n)
		if t.endEval() {
			return t.finishRow(i)
		}
	}
}

// rowCal is the calibration of a row of P under way: Work evaluates a
// row's entropy a part of its points at a time (a thousand exponentials
// can be more than a tick's budget), gathering the sums in the same order
// as a whole evaluation, so that the row comes out the same to the last
// bit.
type rowCal struct {
	on           bool
	beta, lo, hi float64
	target       float64
	evals, pos   int     // evaluations ended, and the next point of this one
	sum, m1, m2  float64 // Σe, Σe·d, Σe·d² so far, e = exp(−β·d)
	inv          float64 // 1/Σe of the last evaluation ended
}

// startRow starts calibrating row i: its squared distances, taken relative
// to the nearest neighbour's once (so that the exponentials cannot all
// underflow), and the first β.
func (t *TSNE) startRow(i int) {
	dist := t.row
	t.distances(i, dist)
	dmin := math.Inf(1)
	for j, v := range dist {
		if j != i && v < dmin {
			dmin = v
		}
	}
	for j := range dist {
		dist[j] -= dmin
	}
	t.rc = rowCal{on: true, beta: 1, hi: math.Inf(1), target: math.Log(t.perp)}
	// Start from the point's last precision, or on a first calibration
	// from the previous point's (neighbouring rows are often alike).
	if b := t.beta[i]; b > 0 && !math.IsInf(b, 0) {
		t.rc.beta = b
	} else if b := t.beta[max(i-1, 0)]; b > 0 && !math.IsInf(b, 0) {
		t.rc.beta = b
	}
}

// evalPart evaluates row i at the current β for its points up to (not
// including) to: exp(−β·d_j), unnormalised, into the row of the P being
// calibrated (0 for j = i), and the sums of the entropy.
func (t *TSNE) evalPart(i, to int) {
	rc := &t.rc
	from := rc.pos
	rel := t.row[from:to]
	dst := t.cal[i*t.n+from : i*t.n+to]
	beta, sum, m1, m2 := rc.beta, rc.sum, rc.m1, rc.m2
	for k, d := range rel {
		if from+k == i {
			dst[k] = 0
			continue
		}
		e := math.Exp(-beta * d)
		dst[k] = e
		sum += e
		m1 += e * d
		m2 += e * d * d
	}
	rc.sum, rc.m1, rc.m2, rc.pos = sum, m1, m2, to
}

// endEval ends an evaluation of the row (all its points evaluated): the
// entropy H = log Σe + β·E[d − dmin] and the variance of the distances
// under the row decide whether β is found (it reports true) or where the
// next evaluation goes.
func (t *TSNE) endEval() bool {
	rc := &t.rc
	rc.evals++
	inv := 1 / rc.sum
	m1 := rc.m1 * inv
	h, v := math.Log(rc.sum)+rc.beta*m1, math.Max(rc.m2*inv-m1*m1, 0)
	rc.inv = inv
	rc.pos, rc.sum, rc.m1, rc.m2 = 0, 0, 0, 0
	if math.Abs(h-rc.target) < entropyTol {
		return true
	}
	if h > rc.target { // too flat: sharpen
		rc.lo = rc.beta
	} else {
		rc.hi = rc.beta
	}
	next := rc.beta + (h-rc.target)/(rc.beta*v)
	if !(next > rc.lo && next < rc.hi) {
		if math.IsInf(rc.hi, 1) {
			next = 2 * rc.beta
		} else {
			next = (rc.lo + rc.hi) / 2
		}
	}
	if next == rc.beta {
		return true // the bracket has shrunk to one float
	}
	rc.beta = next
	return rc.evals >= maxEvals
}

// maxEvals bounds the evaluations of a row.
const maxEvals = 200

// finishRow normalises row i, as its last evaluation left it, keeps its
// β and returns the evaluations it took.
func (t *TSNE) finishRow(i int) int {
	rc := &t.rc
	row := t.cal[i*t.n : (i+1)*t.n]
	for j := range row {
		row[j] *= rc.inv
	}
	t.beta[i] = rc.beta
	rc.on = false
	return rc.evals
}

// distances writes ‖x_i − x_j‖² into dst for every j.
func (t *TSNE) distances(i int, dst []float64) {
	d := t.d
	xi := t.data[i*d : (i+1)*d]
	data := t.data[:t.n*d]
	for j := range dst[:t.n] {
		xj := data[j*d : j*d+d]
		s := 0.0
		for k, v := range xi {
			e := v - xj[k]
			s += e * e
		}
		dst[j] = s
	}
}

// symmetriseRow turns row i's part of the conditional rows in the P being
// calibrated into the joint (p_j|i + p_i|j)/2n for j > i, floored at 1e-12
// as in the reference implementation so that log p is finite, and adds the
// pairs' Σ p log p and Σ p, which KL needs, to their sums.
func (t *TSNE) symmetriseRow(i int) {
	n, p := t.n, t.cal
	if i == 0 {
		t.calPlogp, t.calPsum = 0, 0
	}
	s, sp := 0.0, 0.0
	for j := i + 1; j < n; j++ {
		v := math.Max((p[i*n+j]+p[j*n+i])/(2*float64(n)), 1e-12)
		p[i*n+j], p[j*n+i] = v, v
		s += 2 * v * math.Log(v)
		sp += 2 * v
	}
	p[i*n+i] = 0
	t.calPlogp += s
	t.calPsum += sp
}

// Step takes one iteration and returns its record. If P is not calibrated
// (a new TSNE, or after SetData or SetPerplexity) it calibrates all of it
// first, which takes O(n²) work per bisection step: a scene that must not
// stall a frame uses Work instead. An iteration that Work left half done
// is completed.
func (t *TSNE) Step() TSNEStep {
	t.Calibrate(t.n)
	if !t.passing {
		t.beginPass()
	}
	for t.pos < t.n {
		t.passRow(t.pos)
		t.pos++
	}
	return t.finishPass()
}

// Run takes k iterations and returns the last record (the zero record for
// k ≤ 0).
func (t *TSNE) Run(k int) TSNEStep {
	var st TSNEStep
	for range k {
		st = t.Step()
	}
	return st
}

// Work units: Work counts its work in units of about one pair of points'
// share of an iteration's gradient, so that a caller can bound the work of
// a frame without timing it (a budget in units gives the same result on
// every machine). An iteration of n points is n(n−1)/2 units of gradient
// (1 + logUnits per pair on an iteration that also computes KL) and 2n of
// update; symmetrising P is logUnits a pair (a logarithm, for KL);
// calibrating a row of P is n·d/4 for its distances and calibrationUnits·n
// per evaluation of the row's entropy (an exponential per point).
//
// An exponential or a logarithm costs some four pairs of the gradient as
// WebAssembly (math.Exp and math.Log are plain Go there; measured under
// Node, 4–5×) and two to three natively: the units follow WebAssembly,
// where the page's frame is, so that a budget of units bounds a tick of
// calibration as it bounds a tick of iterations.
const (
	calibrationUnits = 4
	logUnits         = 4
)

// IterationUnits returns the work units of one iteration of n points
// without KL, for callers sizing a budget.
func IterationUnits(n int) int { return n*(n-1)/2 + 2*n }

// Work spends about budget work units (see IterationUnits) on t-SNE and
// returns the units spent and the record of the last iteration it
// completed (Iter 0 if none did). It calibrates P a row at a time and
// iterates a row of the gradient at a time, so one iteration of a thousand
// points can be spread over several calls; the result is the same as
// Step's (to the last bit: the sums are gathered in the same order). While
// P is being calibrated again after SetData or SetPerplexity, the
// embedding keeps iterating with the old P on half of the budget, and the
// new P is put in use when complete. Work allocates nothing.
//
// A row of the calibration (a handful of evaluations of n exponentials)
// may cost more than a caller's budget a call: Work evaluates a part of a
// row's points at a time, so that a call keeps to its budget (but for
// the n·d/4 units of a row's distances, or a row of the symmetrising or
// the gradient: n units or less each).
func (t *TSNE) Work(budget int) (used int, last TSNEStep) {
	if !t.fresh {
		lim := budget
		if t.have {
			lim = budget / 2
		}
		for used < lim && t.ready < t.n {
			if !t.rc.on {
				t.startRow(t.ready)
				used += t.n * t.d / 4
				continue
			}
			k := min(t.n-t.rc.pos, max((lim-used)/calibrationUnits, 1))
			t.evalPart(t.ready, t.rc.pos+k)
			used += calibrationUnits * k
			if t.rc.pos == t.n && t.endEval() {
				t.finishRow(t.ready)
				t.ready++
			}
		}
		for used < lim && t.ready >= t.n && t.ready < 2*t.n {
			i := t.ready - t.n
			t.symmetriseRow(i)
			used += logUnits * (t.n - 1 - i)
			t.ready++
		}
		t.swapIfCalibrated()
		if !t.have {
			return used, last
		}
	}
	for used < budget {
		if !t.passing {
			t.beginPass()
		}
		per := 1
		if t.klPass {
			per = 1 + logUnits
		}
		for t.pos < t.n && used < budget {
			t.passRow(t.pos)
			used += per * (t.n - 1 - t.pos)
			t.pos++
		}
		if t.pos < t.n {
			break
		}
		last = t.finishPass()
		used += 2 * t.n
		if last.Diverged {
			break
		}
	}
	return used, last
}

// RequestKL asks the next iteration's gradient pass to compute KL(P‖Q) of
// the embedding it starts from, at logUnits more a pair (a logarithm);
// LastKL returns it.
func (t *TSNE) RequestKL() { t.klWant = true }

// LastKL returns the KL divergence the last requested pass computed and
// the number of iterations its embedding had taken; at = −1 if none has.
func (t *TSNE) LastKL() (kl float64, at int) { return t.lastKL, t.lastAt }

// beginPass starts an iteration's gradient pass.
func (t *TSNE) beginPass() {
	for i := range t.n {
		t.attr[i], t.rep[i] = [2]float64{}, [2]float64{}
	}
	t.passing, t.pos, t.z, t.klSum = true, 0, 0, 0
	t.klPass, t.klWant = t.klWant, false
	t.exag = 1
	if t.iter+1 <= t.cfg.ExaggerationIters {
		t.exag = t.cfg.Exaggeration
	}
}

// passRow gathers row i of the gradient's sums over the pairs i < j. With
// w_ij = (1 + ‖y_i − y_j‖²)⁻¹ and q_ij = w_ij/Z, ∂KL/∂y_i is
// 4 (exag·Σ_j p_ij w_ij (y_i − y_j) − Σ_j w_ij² (y_i − y_j) / Z), so one
// pass over the pairs gathers both sums and Z without storing the n²
// kernel values; Z is only needed at the end (finishPass).
func (t *TSNE) passRow(i int) {
	n, y := t.n, t.y
	a, r := t.attr, t.rep
	yi := y[i]
	pi := t.p[i*n : (i+1)*n]
	var ai, ri [2]float64
	z, kl := 0.0, 0.0
	for j := i + 1; j < n; j++ {
		du, dv := yi[0]-y[j][0], yi[1]-y[j][1]
		d := 1 + du*du + dv*dv
		w := 1 / d
		z += 2 * w
		pw, ww := pi[j]*w, w*w
		ai[0] += pw * du
		ai[1] += pw * dv
		ri[0] += ww * du
		ri[1] += ww * dv
		a[j][0] -= pw * du
		a[j][1] -= pw * dv
		r[j][0] -= ww * du
		r[j][1] -= ww * dv
		if t.klPass {
			kl += 2 * pi[j] * math.Log(d)
		}
	}
	t.z += z
	t.klSum += kl
	a[i][0] += ai[0]
	a[i][1] += ai[1]
	r[i][0] += ri[0]
	r[i][1] += ri[1]
}

// finishPass turns the gathered sums into the gradient and takes the
// update: momentum and adaptive gains, then recentring.
func (t *TSNE) finishPass() TSNEStep {
	t.passing = false
	z := t.z
	if t.klPass {
		// KL = Σ p log p − Σ p log w + Σp·log Z, with log w = −log d.
		t.lastKL, t.lastAt = t.plogp+t.klSum+math.Log(z)*t.psum, t.iter
	}
	for i := range t.n {
		t.grad[i] = [2]float64{4 * (t.exag*t.attr[i][0] - t.rep[i][0]/z), 4 * (t.exag*t.attr[i][1] - t.rep[i][1]/z)}
	}
	t.iter++
	st := TSNEStep{Iter: t.iter, Exaggerated: t.exag != 1}
	mom := t.cfg.Momentum
	if t.iter > t.cfg.MomentumSwitch {
		mom = t.cfg.FinalMomentum
	}
	s := 0.0
	for i := range t.grad {
		s = math.Hypot(s, math.Hypot(t.grad[i][0], t.grad[i][1]))
	}
	st.GradNorm = s
	if !(s <= math.MaxFloat64) {
		st.Diverged = true
		return st
	}
	// Adaptive gains (Jacobs 1988, as in the reference implementation):
	// grow where the gradient keeps opposing the last update, shrink where
	// it changes sign.
	var mean [2]float64
	for i := range t.y {
		for k := range 2 {
			g, u := t.grad[i][k], t.upd[i][k]
			if (g > 0) != (u > 0) {
				t.gains[i][k] += 0.2
			} else {
				t.gains[i][k] = math.Max(t.gains[i][k]*0.8, 0.01)
			}
			t.upd[i][k] = mom*u - t.cfg.LearningRate*t.gains[i][k]*g
			t.y[i][k] += t.upd[i][k]
			mean[k] += t.y[i][k]
		}
	}
	// Keep the embedding centred at the origin; t-SNE's cost ignores a shift.
	for i := range t.y {
		t.y[i][0] -= mean[0] / float64(t.n)
		t.y[i][1] -= mean[1] / float64(t.n)
	}
	return st
}

// gradient writes ∂KL/∂y_i of the embedding y into dst, for tests against
// finite differences; an iteration Work left half done starts again.
func (t *TSNE) gradient(y [][2]float64, exag float64, dst [][2]float64) {
	saved, want := t.y, t.klWant
	defer func() { t.klWant = want }()
	t.y = y
	t.beginPass()
	t.exag = exag
	for t.pos < t.n {
		t.passRow(t.pos)
		t.pos++
	}
	t.passing = false
	t.y = saved
	for i := range t.n {
		dst[i] = [2]float64{4 * (exag*t.attr[i][0] - t.rep[i][0]/t.z), 4 * (exag*t.attr[i][1] - t.rep[i][1]/t.z)}
	}
}

// KL returns the Kullback–Leibler divergence KL(P‖Q) = Σ p_ij log(p_ij/q_ij)
// of the current embedding (with P unexaggerated). It costs O(n²) logarithms,
// so it is computed on request and kept until the next Step.
func (t *TSNE) KL() float64 {
	if t.klAt == t.iter {
		return t.kl
	}
	t.Calibrate(t.n)
	t.kl, t.klAt = t.klOf(t.y), t.iter
	return t.kl
}

// klOf returns KL(P‖Q) for the embedding y: Σ p_ij log p_ij −
// Σ p_ij log w_ij + log Z, with P summing to 1.
func (t *TSNE) klOf(y [][2]float64) float64 {
	n := t.n
	z, s := 0.0, 0.0
	for i := range n {
		for j := i + 1; j < n; j++ {
			du, dv := y[i][0]-y[j][0], y[i][1]-y[j][1]
			d := 1 + du*du + dv*dv
			z += 2 / d
			if p := t.p[i*n+j]; p > 0 {
				// log p − log w = log p + log d, for both (i,j) and (j,i).
				s += 2 * p * (math.Log(p) + math.Log(d))
			}
		}
	}
	return s + math.Log(z)*t.pSum()
}

// pSum returns Σ p_ij (1 once calibrated, up to the 1e-12 floor).
func (t *TSNE) pSum() float64 {
	s := 0.0
	for _, v := range t.p {
		s += v
	}
	return s
}
