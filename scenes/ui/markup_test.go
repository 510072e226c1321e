package ui

import (
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// A line with markup drawn again where it was is drawn from its kept
// layout, to the pixel the picture drawSpans makes of it anew; one that
// moves every frame is laid out anew without garbage.
func TestMarkupLinesKeptWhereDrawn(t *testing.T) {
	const w, h = 240, 60
	clr := color.RGBA{0xe0, 0xd0, 0x40, 0xff}
	texts := []string{"z = σ(W^{[1]}x + b^{[1]})", "h^{[3]}_{2}", "(W^{[2]})^{T}"}
	onGame(func() {
		own := &ebiten.NewImageOptions{Unmanaged: true}
		anew, kept := ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own), ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own)
		for i, s := range texts {
			x, y, px := 3.4+float64(i)*70.3, 5.7+float64(i)*15.2, 17.0+float64(i)
			DrawText(kept, s, x, y, px, clr, AlignLeft) // laid out
			l := laidOutMarkup(s, px, x, y)
			DrawText(kept, s, x, y, px, clr, AlignLeft) // kept
			if again := laidOutMarkup(s, px, x, y); again != l {
				t.Errorf("%q drawn again where it was is laid out anew", s)
			}
			wd, _ := MeasureText(s, px)
			drawSpans(anew, parseMarkup(s), x, y, px, clr)
			drawSpans(anew, parseMarkup(s), AlignLeft.Left(x, wd), y, px, clr)
		}
		if same, blank := samePixels(anew, kept); !same || blank {
			t.Errorf("kept markup lines differ from the lines laid out anew (blank %v)", blank)
		}
		y := 0.0
		for range 2 * keptMarkupN { // every slot's buffers grown
			y += 0.37
			DrawText(kept, texts[1], 10, y, 17, clr, AlignLeft)
		}
		if n := testing.AllocsPerRun(50, func() {
			y += 0.37
			DrawText(kept, texts[1], 10, y, 17, clr, AlignLeft)
		}); n != 0 {
			t.Errorf("a moving line with markup: %g allocations a draw", n)
		}
	})
}
