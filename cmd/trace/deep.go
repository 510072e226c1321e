package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/neurona/neurona/engine"
)

// deepOptions are the flags of `mlp -layers … -classes K`: the network
// 2 → h₁ → … → h_L → K of engine.Net.
type deepOptions struct {
	data   string
	layers []int
	k      int
	act    engine.Activation
	cfg    engine.NetConfig
	steps  int
	seed   int64
}

// parseMLPOrDeep parses the mlp subcommand: with -layers or -classes the
// deeper network, otherwise the 2-H-1 one of parseMLP.
func parseMLPOrDeep(args []string) (command, error) {
	if namesFlag(args, "layers", "classes") {
		return parseDeep(args)
	}
	return parseMLP(args)
}

// namesFlag reports whether args set any of the named flags (as -name,
// --name, -name=v or --name=v, before a "--").
func namesFlag(args []string, names ...string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		n, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		for _, want := range names {
			if n == want {
				return true
			}
		}
	}
	return false
}

// parseDeep parses and checks the flags of the deeper network.
func parseDeep(args []string) (command, error) {
	var o deepOptions
	fs := dataFlags("mlp", &o.data, "points CSV file (x1,x2,y; y a class 0…K−1 for K ≥ 3)")
	layers := fs.String("layers", "", "hidden layer sizes, e.g. 8,8,2: 1 to 4 layers of 1 to 8 units")
	hidden := fs.Int("hidden", 0, "one hidden layer of H units (instead of -layers)")
	fs.IntVar(&o.k, "classes", 2, "classes K, 2 to 4")
	act := fs.String("act", "sigmoid", "hidden activation: sigmoid, tanh, relu or arctan")
	loss := fs.String("loss", "bce", "loss: bce (cross-entropy)")
	fs.Float64Var(&o.cfg.LR, "lr", 0.5, "learning rate α, 0 < α ≤ 1e6")
	fs.Float64Var(&o.cfg.L2, "l2", 0, "L2 coefficient λ on the weights, 0 ≤ λ ≤ 10")
	fs.IntVar(&o.cfg.Batch, "batch", 0, "points per step (0: full batch)")
	fs.IntVar(&o.steps, "steps", 100, "gradient steps")
	fs.Int64Var(&o.seed, "seed", 1, "seed of the initial weights and the mini-batch order")
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	o.cfg.Seed = o.seed
	set := map[string]bool{}
	fs.Visit(func(f *flagT) { set[f.Name] = true })
	switch {
	case set["layers"] && strings.TrimSpace(*layers) == "":
		return nil, badf("-layers: want 1 to %d comma-separated sizes of 1 to %d units", engine.MaxLayers, engine.MaxHidden)
	case *layers != "" && *hidden != 0:
		return nil, badf("mlp: use -layers or -hidden, not both")
	case *layers == "" && *hidden == 0:
		o.layers = []int{2}
	case *hidden != 0:
		o.layers = []int{*hidden}
	default:
		for _, f := range strings.Split(*layers, ",") {
			u, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || u < 1 || u > engine.MaxHidden {
				return nil, badf("-layers %q: want 1 to %d comma-separated sizes of 1 to %d units", *layers, engine.MaxLayers, engine.MaxHidden)
			}
			o.layers = append(o.layers, u)
		}
	}
	if len(o.layers) > engine.MaxLayers || o.layers[0] < 1 || o.layers[0] > engine.MaxHidden {
		return nil, badf("-layers %q: want 1 to %d comma-separated sizes of 1 to %d units", *layers, engine.MaxLayers, engine.MaxHidden)
	}
	if o.k < 2 || o.k > engine.MaxClasses {
		return nil, badf("-classes %d: want 2 to %d", o.k, engine.MaxClasses)
	}
	var err error
	if o.act, err = engine.ParseActivation(*act); err != nil || !contains(hiddenActs, o.act) {
		return nil, badf("-act %q: want sigmoid, tanh, relu or arctan", *act)
	}
	if l, err := engine.ParseLoss(*loss); err != nil || l != engine.BCE {
		return nil, badf("-loss %q: the -layers/-classes network uses cross-entropy (bce)", *loss)
	}
	if !(o.cfg.LR > 0 && o.cfg.LR <= engine.MaxLR) {
		return nil, badf("-lr %g: want 0 < α ≤ %g", o.cfg.LR, float64(engine.MaxLR))
	}
	if !(o.cfg.L2 >= 0 && o.cfg.L2 <= engine.MaxL2) {
		return nil, badf("-l2 %g: want 0 ≤ λ ≤ %g", o.cfg.L2, float64(engine.MaxL2))
	}
	if o.cfg.Batch < 0 || o.cfg.Batch > engine.MaxPoints {
		return nil, badf("-batch %d: want 0 to %d", o.cfg.Batch, engine.MaxPoints)
	}
	if o.steps < 1 || o.steps > maxSteps {
		return nil, badf("-steps %d: want 1 to %d", o.steps, maxSteps)
	}
	if o.data == "" {
		return nil, badf("missing -data points.csv")
	}
	return o, nil
}

