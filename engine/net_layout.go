package engine

import (
	"fmt"
	"math"
)

// Matrices returns copies of the weights and biases layer by layer, as the
// notes write them and as state documents and traces store them: w[l] is
// W^[l+1], Width(l+1)×Width(l) (row j holds unit j's weights), and b[l]
// is b^[l+1] with Width(l+1) entries.
func (n *Net) Matrices() (w [][][]float64, b [][]float64) {
	return n.matrices(&n.W, &n.B)
}

// Matrices returns the gradients laid out as Net.Matrices lays out n's
// parameters.
func (g *NetGrads) Matrices(n *Net) (w [][][]float64, b [][]float64) {
	return n.matrices(&g.W, &g.B)
}

// matrices copies w and b in n's shape.
func (n *Net) matrices(w *[MaxLayers + 1][MaxHidden][MaxHidden]float64, b *[MaxLayers + 1][MaxHidden]float64) ([][][]float64, [][]float64) {
	ws := make([][][]float64, n.layers()+1)
	bs := make([][]float64, n.layers()+1)
	for l := range ws {
		in, out := n.Width(l), n.Width(l+1)
		ws[l] = make([][]float64, out)
		for j := range out {
			ws[l][j] = append([]float64(nil), w[l][j][:in]...)
		}
		bs[l] = append([]float64(nil), b[l][:out]...)
	}
	return ws, bs
}

// NetFromMatrices builds a network with k classes and hidden activation act
// from weights and biases laid out as Net.Matrices returns them, taking the
// layer sizes from their shapes: W1 is h₁×2, each next Wˡ has as many
// columns as the previous one has rows, and the last has 1 row for k = 2
// or k rows for k = 3…MaxClasses. It refuses, with a message naming the
// matrix, other shapes, 1 to MaxLayers hidden layers of other than 1 to
// MaxHidden units, and values that are not finite or exceed MaxNetParam.
func NetFromMatrices(w [][][]float64, b [][]float64, k int, act Activation) (Net, error) {
	var n Net
	if k < 2 || k > MaxClasses {
		return n, fmt.Errorf("%d classes, want 2 to %d", k, MaxClasses)
	}
	layers := len(w) - 1
	if layers < 1 || layers > MaxLayers {
		return n, fmt.Errorf("%d weight matrices, want 2 to %d (1 to %d hidden layers and the output)", len(w), MaxLayers+1, MaxLayers)
	}
	if len(b) != len(w) {
		return n, fmt.Errorf("%d weight matrices but %d bias vectors", len(w), len(b))
	}
	n = Net{L: layers, K: k, Act: act}
	n.Sizes[0] = 2
	n.Sizes[layers+1] = n.outputs()
	for l := 1; l <= layers; l++ {
		n.Sizes[l] = len(w[l-1])
		if n.Sizes[l] < 1 || n.Sizes[l] > MaxHidden {
			return Net{}, fmt.Errorf("W%d has %d rows, want 1 to %d hidden units", l, n.Sizes[l], MaxHidden)
		}
	}
	for l := range w {
		in, out := n.Sizes[l], n.Sizes[l+1]
		if len(w[l]) != out {
			return Net{}, fmt.Errorf("W%d has %d rows, want %d", l+1, len(w[l]), out)
		}
		if len(b[l]) != out {
			return Net{}, fmt.Errorf("b%d has %d values, want %d", l+1, len(b[l]), out)
		}
		for j, row := range w[l] {
			if len(row) != in {
				return Net{}, fmt.Errorf("W%d row %d has %d values, want %d", l+1, j+1, len(row), in)
			}
			for i, v := range row {
				if !(math.Abs(v) <= MaxNetParam) {
					return Net{}, fmt.Errorf("W%d row %d: %g is not a number within ±%g", l+1, j+1, v, float64(MaxNetParam))
				}
				n.W[l][j][i] = v
			}
			if v := b[l][j]; !(math.Abs(v) <= MaxNetParam) {
				return Net{}, fmt.Errorf("b%d: %g is not a number within ±%g", l+1, v, float64(MaxNetParam))
			}
			n.B[l][j] = b[l][j]
		}
	}
	return n, nil
}

// Project2D writes a 2-D position for each of the n points of d dimensions
// in data (row-major) into dst, reusing its storage, and returns it: the
// points themselves for d = 2 (a two-unit layer is drawn as it is), (x, 0)
// for d = 1, and their first two principal coordinates (FitPCA) for d ≥ 3.
func Project2D(dst [][2]float64, data []float64, n, d int) [][2]float64 {
	if d >= 3 {
		p := FitPCA(data, n, d)
		return p.Project(dst, data, n)
	}
	d = max(d, 1)
	n = max(min(n, len(data)/d), 0)
	if cap(dst) < n {
		dst = make([][2]float64, n)
	}
	dst = dst[:n]
	for k := range n {
		dst[k] = [2]float64{data[k*d], 0}
		if d == 2 {
			dst[k][1] = data[k*d+1]
		}
	}
	return dst
}
