package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/neurona/neurona/engine"
)

// regressionFlags are the mlp flags for one input and for regression: the
// output activation and the number of inputs.
type regressionFlags struct {
	output  engine.Activation // Sigmoid (classes) or Identity (regression)
	inputs  int               // 1 or 2; 0 until known (from the CSV header)
	outName *string
}

// define adds -output and -inputs to fs.
func (r *regressionFlags) define(fs *flag.FlagSet) {
	r.outName = fs.String("output", "sigmoid", "output activation: sigmoid (classes) or identity (regression, squared error)")
	fs.IntVar(&r.inputs, "inputs", 0, "inputs: 1 (CSV header x,y) or 2 (x1,x2,y); by default, from the header")
}

// check validates -output and -inputs against the other mlp flags; an
// identity output takes the squared error, which it sets unless -loss says
// otherwise.
func (r *regressionFlags) check(o *mlpOptions, set map[string]bool) error {
	switch strings.ToLower(strings.TrimSpace(*r.outName)) {
	case "sigmoid":
		r.output = engine.Sigmoid
	case "identity":
		r.output = engine.Identity
	default:
		return badf("-output %q: want sigmoid or identity", *r.outName)
	}
	if set["inputs"] && r.inputs != 1 && r.inputs != 2 {
		return badf("-inputs %d: want 1 or 2", r.inputs)
	}
	if r.output == engine.Identity {
		if set["loss"] && o.loss != engine.MSE {
			return badf("-output identity needs -loss mse (the squared error)")
		}
		o.loss = engine.MSE
		if r.inputs == 2 {
			return badf("-output identity takes one input: -inputs 1 and a CSV with header x,y")
		}
	}
	if o.weights != "" && (r.output == engine.Identity || r.inputs == 1) {
		return badf("-weights takes a network with two inputs; with one input use -seed")
	}
	return nil
}

// minHidden is the smallest -hidden: 0 (the straight line) for regression.
func (r *regressionFlags) minHidden() int {
	if r.output == engine.Identity {
		return 0
	}
	return 1
}

// readsOwnData reports whether the data are x,y samples rather than
// labelled points: for regression, -inputs 1, or a CSV whose header is x,y.
func (o mlpOptions) readsOwnData() bool {
	return o.reg.output == engine.Identity || o.reg.inputs == 1 || (o.reg.inputs == 0 && hasHeaderXY(o.data))
}

// hasHeaderXY reports whether the CSV file at path starts with the header
// x,y; a file that cannot be read is left to the usual reader to report.
func hasHeaderXY(path string) bool {
	f, err := engine.OpenRegular(path)
	if err != nil {
		return false
	}
	defer f.Close()
	return engine.HasSamplesHeader(f)
}

// errNotLabel is the refusal of a y that is not a class label.
var errNotLabel = errors.New("is not a class label (1, -1 or 0) for -output sigmoid; regression needs -output identity")

// classLabel accepts the labels 1, −1 and 0 (read as −1).
func classLabel(y float64) error {
	if y != 1 && y != -1 && y != 0 {
		return fmt.Errorf("%g %w", y, errNotLabel)
	}
	return nil
}

// traceOwnData reads x,y samples and traces regression (identity output)
// or one-input classification (sigmoid output).
func (o mlpOptions) traceOwnData(out io.Writer) error {
	if o.data == "" {
		return badf("missing -data points.csv")
	}
	f, err := openData(o.data)
	if err != nil {
		return err
	}
	defer f.Close()
	var check func(float64) error
	if o.reg.output != engine.Identity {
		check = classLabel
	}
	data, err := engine.ReadSamplesCSV(f, o.data, check)
	if err != nil {
		return badf("%v", err)
	}
	lw := newLineWriter(out)
	if o.reg.output == engine.Identity {
		err = o.traceRegression(data, lw)
	} else {
		err = o.traceOneInput(data, lw)
	}
	if err != nil {
		return err
	}
	return lw.flush()
}

// oneInputParams is a one-input network's parameters (or gradients) in the
// trace's layout: W1 H×1 (1×1 for the line), b1 of length H (1 for the
// line), and W2 1×H and b2 of length 1 except for the line.
type oneInputParams struct {
	W1 [][1]float64  `json:"W1"`
	B1 []float64     `json:"b1"`
	W2 *[1][]float64 `json:"W2,omitempty"`
	B2 *[1]float64   `json:"b2,omitempty"`
}

