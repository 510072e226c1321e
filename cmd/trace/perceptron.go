package main

import (
	"fmt"
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
	fs := dataFlags("perceptron", &o.data, "points CSV file (x1,x2,y)")
	rule := fs.String("rule", "classic", "update rule: classic ({0,1}, Δθ = α(y−ŷ)x) or pm1 (w ← w + y·x on a mistake)")
	fs.Float64Var(&o.cfg.Alpha, "alpha", 1, "learning rate α, 0 < α ≤ 1e6")
	fs.IntVar(&o.epochs, "epochs", 100, "maximum number of passes over the data")
	order := fs.String("order", "cyclic", "point order: cyclic or shuffle")
	fs.Int64Var(&o.cfg.Seed, "seed", 1, "seed of the shuffled order")
	bias := fs.Bool("bias", true, "fold a bias into the input; -bias=false: θ only, lines through the origin")
	tie := fs.String("tie", "", "a point on the line (a = 0): mistake (y·a ≤ 0, the proof's), positive (sign(0) = +1, the notes' iteration) or negative (step(0) = 0); default the rule's own (classic: negative, pm1: mistake)")
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
	o.cfg.NoBias = !*bias
	if o.cfg.Tie, err = engine.ParseTie(*tie); err != nil {
		return o, badf("-tie: %v", err)
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
	Case     string     `json:"case"` // the row of the rule's case table (engine.PerceptronCase)
}

// perceptronRepeat is the line printed when the weights come back to a value
// they held before (see engine.WeightRepeat).
type perceptronRepeat struct {
	Repeat          bool       `json:"repeat"`
	Step            int        `json:"step"`
	Mistakes        int        `json:"mistakes"`
	EarlierStep     int        `json:"earlier_step"`
	EarlierMistakes int        `json:"earlier_mistakes"`
	W               [2]float64 `json:"w"`
	B               float64    `json:"b"`
	Message         string     `json:"message"`
}

// repeatMessage says what a repeat shows, in the notes' numbering: the
// updates in between add up to zero, which no strict separator allows.
func repeatMessage(r engine.WeightRepeat, bias bool) string {
	line := "line"
	if !bias {
		line = "line through the origin"
	}
	return fmt.Sprintf("the weights repeat, w^%d = w^%d: the updates in between add up to zero, so no %s separates the points",
		r.Mistakes, r.EarlierMistakes, line)
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
	Bound     *float64   `json:"bound"`  // null when not separable (no bound)
	Bias      bool       `json:"bias"`   // whether R, γ and separability are those of lines with a bias
	Tie       string     `json:"tie"`    // the tie convention in use
	Repeat    bool       `json:"repeat"` // whether the weights repeated (a repeat line was printed)
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
			Update: s.Updated, W: s.WAfter, B: s.BAfter, Mistakes: s.Mistakes, Case: s.Case.String(),
		}); err != nil {
			return err
		}
		if s.Repeat {
			r := s.RepeatOf
			if err := lw.write(perceptronRepeat{
				Repeat: true, Step: r.Step, Mistakes: r.Mistakes, EarlierStep: r.EarlierStep,
				EarlierMistakes: r.EarlierMistakes, W: s.WAfter, B: s.BAfter, Message: repeatMessage(r, !o.cfg.NoBias),
			}); err != nil {
				return err
			}
		}
	}
	_, repeat := p.Repeat()
	res := engine.NovikoffFor(pts, !o.cfg.NoBias)
	bound := finite(res.Bound)
	if !res.Separable {
		bound = nil
	}
	if err := lw.write(perceptronDone{
		Done: true, Converged: p.Converged(), Separable: res.Separable, Mistakes: p.Mistakes(),
		Steps: p.Steps(), Epochs: p.Epoch(), W: p.W(), B: p.B(),
		R: res.R, Gamma: res.Gamma, Bound: bound,
		Bias: !o.cfg.NoBias, Tie: p.Tie().String(), Repeat: repeat,
	}); err != nil {
		return err
	}
	return lw.flush()
}
