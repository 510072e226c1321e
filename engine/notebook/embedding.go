package notebook

import (
	"fmt"
	"strings"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
)

// embeddingMaxLayers bounds the hidden layers an embedding document may
// have, and embeddingMaxWidth their width.
const (
	embeddingMaxLayers = 8
	embeddingMaxWidth  = 64
	embeddingMaxK      = 10
)

// embeddingView is what embedding.tmpl writes: a 2 → h₁ → … → K network
// with the state's weights, the data with class indices, and the layer
// whose outputs t-SNE maps.
type embeddingView struct {
	X, Y       string
	K          int
	Sizes      string // [2, h₁, …, out]
	Weights    string // [(W1, b1), (W2, b2), …] as Python
	Names      string // ["W1", "b1", "W2", …]
	Activation string
	Module     string
	Layer      int // the hidden layer t-SNE maps, from 1
	Hidden     int // the number of hidden layers
	LR         string
	Train      string // which points are trained on, as a Python list of bools
	HasTest    bool   // some points are held out
	Perplexity string
}

// embeddingData reads an embedding document: "points" ({"x": [x1, x2],
// "y": class index 0…K−1, "test": true for a held-out point}), "params"
// {"W1", "b1", …, "W<L+1>", "b<L+1>"} (each W out×in; the output has one
// row for K = 2, sigmoid and binary cross-entropy, and K rows for K ≥ 3,
// softmax cross-entropy), "classes" K (else read from the output's rows),
// "activation" of the hidden layers, "layer" (the hidden layer shown,
// default the last), "lr" and "perplexity". The notebook starts from these
// weights; its last line has the scene's "loss" (mean cross-entropy over
// the training points, without the L2 term), "testLoss" when points are
// held out, and "params".
func embeddingData(d doc, _ string) (any, error) {
	v := embeddingView{Activation: "tanh"}
	if err := d.Choice("activation", &v.Activation, "sigmoid", "tanh", "relu", "arctan"); err != nil {
		return nil, err
	}
	v.Module = regressionActivations[v.Activation]
	var ps doc
	if err := d.Need("params", &ps.Doc); err != nil {
		return nil, err
	}
	if err := embeddingWeights(ps, &v); err != nil {
		return nil, statedoc.Errorf("params", "%v", err)
	}
	out := v.K // the output's rows, until "classes" is read
	v.K = max(out, 2)
	if out == 2 {
		return nil, statedoc.Errorf("params", "W%d: the output has 1 row for K = 2 classes, K rows for K ≥ 3", v.Hidden+1)
	}
	if err := d.Int("classes", &v.K, 2, embeddingMaxK); err != nil {
		return nil, err
	}
	if (v.K == 2) != (out == 1) || (v.K > 2 && v.K != out) {
		return nil, statedoc.Errorf("classes", "%d classes do not fit an output of %d rows", v.K, out)
	}
	v.Layer = v.Hidden
	if err := d.Int("layer", &v.Layer, 0, v.Hidden); err != nil {
		return nil, err
	}
	lr := 0.1
	if err := d.rate("lr", &lr, engine.MaxLR); err != nil {
		return nil, err
	}
	v.LR = py(lr)
	perp := 30.0
	if err := d.number("perplexity", &perp, 1e6); err != nil {
		return nil, err
	}
	v.Perplexity = py(max(perp, 1))

	raw, err := d.rawPoints(2)
	if err != nil {
		return nil, err
	}
	xs, ys, train := make([][]float64, len(raw)), make([]int, len(raw)), make([]string, len(raw))
	for i, r := range raw {
		if c := *r.Y; c != float64(int(c)) || c < 0 || int(c) >= v.K {
			return nil, statedoc.Errorf("points", "point %d: \"y\" must be a class index 0…%d, got %g", i, v.K-1, c)
		}
		xs[i], ys[i], train[i] = r.X, int(*r.Y), pyBool(!r.Test)
		v.HasTest = v.HasTest || r.Test
	}
	v.X, v.Y = pyMatrix(xs), pyInts(ys)
	v.Train = "[" + strings.Join(train, ", ") + "]"
	return v, nil
}

// embeddingWeights reads the layers "W1", "b1", "W2", … of p into v's
// Sizes, Weights, Names and Hidden, and leaves the output's rows in v.K.
func embeddingWeights(d doc, v *embeddingView) error {
	var ws, names []string
	sizes := []int{2}
	for i := 1; ; i++ {
		wn, bn := fmt.Sprintf("W%d", i), fmt.Sprintf("b%d", i)
		if !d.Has(wn) {
			if i == 1 {
				return statedoc.Errorf(wn, "missing")
			}
			break
		}
		if i > embeddingMaxLayers+1 {
			return statedoc.Errorf(wn, "more than %d hidden layers", embeddingMaxLayers)
		}
		var rows [][]float64
		if err := d.Decode(wn, &rows); err != nil {
			return err
		}
		if len(rows) == 0 || len(rows) > embeddingMaxWidth {
			return statedoc.Errorf(wn, "want 1 to %d rows, got %d", embeddingMaxWidth, len(rows))
		}
		w, err := matrixField(d, wn, len(rows), sizes[len(sizes)-1])
		if err != nil {
			return err
		}
		b, err := matrixField(d, bn, 1, len(rows))
		if err != nil {
			return err
		}
		sizes = append(sizes, len(rows))
		ws = append(ws, "("+pyMatrix(w)+", "+pyList(b[0])+")")
		names = append(names, fmt.Sprintf("%q, %q", wn, bn))
	}
	v.Hidden = len(sizes) - 2
	v.K = sizes[len(sizes)-1]
	v.Sizes = pyInts(sizes)
	v.Weights = "[\n    " + strings.Join(ws, ",\n    ") + ",\n]"
	v.Names = "[" + strings.Join(names, ", ") + "]"
	return nil
}

// ArctanNeeded reports whether the template must define an Arctan module
// (torch.nn has none).
func (v embeddingView) ArctanNeeded() bool { return v.Activation == "arctan" }
