package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui/place"
)

// This file joins the kit to the label placer (package place), which
// works in plain boxes so that it needs no Ebiten.

// Box returns r as a placer box.
func (r Rect) Box() place.Box { return place.Box{X0: r.X, Y0: r.Y, X1: r.Right(), Y1: r.Bottom()} }

// BoxRect returns the placer box b as a Rect.
func BoxRect(b place.Box) Rect { return Rect{b.X0, b.Y0, b.W(), b.H()} }

// PlaceText places one line of text (with markup) at size px next to the
// anchor a — a point's marker (place.Around(x, y, r)), a node's box, or a
// box of no size for a bare position — with pad pixels of background
// plate on every side, and returns where it went; draw it with
// DrawPlaced.
func PlaceText(p *place.Placer, s string, a place.Box, px, pad float64) place.Placed {
	w, h := MeasureText(s, px)
	return p.PlaceNear(s, a, w+2*pad, h+2*pad)
}

// shrinkStep is the factor between the sizes PlaceTextFit tries.
const shrinkStep = 0.88

// PlaceTextFit is PlaceText for a label that names something (a line, a
// point, a region) and must find a free place: it tries px, then smaller
// sizes down to minPx (c.LegiblePx(), so never under the legible
// minimum), and returns the first free place with the size it needs; when
// none is free even at minPx, the least covering place at minPx. The pad
// shrinks with the text.
func PlaceTextFit(p *place.Placer, s string, a place.Box, px, minPx, pad float64) (place.Placed, float64, float64) {
	return fit(px, minPx, pad, func(sz, pd float64, last bool) (place.Placed, bool) {
		w, h := MeasureText(s, sz)
		if last {
			return p.PlaceNear(s, a, w+2*pd, h+2*pd), true
		}
		return p.TryNear(s, a, w+2*pd, h+2*pd)
	})
}

// TryTextFit is PlaceTextFit for a label that may give way (one that
// repeats what a panel shows): when no size down to minPx has a free
// place, it records nothing and returns false.
func TryTextFit(p *place.Placer, s string, a place.Box, px, minPx, pad float64) (place.Placed, float64, float64, bool) {
	ok := true
	pl, sz, pd := fit(px, minPx, pad, func(sz, pd float64, last bool) (place.Placed, bool) {
		w, h := MeasureText(s, sz)
		pl, free := p.TryNear(s, a, w+2*pd, h+2*pd)
		if last && !free {
			ok = false
			return pl, true
		}
		return pl, free
	})
	return pl, sz, pd, ok
}

// PlaceOnLineFit is PlaceTextFit for a label beside the polyline pts
// (place.Placer.PlaceOnLine), from the fraction t of its length.
func PlaceOnLineFit(p *place.Placer, s string, pts []place.Point, t, px, minPx, pad float64) (place.Placed, float64, float64) {
	return fit(px, minPx, pad, func(sz, pd float64, last bool) (place.Placed, bool) {
		w, h := MeasureText(s, sz)
		if last {
			return p.PlaceOnLine(s, pts, t, w+2*pd, h+2*pd), true
		}
		return p.TryOnLine(s, pts, t, w+2*pd, h+2*pd)
	})
}

// maxShrinks bounds the sizes fit tries.
const maxShrinks = 12

// fit calls try with px and pad, then with both shrunk by shrinkStep, until
// it succeeds; the last try (last true, which must succeed) is at minPx,
// or at px when px is not larger than minPx.
func fit(px, minPx, pad float64, try func(sz, pad float64, last bool) (place.Placed, bool)) (place.Placed, float64, float64) {
	sz := px
	for i := 0; i < maxShrinks && sz > minPx; i++ {
		pd := pad * sz / px
		if pl, ok := try(sz, pd, false); ok {
			return pl, sz, pd
		}
		sz *= shrinkStep
	}
	sz = min(px, minPx)
	pd := pad
	if px > 0 {
		pd = pad * sz / px
	}
	pl, _ := try(sz, pd, true)
	return pl, sz, pd
}

// DrawPlaced draws a label placed with PlaceText: its leader (if it was
// moved away from its anchor), a plate of colour bg (if not transparent)
// and the text in fg, left-aligned pad pixels inside the box.
func DrawPlaced(dst *ebiten.Image, c *Context, pl place.Placed, px, pad float64, fg, bg color.Color) {
	if pl.Box.W() <= 0 {
		return
	}
	if pl.HasLeader {
		Line(dst, pl.Leader.A.X, pl.Leader.A.Y, pl.Leader.B.X, pl.Leader.B.Y, c.Px(1.5), fg)
	}
	if _, _, _, a := rgbaOf(bg); a > 0 {
		FillRect(dst, BoxRect(pl.Box), bg)
	}
	DrawText(dst, pl.Text, pl.Box.X0+pad, pl.Box.Y0+pad, px, fg, AlignLeft)
}
