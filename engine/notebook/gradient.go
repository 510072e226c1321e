package notebook

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
)

// gradientMaxPath is the longest "path" the scene keeps.
const gradientMaxPath = 20000

// gradientView is what gradient.tmpl writes: one sigmoid neuron's starting
// θ and b, the loss, α, the steps to take and the app's gradient there.
type gradientView struct {
	X, Y      string
	Theta, B  string // the start: θ⁰, b⁰
	Alpha     string
	MSE       bool
	Steps     int
	FromStart bool // the steps retrace the scene's "path"
	AppGrad   string
	AppJ      string
}

// gradientData reads a gradient document: "points", "theta", "b", "alpha",
// "loss", "step" and "path" (θ₁, θ₂, b of every step up to "step"). When
// descending from path[0] with α reaches "theta" and "b", the notebook
// starts there and takes "step" steps; otherwise it starts where the scene
// is.
func gradientData(d doc, _ string) (any, error) {
	pts, err := d.points()
	if err != nil {
		return nil, err
	}
	theta := []float64{-3, 2}
	if err := d.Need("theta", &theta); err != nil {
		return nil, err
	}
	if len(theta) != 2 {
		return nil, statedoc.Errorf("theta", "want 2 numbers, got %d", len(theta))
	}
	if err := statedoc.Finite("theta", engine.MaxParam, theta...); err != nil {
		return nil, err
	}
	var b float64
	if err := d.number("b", &b, engine.MaxParam); err != nil {
		return nil, err
	}
	alpha := 0.5
	if err := d.rate("alpha", &alpha, engine.MaxLR); err != nil {
		return nil, err
	}
	lossName := "bce"
	if err := d.Choice("loss", &lossName, "bce", "mse"); err != nil {
		return nil, err
	}
	loss, _ := engine.ParseLoss(lossName)
	var path [][]float64
	if err := d.Decode("path", &path); err != nil {
		return nil, err
	}
	if len(path) > gradientMaxPath {
		return nil, statedoc.Errorf("path", "%d entries; the limit is %d", len(path), gradientMaxPath)
	}
	for i, e := range path {
		if len(e) != 3 {
			return nil, statedoc.Errorf("path", "entry %d: want [θ₁, θ₂, b]", i)
		}
		if err := statedoc.Finite("path", engine.MaxParam, e...); err != nil {
			return nil, err
		}
	}
	step := 0
	if err := d.Int("step", &step, 0, gradientMaxPath); err != nil {
		return nil, err
	}

	cur := engine.Logistic{Theta: [2]float64{theta[0], theta[1]}, B: b}
	start := cur
	v := gradientView{Alpha: py(alpha), MSE: loss == engine.MSE}
	if step > 0 && step < len(path) && len(pts) > 0 {
		s := engine.Logistic{Theta: [2]float64{path[0][0], path[0][1]}, B: path[0][2]}
		m := s
		for range step {
			m.Step(pts, loss, alpha)
		}
		if near(m.Theta[0], cur.Theta[0]) && near(m.Theta[1], cur.Theta[1]) && near(m.B, cur.B) {
			start, v.Steps, v.FromStart = s, step, true
		}
	}
	v.Theta, v.B = pyList(start.Theta[:]), py(start.B)
	j, dt, db := start.Gradient(pts, loss)
	v.AppJ = py(j)
	v.AppGrad = `{"theta": ` + pyList(dt[:]) + `, "b": ` + py(db) + `}`
	v.X, v.Y = pointRows(pts)
	return v, nil
}

// near reports whether x and y agree to 1e-12 relative (see sameMLP).
func near(x, y float64) bool {
	return math.Abs(x-y) <= 1e-12*math.Max(1, math.Max(math.Abs(x), math.Abs(y)))
}
