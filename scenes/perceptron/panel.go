package perceptron

import (
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// panelRects returns the side panel's columns: one, or two on a wide,
// short panel (a tablet in portrait), right empty when one.
func panelRects(c *ui.Context, side ui.Rect) (left, right ui.Rect) {
	if side.W >= c.Px(680) && side.W > side.H*1.3 {
		return side.SplitLeft(side.W / 2)
	}
	return side, ui.Rect{}
}

// drawPanel writes the side panel: the rule in the lecture's notation with
// the live numbers of the current step, the lecture's table of the three
// cases, and Novikoff's theorem with the proof's two curves. A wide, short
// panel (a tablet in portrait) is split into two columns. A column with
// more than fits scrolls (ui.Scroll); nothing is left out.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context, side ui.Rect) {
	if side.Empty() {
		return
	}
	left, right := panelRects(c, side)
	p := ui.NewScrollPanel(dst, c, left, &s.scroll[0])
	s.panelRule(p.Dst(), p, c)
	if right.Empty() {
		p.Gap()
		s.panelNovikoff(p.Dst(), p, c)
		s.panelFootnote(p, c)
		p.End()
		return
	}
	p.End()
	q := ui.NewScrollPanel(dst, c, right, &s.scroll[1])
	s.panelNovikoff(q.Dst(), q, c)
	s.panelFootnote(q, c)
	q.End()
}

// panelFootnote writes the footnote on the notes' sign slip at the
// panel's end when the plane had no free place for it.
func (s *Scene) panelFootnote(p *ui.Panel, c *ui.Context) {
	if !s.lab.footInPanel {
		return
	}
	p.Gap()
	p.Part("footnote")
	s.wrapped(p.Dst(), p, c, c.T("perceptron.footnote"), c.Theme.TextDim)
}

// panelRule writes the rule's part: settings, progress, the current step
// in the notes' notation and the table of the three cases (the text
// formatted in Update, see text.go).
func (s *Scene) panelRule(dst *ebiten.Image, p *ui.Panel, c *ui.Context) {
	th := c.Theme
	t := s.text.Shown()
	p.Part("rule")
	p.Heading(c.T("perceptron.title"))
	p.Line(t.settings)
	p.Line(t.biasTie)
	s.wrapped(dst, p, c, c.T("perceptron.keys"), th.TextDim)
	p.Text(t.progress.text, t.progress.clr)
	p.Gap()
	p.Part("step")
	for i, l := range t.step {
		// The last line is the weights (w⁰, or after the step): the
		// scene's main numbers.
		p.Numbers(i == len(t.step)-1 && s.run.Data.Len() > 0)
		l.draw(p, c)
	}
	p.Numbers(false)
	p.Gap()
	p.Part("cases")
	s.caseTable(dst, p, c, true)
}

// stepLines appends the numbers of the step that led to the current
// position: the point, a, ŷ, the error, Δθ and θ, b before and after.
func (s *Scene) stepLines(c *ui.Context, out []textLine) []textLine {
	st := s.run.Last
	th := c.Theme
	classic := !s.pm1()
	bias := s.run.Bias()
	out = append(out, textLine{text: fmt.Sprintf("x_{%d} = %s,   y_{%d} = %s", st.Index+1, ui.Vec(st.X), st.Index+1, ui.Int(st.Target)), clr: th.Accent})
	a := "a = θ·x + b = " + ui.Num(st.Potential)
	if !bias {
		a = "a = θ·x = " + ui.Num(st.Potential)
	}
	out = append(out, textLine{text: c.T("perceptron.potential") + "  " + a, short: a, clr: th.Text})
	if classic {
		err := "   →   y − ŷ = " + ui.Int(st.Diff)
		out = append(out, textLine{text: "ŷ = " + c.T("perceptron.step.fn") + "(a) = " + ui.Int(st.YHat) + err, short: "ŷ = " + ui.Int(st.YHat) + err, clr: th.Text})
	} else {
		verdict := c.T("perceptron.pm1.ok")
		switch {
		case st.OnLine && st.Updated:
			verdict = c.T("perceptron.pm1.tie.error")
		case st.OnLine:
			verdict = c.T("perceptron.pm1.tie.ok")
		case st.Updated:
			verdict = c.T("perceptron.pm1.error")
		}
		err := "   →   y·a = " + ui.Num(float64(st.Y)*st.Potential) + " " + verdict
		out = append(out, textLine{text: "ŷ = " + c.T("perceptron.sign.fn") + "(a) = " + ui.Int(st.YHat) + err, short: "ŷ = " + ui.Int(st.YHat) + err, clr: th.Text})
	}
	if st.OnLine {
		out = append(out, textLine{text: c.T(tieKey(s.run.P.Tie())), clr: th.TextDim})
	}
	if !st.Updated {
		if bias {
			out = append(out, textLine{text: "Δθ = 0,  Δb = 0   (" + c.T("perceptron.noupdate") + ")", clr: th.Good},
				textLine{text: "θ = " + ui.Vec(st.WAfter) + ",   b = " + ui.Num(st.BAfter), clr: th.Text})
		} else {
			out = append(out, textLine{text: "Δθ = 0   (" + c.T("perceptron.noupdate") + ")", clr: th.Good},
				textLine{text: "θ = " + ui.Vec(st.WAfter), clr: th.Text})
		}
		return out
	}
	clr := th.Class(st.Y)
	var d string
	switch {
	case classic && bias:
		d = "Δθ = α(y − ŷ)x = " + ui.Vec(st.DeltaW) + ",   Δb = " + ui.Num(st.DeltaB)
	case classic:
		d = "Δθ = α(y − ŷ)x = " + ui.Vec(st.DeltaW)
	case bias:
		d = "Δθ = α·y·x = " + ui.Vec(st.DeltaW) + ",   Δb = α·y = " + ui.Num(st.DeltaB)
	default:
		d = "Δθ = α·y·x = " + ui.Vec(st.DeltaW)
	}
	out = append(out, textLine{text: d, clr: clr})
	if bias {
		out = append(out, textLine{text: "θ: " + ui.Vec(st.WBefore) + " → " + ui.Vec(st.WAfter) + ",   b: " + ui.Num(st.BBefore) + " → " + ui.Num(st.BAfter), clr: th.Text})
	} else {
		k := st.Mistakes
		out = append(out, textLine{text: fmt.Sprintf("w^{%d} = w^{%d} + y·x:  %s → %s", k, k-1, ui.Vec(st.WBefore), ui.Vec(st.WAfter)), clr: th.Text})
	}
	return out
}

