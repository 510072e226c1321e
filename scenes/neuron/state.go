package neuron

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/state"
)

// activationNames are the values of the "activation" field: the lecture's four.
func activationNames() []string {
	out := make([]string, len(engine.LectureActivations))
	for i, a := range engine.LectureActivations {
		out[i] = a.String()
	}
	return out
}

// State implements ui.Scene. Fields: "theta" [θ₁, θ₂], "b", "activation"
// (sign, arctan, sigmoid or relu), "param" (the selected parameter: theta1,
// theta2 or b), "table" (the live table's rows for every point: its x, the
// potential "a", the output "yhat", its class "y" and the class the neuron
// gives it, "class"), "correct" (how many points the neuron classifies
// right), "step" (always 0: nothing is stepped here) and "points".
func (s *Scene) State() map[string]any {
	pts := s.data.Points()
	table := make([]map[string]any, 0, len(pts))
	right := 0
	for _, p := range pts {
		got := model.Class(s.n, p.X)
		if got == p.Y {
			right++
		}
		table = append(table, map[string]any{
			"x":     []float64{p.X[0], p.X[1]},
			"a":     state.Clean(s.n.Potential(p.X)),
			"yhat":  state.Clean(s.n.Output(p.X)),
			"y":     p.Y,
			"class": got,
		})
	}
	return map[string]any{
		"step":       0,
		"points":     state.PointsField(pts),
		"theta":      []float64{s.n.Theta[0], s.n.Theta[1]},
		"b":          s.n.B,
		"activation": s.n.Act.String(),
		"param":      model.ParamIDs[s.sel],
		"table":      table,
		"correct":    right,
	}
}

// Load implements ui.Scene: every field is checked before anything
// changes; absent fields keep their values. "table" and "correct" are
// computed, so they are ignored.
func (s *Scene) Load(d state.Doc) error {
	n := s.n
	if err := d.Vec("theta", n.Theta[:], model.Limit); err != nil {
		return err
	}
	if err := d.Float("b", &n.B, -model.Limit, model.Limit); err != nil {
		return err
	}
	act := n.Act.String()
	if err := d.Choice("activation", &act, activationNames()...); err != nil {
		return err
	}
	n.Act, _ = engine.ParseActivation(act)
	param := model.ParamIDs[s.sel]
	if err := d.Choice("param", &param, model.ParamIDs[:]...); err != nil {
		return err
	}
	pts, hasPts, err := d.Points()
	if err != nil {
		return err
	}
	s.n = n
	for i, id := range model.ParamIDs {
		if id == param {
			s.sel = i
		}
	}
	if hasPts {
		s.data.Replace(pts)
	}
	s.drag = dragNone
	return nil
}
