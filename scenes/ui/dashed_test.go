package ui

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// DashedLine draws its dashes as one batch, one draw call rather than
// one a dash, and the batch is the picture Line draws dash by dash:
// across the axes, on a diagonal, translucent, with a last dash cut
// short and one too short for Line to draw.
func TestDashedLineIsItsDashesInOneBatch(t *testing.T) {
	const w, h = 120, 90
	clr := color.RGBA{0x40, 0x70, 0x30, 0xb0} // premultiplied, translucent
	// x0, y0, x1, y1, width, dash
	lines := [][6]float64{
		{4, 10, 116, 10, 2, 8},
		{7.3, 85.1, 113.7, 3.9, 3.4, 6.5},
		{60, 2, 60.5, 88, 1.5, 4},
		{10, 50, 10 + 2*7 + 0.005, 50, 2, 7}, // the last dash 0.005 long
	}
	onGame(func() {
		own := &ebiten.NewImageOptions{Unmanaged: true}
		one, batch := ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own), ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own)
		one.Fill(color.Black)
		batch.Fill(color.Black)
		for _, l := range lines {
			x0, y0, x1, y1, lw, dash := l[0], l[1], l[2], l[3], l[4], l[5]
			n := 0
			ux, uy, length, _ := segment(x0, y0, x1, y1, 0)
			for s := 0.0; s < length; s += 2 * dash {
				e := math.Min(s+dash, length)
				Line(one, x0+ux*s, y0+uy*s, x0+ux*e, y0+uy*e, lw, clr)
				if e-s > 1e-2 {
					n++
				}
			}
			DashedLine(batch, x0, y0, x1, y1, lw, dash, clr)
			if dashes.Len() != n {
				t.Errorf("line %v: %d dashes in the batch, want %d", l, dashes.Len(), n)
			}
		}
		if same, blank := samePixels(one, batch); !same || blank {
			t.Errorf("the batched dashes differ from Line's (same %v, blank %v)", same, blank)
		}
	})
}
