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
// formatted once in Update (ui.Recent). The numbers that change while ↑
// is held (a parameter, the potential, the table's a and ŷ) are written
// into buffers each slot keeps and drawn from them (ui.DrawBytes), so
// that a changed frame makes no new string: a new string a frame, and
// its laid-out copy, were some 150 allocations a frame, garbage the
// single-threaded web page pays for in collection pauses. Text that
// changes now and then (the probe's place, the count, θ's label) is kept
// in memos.
type panelText struct {
	params     [model.NumParams][]byte // "θ₁ = 2.00"
	activation string
	at         string      // where the probe is
	ak         []byte      // its potential, after akPrefix
	yhat       []byte      // its output
	cells      [][4][]byte // each table row's x₁, x₂, a and ŷ
	hl         int         // the highlighted row of the table, header first (−1 for none)
	correct    string      // how many points the neuron gets right
	preset     bool        // the neuron is its preset's: the panel names it
	theta      string      // θ's value, by its tip on the plane
}

// akPrefix starts the potential's line; it has markup, which a buffer's
// text does not, so it is drawn apart from the numbers.
const akPrefix = "a_{k} = "

// paramNames are the parameters' names, in model.Param order.
var paramNames = [model.NumParams]string{"θ₁", "θ₂", "b"}

// memos keep the panel's text that changes now and then, so that a
// frame whose parameters changed makes it again only when it did.
type memos struct {
	activation ui.Memo[actKey]
	at         ui.Memo[atKey]
	correct    ui.Memo[countKey]
	theta      ui.Memo[[2]float64]
}

type actKey struct {
	act  engine.Activation
	lang i18n.Lang
}

type atKey struct {
	x    [2]float64
	lang i18n.Lang
}

type countKey struct {
	right, n int
	lang     i18n.Lang
}

// fillText formats the panel's text for the scene's current state.
func (s *Scene) fillText(c *ui.Context, t *panelText) {
	n, x := s.n, s.probe
	vals := [model.NumParams]float64{n.Theta[0], n.Theta[1], n.B}
	for i := range t.params {
		b := append(t.params[i][:0], paramNames[i]...)
		t.params[i] = ui.AppendFixed(append(b, " = "...), vals[i])
	}
	t.theta = s.memo.theta.Text(n.Theta, func() string {
		return "θ = (" + ui.Fixed(n.Theta[0]) + ", " + ui.Fixed(n.Theta[1]) + ")"
	})
	t.activation = s.memo.activation.Text(actKey{n.Act, c.Lang}, func() string {
		return c.Tf("neuron.activation", c.T("neuron.act."+n.Act.String()))
	})
	t.at = s.memo.at.Text(atKey{x, c.Lang}, func() string {
		return c.Tf("neuron.at", ui.Fixed(x[0]), ui.Fixed(x[1]))
	})
	a := n.Potential(x)
	// a_k = θ₁·(x₁) + θ₂·(x₂) + b = a, as ParenFixed and TermFixed write it.
	b := ui.AppendFixed(t.ak[:0], n.Theta[0])
	b = appendParen(append(b, "·"...), x[0])
	b = appendTerm(append(ui.AppendFixed(append(b, " + "...), n.Theta[1]), "·"...), x[1], n.B)
	t.ak = ui.AppendFixed(append(b, " = "...), a)
	b = ui.AppendFixed(append(t.yhat[:0], "ŷ = σ("...), a)
	t.yhat = ui.AppendFixed(append(b, ") = "...), n.Output(x))

	if cap(t.cells) < len(s.rows) {
		t.cells = append(t.cells[:cap(t.cells)], make([][4][]byte, len(s.rows)-cap(t.cells))...)
	}
	t.cells = t.cells[:len(s.rows)]
	t.hl = -1
	for i, r := range s.rows {
		for j, v := range [4]float64{r.X[0], r.X[1], r.A, r.YHat} {
			t.cells[i][j] = ui.AppendFixed(t.cells[i][j][:0], v)
		}
		if i == s.editor.Hover {
			t.hl = i + 1
		}
	}
	t.correct = s.memo.correct.Text(countKey{s.right, s.data.Len(), c.Lang}, func() string {
		return c.Tf("neuron.correct", s.right, s.data.Len())
	})
	t.preset = s.n == presets[s.preset].neuronOf()
}

// appendParen appends v as ui.ParenFixed writes it: in parentheses when
// negative.
func appendParen(b []byte, v float64) []byte {
	if v < 0 {
		return append(ui.AppendFixed(append(b, '('), v), ')')
	}
	return ui.AppendFixed(b, v)
}

// appendTerm appends the product's last factor x (as appendParen) and the
// bias as ui.TermFixed writes it: " + b" or " − |b|".
func appendTerm(b []byte, x, bias float64) []byte {
	b = appendParen(b, x)
	if bias < 0 {
		return ui.AppendFixed(append(b, " − "...), -bias)
	}
	return ui.AppendFixed(append(b, " + "...), bias)
}
