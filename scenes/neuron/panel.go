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
	ui.DrawParams(dst, c, row, t.params[:], s.sel, c.Px(19))
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
	p.Line(t.ak)
	p.Line(t.yhat)
	p.Gap()

	p.Part("table")
	if len(s.rows) > 0 {
		p.Table(t.table, t.hl)
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
	p.Dim(c.T("neuron.presets"))
}

// classLabel writes a class as the table does: +1 or −1.
func classLabel(y int) string {
	if y > 0 {
		return "+1"
	}
	return "−1"
}
