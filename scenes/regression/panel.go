package regression

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// Panel sizes, in layout units: body text, the main numbers, the table.
const (
	bodyPx  = 17
	bigPx   = 22
	tablePx = 17
	rowPx   = 25
)

// layoutPanel places the panel's clickable parts (the cells, the table's
// rows, the chips) for this tick, so that the pointer and Draw agree.
func (s *Scene) layoutPanel(c *ui.Context) {
	v := &s.v
	r := v.side
	x, w := r.X+c.Px(14), r.W-c.Px(28)
	y := r.Y - s.scroll.Off + c.Px(10) + c.Px(bigPx)*1.4 + c.Px(bodyPx)*1.7 // heading, model
	v.cells = ui.Rect{X: x, Y: y, W: w, H: c.Px(38)}
	y += c.Px(46) + c.Px(bigPx)*1.45 + c.Px(bodyPx)*1.4 // cells, J, mean
	y += c.Px(bodyPx) * 1.4 * float64(len(s.noteLines(c)))
	v.rowsAt = int(y)
	y += c.Px(rowPx) // the header
	for i := range v.rows {
		v.rows[i] = ui.Rect{}
	}
	n := s.hidden + 1
	if s.hidden == 0 {
		n = 2
	}
	for i := range n {
		v.rows[i] = ui.Rect{X: x - c.Px(4), Y: y, W: w + c.Px(8), H: c.Px(rowPx)}
		y += c.Px(rowPx)
	}
	y += c.Px(6) + c.Px(bodyPx)*1.5 // the worked update
	cw := (w - c.Px(12)) / 3
	for i := range v.chips {
		v.chips[i] = ui.Rect{X: x + float64(i)*(cw+c.Px(6)), Y: y, W: cw, H: c.Px(34)}
	}
}

// noteLines is the note under J, wrapped to the panel's width.
func (s *Scene) noteLines(c *ui.Context) []string {
	return ui.WrapText(c.T("regression.note.sum"), c.Px(16), s.v.side.W-c.Px(28))
}

// panelPointer handles clicks and hovering in the panel: the cells'
// − and + ends change α, H and σ, a table row selects its unit, and the
// chips toggle the squares, the log scale and the selected unit.
func (s *Scene) panelPointer(c *ui.Context) {
	v := &s.v
	s.hoverU = -1
	if c.In.HasCursor && v.side.Contains(c.In.CursorX, c.In.CursorY) {
		for j := range s.hidden {
			if v.rows[j].Contains(c.In.CursorX, c.In.CursorY) {
				s.hoverU = j
			}
		}
	}
	for _, ev := range c.In.Pointer {
		if ev.Kind != ui.PointerDown || !v.side.Contains(ev.X, ev.Y) {
			continue
		}
		if v.cells.Contains(ev.X, ev.Y) {
			cw := v.cells.W / numParams
			i := min(int((ev.X-v.cells.X)/cw), numParams-1)
			s.sel = i
			switch f := (ev.X - v.cells.X - cw*float64(i)) / cw; {
			case f < 0.25:
				s.nudge(c, false)
			case f > 0.75:
				s.nudge(c, true)
			}
			continue
		}
		for j := range s.hidden {
			if v.rows[j].Contains(ev.X, ev.Y) {
				if s.unit == j {
					s.unit = -1
				} else {
					s.unit = j
				}
			}
		}
		for i, b := range v.chips {
			if !b.Contains(ev.X, ev.Y) {
				continue
			}
			switch i {
			case 0:
				s.squares = !s.squares
			case 1:
				s.logScale = !s.logScale
			case 2:
				s.action(c, ui.Action{Action: actUnit})
			}
		}
	}
}

