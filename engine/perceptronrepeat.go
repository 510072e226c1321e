package engine

// WeightRepeat reports that a perceptron's weights came back to a value they
// held before: after update number Mistakes (at step Step) the weights
// (θ, b) equal those held after update EarlierMistakes (at step
// EarlierStep; 0 and 0 for the starting weights). In the notes' numbering,
// w^Mistakes = w^EarlierMistakes.
//
// A repeat is a certificate, whatever the order of the points: the updates
// in between add up to zero, Σ α·yᵢuᵢ = 0, so no w has yᵢ w·uᵢ > 0 for all of
// those points (the sum would be positive). With the bias no line separates
// the points strictly; without it no line through the origin does. That is
// the notes' three-point example without a bias: w³ = w¹.
type WeightRepeat struct {
	Step, Mistakes               int // the step whose update brought the weights back, and the updates made by then
	EarlierStep, EarlierMistakes int // the step after which they were held before (0: the start), and the updates made by then
}

// repeatWatch finds a repeat of the weights among the values they take after
// each update with Brent's cycle-finding scheme: one remembered value (the
// "tortoise"), moved to the current value after 1, 2, 4, … further updates.
// This needs constant memory, so the Perceptron stays a plain value and a
// step allocates nothing, and it finds a repeat in any run whose weights
// eventually revisit values periodically (every cyclic run on a set that is
// not separable with integer coordinates does); the pair it reports is a
// true repeat, though not always the first one.
type repeatWatch struct {
	W          [2]float64 // the remembered weights θ
	B          float64    // and bias
	Step, Mist int        // when they were held
	Power, Lam int        // updates until the next move, and since the last
	Found      bool       // whether a repeat was found (then Repeat holds it)
	Repeat     WeightRepeat
}

// start remembers the starting weights.
func (r *repeatWatch) start(w [2]float64, b float64) {
	*r = repeatWatch{W: w, B: b, Power: 1}
}

// update checks the weights after an update and reports whether they repeat
// the remembered ones (only the first repeat is reported).
func (r *repeatWatch) update(w [2]float64, b float64, step, mistakes int) bool {
	if r.Found {
		return false
	}
	if w == r.W && b == r.B {
		r.Found = true
		r.Repeat = WeightRepeat{Step: step, Mistakes: mistakes, EarlierStep: r.Step, EarlierMistakes: r.Mist}
		return true
	}
	if r.Lam++; r.Lam >= r.Power {
		r.W, r.B, r.Step, r.Mist = w, b, step, mistakes
		r.Power *= 2
		r.Lam = 0
	}
	return false
}