// caseRow returns the row of the rule's own case table the current step
// took (from the step's Case), or −1 before the first step.
func (s *Scene) caseRow() int {
	st := s.run.Last
	if !s.run.HasLast || st.Index < 0 {
		return -1
	}
	switch st.Case {
	case engine.CaseClassicKeep, engine.CasePlusMinusKeep:
		return 0
	case engine.CaseClassicRaise, engine.CasePlusMinusUpdate:
		return 1
	case engine.CaseClassicLower:
		return 2
	}
	return -1
}

// caseRows returns the rule's own case table, header first: the notes'
// three cases of y − ŷ for the {0,1} rule; for the ±1 rule its two cases,
// a mistake or not, written with y·a when y·a ≤ 0 is the mistake (the
// proof's convention) and with ŷ = sign(a) otherwise.
func (s *Scene) caseRows(c *ui.Context) ([4][3]string, int) {
	if !s.pm1() {
		return [4][3]string{
			{"y − ŷ", c.T("perceptron.table.case"), "Δθ"},
			{"0", c.T("perceptron.table.ok"), "0"},
			{"1", c.T("perceptron.table.small"), "+α·x"},
			{"−1", c.T("perceptron.table.large"), "−α·x"},
		}, 4
	}
	if s.run.P.Tie() == engine.TieMistake {
		return [4][3]string{
			{"y·a", c.T("perceptron.table.case"), "Δθ"},
			{"> 0", c.T("perceptron.table.ok"), "0"},
			{"≤ 0", c.T("perceptron.table.mistake"), "+α·y·x"},
		}, 3
	}
	return [4][3]string{
		{c.T("perceptron.sign.header"), c.T("perceptron.table.case"), "Δθ"},
		{"ŷ = y", c.T("perceptron.table.ok"), "0"},
		{"ŷ ≠ y", c.T("perceptron.table.mistake"), "+α·y·x"},
	}, 3
}

// caseTable draws the rule's own table of cases with the current step's
// highlighted (columns sized for their contents) and, with note, what a
// point on the line counts as under the ±1 rule.
func (s *Scene) caseTable(dst *ebiten.Image, p *ui.Panel, c *ui.Context, note bool) {
	th := c.Theme
	left, width := p.R.X+c.Px(16), p.R.W-c.Px(32)
	all, n := s.caseRows(c)
	rows := all[:n]
	// Each column as wide as its widest cell, the rest shared out: with
	// fixed shares the header "ŷ = signo(a)" shrank to 14 px on a phone.
	var cols [3]float64
	sum := 0.0
	for _, row := range rows {
		for j, cell := range row {
			w, _ := ui.MeasureText(cell, c.Px(p.Size))
			cols[j] = max(cols[j], w+c.Px(12))
		}
	}
	for _, w := range cols {
		sum += w
	}
	for j := range cols {
		cols[j] /= max(sum, 1)
	}
	hl := s.caseRow()
	rh := c.Px(p.Size) * 1.45
	for i, row := range rows {
		if i == hl+1 && hl >= 0 {
			ui.FillRect(dst, ui.Rect{X: left - c.Px(4), Y: p.Y - c.Px(2), W: width + c.Px(8), H: rh}, ui.WithAlpha(th.Accent, 0x50))
		}
		var clr color.Color = th.Text
		if i == 0 {
			clr = th.TextDim
		}
		x := left
		for j, cell := range row {
			cw := width * cols[j]
			px := ui.FitText(cell, c.Px(p.Size), cw-c.Px(6))
			ui.DrawText(dst, cell, x+cw/2, p.Y, px, clr, ui.AlignCenter)
			x += cw
		}
		p.Y += rh
		if i == 0 {
			ui.Line(dst, left, p.Y-c.Px(3), left+width, p.Y-c.Px(3), c.Px(1), th.PanelEdge)
		}
	}
	if note && s.pm1() {
		note := "perceptron.table.pm1.mistake"
		switch s.run.P.Tie() {
		case engine.TiePositive:
			note = "perceptron.table.pm1.positive"
		case engine.TieNegative:
			note = "perceptron.table.pm1.negative"
		}
		s.wrapped(dst, p, c, c.T(note), th.TextDim)
	}
}

// longest writes the first of the texts that fits the panel's width at body
// size (the last one, shrunk, if none does): the lecture's words where
// there is room, the formula alone on a narrow panel.
func longest(p *ui.Panel, c *ui.Context, clr color.Color, texts ...string) {
	for _, t := range texts[:len(texts)-1] {
		if w, _ := ui.MeasureText(t, c.Px(p.Size)); w <= p.R.W-c.Px(32) {
			p.Text(t, clr)
			return
		}
	}
	p.Text(texts[len(texts)-1], clr)
}
