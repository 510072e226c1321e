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
	if _, _, _, a := bg.RGBA(); a > 0 {
		FillRect(dst, BoxRect(pl.Box), bg)
	}
	DrawText(dst, pl.Text, pl.Box.X0+pad, pl.Box.Y0+pad, px, fg, AlignLeft)
}
