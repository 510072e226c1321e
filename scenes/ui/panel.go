package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// SplitMain divides the scene area into the main view and a side panel:
// the panel sits on the right of a landscape screen (projector, laptop) and
// below the view on a portrait one (phone).
func SplitMain(c *Context) (main, side Rect) {
	b := c.Bounds
	if b.W >= b.H*1.15 {
		w := math.Min(math.Max(b.W*0.36, c.Px(300)), c.Px(620))
		w = math.Min(w, b.W*0.5)
		return b.SplitLeft(b.W - w)
	}
	return b.SplitTop(b.H * 0.55)
}

// Panel writes lines of text and small tables down a column, keeping track
// of where the next line goes. Every size is in layout units scaled by the
// context, so the back row can read it after Ctrl+=.
type Panel struct {
	dst  *ebiten.Image
	c    *Context
	R    Rect    // the panel's area
	Y    float64 // where the next line's top goes
	Size float64 // body text size in layout units
}

// NewPanel fills r with the panel colour and starts writing at its top.
func NewPanel(dst *ebiten.Image, c *Context, r Rect) *Panel {
	FillRect(dst, r, c.Theme.Panel)
	Line(dst, r.X, r.Y, r.X, r.Bottom(), c.Px(1), c.Theme.PanelEdge)
	return &Panel{dst: dst, c: c, R: r, Y: r.Y + c.Px(12), Size: TextBody}
}

func (p *Panel) left() float64  { return p.R.X + p.c.Px(16) }
func (p *Panel) width() float64 { return p.R.W - p.c.Px(32) }

// Heading writes a bold-looking title line in the accent colour.
func (p *Panel) Heading(s string) {
	px := FitText(s, p.c.Px(p.Size*1.3), p.width())
	DrawText(p.dst, s, p.left(), p.Y, px, p.c.Theme.Text, AlignLeft)
	p.Y += px * 1.45
}

// Text writes one line, shrinking it to fit the panel's width down to
// the smallest legible size (TextMin) and wrapping it below that.
func (p *Panel) Text(s string, clr color.Color) {
	h := DrawWrapped(p.dst, s, p.left(), p.Y, p.width(), p.c.Px(p.Size), p.c.Px(TextMin), clr)
	p.Y += math.Max(h/1.3*1.4, p.c.Px(p.Size)*1.4)
}

// Line writes one line in the body colour.
func (p *Panel) Line(s string) { p.Text(s, p.c.Theme.Text) }

// Dim writes one line in the secondary colour.
func (p *Panel) Dim(s string) { p.Text(s, p.c.Theme.TextDim) }

// Gap leaves a little vertical space.
func (p *Panel) Gap() { p.Y += p.c.Px(p.Size) * 0.6 }

// Table writes rows of cells in equal-width columns; row highlight (−1 for
// none) gets the accent background. The first row is the header.
func (p *Panel) Table(rows [][]string, highlight int) {
	if len(rows) == 0 {
		return
	}
	cols := len(rows[0])
	cw := p.width() / float64(max(cols, 1))
	rh := p.c.Px(p.Size) * 1.45
	for i, row := range rows {
		if i == highlight {
			FillRect(p.dst, Rect{p.left() - p.c.Px(4), p.Y - p.c.Px(2), p.width() + p.c.Px(8), rh}, WithAlpha(p.c.Theme.Accent, 0x50))
		}
		clr := p.c.Theme.Text
		if i == 0 {
			clr = p.c.Theme.TextDim
		}
		for j, cell := range row {
			px := FitText(cell, p.c.Px(p.Size), cw-p.c.Px(6))
			DrawText(p.dst, cell, p.left()+cw*float64(j)+cw/2, p.Y, px, clr, AlignCenter)
		}
		p.Y += rh
		if i == 0 {
			Line(p.dst, p.left(), p.Y-p.c.Px(3), p.left()+p.width(), p.Y-p.c.Px(3), 1, p.c.Theme.PanelEdge)
		}
	}
	p.Y += p.c.Px(4)
}

// Rest returns the panel area below what has been written, for a plot.
func (p *Panel) Rest() Rect {
	return Rect{p.left(), p.Y, p.width(), math.Max(0, p.R.Bottom()-p.Y-p.c.Px(12))}
}