// drawPanel writes the side panel: the model, the cells, J and its mean,
// the parameters with their gradients, the worked update, the chips and
// the J-per-iteration plot.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	v := &s.v
	p := ui.NewScrollPanel(dst, c, v.side, &s.scroll)
	defer p.End()
	dst = p.Dst()
	p.Size = bodyPx
	x, w := v.side.X+c.Px(14), v.side.W-c.Px(28)
	// The parts sit where layoutPanel put the clickable ones (at the
	// scroll's offset); part marks the start of each for the report.
	part := func(name string, y float64) {
		p.Y = y
		p.Part(name)
	}
	text := func(str string, y, px float64, clr color.Color) {
		// A little to spare: superscript digits measure narrower than drawn.
		ui.DrawText(dst, str, x, y, ui.FitText(str, px, w*0.95), clr, ui.AlignLeft)
	}
	y := v.side.Y - s.scroll.Off + c.Px(10)
	part("model", y)
	text(c.T("regression.title"), y, c.Px(bigPx), th.Text)
	y += c.Px(bigPx) * 1.4
	eq := "ŷ = θx + b"
	if s.hidden > 0 {
		eq = "ŷ = Σ_{j} θ_{j}^{[2]} σ(θ_{j}x + b_{j}) + b^{[2]},  σ = " + c.T("regression.act."+s.act.String())
	}
	text(eq, y, c.Px(bodyPx+1), th.Text)

	part("cells", v.cells.Y)
	s.drawCells(dst, c)

	y = v.cells.Bottom() + c.Px(8)
	part("loss", y)
	m := v.n
	text("J = Σ_{i}(ŷ_{i} − y_{i})² = "+ui.Num(v.j), y, c.Px(bigPx), th.Text)
	y += c.Px(bigPx) * 1.45
	text(c.Tf("regression.mean", ui.Num(v.mean), m, s.run.StepNo()), y, c.Px(bodyPx), th.Text)
	y += c.Px(bodyPx) * 1.4
	for _, l := range s.noteLines(c) {
		ui.DrawText(dst, l, x, y, c.Px(16), th.TextDim, ui.AlignLeft)
		y += c.Px(bodyPx) * 1.4
	}

	part("table", float64(v.rowsAt))
	s.drawTable(dst, c)

	y = v.rows[max(s.hidden, 1)].Bottom() + c.Px(6)
	part("update", y)
	text(s.workedUpdate(c), y, c.Px(bodyPx), th.Text)

	part("chips", v.chips[0].Y)
	s.drawChips(dst, c)

	// The message line: divergence, no data, or α's bound for the line.
	y = v.chips[0].Bottom() + c.Px(8)
	part("message", y)
	switch {
	case v.why != engine.Converging:
		text(c.T("regression.why."+v.why.String()), y, c.Px(bodyPx), th.Warning)
	case m == 0:
		text(c.T("regression.msg.nodata"), y, c.Px(bodyPx), th.Warning)
	case s.hidden == 0:
		lim := v.lineMaxLR
		clr := th.TextDim
		if s.alpha >= lim {
			clr = th.Warning
		}
		text(c.Tf("regression.alpha.max", ui.Num(lim)), y, c.Px(bodyPx), clr)
	default:
		text(c.T("regression.presets"), y, c.Px(16), th.TextDim)
	}
	y += c.Px(bodyPx) * 1.5

	// The plot takes the rest of the panel (as it is when not scrolled),
	// and at least room to read it: the panel scrolls to it.
	part("plot", y)
	h := math.Max(v.side.Bottom()-(y+s.scroll.Off)-c.Px(8), c.Px(150))
	s.drawPlot(dst, c, ui.Rect{X: x, Y: y, W: w, H: h})
	p.Y = y + h
}

