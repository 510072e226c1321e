package xor

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/xor/model"
)

// drawLoss draws the loss curve J(step) below the planes, unless the
// panel has it (lossInPanel).
func (s *Scene) drawLoss(dst *ebiten.Image, c *ui.Context) {
	if !s.v.lossInPanel {
		s.drawLossIn(dst, c, s.v.lossRect)
	}
}

// drawLossIn draws the loss curve J(step) with its title in r.
func (s *Scene) drawLossIn(dst *ebiten.Image, c *ui.Context, r ui.Rect) {
	th := c.Theme
	title := "J = " + ui.Fixed(s.v.loss)
	ui.DrawText(dst, title, r.X, r.Y, c.Px(20), th.Text, ui.AlignLeft)
	sub := c.T("xor.loss")
	ui.DrawText(dst, sub, r.X, r.Y+c.Px(27), ui.FitText(sub, c.Px(16), r.W), th.TextDim, ui.AlignLeft)
	body := ui.Rect{X: r.X, Y: r.Y + c.Px(52), W: r.W, H: r.H - c.Px(52)}
	if len(s.v.lossPast) < 4 && len(s.v.lossAhead) < 4 {
		// Nothing trained yet: say how, one key per line.
		ui.StrokeRect(dst, body, c.Px(1), th.PanelEdge)
		lines := strings.Split(c.T("xor.loss.empty"), " · ")
		lh := c.Px(17) * 1.5
		y := body.Y + body.H/2 - lh*float64(len(lines))/2
		for _, l := range lines {
			ui.DrawText(dst, l, body.X+body.W/2, y, ui.FitText(l, c.Px(17), body.W-c.Px(20)), th.TextDim, ui.AlignCenter)
			y += lh
		}
		return
	}
	series := []ui.Series{{XY: s.v.lossPast, Color: th.Series1}}
	if len(s.v.lossAhead) >= 4 {
		series = append(series, ui.Series{XY: s.v.lossAhead, Color: th.Series1, Dashed: true})
	}
	s.lossPlot.Draw(dst, c, body, series)
}

// drawPanel writes the side panel: settings, the truth table, the network
// in matrix form with its numbers, and the run's status.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	p := ui.NewScrollPanel(dst, c, s.v.side, &s.scroll)
	defer p.End()
	dst = p.Dst()
	p.Part("title")
	p.Heading(s.title(c))
	ps := [numParams]ui.Param{
		{Name: "α", Value: ui.Num(s.lr)},
		{Name: "H", Value: fmt.Sprint(s.hidden)},
		{Name: c.T("xor.seed"), Value: fmt.Sprint(s.seed)},
	}
	p.Part("params")
	row := ui.Rect{X: p.R.X + c.Px(12), Y: p.Y, W: p.R.W - c.Px(24), H: c.Px(34)}
	ui.DrawParams(dst, c, row, ps[:], s.sel, c.Px(19))
	p.Y += row.H + c.Px(8)
	p.Line(c.Tf("xor.activation", c.T("xor.act."+s.act.String())))

	p.Part("table")
	p.Dim(s.tableLabel(c))
	rows := [][]string{{"x₁", "x₂", "z₁", "z₂", "ŷ", c.T("xor.class")}}
	for _, r := range s.v.table {
		rows = append(rows, []string{ui.Num(r.X[0]), ui.Num(r.X[1]), cell(r.Z[0]), cell(r.Z[1]), cell(r.YHat), fmt.Sprint(r.Class)})
	}
	p.Table(rows, -1)

	p.Part("status")
	n := s.data.Len()
	right := int(math.Round(s.v.acc * float64(n)))
	status := c.Tf("xor.status", s.run.StepNo(), right, n)
	clr := th.Text
	if n > 0 && right == n {
		clr = th.Good
	}
	p.Text(status, clr)
	if s.run.Diverged {
		p.Text(c.T("xor.diverged"), th.Warning)
	}
	p.Text(c.T("xor.legend.hatch"), th.Accent)
	p.Gap()
	p.Part("matrices")
	s.drawMatrices(dst, c, p)
	p.Gap()
	if s.v.lossInPanel {
		p.Part("loss")
		s.drawLossIn(dst, c, p.Take(160))
		p.Gap()
	}
	p.Part("hints")
	p.Dim(c.T("xor.hints"))
}

// title names what the panel shows: a network trained from seeded random
// weights, the notes' network, or the notes' network changed by training
// (the notes' name only while their values are shown).
func (s *Scene) title(c *ui.Context) string {
	switch {
	case s.training:
		return c.Tf("xor.title.train", s.seed)
	case model.IsLecture(s.run.Net()):
		return c.T("xor.title.lecture")
	}
	return c.Tf("xor.title.changed", s.run.StepNo())
}

// tableLabel heads the truth table: "as in the notes" only while the
// notes' weights are shown.
func (s *Scene) tableLabel(c *ui.Context) string {
	if model.IsLecture(s.run.Net()) {
		return c.T("xor.table")
	}
	return c.T("xor.table.own")
}

