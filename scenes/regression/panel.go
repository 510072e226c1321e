package regression

import (
	"bytes"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
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
// rows, the chips) for this tick, so that the pointer and Draw agree. On
// a narrow panel (a phone) the parts reflow rather than shrink their text
// under the legible minimum: the cells and the chips stack, the mean's
// line breaks in two, the table's columns go in groups one under another
// and the worked update takes two lines; the panel scrolls.
func (s *Scene) layoutPanel(c *ui.Context) {
	v := &s.v
	r := v.side
	x, w := r.X+c.Px(14), r.W-c.Px(28)
	legible := c.LegiblePx()
	y := r.Y - s.scroll.Off + c.Px(10) + c.Px(bigPx)*1.4 + c.Px(bodyPx)*1.7 // heading, model

	// The cells: in a row, or one under another when a label would shrink.
	labels := s.cellLabels(c)
	cw, pad := w/numParams, c.Px(22)
	stack := false
	for _, l := range labels {
		stack = stack || ui.FitText(l, c.Px(bigPx-1), cw-c.Px(6)-2*pad) < legible
	}
	for i := range numParams {
		if stack {
			v.cells[i] = ui.Rect{X: x, Y: y, W: w, H: c.Px(38)}
			y += c.Px(44)
		} else {
			v.cells[i] = ui.Rect{X: x + cw*float64(i), Y: y, W: cw - c.Px(6), H: c.Px(38)}
		}
	}
	if !stack {
		y += c.Px(46)
	}
	y += c.Px(bigPx) * 1.45 // J
	mw, _ := ui.MeasureText(s.meanWidest(c), c.Px(bodyPx))
	v.meanSplit = mw > w
	y += c.Px(bodyPx) * 1.4
	if v.meanSplit {
		y += c.Px(bodyPx) * 1.4
	}
	y += c.Px(bodyPx) * 1.4 * float64(len(s.noteLines(c)))

	// The table, its columns in one group or in several one under another.
	v.groups = tableGroups(c, s.hidden, w)
	for i := range v.rows {
		v.rows[i] = [engine.MaxHidden + 1]ui.Rect{}
	}
	for g := range v.groups.n {
		v.groupAt[g] = y
		y += c.Px(rowPx) // the header
		for i := range s.tableRows(g) {
			v.rows[g][i] = ui.Rect{X: x - c.Px(4), Y: y, W: w + c.Px(8), H: c.Px(rowPx)}
			y += c.Px(rowPx)
		}
		y += c.Px(6)
	}
	v.updateAt = y
	uw, _ := ui.MeasureText(s.updateWide(c), c.Px(bodyPx))
	v.updateSplit = uw > w
	y += c.Px(bodyPx) * 1.5 // the worked update
	if v.updateSplit {
		y += c.Px(bodyPx) * 1.4
	}

	// The chips: in a row, in rows of two, or one under another, the
	// fewest rows in which no label shrinks under the legible minimum.
	labels3 := s.chipLabels(c)
	for _, perRow := range [3]int{3, 2, 1} {
		cw := (w - c.Px(6)*float64(perRow-1)) / float64(perRow)
		fits := true
		for _, l := range labels3 {
			fits = fits && ui.FitText(l, c.Px(16), cw-c.Px(8)) >= legible
		}
		if !fits && perRow > 1 {
			continue
		}
		for i := range v.chips {
			col, row := i%perRow, i/perRow
			v.chips[i] = ui.Rect{X: x + float64(col)*(cw+c.Px(6)), Y: y + float64(row)*c.Px(40), W: cw, H: c.Px(34)}
		}
		break
	}
}

// updateWidest is the numbers of a worked update as wide as they usually
// get, for deciding whether the update takes one line or two.
const updateWidest = "= −0.888 − 0.005·(−88.8) = −0.888"

// updateWide is the worked update's formula with updateWidest after it,
// made again only when the formula changes (layoutPanel measures it
// every tick).
func (s *Scene) updateWide(c *ui.Context) string {
	unit, _, _, _ := s.update()
	return s.ptext.updateWide.Text(unitKey{c.Lang, unit}, func() string { return s.updateFormula(c) + " " + updateWidest })
}

// meanWidest is the mean's line with numbers as wide as they usually get.
func (s *Scene) meanWidest(c *ui.Context) string {
	return s.ptext.meanWidest.Text(c.Lang, func() string { return c.Tf("regression.mean", "0.888", 999, 99999) })
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
	unitAt := func(x, y float64) int {
		for g := range v.groups.n {
			for j := range s.hidden {
				if v.rows[g][j].Contains(x, y) {
					return j
				}
			}
		}
		return -1
	}
	if c.In.HasCursor && v.side.Contains(c.In.CursorX, c.In.CursorY) {
		s.hoverU = unitAt(c.In.CursorX, c.In.CursorY)
	}
	for _, ev := range c.In.Pointer {
		if ev.Kind != ui.PointerDown || !v.side.Contains(ev.X, ev.Y) {
			continue
		}
		clicked := false
		for i, cell := range v.cells {
			if !cell.Contains(ev.X, ev.Y) {
				continue
			}
			s.sel, clicked = i, true
			switch f := (ev.X - cell.X) / cell.W; {
			case f < 0.25:
				s.nudge(c, false)
			case f > 0.75:
				s.nudge(c, true)
			}
		}
		if clicked {
			continue
		}
		if j := unitAt(ev.X, ev.Y); j >= 0 {
			if s.unit == j {
				s.unit = -1
			} else {
				s.unit = j
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
// the J-per-iteration plot. Its numbers change every step while playing:
// they are written into the scene's buffer and drawn from it
// (ui.DrawBytes), not made new strings every frame.
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
	text(s.equation(c), y, c.Px(bodyPx+1), th.Text)

	part("cells", v.cells[0].Y)
	s.drawCells(dst, c)

	y = v.cells[numParams-1].Bottom() + c.Px(8)
	part("loss", y)
	m := v.n
	s.text = ui.AppendNum(s.text[:0], v.j)
	ui.MainNumbers(true)
	s.textAfter(dst, "J = Σ_{i}(ŷ_{i} − y_{i})² = ", s.text, x, y, c.Px(bigPx), w*0.95, th.Text)
	ui.MainNumbers(false)
	y += c.Px(bigPx) * 1.45
	s.num = ui.AppendNum(s.num[:0], v.mean)
	s.text = c.AppendTf(s.text[:0], "regression.mean", s.num, m, s.run.StepNo())
	lines := [2][]byte{s.text}
	if i := bytes.Index(s.text, []byte("   ")); v.meanSplit && i > 0 {
		lines = [2][]byte{s.text[:i], s.text[i+3:]}
	}
	for _, l := range lines {
		if len(l) > 0 {
			ui.DrawBytes(dst, l, x, y, ui.FitBytes(l, c.Px(bodyPx), w*0.95), th.Text, ui.AlignLeft)
			y += c.Px(bodyPx) * 1.4
		}
	}
	for _, l := range s.noteLines(c) {
		ui.DrawText(dst, l, x, y, c.Px(16), th.TextDim, ui.AlignLeft)
		y += c.Px(bodyPx) * 1.4
	}

	part("table", v.groupAt[0])
	s.drawTable(dst, c)

	y = v.updateAt
	part("update", y)
	s.drawUpdate(dst, c, x, y, w)

	part("chips", v.chips[0].Y)
	s.drawChips(dst, c)

	// The message line: divergence, no data, or α's bound for the line;
	// it wraps rather than shrink.
	y = v.chips[len(v.chips)-1].Bottom() + c.Px(8)
	part("message", y)
	msg, px, clr := s.message(c)
	y += math.Max(ui.DrawWrapped(dst, msg, x, y, w*0.95, px, c.LegiblePx(), clr)/1.3*1.5, c.Px(bodyPx)*1.5)

	// The plot takes the rest of the panel (as it is when not scrolled),
	// and at least room to read it: the panel scrolls to it.
	part("plot", y)
	h := math.Max(v.side.Bottom()-(y+s.scroll.Off)-c.Px(8), c.Px(150))
	s.drawPlot(dst, c, ui.Rect{X: x, Y: y, W: w, H: h})
	p.Y = y + h
}

// textAfter writes a label (markup allowed) followed by a number from a
// buffer, both shrunk alike to fit the width w, as one line of text.
func (s *Scene) textAfter(dst *ebiten.Image, label string, num []byte, x, y, px, w float64, clr color.Color) {
	lw, _ := ui.MeasureText(label, px)
	if tw := lw + ui.MeasureBytes(num, px); tw > w {
		px = math.Max(6, px*w/tw)
	}
	x += ui.DrawText(dst, label, x, y, px, clr, ui.AlignLeft)
	ui.DrawBytes(dst, num, x, y, px, clr, ui.AlignLeft)
}

// equation is the model's equation for the panel.
func (s *Scene) equation(c *ui.Context) string {
	if s.hidden == 0 {
		return "ŷ = θx + b"
	}
	return s.ptext.equation.Text(actKey{c.Lang, s.act}, func() string {
		return "ŷ = Σ_{j} θ_{j}^{[2]} σ(θ_{j}x + b_{j}) + b^{[2]},  σ = " + c.T("regression.act."+s.act.String())
	})
}

// message is the line under the chips: divergence, no data, α's bound
// for the line, or the presets; with its size and colour.
func (s *Scene) message(c *ui.Context) (string, float64, color.Color) {
	th, v := c.Theme, &s.v
	switch {
	case v.why != engine.Converging:
		return c.T("regression.why." + v.why.String()), c.Px(bodyPx), th.Warning
	case v.n == 0:
		return c.T("regression.msg.nodata"), c.Px(bodyPx), th.Warning
	case s.hidden == 0:
		lim := v.lineMaxLR
		clr := th.TextDim
		if s.alpha >= lim {
			clr = th.Warning
		}
		msg := s.ptext.alphaMax.Text(numKey{c.Lang, lim}, func() string { return c.Tf("regression.alpha.max", ui.Num(lim)) })
		return msg, c.Px(bodyPx), clr
	}
	return c.T("regression.presets"), c.Px(16), th.TextDim
}

// panelText is what the panel writes that changes now and then, made
// again only when it changes (ui.Memo).
type panelText struct {
	alpha      ui.Memo[float64]
	hidden     ui.Memo[int]
	act        ui.Memo[actKey]
	equation   ui.Memo[actKey]
	alphaMax   ui.Memo[numKey]
	meanWidest ui.Memo[i18n.Lang]
	chipUnit   ui.Memo[unitKey]
	formula    ui.Memo[unitKey]
	updateWide ui.Memo[unitKey]
}

type actKey struct {
	lang i18n.Lang
	act  engine.Activation
}

type numKey struct {
	lang i18n.Lang
	v    float64
}

type unitKey struct {
	lang i18n.Lang
	unit int
}

// cellLabels are the α, H and σ cells' texts.
func (s *Scene) cellLabels(c *ui.Context) [numParams]string {
	pt := &s.ptext
	return [numParams]string{
		pt.alpha.Text(s.alpha, func() string { return "α = " + ui.Num(s.alpha) }),
		pt.hidden.Text(s.hidden, func() string { return "H = " + ui.Int(s.hidden) }),
		pt.act.Text(actKey{c.Lang, s.act}, func() string { return "σ = " + c.T("regression.act."+s.act.String()) }),
	}
}

// chipLabels are the three toggles' texts: squares, log scale, unit.
func (s *Scene) chipLabels(c *ui.Context) [3]string {
	unit := c.T("regression.chip.nounit")
	if s.unit >= 0 {
		unit = s.ptext.chipUnit.Text(unitKey{c.Lang, s.unit}, func() string { return c.Tf("regression.chip.unit", s.unit+1) })
	}
	return [3]string{c.T("regression.chip.squares"), c.T("regression.chip.log"), unit}
}

// drawCells draws the α, H and σ cells, the selected one boxed, each with
// a − and a + at its ends for the mouse.
func (s *Scene) drawCells(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	sign := c.Px(20)
	for i, l := range s.cellLabels(c) {
		cell := s.v.cells[i]
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
		// A cell's three texts are one draw call (ui.DrawRow).
		ui.RowText(dst, l, cell.X+cell.W/2, cell.Y+(cell.H-px*1.2)/2, px, clr, ui.AlignCenter)
		ty := cell.Y + (cell.H-sign*1.2)/2
		ui.RowText(dst, "−", cell.X+c.Px(5), ty, sign, th.TextDim, ui.AlignLeft)
		ui.RowText(dst, "+", cell.Right()-c.Px(5), ty, sign, th.TextDim, ui.AlignRight)
		ui.DrawRow(dst)
	}
}

// The table's columns. For H > 0: the unit j, then θ_j, b_j and θ_j^[2]
// each with its ∂J/∂·; for H = 0: the parameter, θ^(k), ∂J/∂θ, θ^(k+1)
// and the least-squares value.
var (
	unitHead   = [7]string{"j", "θ_{j}", "∂J/∂θ_{j}", "b_{j}", "∂J/∂b_{j}", "θ_{j}^{[2]}", "∂J/∂θ_{j}^{[2]}"}
	unitWeight = [7]float64{0.7, 1, 1.15, 1, 1.15, 1, 1.15}
	lineHead   = [5]string{"", "θ^{(k)}", "∂J/∂θ", "θ^{(k+1)}", ""} // the last is translated
	lineWeight = [5]float64{0.5, 1, 1.1, 1, 1.1}
	unitNames  = [engine.MaxHidden]string{"1", "2", "3", "4", "5", "6", "7", "8"}
)

// maxGroups is the most groups the table's columns are split into.
const maxGroups = 3

// columnGroups is how the table's value columns (all but the first, the
// row's name, which every group repeats) are split into groups drawn one
// under another: cols[g] are group g's columns.
type columnGroups struct {
	n    int
	cols [maxGroups][]int
}

// The ways to split the columns, fewest groups first: all in one table,
// the hidden layer's apart from the output's, or each parameter with its
// gradient in a table of its own.
var (
	unitGroupings = []columnGroups{
		{1, [maxGroups][]int{{1, 2, 3, 4, 5, 6}}},
		{2, [maxGroups][]int{{1, 2, 3, 4}, {5, 6}}}, // the hidden layer, then the output's weights
		{3, [maxGroups][]int{{1, 2}, {3, 4}, {5, 6}}},
	}
	lineGroupings = []columnGroups{{1, [maxGroups][]int{{1, 2, 3, 4}}}, {2, [maxGroups][]int{{1, 2}, {3, 4}}}}
)

// tableGroups picks the fewest groups in which every header and a number
// as wide as they usually get ("−0.0888") keep the table's size, or at
// least the legible minimum, in a panel w wide.
func tableGroups(c *ui.Context, hidden int, w float64) columnGroups {
	heads, weights, options := unitHead[:], unitWeight[:], unitGroupings
	line := lineHead
	if hidden == 0 {
		line[4] = c.T("regression.ls.short")
		heads, weights, options = line[:], lineWeight[:], lineGroupings
	}
	for _, g := range options {
		fits := true
		for k := range g.n {
			total := weights[0]
			for _, col := range g.cols[k] {
				total += weights[col]
			}
			for _, col := range g.cols[k] {
				cw := w*weights[col]/total - c.Px(4)
				for _, t := range [2]string{heads[col], "−0.0888"} {
					fits = fits && ui.FitText(t, c.Px(tablePx), cw) >= c.LegiblePx()
				}
			}
		}
		if fits {
			return g
		}
	}
	return options[len(options)-1]
}

// tableRows is the number of rows under group g's header: one per hidden
// unit and b^[2] where the group has its column (θ^[2]), θ and b for H = 0.
func (s *Scene) tableRows(g int) int {
	if s.hidden == 0 {
		return 2
	}
	if cols := s.v.groups.cols[g]; cols[len(cols)-1] == 6 {
		return s.hidden + 1
	}
	return s.hidden
}

// drawTable writes every parameter with its gradient, in the column
// groups layoutPanel chose. For H > 0 one row per hidden unit (θ_j, b_j,
// θ_j^[2] and their ∂J/∂·), then b^[2]; for H = 0 the rows θ and b with
// the update's result and the least-squares values, so both parameter
// sets are seen converging.
func (s *Scene) drawTable(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	v := &s.v
	x, w := v.side.X+c.Px(14), v.side.W-c.Px(28)
	weights := unitWeight[:]
	if s.hidden == 0 {
		weights = lineWeight[:]
	}
	for g := range v.groups.n {
		cols := v.groups.cols[g]
		total := weights[0]
		for _, col := range cols {
			total += weights[col]
		}
		y := v.groupAt[g]
		for i := range s.tableRows(g) + 1 {
			var clr color.Color = th.Text
			if i == 0 {
				clr = th.TextDim
			} else if r := v.rows[g][i-1]; s.hidden > 0 && i-1 < s.hidden {
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
			for k := -1; k < len(cols); k++ {
				col := 0
				if k >= 0 {
					col = cols[k]
				}
				cw := w * weights[col] / total
				str, num := s.tableCell(c, i, col)
				if num { // the row's cells are one draw call (ui.DrawRow)
					ui.RowBytes(dst, s.text, cx+cw/2, y+c.Px(3), ui.FitBytes(s.text, c.Px(tablePx), cw-c.Px(4)), clr, ui.AlignCenter)
				} else {
					ui.RowText(dst, str, cx+cw/2, y+c.Px(3), ui.FitText(str, c.Px(tablePx), cw-c.Px(4)), clr, ui.AlignCenter)
				}
				cx += cw
			}
			ui.DrawRow(dst)
			y += c.Px(rowPx)
			if i == 0 {
				ui.Line(dst, x, y-c.Px(2), x+w, y-c.Px(2), 1, th.PanelEdge)
			}
		}
	}
}

// tableCell is the text of row i (0 the header) in column col: a string,
// or, when num, the number written into s.text.
func (s *Scene) tableCell(c *ui.Context, i, col int) (str string, num bool) {
	v := &s.v
	m, g := v.m, v.g
	val := func(x float64) (string, bool) {
		s.text = ui.AppendNum(s.text[:0], x)
		return "", true
	}
	if s.hidden == 0 {
		switch {
		case i == 0:
			if col == 4 {
				return c.T("regression.ls.short"), false
			}
			return lineHead[col], false
		case col == 0:
			return [2]string{"θ", "b"}[i-1], false
		case col == 4 && !s.lsOK:
			return "—", false
		}
		k := i - 1 // 0 θ, 1 b
		at := func(r engine.Regressor) float64 { return [2]float64{r.W1[0], r.B1[0]}[k] }
		switch col {
		case 1:
			return val(at(m))
		case 2:
			return val([2]float64{g.W1[0], g.B1[0]}[k])
		case 3:
			return val(at(v.next))
		}
		return val(at(s.ls))
	}
	if i == 0 {
		return unitHead[col], false
	}
	j := i - 1
	if j == s.hidden { // the row of b^[2]
		switch col {
		case 0:
			return "b^{[2]}", false
		case 5:
			return val(m.B2)
		case 6:
			return val(g.B2)
		}
		return "", false
	}
	switch col {
	case 0:
		return unitNames[j], false
	case 1:
		return val(m.W1[j])
	case 2:
		return val(g.W1[j])
	case 3:
		return val(m.B1[j])
	case 4:
		return val(g.B1[j])
	case 5:
		return val(m.W2[j])
	}
	return val(g.W2[j])
}

// update is the parameter the worked update shows: the focused unit's
// θ_j, else θ (H = 0) or b^[2]; with its value, gradient and next value.
func (s *Scene) update() (unit int, cur, grad, next float64) {
	v := &s.v
	switch j := s.focusUnit(); {
	case s.hidden == 0:
		return -1, v.m.W1[0], v.g.W1[0], v.next.W1[0]
	case j >= 0 && j < s.hidden:
		return j, v.m.W1[j], v.g.W1[j], v.next.W1[j]
	}
	return -2, v.m.B2, v.g.B2, v.next.B2
}

// updateFormula is the worked update's formula, θ^(k+1) = θ^(k) − α ∂J/∂θ,
// for the parameter update names.
func (s *Scene) updateFormula(c *ui.Context) string {
	unit, _, _, _ := s.update()
	return s.ptext.formula.Text(unitKey{c.Lang, unit}, func() string {
		name := "b^{[2]}"
		switch {
		case unit == -1:
			name = "θ"
		case unit >= 0:
			name = "θ_{" + ui.Int(unit+1) + "}"
		}
		return name + "^{(k+1)} = " + name + "^{(k)} − α ∂J/∂" + name
	})
}

// appendUpdateNumbers appends the worked update's numbers to b:
// "= 0.879 − 0.002·36.3 = 0.806".
func (s *Scene) appendUpdateNumbers(b []byte) []byte {
	_, cur, grad, next := s.update()
	b = append(b, "= "...)
	b = ui.AppendNum(b, cur)
	b = append(b, " − "...)
	b = ui.AppendNum(b, s.alpha)
	b = append(b, "·"...)
	if grad < 0 {
		b = append(ui.AppendNum(append(b, '('), grad), ')')
	} else {
		b = ui.AppendNum(b, grad)
	}
	b = append(b, " = "...)
	return ui.AppendNum(b, next)
}

// workedUpdate writes the update θ^(k+1) = θ^(k) − α ∂J/∂θ with the
// numbers of one parameter: the selected unit's θ_j, else θ (H = 0) or b^[2].
func (s *Scene) workedUpdate(c *ui.Context) string {
	return s.updateFormula(c) + " " + string(s.appendUpdateNumbers(nil))
}

// drawUpdate draws the worked update at y: on one line, or on a narrow
// panel the formula and then its numbers on a second line.
func (s *Scene) drawUpdate(dst *ebiten.Image, c *ui.Context, x, y, w float64) {
	th := c.Theme
	f := s.updateFormula(c)
	s.num = s.appendUpdateNumbers(s.num[:0])
	px := c.Px(bodyPx)
	if !s.v.updateSplit {
		s.textAfter(dst, f+" ", s.num, x, y, px, w*0.95, th.Text)
		return
	}
	ui.DrawText(dst, f, x, y, ui.FitText(f, px, w*0.95), th.Text, ui.AlignLeft)
	ui.DrawBytes(dst, s.num, x+c.Px(16), y+px*1.4, ui.FitBytes(s.num, px, w*0.95-c.Px(16)), th.Text, ui.AlignLeft)
}

// drawChips draws the three toggles: squares, log scale, next unit.
func (s *Scene) drawChips(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	labels := s.chipLabels(c)
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
	pl := &s.plot
	pl.Title, pl.XLabel, pl.LogY = c.T("regression.plot"), "k", s.logScale
	if s.logScale {
		pl.Title = c.T("regression.plot.log")
	}
	series := append(s.series[:0], ui.Series{XY: v.past, Color: th.Series1})
	if len(v.ahead) > 0 {
		series = append(series, ui.Series{XY: v.ahead, Color: th.Series1, Dashed: true})
	}
	if s.lsOK && len(v.past) >= 2 {
		k0 := v.past[0]
		k1 := math.Max(k0+1, v.past[len(v.past)-2])
		if n := len(v.ahead); n >= 2 {
			k1 = math.Max(k1, v.ahead[n-2])
		}
		s.lsXY = [4]float64{k0, s.lsJ, k1, s.lsJ}
		series = append(series, ui.Series{XY: s.lsXY[:], Color: th.Ideal, Dashed: true, Label: c.T("regression.plot.ls")})
	}
	s.series = series
	pl.Draw(dst, c, r, series)
}
