package xor

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/xor/model"
)

// drawLoss draws the loss curve J(step) below the planes, unless the
// panel has it (lossInPanel).
func (s *Scene) drawLoss(dst *ebiten.Image, c *ui.Context) {
	if !s.v.lossInPanel {
		s.drawLossIn(dst, c, s.v.lossRect)
		return
	}
	// In the panel: the slot the panel left for it, on the panel's colour,
	// clipped to the panel as the panel's own parts are.
	k := &s.cache
	r := intersect(k.lossSlot.Inset(-slotMargin), s.v.side)
	if r.Empty() {
		return
	}
	sub := k.lossDst.Of(dst, r)
	ui.FillRect(sub, r, c.Theme.Panel)
	s.drawLossIn(sub, c, k.lossSlot)
	clipLabels(c, s.v.side)
}

// drawLossIn draws the loss curve J(step) with its title in r.
func (s *Scene) drawLossIn(dst *ebiten.Image, c *ui.Context, r ui.Rect) {
	th := c.Theme
	s.text = ui.AppendFixed(append(s.text[:0], "J = "...), s.v.loss)
	ui.MainNumbers(true)
	ui.DrawBytes(dst, s.text, r.X, r.Y, c.Px(ui.TextNumber), th.Text, ui.AlignLeft)
	ui.MainNumbers(false)
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
	s.series[0] = ui.Series{XY: s.v.lossPast, Color: th.Series1}
	series := s.series[:1]
	if len(s.v.lossAhead) >= 4 {
		s.series[1] = ui.Series{XY: s.v.lossAhead, Color: th.Series1, Dashed: true}
		series = s.series[:2]
	}
	s.lossPlot.Draw(dst, c, body, series)
}

// panelText is what the panel writes that changes now and then, made
// again only when it changes (ui.Memo): the title, the parameters, the
// activation and the second layer's dimensions.
type panelText struct {
	title  ui.Memo[titleKey]
	lr     ui.Memo[float64]
	hidden ui.Memo[int]
	seed   ui.Memo[int64]
	act    ui.Memo[actKey]
	dims   ui.Memo[int]
}

type titleKey struct {
	lang     i18n.Lang
	training bool
	lecture  bool
	seed     int64
	step     int
}

type actKey struct {
	lang i18n.Lang
	act  engine.Activation
}

// drawPanel writes the side panel: settings, the truth table, the network
// in matrix form with its numbers, and the run's status. Its numbers
// change every step while training: they are written into the scene's
// buffer (ui.AppendNum, ui.TableOf), not made new strings.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	pt := &s.ptext
	p := ui.NewScrollPanel(dst, c, s.v.side, &s.scroll)
	defer p.End()
	dst = p.Dst()
	p.Part("title")
	p.Heading(s.title(c))
	ps := [numParams]ui.Param{
		{Name: "α", Value: pt.lr.Text(s.lr, func() string { return ui.Num(s.lr) })},
		{Name: "H", Value: pt.hidden.Text(s.hidden, func() string { return ui.Int(s.hidden) })},
		{Name: c.T("xor.seed"), Value: pt.seed.Text(s.seed, func() string { return fmt.Sprint(s.seed) })},
	}
	p.Part("params")
	row := ui.Rect{X: p.R.X + c.Px(12), Y: p.Y, W: p.R.W - c.Px(24), H: c.Px(34)}
	ui.DrawParams(dst, c, row, ps[:], s.sel, c.Px(19))
	p.Y += row.H + c.Px(8)
	p.Line(pt.act.Text(actKey{c.Lang, s.act}, func() string {
		return c.Tf("xor.activation", c.T("xor.act."+s.act.String()))
	}))

	p.Part("table")
	p.Dim(s.tableLabel(c))
	sp := &s.cache.spots
	sp.left, sp.cw = p.R.X+c.Px(16), (p.R.W-c.Px(32))/tableCols
	sp.px, sp.rh = c.Px(p.Size), c.Px(p.Size)*1.45
	sp.tableY = p.Y + sp.rh // the first row under the header
	p.TableOf(len(s.v.table)+1, tableCols, -1, func(i, j int, b []byte) (string, []byte) {
		if i == 0 {
			if j == 5 {
				return c.T("xor.class"), nil
			}
			return tableHead[j], nil
		}
		if j < 2 {
			return bit(s.v.table[i-1].X[j]), nil
		}
		return "", nil // a number: drawPanelNumbers writes it
	})

	p.Part("status")
	sp.statusY = p.Y
	if s.cache.statusWraps {
		p.TextBytes(s.cache.status, s.statusColor(c))
	} else {
		p.Y += c.Px(p.Size) * 1.4 // as TextBytes moves down for a line that fits
	}
	if s.run.Diverged {
		p.Text(c.T("xor.diverged"), th.Warning)
	}
	p.Text(c.T("xor.legend.hatch"), th.Accent)
	p.Gap()
	p.Part("matrices")
	s.drawMatrices(dst, c, p)
	p.Gap()
	if s.v.lossInPanel {
		// Only its slot: the curve is a layer of its own (caches.go),
		// drawn over the slot, so that a step redraws one of the two.
		p.Part("loss")
		s.cache.lossSlot = p.Take(160)
		p.Gap()
	}
	p.Part("hints")
	p.Dim(c.T("xor.hints"))
}

