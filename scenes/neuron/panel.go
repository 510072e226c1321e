package neuron

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
)

// drawPanel writes the side panel: the equation, the parameters, the
// activation's curve, the equation with the probe's numbers and the table.
// Its still parts come from a layer (panelLayer), redrawn only when they
// change; the parts that change with θ and b are written over it.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	p := ui.NewScrollPanel(dst, c, s.side, &s.scroll)
	defer p.End()
	t := s.text.Shown()
	// The probe's two lines are live: where the lines below them go
	// depends on their heights, which change with their numbers only on
	// a panel too narrow for them at a legible size, where they wrap.
	// ŷ is a main number, at TextNumber (Panel.Numbers).
	size, w := c.Px(p.Size), p.R.W-c.Px(32)
	ysize := c.Px(max(p.Size, ui.TextNumber))
	pl := probeLines{ak: potentialPx(c, size, w, t.ak), yhat: ui.FitBytes(t.yhat, ysize, w), akH: size * 1.4, yH: ysize * 1.4}
	if wraps(c, pl.ak, size) {
		pl.akH = ui.TextAdvance(c, p.R, akPrefix+string(t.ak), size)
	}
	if wraps(c, pl.yhat, ysize) {
		pl.yH = ui.TextAdvance(c, p.R, string(t.yhat), ysize)
	}
	if s.panelImg.straight {
		s.panelPass(p, c, t, drawAll, &pl)
		return
	}
	k := panelKey{side: s.side, off: s.scroll.Off, bounds: dst.Bounds(), theme: c.Theme, scale: c.Scale, zoom: c.Zoom, lang: c.Lang,
		sel: s.sel, hl: t.hl, act: s.n.Act, version: s.data.Version(),
		probe: s.probe, right: s.right, akH: pl.akH, yH: pl.yH}
	if s.panelImg.stale(k, dst.Bounds()) {
		s.panelPass(s.panelImg.refresh(p, c, dst.Bounds(), k), c, t, drawStill, &pl)
	}
	s.panelImg.draw(p.Dst(), p.R)
	s.panelPass(p, c, t, drawLive, &pl)
}

// probeLines are the sizes of the probe's two lines (its potential, its
// output) and how far down each moves the panel.
type probeLines struct{ ak, yhat, akH, yH float64 }

// wraps reports whether a line of the panel fitted to size px (of a body
// size of size) is too small to be legible, and wraps instead.
func wraps(c *ui.Context, px, size float64) bool { return px < c.Px(ui.TextMin) && px < size }

// panelPass writes the panel's parts that m asks for, in their order,
// each at its place; pl are the probe's two lines.
func (s *Scene) panelPass(p *ui.Panel, c *ui.Context, t *panelText, m panelMode, pl *probeLines) {
	th := c.Theme
	dst := p.Dst()
	l := &s.panelImg
	p.Part("title")
	if l.begin(p, m) {
		p.Heading(c.T("neuron.title"))
		l.end(p, m)
	}

	p.Part("equation")
	if l.begin(p, m) {
		eq := "σ(θ₁x₁ + θ₂x₂ + b) = ŷ"
		px := ui.FitText(eq, c.Px(26), p.R.W-c.Px(32))
		ui.DrawText(dst, eq, p.R.X+c.Px(16), p.Y, px, th.Text, ui.AlignLeft)
		p.Y += px * 1.5
		l.end(p, m)
	}

	// The selected parameter's box is still, the numbers in the boxes live.
	p.Part("params")
	row := ui.Rect{X: p.R.X + c.Px(12), Y: p.Y, W: p.R.W - c.Px(24), H: c.Px(34)}
	if m.still {
		ui.DrawParamCells(dst, c, row, len(t.params), s.sel, c.Px(19), func(int) (string, []byte) { return "", nil })
	}
	if m.live {
		ui.DrawParamCells(dst, c, row, len(t.params), -1, c.Px(19), func(i int) (string, []byte) { return "", t.params[i] })
	}
	p.Y += row.H + c.Px(8)
	if l.begin(p, m) {
		p.Line(t.activation)
		l.end(p, m)
	}

	// The curve gets a share of the panel's height, within limits, so the
	// rest still fits on a short screen.
	p.Part("curve")
	h := math.Max(c.Px(110), math.Min(c.Px(210), s.side.H*0.26))
	r := ui.Rect{X: p.R.X + c.Px(16), Y: p.Y, W: p.R.W - c.Px(32), H: h}
	if m.still {
		s.drawCurvePicture(dst, c, r)
	}
	if m.live {
		s.drawCurve(dst, c, r)
	}
	p.Y += h + c.Px(10)

	p.Part("probe")
	if l.begin(p, m) {
		p.Dim(t.at)
		l.end(p, m)
	}
	if m.live {
		s.drawPotential(p, c, t.ak, pl.ak)
		p.Numbers(true)
		p.TextBytes(t.yhat, th.Text)
		p.Numbers(false)
	} else {
		p.Y += pl.akH + pl.yH
	}
	p.Gap()

	p.Part("table")
	if len(s.rows) > 0 {
		y := p.Y
		if l.begin(p, m) {
			s.drawTable(p, c, t, m.live)
			clr := th.Good
			if s.right < s.data.Len() {
				clr = th.Warning
			}
			p.Text(t.correct, clr)
			l.end(p, m)
		} else {
			s.drawTableLive(p, c, t, y)
		}
	} else if l.begin(p, m) {
		p.Dim(c.T("neuron.empty"))
		l.end(p, m)
	}
	p.Gap()
	// The preset's name comes and goes as ↑ and ↓ leave it and come back
	// to it, moving the hint below it: the last part is live.
	p.Part("presets")
	if !m.live {
		return
	}
	if t.preset {
		p.Dim(c.T(presets[s.preset].name))
	}
	for _, l := range s.hint.lines(c, p.R.W-c.Px(32)-c.Px(hintMargin), c.Px(p.Size)) {
		p.Dim(l)
	}
}

