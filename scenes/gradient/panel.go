package gradient

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// drawPanel writes the lecture's formulas with live numbers: the loss, one
// point's share of the gradient, the batch gradient and the update, then J
// over the iterations.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th, v, t := c.Theme, &s.v, s.tr
	p := ui.NewScrollPanel(dst, c, s.lay.side, &s.scroll)
	defer p.End()
	dst = p.Dst()
	p.Part("loss")
	p.Heading(c.T("gradient.title"))
	p.Line("ŷ = σ(z),  z = θ₁x₁ + θ₂x₂ + b")
	bce := t.Loss == engine.BCE
	if bce {
		p.Line("L(ŷ, y) = −[y log ŷ + (1 − y) log(1 − ŷ)]")
	} else {
		p.Line("L(ŷ, y) = (ŷ − y)²")
	}
	p.Numbers(true)
	p.Text("J = (1/m) Σ L = "+ui.Num(v.cur.J), th.Accent)
	p.Numbers(false)
	p.Dim(c.Tf("gradient.panel.mean", v.n))
	p.Gap()

	p.Part("point")
	if v.explain >= 0 {
		pt := v.terms
		mark := "■"
		if pt.Y == 1 {
			mark = "●"
		}
		p.Dim(c.Tf("gradient.panel.point", ui.Num(pt.P.X[0]), ui.Num(pt.P.X[1]), int(pt.Y), mark, ui.Num(pt.YHat)))
		if bce {
			p.Line(fmt.Sprintf("∂L/∂b = −(y − ŷ) = −(%d − %s) = %s", int(pt.Y), ui.Num(pt.YHat), ui.Num(pt.DZ)))
			for i, x := range pt.P.X {
				p.Line(fmt.Sprintf("∂L/∂θ%s = −(y − ŷ)x%s = %s·%s = %s", sub(i), sub(i), ui.Paren(pt.DZ), ui.Paren(x), ui.Num(pt.DTheta[i])))
			}
		} else {
			p.Line("∂L/∂b = 2(ŷ − y)ŷ(1 − ŷ) = " + ui.Num(pt.DZ))
			for i, x := range pt.P.X {
				p.Line(fmt.Sprintf("∂L/∂θ%s = (∂L/∂b)x%s = %s·%s = %s", sub(i), sub(i), ui.Paren(pt.DZ), ui.Paren(x), ui.Num(pt.DTheta[i])))
			}
		}
		p.Gap()
	}

	p.Part("update")
	p.Dim(c.T("gradient.panel.batch"))
	p.Line("θ^{(k+1)} = θ^{(k)} − α ∂J/∂θ")
	m, n := v.cur.M, v.next
	p.Table([][]string{
		{"", "θ^{(k)}", "∂J/∂θ", "θ^{(k+1)}"},
		{"θ₁", ui.Num(m.Theta[0]), ui.Num(v.dTheta[0]), ui.Num(n.Theta[0])},
		{"θ₂", ui.Num(m.Theta[1]), ui.Num(v.dTheta[1]), ui.Num(n.Theta[1])},
		{"b", ui.Num(m.B), ui.Num(v.dB), ui.Num(n.B)},
	}, -1)
	p.Text(c.Tf("gradient.panel.alpha", ui.Num(t.Alpha)), th.Accent)
	p.Line(c.Tf("gradient.panel.k", v.k))
	if v.rising {
		p.Text(c.T("gradient.panel.rising"), th.Warning)
	}
	p.Gap()
	p.Part("plot")
	s.plot.Draw(dst, c, p.Take(140), []ui.Series{{XY: v.jSeries, Color: th.Series2}})
}

// sub is the subscript digit of coordinate i (0 → ₁, 1 → ₂).
func sub(i int) string { return string(rune('₁' + i)) }
