package notebook

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
)

// perceptronMaxSteps is the most steps a perceptron document may ask for:
// the scene's history limit.
const perceptronMaxSteps = 100000

// perceptronView is what perceptron.tmpl writes: the data, the settings and
// the rule's code, all as Python literals.
type perceptronView struct {
	X, Y          string // the inputs (rows) and labels ±1, in the scene's order
	N             int
	Alpha         string
	Rule, Order   string // "classic" or "pm1"; "cyclic" or "shuffle"
	Classic       bool
	Shuffle       bool
	Bias          bool
	Tie           string // what a = 0 counts as: "mistake", "positive" or "negative"
	Seed          uint64 // the shuffle's seed, as the engine reads it
	Steps         int
	SklearnEpochs int    // whole epochs to give scikit-learn (0: none)
	SklearnWhy    string // why scikit-learn is not run: "order", "tie", "classes", "epochs", or ""
	Separable     bool   // a separator exists (through the origin without a bias)
	WStar         string // the app's max-margin unit vector: [θ₁, θ₂, b], or [θ₁, θ₂] without a bias
}

// perceptronData reads a perceptron document. Fields: "points", "alpha",
// "rule", "order", "step", and the options "bias" (default true), "tie"
// ("mistake", "positive", "negative", or "rule", the default: the rule's
// own, y·a ≤ 0 for pm1 and step(0) = 0 for classic; see engine.Tie) and
// "seed" (the shuffle's, 0 in the scene).
func perceptronData(d doc, _ string) (any, error) {
	pts, err := d.points()
	if err != nil {
		return nil, err
	}
	v := perceptronView{Rule: "pm1", Order: "cyclic", Bias: true, N: len(pts)}
	alpha := 1.0
	if err := d.rate("alpha", &alpha, engine.MaxAlpha); err != nil {
		return nil, err
	}
	if err := d.Choice("rule", &v.Rule, "classic", "pm1"); err != nil {
		return nil, err
	}
	if err := d.Choice("order", &v.Order, "cyclic", "shuffle"); err != nil {
		return nil, err
	}
	if err := d.Decode("bias", &v.Bias); err != nil {
		return nil, err
	}
	v.Tie = engine.TieRule.String()
	if err := d.Choice("tie", &v.Tie, engine.TieRule.String(), engine.TieMistake.String(), engine.TiePositive.String(), engine.TieNegative.String()); err != nil {
		return nil, err
	}
	if v.Tie == engine.TieRule.String() {
		v.Tie = engine.TieMistake.String()
		if v.Rule == "classic" {
			v.Tie = engine.TieNegative.String()
		}
	}
	var seed float64
	if err := d.number("seed", &seed, math.MaxInt64/2); err != nil {
		return nil, err
	}
	if seed != math.Trunc(seed) {
		return nil, statedoc.Errorf("seed", "want a whole number, got %g", seed)
	}
	v.Seed = uint64(int64(seed))
	if err := d.Int("step", &v.Steps, 0, perceptronMaxSteps); err != nil {
		return nil, err
	}
	if len(pts) == 0 {
		v.Steps = 0
	}
	v.X, v.Y = pointRows(pts)
	v.Alpha = py(alpha)
	v.Classic, v.Shuffle = v.Rule == "classic", v.Order == "shuffle"

	pos, neg := 0, 0
	for _, p := range pts {
		if p.Y > 0 {
			pos++
		} else {
			neg++
		}
	}
	// scikit-learn's Perceptron updates on y·a ≤ 0, visits the points in
	// order without shuffling, and runs whole epochs.
	switch {
	case v.Shuffle:
		v.SklearnWhy = "order"
	case v.Tie != "mistake":
		v.SklearnWhy = "tie"
	case pos == 0 || neg == 0:
		v.SklearnWhy = "classes"
	case v.Steps < len(pts):
		v.SklearnWhy = "epochs"
	default:
		v.SklearnEpochs = v.Steps / len(pts)
	}

	if nov := engine.NovikoffFor(pts, v.Bias); nov.Separable && len(pts) > 0 {
		v.Separable = true
		w := []float64{nov.WStar[0], nov.WStar[1]}
		if v.Bias {
			w = append(w, nov.BStar)
		}
		v.WStar = pyList(w)
	}
	return v, nil
}
