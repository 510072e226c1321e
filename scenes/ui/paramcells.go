package ui

import "github.com/hajimehoshi/ebiten/v2"

// DrawParamCells is DrawParams for n cells whose text cell gives either as
// a string (kept laid out) or, when the string is empty, as plain text in
// a buffer the caller keeps: a value that changes every frame (↑ held),
// drawn without a new string.
func DrawParamCells(dst *ebiten.Image, c *Context, r Rect, n, sel int, px float64, cell func(i int) (string, []byte)) {
	if n == 0 {
		return
	}
	cw := r.W / float64(n)
	for i := range n {
		box := Rect{X: r.X + cw*float64(i), Y: r.Y, W: cw - c.Px(6), H: r.H}
		if i == sel {
			FillRect(dst, box, WithAlpha(c.Theme.Accent, 0x40))
			StrokeRect(dst, box, c.Px(2), c.Theme.Accent)
		}
		x := box.X + box.W/2
		if s, b := cell(i); s != "" || b == nil {
			size := FitText(s, px, box.W-c.Px(10))
			RowText(dst, s, x, box.Y+(box.H-size*1.2)/2, size, c.Theme.Text, AlignCenter)
		} else {
			size := FitBytes(b, px, box.W-c.Px(10))
			RowBytes(dst, b, x, box.Y+(box.H-size*1.2)/2, size, c.Theme.Text, AlignCenter)
		}
	}
	// The texts are one draw call, after the selected cell's box, which
	// none of the others' reaches (each keeps 5 px inside its own).
	DrawRow(dst)
}