// drawCells draws the α, H and σ cells, the selected one boxed, each with
// a − and a + at its ends for the mouse.
func (s *Scene) drawCells(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	r := s.v.cells
	labels := [numParams]string{
		"α = " + ui.Num(s.alpha),
		"H = " + ui.Int(s.hidden),
		"σ = " + c.T("regression.act."+s.act.String()),
	}
	cw := r.W / numParams
	sign := c.Px(20)
	for i, l := range labels {
		cell := ui.Rect{X: r.X + cw*float64(i), Y: r.Y, W: cw - c.Px(6), H: r.H}
		if i == s.sel {
			ui.FillRect(dst, cell, ui.WithAlpha(th.Accent, 0x40))
			ui.StrokeRect(dst, cell, c.Px(2), th.Accent)
		} else {
			ui.StrokeRect(dst, cell, c.Px(1), th.PanelEdge)
		}
		pad := c.Px(22)
		px := ui.FitText(l, c.Px(bigPx-1), cell.W-2*pad)
		clr := th.Text
		if i == paramAct && s.hidden == 0 {
			clr = th.TextDim // the line has no hidden layer; σ waits for H > 0
		}
		ui.DrawText(dst, l, cell.X+cell.W/2, cell.Y+(cell.H-px*1.2)/2, px, clr, ui.AlignCenter)
		ty := cell.Y + (cell.H-sign*1.2)/2
		ui.DrawText(dst, "−", cell.X+c.Px(5), ty, sign, th.TextDim, ui.AlignLeft)
		ui.DrawText(dst, "+", cell.Right()-c.Px(5), ty, sign, th.TextDim, ui.AlignRight)
	}
}

// drawTable writes every parameter with its gradient. For H > 0 one row
// per hidden unit (θ_j, b_j, θ_j^[2] and their ∂J/∂·), then b^[2]; for
// H = 0 the rows θ and b with the update's result and the least-squares
// values, so both parameter sets are seen converging.
func (s *Scene) drawTable(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	v := &s.v
	m, g := v.m, v.g
	var rows [][]string
	weights := []float64{0.7, 1, 1.15, 1, 1.15, 1, 1.15}
	if s.hidden == 0 {
		weights = []float64{0.5, 1, 1.1, 1, 1.1}
		ls := func(val float64) string {
			if !s.lsOK {
				return "—"
			}
			return ui.Num(val)
		}
		rows = [][]string{
			{"", "θ^{(k)}", "∂J/∂θ", "θ^{(k+1)}", c.T("regression.ls.short")},
			{"θ", ui.Num(m.W1[0]), ui.Num(g.W1[0]), ui.Num(v.next.W1[0]), ls(s.ls.W1[0])},
			{"b", ui.Num(m.B1[0]), ui.Num(g.B1[0]), ui.Num(v.next.B1[0]), ls(s.ls.B1[0])},
		}
	} else {
		rows = append(rows, []string{"j", "θ_{j}", "∂J/∂θ_{j}", "b_{j}", "∂J/∂b_{j}", "θ_{j}^{[2]}", "∂J/∂θ_{j}^{[2]}"})
		for j := range m.H {
			rows = append(rows, []string{ui.Int(j + 1), ui.Num(m.W1[j]), ui.Num(g.W1[j]), ui.Num(m.B1[j]), ui.Num(g.B1[j]), ui.Num(m.W2[j]), ui.Num(g.W2[j])})
		}
		rows = append(rows, []string{"b^{[2]}", "", "", "", "", ui.Num(m.B2), ui.Num(g.B2)})
	}
	x, w := v.side.X+c.Px(14), v.side.W-c.Px(28)
	total := 0.0
	for _, wt := range weights {
		total += wt
	}
	y := float64(v.rowsAt)
	for i, row := range rows {
		clr := th.Text
		if i == 0 {
			clr = th.TextDim
		} else if r := v.rows[i-1]; s.hidden > 0 && i-1 < s.hidden {
			switch i - 1 {
			case s.unit:
				ui.FillRect(dst, r, ui.WithAlpha(th.Accent, 0x48))
				ui.StrokeRect(dst, r, c.Px(2), th.Accent)
			case s.hoverU:
				ui.FillRect(dst, r, ui.WithAlpha(th.Accent, 0x24))
			}
			ui.FillRect(dst, ui.Rect{X: r.X, Y: r.Y + c.Px(3), W: c.Px(5), H: r.H - c.Px(6)}, th.Hidden[i-1])
		}
		cx := x
		for k, cell := range row {
			cw := w * weights[k] / total
			ui.DrawText(dst, cell, cx+cw/2, y+c.Px(3), ui.FitText(cell, c.Px(tablePx), cw-c.Px(4)), clr, ui.AlignCenter)
			cx += cw
		}
		y += c.Px(rowPx)
		if i == 0 {
			ui.Line(dst, x, y-c.Px(2), x+w, y-c.Px(2), 1, th.PanelEdge)
		}
	}
}

