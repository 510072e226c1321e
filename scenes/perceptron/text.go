package perceptron

import (
	"image/color"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/perceptron/model"
	"github.com/neurona/neurona/scenes/ui"
)

// textKey is everything the panel's changing text depends on: the run
// and its position, the data, the settings, the language and the theme
// (the lines carry their colours).
type textKey struct {
	gen, pos int
	version  uint64
	cfg      engine.PerceptronConfig
	stale    bool
	lang     i18n.Lang
	theme    string
}

// textLine is one line of the panel: its text, a shorter form for a
// narrow panel ("" for none) and its colour.
type textLine struct {
	text, short string
	clr         color.RGBA
}

// draw writes the line: its long form where the panel has room for it.
func (l textLine) draw(p *ui.Panel, c *ui.Context) {
	if l.short != "" {
		longest(p, c, l.clr, l.text, l.short)
		return
	}
	p.Text(l.text, l.clr)
}

// panelText is the panel's changing text for one textKey, formatted once
// in Update (ui.Recent): numbers written with fmt and joined strings made
// every frame were garbage, which the single-threaded web page pays for
// in collection pauses. While playing, only the frames that step make it.
type panelText struct {
	settings, biasTie string
	progress          textLine
	step              []textLine // the current step's numbers
	// Novikoff's part for a separable set: R and γ, the count of
	// mistakes against the bound, the circle's explanation.
	radius, counter, circle string
	counterClr              color.RGBA
	// For a non-separable set: the weights' repeat, the pocket.
	repeat, pocket, pocketTheta, play string
}

// updateText makes the panel's text current. Update calls it after
// placeLabels (which finds the cycle of a repeat).
func (s *Scene) updateText(c *ui.Context) {
	r := s.run
	k := textKey{gen: r.Gen, pos: r.Pos(), version: r.Data.Version(), cfg: r.Cfg, stale: s.novStale, lang: c.Lang, theme: c.Theme.Name}
	s.text.Get(k, func(t *panelText) { s.fillText(c, t) })
}

// fillText formats the panel's text for the scene's current state.
func (s *Scene) fillText(c *ui.Context, t *panelText) {
	r := s.run
	th := c.Theme
	st := r.State()
	t.settings = c.T(ruleKey(r.Cfg.Rule)) + " · α = " + ui.Num(r.Cfg.Alpha) + " · " + c.T(orderKey(r.Cfg.Order))
	t.biasTie = c.T(biasShort(r.Bias())) + " · " + c.T(tieShort(r.P.Tie()))
	epoch := 1
	if r.HasLast {
		epoch = r.Last.Epoch + 1
	}
	line := c.Tf("perceptron.progress", r.Pos(), epoch, st.Mistakes)
	if st.Converged && r.Data.Len() > 0 {
		t.progress = textLine{text: line + " · " + c.T("perceptron.converged"), clr: th.Good}
	} else {
		t.progress = textLine{text: line, clr: th.Text}
	}
	t.step = t.step[:0]
	switch {
	case r.Data.Len() == 0:
		t.step = append(t.step, textLine{text: c.T("perceptron.nodata"), clr: th.Accent})
	case !r.HasLast:
		t.step = append(t.step, textLine{text: c.T("perceptron.start"), clr: th.Accent},
			textLine{text: "θ⁰ = " + ui.Vec(st.W) + ",  b⁰ = " + ui.Num(st.B), clr: th.Text})
	default:
		t.step = s.stepLines(c, t.step)
	}

	t.radius, t.counter, t.circle, t.repeat, t.pocket, t.pocketTheta, t.play = "", "", "", "", "", "", ""
	if r.Data.Len() == 0 || s.novStale {
		return
	}
	if r.Separable() {
		n := r.Nov
		rKey := "perceptron.R"
		if n.Origin {
			rKey = "perceptron.R.origin"
		}
		t.radius = c.Tf(rKey, ui.Num(n.R)) + "    γ = " + ui.Num(n.Gamma)
		k := r.P.Mistakes()
		t.counterClr = th.Text
		if r.P.Converged() {
			t.counterClr = th.Good
		}
		t.counter = c.Tf("perceptron.counter", k, ui.Num(n.Bound))
		if ui.Overflowed(n.Bound) || ui.Overflowed(n.R*n.R) {
			t.counter = c.Tf("perceptron.counter.nobound", k)
		}
		circle := "perceptron.novikoff.circle"
		if n.Origin {
			circle = "perceptron.novikoff.circle.origin"
		}
		t.circle = c.Tf(circle, ui.Num(r.MaxNorm))
		return
	}
	w, b, e := r.P.Pocket()
	if rep, ok := r.Repeat(); ok {
		t.repeat = c.Tf("perceptron.repeat.panel", rep.Mistakes, rep.EarlierMistakes, rep.Step, rep.EarlierStep, cycleSum(s.lab.cycleIdx, r.Data.Points(), 0))
	}
	t.pocket = c.Tf("perceptron.pocket", e, r.Data.Len())
	t.pocketTheta = "θ = " + ui.Vec(w) + ",   b = " + ui.Num(b)
	t.play = c.Tf("perceptron.nonsep.play", model.StopEpochs)
}
