package engine

import "math"

// MaxAlpha is the largest learning rate the perceptron accepts; larger ones
// are clamped to it. With |xₖ| ≤ MaxCoord every update changes a weight by at
// most MaxAlpha·MaxCoord·√2 ≈ 1.5e15, so overflow would take more than 1e290
// updates: the weights stay finite for any run that can happen.
const MaxAlpha = 1e6

// maxW0 bounds the starting weights, for the same reason.
const maxW0 = MaxAlpha * MaxCoord

// pocketExactMax is the largest set for which the pocket weights are checked
// after every update (so they are truly the best seen); larger sets check
// only weights that reach a record run of correct classifications, as
// Gallant's pocket algorithm with ratchet does, to keep a step O(1) on
// average.
const pocketExactMax = 4096

// PerceptronConfig configures a perceptron run.
type PerceptronConfig struct {
	Rule  Rule       // update rule, Classic (the zero value) or PlusMinus
	Alpha float64    // learning rate α; 0, negative or NaN mean 1, above MaxAlpha is clamped
	Order Order      // point order, Cyclic (the zero value) or Shuffle
	Seed  int64      // seeds the Shuffle order
	W0    [2]float64 // starting weights θ⁰ (0 in the notes)
	B0    float64    // starting bias b⁰; ignored (0) with NoBias
	// NoBias drops the bias: the input is x itself, not [x, 1], b stays 0
	// and every separator passes through the origin (the notes' three-point
	// iteration). The zero value keeps the bias folded into the input.
	NoBias bool
	// Tie is what a point on the hyperplane (a = 0) counts as; the zero
	// value, TieRule, is the rule's own convention (see Tie), kept as
	// TieRule by Config so that changing Rule changes it too; Perceptron.Tie
	// returns the convention in effect.
	Tie Tie
}

// sanitized returns cfg with α, W0 and B0 brought into their documented ranges.
func (cfg PerceptronConfig) sanitized() PerceptronConfig {
	a := cfg.Alpha
	if !(a > 0) { // also NaN
		a = 1
	}
	cfg.Alpha = math.Min(a, MaxAlpha)
	cfg.W0[0], cfg.W0[1], cfg.B0 = clampW(cfg.W0[0]), clampW(cfg.W0[1]), clampW(cfg.B0)
	if cfg.NoBias {
		cfg.B0 = 0
	}
	if cfg.Rule != PlusMinus {
		cfg.Rule = Classic
	}
	if cfg.Tie < TieRule || cfg.Tie > TieNegative {
		cfg.Tie = TieRule
	}
	if cfg.Order != Shuffle {
		cfg.Order = Cyclic
	}
	return cfg
}

// clampW maps a starting weight into [−maxW0, maxW0], and NaN to 0.
func clampW(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	return math.Max(-maxW0, math.Min(maxW0, v))
}

// PerceptronStep records one visit of one point: what the rule saw, decided
// and changed. Labels Y are ±1 as in the data; YHat and Diff = y − ŷ are in
// the rule's own labels: {0,1} for Classic (Diff ∈ {−1,0,1}), and
// ŷ = sign(a) ∈ {−1,0,+1} for PlusMinus, where ŷ = 0 marks a point on the
// hyperplane under TieMistake, which that rule counts as a mistake
// (Diff ∈ {−2,…,2}). Case names the row of the rule's case table the step
// took; OnLine tells that the tie convention decided it.
type PerceptronStep struct {
	Step      int        // 1 for the first step
	Index     int        // index of the point in the slice given to NewPerceptron; −1 if there are no points
	X         [2]float64 // the point
	Y         int        // its label, ±1
	Target    int        // its label in the rule's labels: (y+1)/2 for Classic, y for PlusMinus
	Potential float64    // a = θ·x + b before the update
	YHat      int        // the rule's prediction ŷ, in its labels
	Diff      int        // y − ŷ in the rule's labels
	Updated   bool       // whether the rule changed the weights (a mistake)
	DeltaW    [2]float64 // Δθ = α(y − ŷ)x (Classic) or α·y·x (PlusMinus); 0 without a mistake
	DeltaB    float64    // Δb, likewise
	WBefore   [2]float64 // θ before the step
	WAfter    [2]float64 // θ after the step
	BBefore   float64    // b before the step
	BAfter    float64    // b after the step
	Mistakes  int        // updates so far, including this one
	Epoch     int        // the pass over the data this step belongs to, from 0
	EpochEnd  bool       // whether this step finished its epoch
	Converged bool       // whether the perceptron has converged (after this step)

	// Case is the row of the rule's own case table the step took; OnLine
	// tells whether a = 0, so that the tie convention decided ŷ.
	Case   PerceptronCase
	OnLine bool
	// Repeat is set on the step whose update first brought the weights back
	// to a value they held before; RepeatOf then says when (see
	// WeightRepeat: no separator exists, through the origin without a bias).
	Repeat   bool
	RepeatOf WeightRepeat
}