// tableCols is the truth table's columns: x₁, x₂, z₁, z₂, ŷ, the class.
const tableCols = 6

// stillPanelKey is what the still panel shows besides the context: the
// settings, the run's status but for its numbers, the width of the
// matrices, the panel's place and scroll. Update counts its changes
// (countChanges): the count is the still layer's key.
type stillPanelKey struct {
	act                    engine.Activation
	training, lecture      bool
	seed                   int64
	hidden, sel, h         int
	lr                     float64
	data                   uint64
	diverged, lossInPanel  bool
	side                   ui.Rect
	off                    float64
	titleStep, wrappedStep int // the step where the title or a wrapped status line writes it
}

func (s *Scene) stillPanelKey() stillPanelKey {
	lecture := model.IsLecture(s.run.Net())
	k := stillPanelKey{
		act: s.act, training: s.training, lecture: lecture, seed: s.seed, hidden: s.hidden, sel: s.sel,
		h: s.run.Net().H, lr: s.lr, data: s.data.Version(), diverged: s.run.Diverged, lossInPanel: s.v.lossInPanel,
		side: s.v.side, off: s.scroll.Off,
	}
	if !s.training && !lecture {
		k.titleStep = s.run.StepNo()
	}
	if s.cache.statusWraps {
		k.wrappedStep = s.run.StepNo() + 1
	}
	return k
}

// numberSpots is where the still panel left room for the numbers that
// change with each step: the truth table's values, the status line and
// the matrices' entries.
type numberSpots struct {
	left, cw, px, rh, tableY float64 // the table: its left edge, column width, text size, row height, first row
	statusY                  float64
	mpx, colNum, mTop, mRow  float64 // the matrices: text size, column width, first row, row height
	xW, xB, xO               float64 // their columns' left edges
	b2X, b2Y                 float64 // b^[2]'s value
}

// statusColor is the status line's colour: good when every point is
// classified right.
func (s *Scene) statusColor(c *ui.Context) color.Color {
	n := s.data.Len()
	if n > 0 && int(math.Round(s.v.acc*float64(n))) == n {
		return c.Theme.Good
	}
	return c.Theme.Text
}

// appendStatus writes the status line (step, points right) into the
// cache's buffer and notes whether it needs more than a line.
func (s *Scene) appendStatus(c *ui.Context) {
	k := &s.cache
	n := s.data.Len()
	k.status = c.AppendTf(k.status[:0], "xor.status", s.run.StepNo(), int(math.Round(s.v.acc*float64(n))), n)
	w := s.v.side.W - c.Px(32)
	px := ui.FitBytes(k.status, c.Px(ui.TextBody), w)
	k.statusWraps = px < c.Px(ui.TextMin) && px < c.Px(ui.TextBody)
}