// oneInputLayout copies the first h units (h = 0: the line's θ, b).
func oneInputLayout(h int, w1, b1, w2 [engine.MaxHidden]float64, b2 float64) oneInputParams {
	var p oneInputParams
	for k := range max(h, 1) {
		p.W1 = append(p.W1, [1]float64{w1[k]})
		p.B1 = append(p.B1, b1[k])
	}
	if h > 0 {
		p.W2 = &[1][]float64{append([]float64(nil), w2[:h]...)}
		p.B2 = &[1]float64{b2}
	}
	return p
}

// regParams lays out a Regressor's parameters.
func regParams(m engine.Regressor) oneInputParams {
	return oneInputLayout(m.H, m.W1, m.B1, m.W2, m.B2)
}

// firstColumn returns the weights of input x₁, the only input in use.
func firstColumn(w [engine.MaxHidden][2]float64) (c [engine.MaxHidden]float64) {
	for k := range w {
		c[k] = w[k][0]
	}
	return c
}

// regLine is one step of a regression trace, with values before the update.
type regLine struct {
	Step     int            `json:"step"`
	Loss     *float64       `json:"loss"` // J = Σ(ŷ−y)², null only if it overflowed
	Mean     *float64       `json:"mean"` // J/m
	Grads    oneInputParams `json:"grads"`
	Params   oneInputParams `json:"params"`
	Diverged string         `json:"diverged,omitempty"` // why the update was refused (engine.Divergence)
}

// regDone is the last line of a regression trace; for the line (H = 0) it
// gives the closed-form least-squares solution beside the final params.
type regDone struct {
	Done         bool            `json:"done"`
	Loss         *float64        `json:"loss"`
	Mean         *float64        `json:"mean"`
	Params       oneInputParams  `json:"params"`
	LeastSquares *oneInputParams `json:"leastSquares,omitempty"`
}

// traceRegression runs o.steps gradient steps on the notes' J.
func (o mlpOptions) traceRegression(data []engine.Sample, lw *lineWriter) error {
	run := engine.NewRegRun(engine.NewRegressor(o.hidden, o.act, o.seed))
	for k := 1; k <= o.steps; k++ {
		st := run.Step(data, o.lr)
		l := regLine{Step: k, Loss: finite(st.J), Mean: finite(st.Mean), Grads: oneInputLayout(st.Before.H, st.Grads.W1, st.Grads.B1, st.Grads.W2, st.Grads.B2), Params: regParams(st.Before)}
		if st.Diverged {
			l.Diverged = st.Why.String()
		}
		if err := lw.write(l); err != nil {
			return err
		}
	}
	j, mean := run.Model.Loss(data)
	done := regDone{Done: true, Loss: finite(j), Mean: finite(mean), Params: regParams(run.Model)}
	if o.hidden == 0 {
		if ls, err := engine.LeastSquaresLine(data); err == nil {
			p := regParams(ls)
			done.LeastSquares = &p
		}
	}
	return lw.write(done)
}

// oneInputLine is one step of a one-input classification trace.
type oneInputLine struct {
	Step     int            `json:"step"`
	Loss     float64        `json:"loss"`
	Grads    oneInputParams `json:"grads"`
	Params   oneInputParams `json:"params"`
	Diverged bool           `json:"diverged,omitempty"`
}

// oneInputDone is the last line of a one-input classification trace.
type oneInputDone struct {
	Done     bool           `json:"done"`
	Loss     float64        `json:"loss"`
	Accuracy float64        `json:"accuracy"`
	Params   oneInputParams `json:"params"`
}

// traceOneInput trains the mlp network on points (x, 0): the second input's
// weights then have zero gradient and are left out of the output.
func (o mlpOptions) traceOneInput(data []engine.Sample, lw *lineWriter) error {
	pts := make([]engine.Point, len(data))
	for i, s := range data {
		pts[i] = engine.Point{X: [2]float64{s.X, 0}, Y: -1}
		if s.Y == 1 {
			pts[i].Y = 1
		}
	}
	m := engine.NewMLP(o.hidden, o.act, o.seed)
	params := func(m engine.MLP) oneInputParams {
		return oneInputLayout(m.H, firstColumn(m.W1), m.B1, m.W2, m.B2)
	}
	for k := 1; k <= o.steps; k++ {
		s := m.Step(pts, o.loss, o.lr)
		if err := lw.write(oneInputLine{
			Step: k, Loss: s.Loss, Grads: oneInputLayout(m.H, firstColumn(s.Grads.W1), s.Grads.B1, s.Grads.W2, s.Grads.B2),
			Params: params(s.Before), Diverged: s.Diverged,
		}); err != nil {
			return err
		}
	}
	return lw.write(oneInputDone{Done: true, Loss: m.Loss(pts, o.loss), Accuracy: m.Accuracy(pts), Params: params(m)})
}
