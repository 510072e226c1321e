package gradient

import (
	"math"

	"github.com/neurona/neurona/engine"

	"github.com/neurona/neurona/scenes/ui"
)

// layout is where everything goes, in screen pixels.
type layout struct {
	plane, loss ui.Rect // the data plane and the loss map (square)
	capP, capL  ui.Rect // their captions, above them
	legP, legL  ui.Rect // their legends, below them
	side        ui.Rect // the formula panel
	main        ui.Rect
	captionPx   float64
	sideBySide  bool
	// viewScale is the Scale the two views are drawn at: the context's,
	// or less where the user's zoom leaves them too little room (see
	// computeLayout).
	viewScale    float64
	bannerTop    float64
	bannerBottom float64
}

// computeLayout splits the main view into the data plane and the loss map,
// side by side on a wide view and stacked on a tall one, each a square with
// a caption above it and a legend below it; on a narrow view the captions
// and legends wrap (legend.go) and get the height that takes.
//
// At a large zoom the two views, each with its caption and legend, may not
// fit the main view at all (their text alone would fill it, and every
// label would cover the points). The views then give back some of the
// zoom: they are laid out at the largest scale, between the unzoomed one
// and the context's, at which each square is at least minViewUnits of
// that scale on a side. Their text stays at least ui.TextMin unzoomed
// (16 px at 1280×720); the panel keeps the full zoom and scrolls.
func computeLayout(c *ui.Context) layout {
	main, side := ui.SplitMain(c)
	vc := *c
	least := c.Scale
	if c.Zoom > 1 {
		least = c.Scale / c.Zoom
	}
	for {
		l := layoutViews(&vc, main, side)
		if vc.Scale <= least || l.plane.W >= vc.Px(minViewUnits) {
			return l
		}
		vc = c.AtScale(math.Max(least, vc.Scale*0.9))
	}
}

// minViewUnits is the side of a view's square, in layout units, below
// which the views give back some of the user's zoom.
const minViewUnits = 170

// layoutViews is computeLayout at the context's scale.
func layoutViews(c *ui.Context, main, side ui.Rect) layout {
	l := layout{side: side, main: main, captionPx: c.Px(19), viewScale: c.Scale}
	pad := c.Px(10)
	in := main.Inset(pad)
	// The map's caption as tall as it gets (the widest forms of b: a
	// narrow view wraps "−0.00893" onto a line of its own where it wrapped
	// "−8.89" with its neighbour), so that the layout does not move while
	// b changes, nor the caption run into the map.
	mapCaps := [...]string{mapCaption(c, -8.888, engine.BCE), mapCaption(c, -0.00888, engine.BCE), mapCaption(c, -8.88e-4, engine.BCE)}
	dataCap := c.T("gradient.caption.data")
	dl, ml := dataLegend(c), mapLegend(c)
	// strips returns the caption and legend heights for views w wide.
	strips := func(w float64) (capH, legH float64) {
		capH = captionHeight(c, dataCap, l.captionPx, w)
		for _, s := range mapCaps {
			capH = math.Max(capH, captionHeight(c, s, l.captionPx, w))
		}
		legH = math.Max(legendHeight(c, dl, w, l.captionPx*1.5), legendHeight(c, ml, w, l.captionPx*1.5))
		return capH, legH
	}
	// Side by side or stacked, whichever gives the larger squares.
	wcap, wleg := strips(in.W/2 - pad/2)
	tcap, tleg := strips(in.W)
	wide := math.Min(in.W/2-pad/2, in.H-wcap-wleg)
	tall := math.Min(in.W, in.H/2-pad/2-tcap-tleg)
	l.sideBySide = wide >= tall
	var a, b ui.Rect
	capH, legH := tcap, tleg
	if l.sideBySide {
		a, b = in.SplitLeft(in.W/2 - pad/2)
		b.X += pad
		b.W -= pad
		capH, legH = wcap, wleg
	} else {
		a, b = in.SplitTop(in.H/2 - pad/2)
		b.Y += pad
		b.H -= pad
	}
	// The strips run from the square's left edge to the column's right
	// edge: with the square narrower than its column, they may be
	// narrower than the column too.
	_, sq, _ := square(a, capH, legH)
	if w := a.Right() - sq.X; w < a.W {
		capH, legH = strips(w)
	}
	l.capP, l.plane, l.legP = square(a, capH, legH)
	l.capL, l.loss, l.legL = square(b, capH, legH)
	l.bannerTop, l.bannerBottom = in.Y, in.Bottom()
	return l
}

// square returns a caption strip of height capH, the largest square below
// it that leaves a legend strip of height legH under it, and that legend
// strip, centred in r.
func square(r ui.Rect, capH, legH float64) (ui.Rect, ui.Rect, ui.Rect) {
	side := math.Max(1, math.Min(r.W, r.H-capH-legH))
	x := r.X + (r.W-side)/2
	y := r.Y + (r.H-capH-legH-side)/2
	// The caption and legend may run on to the column's right edge: a
	// square narrower than its column leaves them room there, and they
	// then keep their full size instead of shrinking.
	return ui.Rect{X: x, Y: y, W: r.Right() - x, H: capH},
		ui.Rect{X: x, Y: y + capH, W: side, H: side},
		ui.Rect{X: x, Y: y + capH + side, W: r.Right() - x, H: legH}
}