// drawMatrices writes the network as the notes' exercise asks: the two
// layers in matrix form with their dimensions, then the live numbers with
// one row per hidden unit, in its colour: its weights (a row of W^[1]),
// its bias (of b^[1]) and its weight into the output (of W^[2], written as
// a column so that each row is one unit).
func (s *Scene) drawMatrices(dst *ebiten.Image, c *ui.Context, p *ui.Panel) {
	th := c.Theme
	m := s.net()
	h := m.H
	px := c.Px(p.Size)
	left := p.R.X + c.Px(16)
	w := p.R.W - c.Px(32)
	formula := func(f, dims string) {
		fw := ui.DrawText(dst, f, left, p.Y, ui.FitText(f, px, w*0.55), th.Text, ui.AlignLeft)
		ui.DrawText(dst, dims, left+w, p.Y+px*0.1, ui.FitText(dims, c.Px(16), w-fw-c.Px(10)), th.TextDim, ui.AlignRight)
		p.Y += px * 1.45
	}
	formula("z = σ(W^{[1]}x + b^{[1]})", "W^{[1]}: H×2   b^{[1]}: H×1")
	formula("ŷ = σ(W^{[2]}z + b^{[2]})", fmt.Sprintf("W^{[2]}: 1×H   b^{[2]}: 1×1   H = %d", h))

	rh := px * 1.3
	// Columns: unit, W^[1] (two), b^[1], (W^[2])ᵀ; gaps for the brackets.
	gap := c.Px(16)
	colLabel := w * 0.08
	colNum := (w - colLabel - 3*gap) / 5
	xW := left + colLabel
	xB := xW + 2*colNum + gap
	xO := xB + colNum + gap
	hs := c.Px(16)
	ui.DrawText(dst, "W^{[1]}", xW+colNum, p.Y, hs, th.TextDim, ui.AlignCenter)
	ui.DrawText(dst, "b^{[1]}", xB+colNum/2, p.Y, hs, th.TextDim, ui.AlignCenter)
	ui.DrawText(dst, "(W^{[2]})^{T}", xO+colNum/2, p.Y, hs, th.TextDim, ui.AlignCenter)
	p.Y += hs * 1.5
	num := func(v, right, y float64) {
		t := entry(v)
		ui.DrawText(dst, t, right-c.Px(8), y, ui.FitText(t, px, colNum-c.Px(12)), th.Text, ui.AlignRight)
	}
	top := p.Y
	for j := range h {
		y := top + rh*float64(j)
		ui.DrawText(dst, "z_{"+itoa(j+1)+"}", left, y, px, th.Hidden[j], ui.AlignLeft)
		num(m.W1[j][0], xW+colNum, y)
		num(m.W1[j][1], xW+2*colNum, y)
		num(m.B1[j], xB+colNum, y)
		num(m.W2[j], xO+colNum, y)
	}
	bot := top + rh*float64(h)
	bracket(dst, c, xW, xW+2*colNum, top, bot, th.TextDim)
	bracket(dst, c, xB, xB+colNum, top, bot, th.TextDim)
	bracket(dst, c, xO, xO+colNum, top, bot, th.TextDim)
	p.Y = bot + c.Px(8)
	p.Line("b^{[2]} = " + ui.Num(m.B2))
}

// bracket draws [ and ] around a matrix spanning x0…x1, y0…y1.
func bracket(dst *ebiten.Image, c *ui.Context, x0, x1, y0, y1 float64, clr color.Color) {
	w, k := c.Px(2), c.Px(6)
	y0 -= c.Px(2)
	y1 += c.Px(1)
	ui.Line(dst, x0, y0, x0, y1, w, clr)
	ui.Line(dst, x0, y0, x0+k, y0, w, clr)
	ui.Line(dst, x0, y1, x0+k, y1, w, clr)
	ui.Line(dst, x1, y0, x1, y1, w, clr)
	ui.Line(dst, x1, y0, x1-k, y0, w, clr)
	ui.Line(dst, x1, y1, x1-k, y1, w, clr)
}

// cell writes a table value: whole numbers as they are (the sign's −1 and
// 1), others with three decimals (0.000 for a sigmoid at 4.5e−05, which
// the class reads as 0).
func cell(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e6 {
		return ui.Num(v)
	}
	if math.Abs(v) >= 1000 {
		return ui.Num(v)
	}
	return strings.ReplaceAll(fmt.Sprintf("%.3f", v), "-", "−")
}

// entry writes a matrix entry: whole numbers as they are (the notes' 20,
// −10), others to two decimals, or fewer as they grow, so the columns stay
// narrow.
func entry(v float64) string {
	var t string
	a := math.Abs(v)
	switch {
	case v == math.Trunc(v) && a < 1e5:
		t = fmt.Sprintf("%.0f", v)
	case a >= 1e5:
		return ui.Num(v)
	case a >= 100:
		t = fmt.Sprintf("%.0f", v)
	case a >= 10:
		t = fmt.Sprintf("%.1f", v)
	default:
		t = fmt.Sprintf("%.2f", v)
	}
	if t == "-0.00" || t == "-0" {
		t = "0"
	}
	return strings.ReplaceAll(t, "-", "−")
}