// drawPanelNumbers writes the numbers that change with each step where
// the still panel left room for them, clipped to the panel as its parts
// are, in one draw call.
func (s *Scene) drawPanelNumbers(dst *ebiten.Image, c *ui.Context) {
	k := &s.cache
	sp := &k.spots
	dst = k.numsClip.Of(dst, s.v.side)
	var text color.Color = c.Theme.Text // boxed once, not once a number
	b := s.text[:0]
	for i, r := range s.v.table {
		y := sp.tableY + sp.rh*float64(i)
		for j := 2; j < tableCols; j++ {
			switch j {
			case 2, 3:
				b = appendCell(b[:0], r.Z[j-2])
			case 4:
				b = appendCell(b[:0], r.YHat)
			default:
				b = ui.AppendInt(b[:0], r.Class)
			}
			ui.RowBytes(dst, b, sp.left+sp.cw*float64(j)+sp.cw/2, y, ui.FitBytes(b, sp.px, sp.cw-c.Px(6)), text, ui.AlignCenter)
		}
	}
	if !k.statusWraps {
		w := s.v.side.W - c.Px(32)
		ui.RowBytes(dst, k.status, sp.left, sp.statusY, ui.FitBytes(k.status, sp.px, w), s.statusColor(c), ui.AlignLeft)
	}
	m := s.net()
	// Each row: the unit's two weights, its bias, its weight into the
	// output, each right-aligned in its column.
	rights := [4]float64{sp.xW + sp.colNum, sp.xW + 2*sp.colNum, sp.xB + sp.colNum, sp.xO + sp.colNum}
	for j := range m.H {
		y := sp.mTop + sp.mRow*float64(j)
		for i, v := range [4]float64{m.W1[j][0], m.W1[j][1], m.B1[j], m.W2[j]} {
			b = appendEntry(b[:0], v)
			ui.RowBytes(dst, b, rights[i]-c.Px(6), y, ui.FitBytes(b, sp.mpx, sp.colNum-c.Px(8)), text, ui.AlignRight)
		}
	}
	b = ui.AppendNum(b[:0], m.B2)
	ui.RowBytes(dst, b, sp.b2X, sp.b2Y, sp.mpx, text, ui.AlignLeft)
	s.text = b
	ui.DrawRow(dst)
}

// tableHead is the truth table's header but for the class column, which
// is translated.
var tableHead = [5]string{"x₁", "x₂", "z₁", "z₂", "ŷ"}

// bit writes an input of the XOR table, 0 or 1, without a new string.
func bit(v float64) string {
	switch v {
	case 0:
		return "0"
	case 1:
		return "1"
	}
	return ui.Num(v)
}

// title names what the panel shows: a network trained from seeded random
// weights, the notes' network, or the notes' network changed by training
// (the notes' name only while their values are shown).
func (s *Scene) title(c *ui.Context) string {
	lecture := !s.training && model.IsLecture(s.run.Net())
	k := titleKey{lang: c.Lang, training: s.training, lecture: lecture}
	switch {
	case s.training:
		k.seed = s.seed
	case !lecture:
		k.step = s.run.StepNo()
	}
	return s.ptext.title.Text(k, func() string {
		switch {
		case s.training:
			return c.Tf("xor.title.train", s.seed)
		case lecture:
			return c.T("xor.title.lecture")
		}
		return c.Tf("xor.title.changed", s.run.StepNo())
	})
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
		fw := ui.DrawText(dst, f, left, p.Y, math.Max(ui.FitText(f, px, w), c.LegiblePx()), th.Text, ui.AlignLeft)
		// The dimensions beside the formula, or under it where a narrow
		// panel has no room for them at the legible size.
		dp := c.Px(16)
		if dw, _ := ui.MeasureText(dims, dp); dw > w-fw-c.Px(10) {
			p.Y += px * 1.3
		}
		ui.DrawText(dst, dims, left+w, p.Y+px*0.1, math.Max(ui.FitText(dims, dp, w), c.LegiblePx()), th.TextDim, ui.AlignRight)
		p.Y += px * 1.45
	}
	formula("z = σ(W^{[1]}x + b^{[1]})", "W^{[1]}: H×2   b^{[1]}: H×1")
	formula("ŷ = σ(W^{[2]}z + b^{[2]})", s.ptext.dims.Text(h, func() string {
		return fmt.Sprintf("W^{[2]}: 1×H   b^{[2]}: 1×1   H = %d", h)
	}))

	rh := px * 1.3
	// Columns: unit, W^[1] (two), b^[1], (W^[2])ᵀ; gaps for the brackets.
	gap := c.Px(10)
	colLabel := w * 0.07
	colNum := (w - colLabel - 3*gap) / 5
	xW := left + colLabel
	xB := xW + 2*colNum + gap
	xO := xB + colNum + gap
	hs := c.Px(16)
	ui.DrawText(dst, "W^{[1]}", xW+colNum, p.Y, hs, th.TextDim, ui.AlignCenter)
	ui.DrawText(dst, "b^{[1]}", xB+colNum/2, p.Y, hs, th.TextDim, ui.AlignCenter)
	ui.DrawText(dst, "(W^{[2]})^{T}", xO+colNum/2, p.Y, hs, th.TextDim, ui.AlignCenter)
	p.Y += hs * 1.5
	top := p.Y
	for j := range h {
		ui.DrawText(dst, zMarkup[j], left, top+rh*float64(j), px, th.Hidden[j], ui.AlignLeft)
	}
	// The entries themselves are drawPanelNumbers's.
	sp := &s.cache.spots
	sp.mpx, sp.colNum, sp.mTop, sp.mRow = px, colNum, top, rh
	sp.xW, sp.xB, sp.xO = xW, xB, xO
	bot := top + rh*float64(h)
	br := &s.cache.brackets
	br.Reset()
	bracket(br, c, xW, xW+2*colNum, top, bot)
	bracket(br, c, xB, xB+colNum, top, bot)
	bracket(br, c, xO, xO+colNum, top, bot)
	br.Draw(dst, th.TextDim)
	p.Y = bot + c.Px(8)
	// "b^[2] = " and the number after it (p.Line's line, its number from
	// the buffer).
	lw := ui.DrawText(dst, "b^{[2]} = ", left, p.Y, px, th.Text, ui.AlignLeft)
	sp.b2X, sp.b2Y = left+lw, p.Y
	p.Y += px * 1.4
}

