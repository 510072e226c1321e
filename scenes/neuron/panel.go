package neuron

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
)

// drawPanel writes the side panel: the equation, the parameters, the
// activation's curve, the equation with the probe's numbers and the table.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	p := ui.NewScrollPanel(dst, c, s.side, &s.scroll)
	defer p.End()
	dst = p.Dst()
	p.Part("title")
	p.Heading(c.T("neuron.title"))

	p.Part("equation")
	eq := "σ(θ₁x₁ + θ₂x₂ + b) = ŷ"
	px := ui.FitText(eq, c.Px(26), p.R.W-c.Px(32))
	ui.DrawText(dst, eq, p.R.X+c.Px(16), p.Y, px, th.Text, ui.AlignLeft)
	p.Y += px * 1.5

	t := s.text.Shown()
	p.Part("params")
	row := ui.Rect{X: p.R.X + c.Px(12), Y: p.Y, W: p.R.W - c.Px(24), H: c.Px(34)}
	ui.DrawParamCells(dst, c, row, len(t.params), s.sel, c.Px(19), func(i int) (string, []byte) { return "", t.params[i] })
	p.Y += row.H + c.Px(8)
	p.Line(t.activation)

	// The curve gets a share of the panel's height, within limits, so the
	// rest still fits on a short screen.
	p.Part("curve")
	h := math.Max(c.Px(110), math.Min(c.Px(210), s.side.H*0.26))
	s.drawCurve(dst, c, ui.Rect{X: p.R.X + c.Px(16), Y: p.Y, W: p.R.W - c.Px(32), H: h})
	p.Y += h + c.Px(10)

	p.Part("probe")
	p.Dim(t.at)
	s.drawPotential(p, c, t.ak)
	p.Numbers(true)
	p.TextBytes(t.yhat, th.Text)
	p.Numbers(false)
	p.Gap()

	p.Part("table")
	if len(s.rows) > 0 {
		xs := s.xs.of(s.rows, s.data.Version())
		p.TableOf(len(t.cells)+1, 6, t.hl, func(i, j int, b []byte) (string, []byte) {
			if i == 0 {
				return tableHeader(c, j), nil
			}
			switch r := s.rows[i-1]; j {
			case 0, 1:
				return xs[i-1][j], nil
			case 4:
				return classLabel(r.Want), nil
			case 5:
				return mark(r.Got == r.Want), nil
			}
			return "", append(b, t.cells[i-1][j]...)
		})
		clr := th.Good
		if s.right < s.data.Len() {
			clr = th.Warning
		}
		p.Text(t.correct, clr)
	} else {
		p.Dim(c.T("neuron.empty"))
	}
	p.Gap()
	p.Part("presets")
	if t.preset {
		p.Dim(c.T(presets[s.preset].name))
	}
	for _, l := range s.hint.lines(c, p.R.W-c.Px(32)-c.Px(hintMargin), c.Px(p.Size)) {
		p.Dim(l)
	}
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

// drawPotential writes the probe's potential: akPrefix (with markup) and
// the numbers from their buffer after it, shrunk together to the panel's
// width; on a panel too narrow for a legible size, wrapped as Text wraps
// (a string made only there).
func (s *Scene) drawPotential(p *ui.Panel, c *ui.Context, nums []byte) {
	px, w := c.Px(p.Size), p.R.W-c.Px(32)
	pw, _ := ui.MeasureText(akPrefix, px)
	if tw := pw + ui.MeasureBytes(nums, px); tw > w {
		px *= w / tw
	}
	if px < c.Px(ui.TextMin) && px < c.Px(p.Size) {
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
