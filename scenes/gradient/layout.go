package gradient

import (
	"math"

	"github.com/neurona/neurona/scenes/ui"
)

// layout is where everything goes, in screen pixels.
type layout struct {
	plane, loss  ui.Rect // the data plane and the loss map (square)
	capP, capL   ui.Rect // their captions, above them
	legP, legL   ui.Rect // their legends, below them
	side         ui.Rect // the formula panel
	main         ui.Rect
	captionPx    float64
	sideBySide   bool
	bannerTop    float64
	bannerBottom float64
}

// computeLayout splits the main view into the data plane and the loss map,
// side by side on a wide view and stacked on a tall one, each a square with
// a caption line above it.
func computeLayout(c *ui.Context) layout {
	main, side := ui.SplitMain(c)
	l := layout{side: side, main: main, captionPx: c.Px(19)}
	pad := c.Px(10)
	capH := l.captionPx * 1.5
	in := main.Inset(pad)
	// Side by side or stacked, whichever gives the larger squares.
	wide := math.Min(in.W/2-pad/2, in.H-2*capH)
	tall := math.Min(in.W, in.H/2-pad/2-2*capH)
	l.sideBySide = wide >= tall
	var a, b ui.Rect
	if l.sideBySide {
		a, b = in.SplitLeft(in.W/2 - pad/2)
		b.X += pad
		b.W -= pad
	} else {
		a, b = in.SplitTop(in.H/2 - pad/2)
		b.Y += pad
		b.H -= pad
	}
	l.capP, l.plane, l.legP = square(a, capH)
	l.capL, l.loss, l.legL = square(b, capH)
	l.bannerTop, l.bannerBottom = in.Y, in.Bottom()
	return l
}

// square returns a caption strip of height capH, the largest square below
// it that leaves a legend strip of the same height under it, and that
// legend strip, centred in r.
func square(r ui.Rect, capH float64) (ui.Rect, ui.Rect, ui.Rect) {
	side := math.Max(1, math.Min(r.W, r.H-2*capH))
	x := r.X + (r.W-side)/2
	y := r.Y + (r.H-2*capH-side)/2
	// The caption and legend may run on to the column's right edge: a
	// square narrower than its column leaves them room there, and they
	// then keep their full size instead of shrinking.
	return ui.Rect{X: x, Y: y, W: r.Right() - x, H: capH},
		ui.Rect{X: x, Y: y + capH, W: side, H: side},
		ui.Rect{X: x, Y: y + capH + side, W: r.Right() - x, H: capH}
}
