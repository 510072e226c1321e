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

// recentRepeats is how many of the latest weights repeatWatch compares
// every new value with, so that short cycles, like the notes' w³ = w¹, are
// reported at their first repeat.
const recentRepeats = 4

// heldWeights is a value the weights held, and when.
type heldWeights struct {
	W          [2]float64 // weights θ
	B          float64    // bias b
	Step, Mist int        // the step after which they were held, and the updates made by then
}

// repeatWatch finds a repeat of the weights among the values they take after
// each update. It compares each new value with the last recentRepeats values
// (so a cycle of up to that many updates is reported at its first repeat)
// and, for longer cycles, with Brent's cycle-finding scheme: one remembered
// value (the "tortoise"), moved to the current value after 1, 2, 4, …
// further updates. Memory is constant, so the Perceptron stays a plain value
// and a step allocates nothing, and a repeat is found in any run whose
// weights eventually revisit values periodically (every cyclic run on a set
// that is not separable, with small integer coordinates, does); the pair
// reported is always a true repeat, though after a long cycle not always
// the first one.
type repeatWatch struct {
	Recent     [recentRepeats]heldWeights // the latest values, a ring
	NRecent    int                        // values held in Recent
	Tortoise   heldWeights                // Brent's remembered value
	Power, Lam int                        // updates until the tortoise moves, and since it last did
	Found      bool                       // whether a repeat was found (then Repeat holds it)
	Repeat     WeightRepeat
}

// start remembers the starting weights.
func (r *repeatWatch) start(w [2]float64, b float64) {
	h := heldWeights{W: w, B: b}
	*r = repeatWatch{Tortoise: h, Power: 1, NRecent: 1}
	r.Recent[0] = h
}

// update checks the weights after an update and reports whether they repeat
// an earlier value (only the first repeat found is reported).
func (r *repeatWatch) update(w [2]float64, b float64, step, mistakes int) bool {
	if r.Found {
		return false
	}
	h := heldWeights{W: w, B: b, Step: step, Mist: mistakes}
	earlier, ok := r.Tortoise, r.Tortoise.W == w && r.Tortoise.B == b
	for _, e := range r.Recent[:r.NRecent] {
		if e.W == w && e.B == b {
			earlier, ok = e, true
		}
	}
	if ok {
		r.Found = true
		r.Repeat = WeightRepeat{Step: step, Mistakes: mistakes, EarlierStep: earlier.Step, EarlierMistakes: earlier.Mist}
		return true
	}
	r.Recent[mistakes%recentRepeats] = h
	r.NRecent = min(r.NRecent+1, recentRepeats)
	if r.Lam++; r.Lam >= r.Power {
		r.Tortoise = h
		r.Power *= 2
		r.Lam = 0
	}
	return false
}
