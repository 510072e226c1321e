package main

import (
	"io"

	"github.com/neurona/neurona/engine"
)

// maxEpochs and maxSteps bound the run length flags.
const (
	maxEpochs = 1000000
	maxSteps  = 1000000
)

// perceptronOptions are the flags of the perceptron subcommand.
type perceptronOptions struct {
	data   string
	cfg    engine.PerceptronConfig
	epochs int
}

// parsePerceptron parses and checks the perceptron flags.
func parsePerceptron(args []string) (perceptronOptions, error) {
	var o perceptronOptions
	fs := newFlags("perceptron")
	fs.StringVar(&o.data, "data", "", "points CSV file (x1,x2,y)")
	rule := fs.String("rule", "classic", "update rule: classic ({0,1}, Δθ = α(y−ŷ)x) or pm1 (w ← w + y·x on a mistake)")
	fs.Float64Var(&o.cfg.Alpha, "alpha", 1, "learning rate α, 0 < α ≤ 1e6")
	fs.IntVar(&o.epochs, "epochs", 100, "maximum number of passes over the data")
	order := fs.String("order", "cyclic", "point order: cyclic or shuffle")
	fs.Int64Var(&o.cfg.Seed, "seed", 1, "seed of the shuffled order")
	if err := parseFlags(fs, args); err != nil {
		return o, err
	}
	var err error
	if o.cfg.Rule, err = engine.ParseRule(*rule); err != nil {
		return o, badf("-rule: %v", err)
	}
	if o.cfg.Order, err = engine.ParseOrder(*order); err != nil {
		return o, badf("-order: %v", err)
	}
	if a := o.cfg.Alpha; !(a > 0 && a <= engine.MaxAlpha) {
		return o, badf("-alpha %g: want 0 < α ≤ %g", a, float64(engine.MaxAlpha))
	}
	if o.epochs < 1 || o.epochs > maxEpochs {
		return o, badf("-epochs %d: want 1 to %d", o.epochs, maxEpochs)
	}
	return o, nil
}

// perceptronLine is one step of the perceptron trace.
type perceptronLine struct {
	Step     int        `json:"step"`
	Epoch    int        `json:"epoch"`
	Index    int        `json:"index"`
	X        [2]float64 `json:"x"`
	Y        int        `json:"y"`
	YHat     int        `json:"yhat"`
	Update   bool       `json:"update"`
	W        [2]float64 `json:"w"`
	B        float64    `json:"b"`
	Mistakes int        `json:"mistakes"`
}

// perceptronDone is the last line of the perceptron trace.
type perceptronDone struct {
	Done      bool       `json:"done"`
	Converged bool       `json:"converged"`
	Separable bool       `json:"separable"`
	Mistakes  int        `json:"mistakes"`
	Steps     int        `json:"steps"`
	Epochs    int        `json:"epochs"`
	W         [2]float64 `json:"w"`
	B         float64    `json:"b"`
	R         float64    `json:"R"`
	Gamma     float64    `json:"gamma"`
	Bound     *float64   `json:"bound"` // null when not separable (no bound)
}

// dataFile returns the -data path.
func (o perceptronOptions) dataFile() string { return o.data }

// trace runs the perceptron until it converges or o.epochs passes are done,
// printing every step and a summary.
func (o perceptronOptions) trace(pts []engine.Point, out io.Writer) error {
	if err := checkOutputLines("-epochs", o.epochs, len(pts)); err != nil {
		return err
	}
	lw := newLineWriter(out)
	p := engine.NewPerceptron(pts, o.cfg)
	for p.Epoch() < o.epochs && !p.Converged() {
		s := p.Step()
		if err := lw.write(perceptronLine{
			Step: s.Step, Epoch: s.Epoch, Index: s.Index, X: s.X, Y: s.Target, YHat: s.YHat,
			Update: s.Updated, W: s.WAfter, B: s.BAfter, Mistakes: s.Mistakes,
		}); err != nil {
			return err
		}
	}
	res := engine.Novikoff(pts)
	bound := finite(res.Bound)
	if !res.Separable {
		bound = nil
	}
	if err := lw.write(perceptronDone{
		Done: true, Converged: p.Converged(), Separable: res.Separable, Mistakes: p.Mistakes(),
		Steps: p.Steps(), Epochs: p.Epoch(), W: p.W(), B: p.B(),
		R: res.R, Gamma: res.Gamma, Bound: bound,
	}); err != nil {
		return err
	}
	return lw.flush()
}
