package notebook

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
)

// regressionView is what regression.tmpl writes: a 1 → H → 1 network with
// an identity output (H = 0: the straight line ŷ = W1·x + b1), its
// weights as the scene shows them, and the data.
type regressionView struct {
	X, Y       string
	H          int
	Activation string // the hidden layer's: sigmoid, tanh, relu or arctan
	Module     string // its torch.nn module
	W1, B1     string
	W2, B2     string
	Alpha      string
	Steps      int  // the steps from these weights to the scene's
	FromStart  bool // the weights are the run's start ("start"), not the scene's now
}

// regressionMaxSteps bounds the steps a notebook retraces: far more than a
// lecture plays, few enough for a notebook to run in seconds.
const regressionMaxSteps = 1_000_000

// regressionActivations maps the scene's activations to torch.nn modules.
var regressionActivations = map[string]string{
	"sigmoid": "nn.Sigmoid()", "tanh": "nn.Tanh()", "relu": "nn.ReLU()", "arctan": "Arctan()",
}

// regressionData reads a regression document: "points" ({"x": [x], "y":
// real}), "hidden" H (0…8), "activation", "alpha", the network now as
// "W1" (H×1), "b1" (H), "W2" (1×H), "b2" ([b] or b) — with H = 0, "W1" is
// 1×1 and "b1" has one number — and at step 0 as "start" {W1, b1, W2,
// b2}. With "start", the notebook starts there and takes "step" steps of
// gradient descent on J, as the scene did; without it, it starts from the
// weights now. Its last line has the scene's "J", "mean" and weights.
func regressionData(d doc, _ string) (any, error) {
	raw, err := d.rawPoints(1)
	if err != nil {
		return nil, err
	}
	xs, ys := make([][]float64, len(raw)), make([]float64, len(raw))
	for i, p := range raw {
		xs[i], ys[i] = p.X, *p.Y
	}
	v := regressionView{Activation: "sigmoid"}
	if err := d.Int("hidden", &v.H, 0, engine.MaxHidden); err != nil {
		return nil, err
	}
	if err := d.Choice("activation", &v.Activation, "sigmoid", "tanh", "relu", "arctan"); err != nil {
		return nil, err
	}
	v.Module = regressionActivations[v.Activation]
	alpha := 0.01
	if err := d.rate("alpha", &alpha, engine.MaxLR); err != nil {
		return nil, err
	}
	v.Alpha = py(alpha)
	w := d
	if d.Has("start") {
		var start doc
		if err := d.Decode("start", &start.Doc); err != nil {
			return nil, err
		}
		if err := d.Int("step", &v.Steps, 0, regressionMaxSteps); err != nil {
			return nil, err
		}
		w, v.FromStart = start, true
	}
	if err := regressionWeights(w, &v); err != nil {
		if v.FromStart {
			return nil, statedoc.Errorf("start", "%v", err)
		}
		return nil, err
	}
	v.X, v.Y = pyMatrix(xs), pyList(ys)
	return v, nil
}

// regressionWeights reads "W1", "b1", "W2" and "b2" of a 1 → H → 1
// network from w into v.
func regressionWeights(w doc, v *regressionView) error {
	rows := max(v.H, 1)
	w1, err := matrixField(w, "W1", rows, 1)
	if err != nil {
		return err
	}
	b1, err := matrixField(w, "b1", 1, rows)
	if err != nil {
		return err
	}
	v.W1, v.B1 = pyMatrix(w1), pyList(b1[0])
	if v.H > 0 {
		w2, err := matrixField(w, "W2", 1, v.H)
		if err != nil {
			return err
		}
		b2, err := matrixField(w, "b2", 1, 1) // [b] as the scene writes it
		if err != nil {
			var b float64
			if w.Need("b2", &b) != nil {
				return err
			}
			if err := statedoc.Finite("b2", engine.MaxParam, b); err != nil {
				return err
			}
			b2 = [][]float64{{b}}
		}
		v.W2, v.B2 = pyMatrix(w2), py(b2[0][0])
	}
	return nil
}

// matrixField reads a rows×cols matrix of usable weights; a 1×n matrix may
// also be written as a flat list of n numbers.
func matrixField(d doc, name string, rows, cols int) ([][]float64, error) {
	var m [][]float64
	if err := d.Need(name, new(any)); err != nil {
		return nil, err
	}
	if err := d.Decode(name, &m); err != nil {
		var flat []float64
		if rows != 1 || d.Decode(name, &flat) != nil {
			return nil, err
		}
		m = [][]float64{flat}
	}
	if len(m) != rows {
		return nil, statedoc.Errorf(name, "want %d×%d, got %d rows", rows, cols, len(m))
	}
	for i, r := range m {
		if len(r) != cols {
			return nil, statedoc.Errorf(name, "want %d×%d, row %d has %d numbers", rows, cols, i, len(r))
		}
		if err := statedoc.Finite(name, engine.MaxParam, r...); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// arctanNeeded reports whether the template must define an Arctan module
// (torch.nn has none).
func (v regressionView) ArctanNeeded() bool { return v.Activation == "arctan" }
