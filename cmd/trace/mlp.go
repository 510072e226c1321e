package main

import (
	"io"

	"github.com/neurona/neurona/engine"
)

// mlpOptions are the flags of the mlp subcommand.
type mlpOptions struct {
	data    string
	hidden  int
	act     engine.Activation
	loss    engine.Loss
	lr      float64
	steps   int
	seed    int64
	weights string
	setH    bool // -hidden given explicitly
	reg     regressionFlags
}

// hiddenActs are the activations -act accepts: those with a useful gradient.
var hiddenActs = []engine.Activation{engine.Sigmoid, engine.Tanh, engine.ReLU, engine.Arctan}

// parseMLP parses and checks the mlp flags.
func parseMLP(args []string) (mlpOptions, error) {
	var o mlpOptions
	fs := dataFlags("mlp", &o.data, "points CSV file (x1,x2,y)")
	fs.IntVar(&o.hidden, "hidden", 2, "hidden units, 1 to 8")
	act := fs.String("act", "sigmoid", "hidden activation: sigmoid, tanh, relu or arctan")
	loss := fs.String("loss", "bce", "loss: bce (binary cross-entropy) or mse (squared error)")
	fs.Float64Var(&o.lr, "lr", 0.5, "learning rate α, 0 < α ≤ 1e6")
	fs.IntVar(&o.steps, "steps", 100, "full-batch gradient steps")
	fs.Int64Var(&o.seed, "seed", 1, "seed of the initial weights")
	fs.StringVar(&o.weights, "weights", "", "initial weights, JSON with W1, b1, W2, b2 (instead of -seed)")
	o.reg.define(fs)
	if err := parseFlags(fs, args); err != nil {
		return o, err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flagT) { set[f.Name] = true })
	o.setH = set["hidden"]
	if set["seed"] && set["weights"] {
		return o, badf("mlp: use -seed or -weights, not both")
	}
	var err error
	if o.act, err = engine.ParseActivation(*act); err != nil || !contains(hiddenActs, o.act) {
		return o, badf("-act %q: want sigmoid, tanh, relu or arctan", engine.Excerpt(*act))
	}
	if o.loss, err = engine.ParseLoss(*loss); err != nil {
		return o, badf("-loss: %v", err)
	}
	if err := o.reg.check(&o, set); err != nil {
		return o, err
	}
	if lo := o.reg.minHidden(); o.hidden < lo || o.hidden > engine.MaxHidden {
		return o, badf("-hidden %d: want %d to %d", o.hidden, lo, engine.MaxHidden)
	}
	if !(o.lr > 0 && o.lr <= engine.MaxLR) {
		return o, badf("-lr %g: want 0 < α ≤ %g", o.lr, float64(engine.MaxLR))
	}
	if o.steps < 1 || o.steps > maxSteps {
		return o, badf("-steps %d: want 1 to %d", o.steps, maxSteps)
	}
	return o, nil
}

// model returns the starting network: seeded, or read from -weights.
func (o mlpOptions) model() (engine.MLP, error) {
	if o.weights == "" {
		return engine.NewMLP(o.hidden, o.act, o.seed), nil
	}
	m, err := readWeights(o.weights, o.act)
	if err != nil {
		return m, err
	}
	if o.setH && m.H != o.hidden {
		return m, badf("%s: %d hidden units, but -hidden is %d", o.weights, m.H, o.hidden)
	}
	return m, nil
}

// mlpParams is a network's parameters (or gradients) in the trace's layout.
type mlpParams struct {
	W1 [][2]float64 `json:"W1"` // H×2
	B1 []float64    `json:"b1"` // H
	W2 [1][]float64 `json:"W2"` // 1×H
	B2 [1]float64   `json:"b2"` // 1
}

// paramsOf lays out the parameters of m.
func paramsOf(m engine.MLP) mlpParams {
	return layout(m.H, m.W1, m.B1, m.W2, m.B2)
}

// gradsOf lays out gradients for a network with h hidden units.
func gradsOf(h int, g engine.Grads) mlpParams {
	return layout(h, g.W1, g.B1, g.W2, g.B2)
}

// layout copies the first h units of the arrays.
func layout(h int, w1 [engine.MaxHidden][2]float64, b1, w2 [engine.MaxHidden]float64, b2 float64) mlpParams {
	return mlpParams{
		W1: append([][2]float64(nil), w1[:h]...),
		B1: append([]float64(nil), b1[:h]...),
		W2: [1][]float64{append([]float64(nil), w2[:h]...)},
		B2: [1]float64{b2},
	}
}

// mlpLine is one step of the mlp trace, with values before the update.
type mlpLine struct {
	Step     int       `json:"step"`
	Loss     float64   `json:"loss"`
	Grads    mlpParams `json:"grads"`
	Params   mlpParams `json:"params"`
	Diverged bool      `json:"diverged,omitempty"` // the update was refused (see engine.MaxParam)
}

// mlpDone is the last line of the mlp trace.
type mlpDone struct {
	Done     bool      `json:"done"`
	Loss     float64   `json:"loss"`
	Accuracy float64   `json:"accuracy"`
	Params   mlpParams `json:"params"`
}

// dataFile returns the -data path.
func (o mlpOptions) dataFile() string { return o.data }

// trace runs o.steps full-batch gradient steps from the starting network,
// printing each.
func (o mlpOptions) trace(pts []engine.Point, out io.Writer) error {
	m, err := o.model()
	if err != nil {
		return err
	}
	lw := newLineWriter(out)
	for k := 1; k <= o.steps; k++ {
		s := m.Step(pts, o.loss, o.lr)
		if err := lw.write(mlpLine{
			Step: k, Loss: s.Loss, Grads: gradsOf(m.H, s.Grads), Params: paramsOf(s.Before), Diverged: s.Diverged,
		}); err != nil {
			return err
		}
	}
	if err := lw.write(mlpDone{Done: true, Loss: m.Loss(pts, o.loss), Accuracy: m.Accuracy(pts), Params: paramsOf(m)}); err != nil {
		return err
	}
	return lw.flush()
}

// contains reports whether a is in list.
func contains(list []engine.Activation, a engine.Activation) bool {
	for _, b := range list {
		if a == b {
			return true
		}
	}
	return false
}
