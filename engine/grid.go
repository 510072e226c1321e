package engine

// Model is anything with an output at every point of the plane: Neuron,
// Logistic and MLP all are.
type Model interface {
	Output(x [2]float64) float64
}

// Compile-time checks that the models implement Model.
var (
	_ Model = Neuron{}
	_ Model = Logistic{}
	_ Model = MLP{}
)

// EvalGrid fills dst with m's output over a w×h grid covering the rectangle
// [xmin, xmax] × [ymin, ymax]: row-major, first row at the top (ymax) as on
// screen, each value taken at its cell's centre. dst must hold at least w·h
// values; with a shorter dst or non-positive size it does nothing. It does
// not allocate, so a scene can call it every frame with one buffer.
func EvalGrid(dst []float64, w, h int, xmin, ymin, xmax, ymax float64, m Model) {
	f := m.Output
	if p, ok := m.(*MLP); ok {
		f = p.Predict // Output has a value receiver and would copy p per call
	}
	forGrid(dst, w, h, xmin, ymin, xmax, ymax, f)
}

// forGrid evaluates f at the cell centres of a w×h grid into dst, top row first.
func forGrid(dst []float64, w, h int, xmin, ymin, xmax, ymax float64, f func([2]float64) float64) {
	if w <= 0 || h <= 0 || h > len(dst)/w {
		return
	}
	dx, dy := (xmax-xmin)/float64(w), (ymax-ymin)/float64(h)
	for r := range h {
		y := ymax - (float64(r)+0.5)*dy
		row := dst[r*w : (r+1)*w]
		for c := range row {
			row[c] = f([2]float64{xmin + (float64(c)+0.5)*dx, y})
		}
	}
}
