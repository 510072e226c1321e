package ui

import (
	"image"
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
//
// A panel made with NewScrollPanel never leaves a part out for want of
// room: it writes everything, drawn clipped to its rectangle and moved up
// by its Scroll's offset, and End shows a scrollbar when there is more
// than fits.
type Panel struct {
	dst  *ebiten.Image // where parts are drawn: clipped to the panel when it scrolls
	out  *ebiten.Image // the whole screen, for the scrollbar
	c    *Context
	R    Rect    // the panel's area
	Y    float64 // where the next line's top goes
	Size float64 // body text size in layout units
	body float64 // Size before Numbers(true), while it holds

	scroll *Scroll
	top    float64 // where the content starts (R.Y less the offset)
	parts  []PanelPart
	labels int // the layout report's labels before the panel's
	marks  int // and its markers
}

// cellText is TableOf's buffer for the cells that change, kept between
// frames (panels are drawn one at a time, on one thread).
var cellText []byte

// tableRow is TableOf's batch of a row's cells.
var tableRow textRow

// NewPanel fills r with the panel colour and starts writing at its top.
func NewPanel(dst *ebiten.Image, c *Context, r Rect) *Panel {
	FillRect(dst, r, c.Theme.Panel)
	Line(dst, r.X, r.Y, r.X, r.Bottom(), c.Px(1), c.Theme.PanelEdge)
	return &Panel{dst: dst, out: dst, c: c, R: r, Y: r.Y + c.Px(12), Size: TextBody}
}

// NewScrollPanel is NewPanel for a panel that scrolls: what is written
// goes through Dst, clipped to r, starting s.Off above r's top. Mark its
// parts with Part and finish with End.
func NewScrollPanel(dst *ebiten.Image, c *Context, r Rect, s *Scroll) *Panel {
	p := NewPanel(dst, c, r)
	p.scroll = s
	clip := image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom())))
	if !clip.Intersect(dst.Bounds()).Empty() {
		p.dst = s.clip.Of(dst, r) // the same sub-image every frame: no new vertex buffers
	}
	p.top = r.Y - s.Off
	p.Y = p.top + c.Px(12)
	p.parts = s.drawn.parts[:0]
	p.labels, p.marks = len(c.Layout().Labels), len(c.Layout().Markers)
	return p
}

// Dst is the image to draw the panel's parts on: clipped to the panel
// when it scrolls.
func (p *Panel) Dst() *ebiten.Image { return p.dst }

// Part starts a named part of the panel at the current line (and ends the
// one before): the parts and their rectangles are what the layout report
// and the tests read to tell that nothing was left out.
func (p *Panel) Part(name string) {
	p.endPart()
	p.parts = append(p.parts, PanelPart{Name: name, R: Rect{X: p.R.X, Y: p.Y, W: p.R.W}})
}

func (p *Panel) endPart() {
	if n := len(p.parts); n > 0 && p.parts[n-1].R.H == 0 {
		p.parts[n-1].R.H = math.Max(p.Y-p.parts[n-1].R.Y, 0)
	}
}

// End finishes a scrolling panel: it records the content's height and
// parts for the next Update, reports them to the layout report, and
// draws the scrollbar when the content is taller than the panel, with an
// arrow on the side where more is hidden.
func (p *Panel) End() {
	if p.scroll == nil {
		return
	}
	p.endPart()
	c, s, r := p.c, p.scroll, p.R
	s.drawn.parts = p.parts
	s.drawn.view = r
	s.drawn.content = p.Y + c.Px(12) - p.top
	p.clipReport()
	s.Report(c)
	s.DrawBar(p.out, c, r)
}

// clipReport keeps in the layout report only what the panel shows of
// the labels and markers its parts added: those scrolled out of view are
// not on screen, and those cut by the panel's edge are reported as cut.
func (p *Panel) clipReport() {
	rep := p.c.Layout()
	v := [4]float64{p.R.X, p.R.Y, p.R.Right(), p.R.Bottom()}
	clip := func(b [4]float64) ([4]float64, bool) {
		b = [4]float64{math.Max(b[0], v[0]), math.Max(b[1], v[1]), math.Min(b[2], v[2]), math.Min(b[3], v[3])}
		return b, b[0] < b[2] && b[1] < b[3]
	}
	if p.labels <= len(rep.Labels) {
		keep := rep.Labels[:p.labels]
		for _, l := range rep.Labels[p.labels:] {
			if b, ok := clip(l.Box); ok {
				l.Box = b
				keep = append(keep, l)
			}
		}
		rep.Labels = keep
	}
	if p.marks <= len(rep.Markers) {
		keep := rep.Markers[:p.marks]
		for _, m := range rep.Markers[p.marks:] {
			if b, ok := clip(m); ok {
				keep = append(keep, b)
			}
		}
		rep.Markers = keep
	}
}