// PerceptronState is the complete mutable state of a Perceptron, a plain value.
type PerceptronState struct {
	W             [2]float64 // weights θ
	B             float64    // bias b
	Steps         int        // steps taken
	Pos           int        // position within the current epoch
	Epoch         int        // completed epochs
	Mistakes      int        // updates made
	EpochMistakes int        // mistakes in the current epoch
	Run           int        // consecutive correct classifications
	Converged     bool       // a whole epoch passed without a mistake
	PocketW       [2]float64 // pocket weights (see Perceptron.Pocket)
	PocketB       float64    // pocket bias
	PocketErrors  int        // points the pocket weights misclassify
	BestRun       int        // longest run checked for the pocket (large sets)

	// Watch looks for weights that repeat (see Perceptron.Repeat).
	Watch repeatWatch
}

// Perceptron runs one of the lecture's perceptron rules over a fixed point
// set, one point per Step. A Perceptron is a plain value: copying it (or
// Snapshot/Restore) captures its state exactly, because the only slices it
// holds are written once, in NewPerceptron.
type Perceptron struct {
	pts   []Point // private copy, never written after NewPerceptron
	valid []int   // indices of the valid points, nil when all are
	cfg   PerceptronConfig
	tie   Tie // cfg.Tie resolved for cfg.Rule
	s     PerceptronState
}

// NewPerceptron returns a perceptron over a copy of pts, configured by cfg
// (see PerceptronConfig for how out-of-range values are treated). Invalid
// points (see ValidPoint) are never visited; indices in the steps still refer
// to pts.
func NewPerceptron(pts []Point, cfg PerceptronConfig) *Perceptron {
	p := &Perceptron{pts: append([]Point(nil), pts...), cfg: cfg.sanitized()}
	p.tie = p.cfg.Tie.resolve(p.cfg.Rule)
	if ValidPoints(pts) != nil {
		p.valid = []int{}
		for i, q := range pts {
			if ValidPoint(q) == nil {
				p.valid = append(p.valid, i)
			}
		}
	}
	p.Reset()
	return p
}

// Reset returns to the starting weights and step 0, keeping points and config.
func (p *Perceptron) Reset() {
	w, b := p.cfg.W0, p.cfg.B0
	p.s = PerceptronState{W: w, B: b, PocketW: w, PocketB: b, PocketErrors: p.Errors(w, b)}
	p.s.Watch.start(w, b)
	if p.n() == 0 {
		p.s.Converged = true
	}
}

// Config returns the configuration in use, after clamping.
func (p *Perceptron) Config() PerceptronConfig { return p.cfg }

// Tie returns the tie convention in effect: Config().Tie, or the rule's own
// (TieNegative for Classic, TieMistake for PlusMinus) for TieRule.
func (p *Perceptron) Tie() Tie { return p.tie }

// Points returns the perceptron's copy of the points; callers must not modify it.
func (p *Perceptron) Points() []Point { return p.pts }

// Snapshot returns the perceptron's state.
func (p *Perceptron) Snapshot() PerceptronState { return p.s }

// Restore sets the state to one returned by Snapshot on this perceptron (or a
// copy of it).
func (p *Perceptron) Restore(s PerceptronState) { p.s = s }

// W returns the current weights θ.
func (p *Perceptron) W() [2]float64 { return p.s.W }

// B returns the current bias b.
func (p *Perceptron) B() float64 { return p.s.B }

// Neuron returns the current weights as a neuron with the Sign activation.
func (p *Perceptron) Neuron() Neuron { return Neuron{Theta: p.s.W, B: p.s.B, Act: Sign} }

// Mistakes returns the number of updates made so far.
func (p *Perceptron) Mistakes() int { return p.s.Mistakes }

// Steps returns the number of steps taken.
func (p *Perceptron) Steps() int { return p.s.Steps }

// Epoch returns the number of completed passes over the data.
func (p *Perceptron) Epoch() int { return p.s.Epoch }

// Converged reports whether a whole epoch has passed without a mistake
// (immediately true for an empty set).
func (p *Perceptron) Converged() bool { return p.s.Converged }

// Pocket returns the best weights seen so far (the pocket algorithm) and
// their number of misclassified points. For up to 4096 points every weight
// vector is checked, so these are the best of the run; for larger sets only
// weights that reach a record run of correct classifications are checked.
func (p *Perceptron) Pocket() (w [2]float64, b float64, errors int) {
	return p.s.PocketW, p.s.PocketB, p.s.PocketErrors
}

// Repeat returns the first repeat of the weights found so far, and whether
// one was found (see WeightRepeat for what it proves).
func (p *Perceptron) Repeat() (WeightRepeat, bool) { return p.s.Watch.Repeat, p.s.Watch.Found }

