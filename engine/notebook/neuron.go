package notebook

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
)

// neuronLimit bounds θ₁, θ₂ and b as the scene does.
const neuronLimit = 1e6

// neuronView is what neuron.tmpl writes.
type neuronView struct {
	X, Y       string
	Theta      string
	B          string
	Activation string // sign, arctan, sigmoid or relu
}

// neuronData reads a neuron document: "points", "theta", "b",
// "activation".
func neuronData(d doc, _ string) (any, error) {
	pts, err := d.points()
	if err != nil {
		return nil, err
	}
	theta := []float64{2, 2}
	if err := d.Need("theta", &theta); err != nil {
		return nil, err
	}
	if len(theta) != 2 {
		return nil, statedoc.Errorf("theta", "want 2 numbers, got %d", len(theta))
	}
	if err := statedoc.Finite("theta", neuronLimit, theta...); err != nil {
		return nil, err
	}
	var b float64
	if err := d.number("b", &b, neuronLimit); err != nil {
		return nil, err
	}
	v := neuronView{Theta: pyList(theta), B: py(b), Activation: engine.Sign.String()}
	names := make([]string, len(engine.LectureActivations))
	for i, a := range engine.LectureActivations {
		names[i] = a.String()
	}
	if err := d.Choice("activation", &v.Activation, names...); err != nil {
		return nil, err
	}
	v.X, v.Y = pointRows(pts)
	return v, nil
}