// Take returns the panel's width from the current line down, at least h
// layout units tall (more if the panel has more room below), and moves
// past it: the place for a plot, which a scrolling panel never drops.
// The gap after it is part of the room it takes, so that a plot that
// fills the rest of a panel does not make it scroll by that gap.
func (p *Panel) Take(h float64) Rect {
	gap := p.c.Px(4)
	r := p.Rest()
	r.H = math.Max(r.H-gap, p.c.Px(h))
	p.Y = r.Bottom() + gap
	return r
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

// TextAdvance returns how far down Text moves for s in a panel of
// rectangle r at body size px (screen pixels): what Update uses to place
// the clickable parts below text that may wrap.
func TextAdvance(c *Context, r Rect, s string, px float64) float64 {
	h := DrawWrapped(nil, s, 0, 0, r.W-c.Px(32), px, c.Px(TextMin), nil)
	return math.Max(h/1.3*1.4, px*1.4)
}

// HeadingAdvance returns how far down Heading moves for s in a panel of
// rectangle r at body size px (screen pixels).
func HeadingAdvance(c *Context, r Rect, s string, px float64) float64 {
	return FitText(s, px*1.3, r.W-c.Px(32)) * 1.45
}

// Line writes one line in the body colour.
//
// Not inlined (bundle size): a lookup or text drawing costs far more than
// the call itself, and a copy of its body at each of its many call sites
// grew the web bundle.
//
//go:noinline
func (p *Panel) Line(s string) { p.Text(s, p.c.Theme.Text) }

// Dim writes one line in the secondary colour.
//
// Not inlined (bundle size): a lookup or text drawing costs far more than
// the call itself, and a copy of its body at each of its many call sites
// grew the web bundle.
//
//go:noinline
func (p *Panel) Dim(s string) { p.Text(s, p.c.Theme.TextDim) }

// Gap leaves a little vertical space.
func (p *Panel) Gap() { p.Y += p.c.Px(p.Size) * 0.6 }

// Table writes rows of cells in equal-width columns; row highlight (−1 for
// none) gets the accent background. The first row is the header.
func (p *Panel) Table(rows [][]string, highlight int) {
	if len(rows) == 0 {
		return
	}
	p.TableOf(len(rows), len(rows[0]), highlight, func(i, j int, _ []byte) (string, []byte) {
		if j < len(rows[i]) {
			return rows[i][j], nil
		}
		return "", nil
	})
}

// TableOf is Table for n rows of cols cells given by cell, which returns
// cell j of row i either as a string (kept laid out; markup allowed) or,
// when the string is empty, as plain text appended to the buffer it is
// given: numbers that change every frame, drawn without a new string.
func (p *Panel) TableOf(n, cols, highlight int, cell func(i, j int, b []byte) (string, []byte)) {
	if n == 0 {
		return
	}
	cw := p.width() / float64(max(cols, 1))
	rh := p.c.Px(p.Size) * 1.45
	for i := range n {
		if i == highlight {
			FillRect(p.dst, Rect{p.left() - p.c.Px(4), p.Y - p.c.Px(2), p.width() + p.c.Px(8), rh}, WithAlpha(p.c.Theme.Accent, 0x50))
		}
		var clr color.Color = p.c.Theme.Text // boxed once a row, not once a cell
		if i == 0 {
			clr = p.c.Theme.TextDim
		}
		// The row's cells are one draw call (tableRow).
		for j := range cols {
			x := p.left() + cw*float64(j) + cw/2
			s, b := cell(i, j, cellText[:0])
			if s != "" || b == nil {
				RowText(p.dst, s, x, p.Y, FitText(s, p.c.Px(p.Size), cw-p.c.Px(6)), clr, AlignCenter)
				continue
			}
			cellText = b
			RowBytes(p.dst, b, x, p.Y, FitBytes(b, p.c.Px(p.Size), cw-p.c.Px(6)), clr, AlignCenter)
		}
		DrawRow(p.dst)
		p.Y += rh
		if i == 0 {
			Line(p.dst, p.left(), p.Y-p.c.Px(3), p.left()+p.width(), p.Y-p.c.Px(3), 1, p.c.Theme.PanelEdge)
		}
	}
	p.Y += p.c.Px(4)
}

// TextBytes is Text for a line in a buffer (AppendNum, Context.AppendTf):
// drawn without a new string when it fits on one line at a legible size,
// wrapped as Text wraps it otherwise.
func (p *Panel) TextBytes(b []byte, clr color.Color) {
	px := FitBytes(b, p.c.Px(p.Size), p.width())
	if px < p.c.Px(TextMin) && px < p.c.Px(p.Size) {
		p.Text(string(b), clr)
		return
	}
	DrawBytes(p.dst, b, p.left(), p.Y, px, clr, AlignLeft)
	p.Y += math.Max(px*1.4, p.c.Px(p.Size)*1.4)
}

// Numbers switches the panel's lines to the scene's main numbers (on),
// written at TextNumber (or the body size, when larger) and marked as such
// (MainNumbers), or back to body text (off); switching to what is on
// already changes nothing.
//
// Not inlined (bundle size): a copy of its body at each call site grew
// the web bundle.
//
//go:noinline
func (p *Panel) Numbers(on bool) {
	MainNumbers(on)
	if on && p.body == 0 {
		p.body, p.Size = p.Size, max(p.Size, TextNumber)
	} else if !on && p.body != 0 {
		p.Size, p.body = p.body, 0
	}
}

// Rest returns the panel area below what has been written, for a plot.
// In a scrolling panel it is the room below the line when the panel is
// at its top, so that what is laid out does not change as it scrolls.
func (p *Panel) Rest() Rect {
	y := p.Y
	if p.scroll != nil {
		y += p.scroll.Off
	}
	return Rect{p.left(), p.Y, p.width(), math.Max(0, p.R.Bottom()-y-p.c.Px(12))}
}
