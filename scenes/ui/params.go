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
	DrawParamCells(dst, c, r, len(ps), sel, px, func(i int) (string, []byte) {
		if s := ps[i].Text; s != "" {
			return s, nil
		}
		return paramText(ps[i]), nil
	})
}

// paramText is "name = value", made once for each pair and kept (up to
// maxParamTexts of them): the cells are drawn every frame.
func paramText(p Param) string {
	return cached(paramTexts, maxParamTexts, p, func(p Param) string { return p.Name + " = " + p.Value })
}

const maxParamTexts = 256

var paramTexts = map[Param]string{}