// liveColumn reports whether the table's column j changes with θ and b:
// a, ŷ and the verdict.
func liveColumn(j int) bool { return j == 2 || j == 3 || j == 5 }

// tableCell is the table's cell j of row i (the header first) as TableOf
// takes it, b its buffer.
func (s *Scene) tableCell(c *ui.Context, t *panelText, i, j int, b []byte) (string, []byte) {
	if i == 0 {
		return tableHeader(c, j), nil
	}
	xs := s.xs.of(s.rows, s.data.Version())
	switch r := s.rows[i-1]; j {
	case 0, 1:
		return xs[i-1][j], nil
	case 4:
		return classLabel(r.Want), nil
	case 5:
		return mark(r.Got == r.Want), nil
	}
	return "", append(b, t.cells[i-1][j]...)
}

// drawTable writes the table, its live columns' cells too when live.
func (s *Scene) drawTable(p *ui.Panel, c *ui.Context, t *panelText, live bool) {
	p.TableOf(len(t.cells)+1, tableCols, t.hl, func(i, j int, b []byte) (string, []byte) {
		if !live && i > 0 && liveColumn(j) {
			return "", nil // drawn over the layer (drawTableLive)
		}
		return s.tableCell(c, t, i, j, b)
	})
}

// tableCols is the number of the table's columns.
const tableCols = 6

// drawTableLive writes the table's live cells, whose table starts at y,
// where and as ui.Panel.TableOf writes them, in one draw call.
func (s *Scene) drawTableLive(p *ui.Panel, c *ui.Context, t *panelText, y float64) {
	size, left := c.Px(p.Size), p.R.X+c.Px(16)
	cw := (p.R.W - c.Px(32)) / tableCols
	rh := size * 1.45
	var clr color.Color = c.Theme.Text // boxed once
	for i := 1; i <= len(t.cells); i++ {
		y += rh
		for j := range tableCols {
			if !liveColumn(j) {
				continue
			}
			x := left + cw*float64(j) + cw/2
			str, b := s.tableCell(c, t, i, j, s.cell[:0])
			if str != "" {
				ui.RowText(p.Dst(), str, x, y, ui.FitText(str, size, cw-c.Px(6)), clr, ui.AlignCenter)
				continue
			}
			s.cell = b
			ui.RowBytes(p.Dst(), b, x, y, ui.FitBytes(b, size, cw-c.Px(6)), clr, ui.AlignCenter)
		}
	}
	ui.DrawRow(p.Dst())
}

// tableHeader is the table's header cell j.
func tableHeader(c *ui.Context, j int) string {
	switch j {
	case 0:
		return "x₁"
	case 1:
		return "x₂"
	case 2:
		return "a_{k}"
	case 3:
		return "ŷ"
	case 4:
		return c.T("neuron.class")
	}
	return ""
}

// mark is the table's verdict on a point: on its side or not.
func mark(ok bool) string {
	if ok {
		return "✓"
	}
	return "✗"
}

// potentialPx is the size the probe's potential is written at: akPrefix
// (with markup) and the numbers nums after it, shrunk together to width
// w from size px.
func potentialPx(c *ui.Context, px, w float64, nums []byte) float64 {
	pw, _ := ui.MeasureText(akPrefix, px)
	if tw := pw + ui.MeasureBytes(nums, px); tw > w {
		px *= w / tw
	}
	return px
}

// drawPotential writes the probe's potential at size px (potentialPx);
// on a panel too narrow for a legible size, wrapped as Text wraps (a
// string made only there).
func (s *Scene) drawPotential(p *ui.Panel, c *ui.Context, nums []byte, px float64) {
	if wraps(c, px, c.Px(p.Size)) {
		p.Line(akPrefix + string(nums))
		return
	}
	x := p.R.X + c.Px(16)
	x += ui.DrawText(p.Dst(), akPrefix, x, p.Y, px, c.Theme.Text, ui.AlignLeft)
	ui.DrawBytes(p.Dst(), nums, x, p.Y, px, c.Theme.Text, ui.AlignLeft)
	p.Y += math.Max(px*1.4, c.Px(p.Size)*1.4)
}

// classLabel writes a class as the table does: +1 or −1.
func classLabel(y int) string {
	if y > 0 {
		return "+1"
	}
	return "−1"
}
