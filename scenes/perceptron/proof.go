package perceptron

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/perceptron/model"
	"github.com/neurona/neurona/scenes/ui"
)

// panelNovikoff writes Novikoff's part: R, γ, the count of mistakes against
// R²/γ² and the proof's two curves, or, for a non-separable set, that there
// is no bound and what the pocket holds.
func (s *Scene) panelNovikoff(dst *ebiten.Image, p *ui.Panel, c *ui.Context) {
	r := s.run
	th := c.Theme
	p.Part("novikoff")
	p.Heading(c.T("perceptron.novikoff.title"))
	switch {
	case r.Data.Len() == 0:
		p.Dim(c.T("perceptron.nodata.short"))
	case s.novStale:
		p.Dim(c.T("perceptron.novikoff.wait"))
	case r.Separable():
		t := s.text.Shown()
		p.Line(t.radius)
		big := c.Px(p.Size * 1.3)
		ui.DrawText(dst, t.counter, p.R.X+c.Px(16), p.Y, ui.FitText(t.counter, big, p.R.W-c.Px(32)), t.counterClr, ui.AlignLeft)
		p.Y += big * 1.4
		wstar := "perceptron.novikoff.wstar"
		if r.Nov.Origin {
			wstar = "perceptron.novikoff.wstar.origin"
		}
		s.wrapped(dst, p, c, t.circle, th.TextDim)
		s.wrapped(dst, p, c, c.T(wstar), th.TextDim)
		p.Part("plots")
		s.proofPlots(dst, p, c)
	default:
		t := s.text.Shown()
		if r.Nov.Origin {
			s.wrapped(dst, p, c, c.T("perceptron.nonsep.origin"), th.Warning)
		} else {
			s.wrapped(dst, p, c, c.T("perceptron.nonsep"), th.Warning)
		}
		if t.repeat != "" {
			s.wrapped(dst, p, c, t.repeat, th.Text)
			if s.isLectureRun() {
				s.wrapped(dst, p, c, c.T("perceptron.repeat.lecture"), th.Text)
			}
			margin := "perceptron.repeat.margin"
			if s.isLectureRun() {
				margin = "perceptron.repeat.biased"
			}
			s.wrapped(dst, p, c, c.T(margin), th.TextDim)
			if s.isLectureRun() {
				return // the notes' run: the pocket adds nothing to the story
			}
			p.Gap()
		}
		s.wrapped(dst, p, c, t.pocket, th.Good)
		p.Line(t.pocketTheta)
		s.wrapped(dst, p, c, t.play, th.TextDim)
	}
}

// proofPlots draws w_k·w* against kγ and ‖w_k‖² against kR², stacked,
// in the rest of the panel (at least room for both: the panel scrolls).
func (s *Scene) proofPlots(dst *ebiten.Image, p *ui.Panel, c *ui.Context) {
	th := c.Theme
	pl := &s.plots
	if len(pl.dot) == 0 {
		return
	}
	if s.run.Cfg.Alpha != 1 {
		p.Dim(c.T("perceptron.plot.alpha"))
	}
	rest := p.Take(340)
	a, b := rest.SplitTop(rest.H / 2)
	a.H -= c.Px(8)
	pl.dotPlot.Title = c.T("perceptron.plot.dot")
	pl.dotPlot.XLabel = c.T("perceptron.plot.k")
	pl.dotPlot.Draw(dst, c, a, []ui.Series{
		{XY: pl.kGamma, Color: th.TextDim, Dashed: true, Label: "kγ"},
		{XY: pl.dot, Color: th.Series1, Label: "w_{k}·w*"},
	})
	pl.normPlot.Title = c.T("perceptron.plot.norm")
	pl.normPlot.XLabel = c.T("perceptron.plot.k")
	pl.normPlot.Draw(dst, c, b, []ui.Series{
		{XY: pl.kR2, Color: th.TextDim, Dashed: true, Label: "kR²"},
		{XY: pl.norm, Color: th.Series2, Label: "‖w_{k}‖²"},
	})
}

// wrapped writes s in as many lines as the panel's width needs (a panel
// scrolls when they are more than fit).
func (s *Scene) wrapped(dst *ebiten.Image, p *ui.Panel, c *ui.Context, text string, clr color.Color) {
	for _, l := range s.wrapLines(p, c, text) {
		ui.DrawText(dst, l, p.R.X+c.Px(16), p.Y, c.Px(p.Size), clr, ui.AlignLeft)
		p.Y += c.Px(p.Size) * 1.3
	}
}

// wrapLines breaks text into lines that fit the panel at body size.
func (s *Scene) wrapLines(p *ui.Panel, c *ui.Context, text string) []string {
	if text == "" {
		return nil
	}
	return wrap(text, c.Px(p.Size), p.R.W-c.Px(32))
}

// wrap breaks text at spaces into lines no wider than width at size px (a
// single word wider than width gets a line of its own). The lines are the
// kit's cache's (ui.WrapText): the panel wraps the same notes every
// frame, and wrapping them anew made most of a playing frame's garbage.
// Callers only read them.
func wrap(text string, px, width float64) []string { return ui.WrapText(text, px, width) }

// footSize is the footnote's text size, in layout units.
const footSize = 16

// footLines returns the footnote wrapped to width, or nil when the data is
// not the lecture's example.
func (s *Scene) footLines(c *ui.Context, width float64) []string {
	if !model.IsLecture(s.run.Data.Points()) {
		return nil
	}
	return wrap(c.T("perceptron.footnote"), c.Px(footSize), width)
}