// n returns the number of points visited per epoch.
func (p *Perceptron) n() int {
	if p.valid != nil {
		return len(p.valid)
	}
	return len(p.pts)
}

// index returns the index in pts of the point visited at position pos of the
// current epoch.
func (p *Perceptron) index(pos int) int {
	if p.cfg.Order == Shuffle {
		key := mix64(uint64(p.cfg.Seed)) ^ mix64(uint64(p.s.Epoch)+0x632be59bd9b4e019)
		pos = newPermutation(p.n(), key).at(pos)
	}
	if p.valid != nil {
		return p.valid[pos]
	}
	return pos
}

// judge applies the rule to point q with weights (w, b): the rule's label
// for q, its ŷ, and whether it is a mistake the rule corrects. At a = 0 the
// tie convention decides ŷ.
func (p *Perceptron) judge(q Point, w [2]float64, b float64) (a float64, target, yhat int, mistake bool) {
	a = w[0]*q.X[0] + w[1]*q.X[1] + b
	tie := p.tie
	if p.cfg.Rule == Classic {
		target = (q.Y + 1) / 2
		switch {
		case a > 0, a == 0 && tie == TiePositive:
			yhat = 1
		case a == 0 && tie == TieMistake:
			yhat = 1 - target
		}
		return a, target, yhat, yhat != target
	}
	target = q.Y
	switch {
	case a > 0, a == 0 && tie == TiePositive:
		yhat = 1
	case a < 0, a == 0 && tie == TieNegative:
		yhat = -1
	}
	// Under TieMistake ŷ = 0 on the hyperplane: y·a ≤ 0 is a mistake.
	return a, target, yhat, yhat != target
}

// Errors returns how many valid points the rule would count as mistakes with
// weights (w, b).
func (p *Perceptron) Errors(w [2]float64, b float64) int {
	e := 0
	for i := range p.n() {
		k := i
		if p.valid != nil {
			k = p.valid[i]
		}
		if _, _, _, m := p.judge(p.pts[k], w, b); m {
			e++
		}
	}
	return e
}

// Step visits the next point, applies the rule and returns the record. Steps
// continue after convergence (they no longer change anything). With no
// points it returns a record with Index −1 and Converged set.
func (p *Perceptron) Step() PerceptronStep {
	s := &p.s
	n := p.n()
	if n == 0 {
		return PerceptronStep{Step: s.Steps, Index: -1, Converged: true, WBefore: s.W, WAfter: s.W, BBefore: s.B, BAfter: s.B}
	}
	i := p.index(s.Pos)
	q := p.pts[i]
	a, target, yhat, mistake := p.judge(q, s.W, s.B)
	s.Steps++
	st := PerceptronStep{
		Step: s.Steps, Index: i, X: q.X, Y: q.Y, Target: target, Potential: a,
		YHat: yhat, Diff: target - yhat, WBefore: s.W, BBefore: s.B, Epoch: s.Epoch,
		Case: perceptronCase(p.cfg.Rule, target, yhat), OnLine: a == 0,
	}
	if mistake {
		// Both rules add α·y·[x, 1] on a mistake: for Classic, y − ŷ is
		// +1 or −1 exactly when the ±1 label is, so Diff and Y coincide.
		k := p.cfg.Alpha * float64(q.Y)
		st.DeltaW = [2]float64{k * q.X[0], k * q.X[1]}
		if !p.cfg.NoBias {
			st.DeltaB = k
		}
		if p.n() > pocketExactMax && s.Run > s.BestRun {
			s.BestRun = s.Run
			p.pocket(s.W, s.B)
		}
		s.W[0] += st.DeltaW[0]
		s.W[1] += st.DeltaW[1]
		s.B += st.DeltaB
		s.Mistakes++
		s.EpochMistakes++
		s.Run = 0
		st.Updated = true
		if n <= pocketExactMax {
			p.pocket(s.W, s.B)
		}
		if s.Watch.update(s.W, s.B, s.Steps, s.Mistakes) {
			st.Repeat, st.RepeatOf = true, s.Watch.Repeat
		}
	} else {
		s.Run++
	}
	s.Pos++
	if s.Pos == n {
		st.EpochEnd = true
		if s.EpochMistakes == 0 && !s.Converged {
			s.Converged = true
			s.PocketW, s.PocketB, s.PocketErrors = s.W, s.B, 0
		}
		s.Pos, s.EpochMistakes = 0, 0
		s.Epoch++
	}
	st.WAfter, st.BAfter, st.Mistakes, st.Converged = s.W, s.B, s.Mistakes, s.Converged
	return st
}

// pocket keeps (w, b) as the pocket weights if they misclassify fewer points.
func (p *Perceptron) pocket(w [2]float64, b float64) {
	if e := p.Errors(w, b); e < p.s.PocketErrors {
		p.s.PocketW, p.s.PocketB, p.s.PocketErrors = w, b, e
	}
}
