package notebook

import (
	"math"

	"github.com/neurona/neurona/engine"
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
	Tie           string // "mistake", "positive", or "step" (the classic rule's step(0) = 0)
	Seed          uint64 // the shuffle's seed, as the engine reads it
	Steps         int
	SklearnEpochs int    // whole epochs to give scikit-learn (0: none)
	SklearnWhy    string // why scikit-learn is not run: "order", "tie", "classes", "epochs", or ""
	Separable     bool   // with a bias: the app's w* exists
	WStar         string // the app's max-margin unit vector [θ₁, θ₂, b]
	Gamma, R      string // the document's γ and R without a bias (when present)
	HasGamma      bool
}

// perceptronData reads a perceptron document. Fields: "points", "alpha",
// "rule", "order", "step", and the options "bias" (default true), "tie"
// ("mistake" or "positive"; by default the rule's own: y·a ≤ 0 for pm1,
// step(0) = 0 for classic) and "seed" (the shuffle's, 0 in the scene).
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
	if err := d.choice("rule", &v.Rule, "classic", "pm1"); err != nil {
		return nil, err
	}
	if err := d.choice("order", &v.Order, "cyclic", "shuffle"); err != nil {
		return nil, err
	}
	if err := d.get("bias", &v.Bias); err != nil {
		return nil, err
	}
	if err := d.choice("tie", &v.Tie, "mistake", "positive"); err != nil {
		return nil, err
	}
	if v.Tie == "" {
		v.Tie = "mistake"
		if v.Rule == "classic" {
			v.Tie = "step"
		}
	}
	var seed float64
	if err := d.number("seed", &seed, math.MaxInt64/2); err != nil {
		return nil, err
	}
	if seed != math.Trunc(seed) {
		return nil, fieldError("seed", "want a whole number, got %g", seed)
	}
	v.Seed = uint64(int64(seed))
	if err := d.integer("step", &v.Steps, 0, perceptronMaxSteps); err != nil {
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

	if v.Bias {
		if nov := engine.Novikoff(pts); nov.Separable && len(pts) > 0 {
			v.Separable = true
			v.WStar = pyList([]float64{nov.WStar[0], nov.WStar[1], nov.BStar})
		}
	} else {
		// Without a bias, R and γ are those of separators through the
		// origin; the app computes them, the notebook shows its numbers.
		var r, g float64
		if err := d.number("R", &r, math.MaxFloat64); err != nil {
			return nil, err
		}
		if err := d.number("gamma", &g, math.MaxFloat64); err != nil {
			return nil, err
		}
		if d.has("gamma") && g > 0 {
			v.HasGamma, v.Gamma, v.R = true, py(g), py(r)
		}
	}
	return v, nil
}