// dataFile is unused: the deeper network reads its own points (see traceOwnData).
func (o deepOptions) dataFile() string { return o.data }

// trace is unused: the deeper network reads its own points (see traceOwnData).
func (o deepOptions) trace([]engine.Point, io.Writer) error { return nil }

// points reads the data: ±1 labels (0 read as −1) for K = 2, as the 2-H-1
// network reads them, class indices 0…K−1 for K ≥ 3.
func (o deepOptions) points() ([]engine.ClassPoint, error) {
	if o.k == 2 {
		pts, err := loadPoints(o.data)
		if err != nil {
			return nil, err
		}
		cps := make([]engine.ClassPoint, len(pts))
		for i, p := range pts {
			cps[i] = engine.ClassPointOf(p)
		}
		return cps, nil
	}
	f, err := openData(o.data)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cps, err := engine.ReadClassPointsCSV(f, o.data, o.k)
	if err != nil {
		return nil, badf("%v", err)
	}
	return cps, nil
}

// netParams is a network's parameters (or gradients) as the trace prints
// them: W1, b1, …, W(L+1), b(L+1) in that order, each Wᵢ out×in (see
// engine.Net.Matrices).
type netParams struct {
	w [][][]float64
	b [][]float64
}

// MarshalJSON writes the object with its keys in layer order (a Go map
// would sort W10 before W2, and a struct cannot vary its keys); a
// non-finite number, which the engine does not produce, would be null.
func (p netParams) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	list := func(vs []float64) {
		buf.WriteByte('[')
		for i, v := range vs {
			if i > 0 {
				buf.WriteByte(',')
			}
			if math.IsNaN(v) || math.IsInf(v, 0) {
				buf.WriteString("null")
			} else {
				buf.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
			}
		}
		buf.WriteByte(']')
	}
	buf.WriteByte('{')
	for l := range p.w {
		if l > 0 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, `"W%d":[`, l+1)
		for j, row := range p.w[l] {
			if j > 0 {
				buf.WriteByte(',')
			}
			list(row)
		}
		fmt.Fprintf(&buf, `],"b%d":`, l+1)
		list(p.b[l])
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// paramsOfNet lays out a network's parameters.
func paramsOfNet(n *engine.Net) netParams {
	w, b := n.Matrices()
	return netParams{w, b}
}

// gradsOfNet lays out the gradients g of network n.
func gradsOfNet(n *engine.Net, g *engine.NetGrads) netParams {
	w, b := g.Matrices(n)
	return netParams{w, b}
}

// deepLine is one step of the trace, with values before the update.
type deepLine struct {
	Step     int       `json:"step"`
	Loss     float64   `json:"loss"`
	Grads    netParams `json:"grads"`
	Params   netParams `json:"params"`
	Diverged bool      `json:"diverged,omitempty"` // the update was refused (see engine.MaxNetParam)
}

// deepDone is the last line of the trace.
type deepDone struct {
	Done     bool      `json:"done"`
	Loss     float64   `json:"loss"`
	Accuracy float64   `json:"accuracy"`
	Params   netParams `json:"params"`
}

// readsOwnData is always true: the command reads its own file.
func (o deepOptions) readsOwnData() bool { return true }

// traceOwnData reads the points and trains, printing every step.
func (o deepOptions) traceOwnData(out io.Writer) error {
	pts, err := o.points()
	if err != nil {
		return err
	}
	tr := engine.NewNetTrainer(engine.NewNet(o.layers, o.k, o.act, o.seed), pts, o.cfg)
	lw := newLineWriter(out)
	for range o.steps {
		before := *tr.Net()
		st := tr.Step()
		g := tr.Grads()
		if err := lw.write(deepLine{
			Step: st.Step, Loss: st.Loss, Diverged: st.Diverged,
			Grads:  gradsOfNet(&before, g),
			Params: paramsOfNet(&before),
		}); err != nil {
			return err
		}
	}
	n := tr.Net()
	if err := lw.write(deepDone{
		Done: true, Loss: n.Loss(pts, o.cfg.L2), Accuracy: n.Accuracy(pts), Params: paramsOfNet(n),
	}); err != nil {
		return err
	}
	return lw.flush()
}
