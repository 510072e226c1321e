package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
)

// Param is one tunable value of a scene, shown as "name = value" in a row
// of cells; ↑ / ↓ nudge the selected one and [ / ] choose it.
type Param struct {
	Name, Value string
	// Text, when set, is the cell's whole text, Name + " = " + Value,
	// made once by a caller that keeps it: drawing then joins no strings
	// (a frame's garbage).
	Text string
}

// DrawParams writes ps in equal cells across r (its height is the row's),
// boxing the selected cell in the accent colour so that the class sees what
// ↑ / ↓ will change. Text is px pixels high, shrunk only to fit a cell.
func DrawParams(dst *ebiten.Image, c *Context, r Rect, ps []Param, sel int, px float64) {
	if len(ps) == 0 {
		return
	}
	cw := r.W / float64(len(ps))
	for i, p := range ps {
		cell := Rect{X: r.X + cw*float64(i), Y: r.Y, W: cw - c.Px(6), H: r.H}
		s := p.Text
		if s == "" {
			s = paramText(p)
		}
		clr := c.Theme.Text
		if i == sel {
			FillRect(dst, cell, WithAlpha(c.Theme.Accent, 0x40))
			StrokeRect(dst, cell, c.Px(2), c.Theme.Accent)
		}
		size := FitText(s, px, cell.W-c.Px(10))
		DrawText(dst, s, cell.X+cell.W/2, cell.Y+(cell.H-size*1.2)/2, size, clr, AlignCenter)
	}
}

// paramText is "name = value", made once for each pair and kept (up to
// maxParamTexts of them): the cells are drawn every frame.
func paramText(p Param) string {
	return cached(paramTexts, maxParamTexts, p, func(p Param) string { return p.Name + " = " + p.Value })
}

const maxParamTexts = 256

var paramTexts = map[Param]string{}
