package neuron

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/ui"
)

// textKey is everything the panel's changing text depends on.
type textKey struct {
	n       engine.Neuron
	probe   [2]float64
	lang    i18n.Lang
	version uint64 // the data's
	hover   int    // the table row under the pointer (a point's index), −1 for none
	preset  int    // the preset R returns to
}

// panelText is the panel's text (and θ's label) for one textKey,
// formatted once in Update (ui.Recent): numbers written with fmt and joined
// strings would otherwise be garbage made every frame, which the
// single-threaded web page pays for in collection pauses.
type panelText struct {
	params     [model.NumParams]ui.Param
	activation string
	at, ak     string     // where the probe is, and its potential
	yhat       string     // its output
	table      [][]string // header first
	hl         int        // the highlighted row of table (−1 for none)
	correct    string     // how many points the neuron gets right
	preset     bool       // the neuron is its preset's: the panel names it
	theta      string     // θ's value, by its tip on the plane
}

// fillText formats the panel's text for the scene's current state.
func (s *Scene) fillText(c *ui.Context, t *panelText) {
	n, x := s.n, s.probe
	names := [model.NumParams]string{"θ₁", "θ₂", "b"}
	vals := [model.NumParams]float64{n.Theta[0], n.Theta[1], n.B}
	for i := range t.params {
		v := ui.Fixed(vals[i])
		t.params[i] = ui.Param{Name: names[i], Value: v, Text: names[i] + " = " + v}
	}
	t.theta = "θ = (" + ui.Fixed(n.Theta[0]) + ", " + ui.Fixed(n.Theta[1]) + ")"
	t.activation = c.Tf("neuron.activation", c.T("neuron.act."+n.Act.String()))
	a := n.Potential(x)
	t.at = c.Tf("neuron.at", ui.Fixed(x[0]), ui.Fixed(x[1]))
	t.ak = "a_{k} = " + ui.Fixed(n.Theta[0]) + "·" + ui.ParenFixed(x[0]) + " + " +
		ui.Fixed(n.Theta[1]) + "·" + ui.ParenFixed(x[1]) + ui.TermFixed(n.B) + " = " + ui.Fixed(a)
	t.yhat = "ŷ = σ(" + ui.Fixed(a) + ") = " + ui.Fixed(n.Output(x))

	rows := t.table[:0]
	rows = append(rows, []string{"x₁", "x₂", "a_{k}", "ŷ", c.T("neuron.class"), ""})
	t.hl = -1
	for i, r := range s.rows {
		mark := "✓"
		if r.Got != r.Want {
			mark = "✗"
		}
		rows = append(rows, []string{ui.Fixed(r.X[0]), ui.Fixed(r.X[1]), ui.Fixed(r.A), ui.Fixed(r.YHat), classLabel(r.Want), mark})
		if i == s.editor.Hover {
			t.hl = i + 1
		}
	}
	t.table = rows
	t.correct = c.Tf("neuron.correct", s.right, s.data.Len())
	t.preset = s.n == presets[s.preset].neuronOf()
}