// zMarkup names the hidden units in the matrices' rows, z_{1} … z_{8}.
var zMarkup = func() (z [engine.MaxHidden]string) {
	for j := range z {
		z[j] = "z_{" + itoa(j+1) + "}"
	}
	return z
}()

// bracket adds [ and ] around a matrix spanning x0…x1, y0…y1 to a batch
// of segments: the three matrices' brackets are one draw call, not
// eighteen (the panel is redrawn every other frame while training).
func bracket(b *ui.Segments, c *ui.Context, x0, x1, y0, y1 float64) {
	w, k := c.Px(2), c.Px(6)
	y0 -= c.Px(2)
	y1 += c.Px(1)
	b.Add(x0, y0, x0, y1, w)
	b.Add(x0, y0, x0+k, y0, w)
	b.Add(x0, y1, x0+k, y1, w)
	b.Add(x1, y0, x1, y1, w)
	b.Add(x1, y0, x1-k, y0, w)
	b.Add(x1, y1, x1-k, y1, w)
}

// appendCell appends a table value: whole numbers as they are (the sign's
// −1 and 1), others with three decimals (0.000 for a sigmoid at 4.5e−05,
// which the class reads as 0).
func appendCell(b []byte, v float64) []byte {
	if v == math.Trunc(v) && math.Abs(v) < 1e6 || math.Abs(v) >= 1000 {
		return ui.AppendNum(b, v)
	}
	return ui.AppendFloat(b, v, 'f', 3)
}

// appendEntry appends a matrix entry: whole numbers as they are (the
// notes' 20, −10), others to two decimals, or fewer as they grow, so the
// columns stay narrow.
func appendEntry(b []byte, v float64) []byte {
	a := math.Abs(v)
	start := len(b)
	switch {
	case v == math.Trunc(v) && a < 1e5:
		b = ui.AppendFloat(b, v, 'f', 0)
	case a >= 1e5:
		return ui.AppendNum(b, v)
	case a >= 99.95: // what rounds to 100 or more at one decimal
		b = ui.AppendFloat(b, v, 'f', 0)
	case a >= 9.995: // what rounds to 10 or more at two ("−10.00" was too wide)
		b = ui.AppendFloat(b, v, 'f', 1)
	default:
		b = ui.AppendFloat(b, v, 'f', 2)
	}
	if t := string(b[start:]); t == "−0.00" || t == "−0" {
		b = append(b[:start], '0')
	}
	return b
}