// workedUpdate writes the update θ^(k+1) = θ^(k) − α ∂J/∂θ with the
// numbers of one parameter: the selected unit's θ_j, else θ (H = 0) or b^[2].
func (s *Scene) workedUpdate(c *ui.Context) string {
	v := &s.v
	name, cur, grad, next := "b^{[2]}", v.m.B2, v.g.B2, v.next.B2
	switch j := s.focusUnit(); {
	case s.hidden == 0:
		name, cur, grad, next = "θ", v.m.W1[0], v.g.W1[0], v.next.W1[0]
	case j >= 0 && j < s.hidden:
		name, cur, grad, next = "θ_{"+ui.Int(j+1)+"}", v.m.W1[j], v.g.W1[j], v.next.W1[j]
	}
	return name + "^{(k+1)} = " + name + "^{(k)} − α ∂J/∂" + name + " = " +
		ui.Num(cur) + " − " + ui.Num(s.alpha) + "·" + ui.Paren(grad) + " = " + ui.Num(next)
}

// drawChips draws the three toggles: squares, log scale, next unit.
func (s *Scene) drawChips(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	unit := c.T("regression.chip.nounit")
	if s.unit >= 0 {
		unit = c.Tf("regression.chip.unit", s.unit+1)
	}
	labels := [3]string{c.T("regression.chip.squares"), c.T("regression.chip.log"), unit}
	on := [3]bool{s.squares, s.logScale, s.unit >= 0}
	for i, b := range s.v.chips {
		if on[i] {
			ui.FillRect(dst, b, ui.WithAlpha(th.Accent, 0x40))
			ui.StrokeRect(dst, b, c.Px(2), th.Accent)
		} else {
			ui.StrokeRect(dst, b, c.Px(1.5), th.PanelEdge)
		}
		px := ui.FitText(labels[i], c.Px(16), b.W-c.Px(8))
		ui.DrawText(dst, labels[i], b.X+b.W/2, b.Y+(b.H-px*1.2)/2, px, th.Text, ui.AlignCenter)
	}
}

// drawPlot draws J per iteration (log scale on request), the steps ahead
// of the cursor dashed and, for H = 0, the least-squares J as a level the
// descent approaches.
func (s *Scene) drawPlot(dst *ebiten.Image, c *ui.Context, r ui.Rect) {
	th := c.Theme
	v := &s.v
	title := c.T("regression.plot")
	if s.logScale {
		title = c.T("regression.plot.log")
	}
	pl := ui.Plot{Title: title, XLabel: "k", LogY: s.logScale}
	series := []ui.Series{{XY: v.past, Color: th.Series1}}
	if len(v.ahead) > 0 {
		series = append(series, ui.Series{XY: v.ahead, Color: th.Series1, Dashed: true})
	}
	if s.lsOK && len(v.past) >= 2 {
		k0 := v.past[0]
		k1 := math.Max(k0+1, v.past[len(v.past)-2])
		if n := len(v.ahead); n >= 2 {
			k1 = math.Max(k1, v.ahead[n-2])
		}
		series = append(series, ui.Series{XY: []float64{k0, s.lsJ, k1, s.lsJ}, Color: th.Ideal, Dashed: true, Label: c.T("regression.plot.ls")})
	}
	pl.Draw(dst, c, r, series)
}
