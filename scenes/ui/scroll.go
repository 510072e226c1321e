package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
)

// Scroll is the position of a side panel that may hold more than its
// rectangle shows: at a large text scale (Ctrl+=) or on a short screen a
// panel scrolls instead of leaving parts out. The mouse wheel over the
// panel, the panel keys (Shift+PageDown / Shift+PageUp, Home / End), a
// drag of its scrollbar and a finger dragged over the panel move it.
//
// Update changes Off; Draw only reads it. The content's height and the
// parts are measured by the Draw that lays the panel out (Panel.End) and
// kept as a cache, the way a Layer keeps its picture, for the next
// Update to clamp against.
type Scroll struct {
	// Off is how far the content is moved up, in screen pixels, between
	// 0 and Max.
	Off float64

	drag struct {
		on       bool
		thumb    bool    // dragging the scrollbar's thumb (else the content, by touch)
		y0, off0 float64 // where the drag started and the offset then
	}
	drawn struct { // what the last Draw measured (a cache)
		view    Rect
		content float64 // the content's height, screen pixels
		parts   []PanelPart
	}
	reported []PartReport // Report's buffer, reused every frame
	clip     Clip         // the panel's part of the screen, kept between frames
}

// PanelPart is one named part of a panel as the last frame drew it: its
// rectangle on screen at the offset it was drawn with, which may lie
// outside the panel (scrolled out of view).
type PanelPart struct {
	Name string
	R    Rect
}

// Max returns the largest offset for a panel of rectangle r: how much
// taller than r the content last drawn was.
func (s *Scroll) Max(r Rect) float64 { return math.Max(0, s.drawn.content-r.H) }

// Parts returns the panel's parts as the last frame drew them.
func (s *Scroll) Parts() []PanelPart { return s.drawn.parts }

// Update moves the panel of rectangle r for this tick's input and keeps
// the offset within 0 … Max: the wheel with the cursor over r, the panel
// keys, a drag of the scrollbar, a finger dragged over r.
func (s *Scroll) Update(c *Context, r Rect) {
	if r.Empty() { // a column not shown
		s.Off, s.drag.on = 0, false
		return
	}
	page := math.Max(r.H*0.85, c.Px(40))
	for _, a := range c.Actions {
		switch a.Action {
		case keymap.PanelDown:
			s.Off += page
		case keymap.PanelUp:
			s.Off -= page
		case keymap.PanelTop:
			s.Off = 0
		case keymap.PanelEnd:
			s.Off = math.Inf(1)
		}
	}
	if in := c.In; in != nil {
		if in.WheelY != 0 && in.HasCursor && r.Contains(in.CursorX, in.CursorY) {
			s.Off += in.WheelY
		}
		s.pointer(c, r, in.Pointer)
	}
	s.Off = math.Max(0, math.Min(s.Off, s.Max(r)))
}

// pointer follows a drag of the scrollbar (mouse or finger) or of the
// content (finger); a press on the track above or below the thumb moves
// a page.
func (s *Scroll) pointer(c *Context, r Rect, evs []PointerEvent) {
	max := s.Max(r)
	for _, ev := range evs {
		switch ev.Kind {
		case PointerDown:
			if max <= 0 || !r.Contains(ev.X, ev.Y) {
				continue
			}
			track, thumb := s.bar(c, r)
			grow := c.Px(4) // a finger gets a wider thumb
			if ev.Touch {
				grow = c.Px(10)
			}
			switch {
			case thumb.Inset(-grow).Contains(ev.X, ev.Y):
				s.drag.on, s.drag.thumb = true, true
			case track.Inset(-c.Px(4)).Contains(ev.X, ev.Y):
				if ev.Y < thumb.Y {
					s.Off -= r.H * 0.85
				} else {
					s.Off += r.H * 0.85
				}
				continue
			case ev.Touch:
				s.drag.on, s.drag.thumb = true, false
			default:
				continue
			}
			s.drag.y0, s.drag.off0 = ev.Y, s.Off
		case PointerMove:
			if !s.drag.on {
				continue
			}
			dy := ev.Y - s.drag.y0
			if s.drag.thumb {
				track, thumb := s.bar(c, r)
				if free := track.H - thumb.H; free > 0 {
					s.Off = s.drag.off0 + dy/free*max
				}
			} else {
				s.Off = s.drag.off0 - dy
			}
		case PointerUp, PointerCancel:
			s.drag.on = false
		}
	}
}

// Measured records the rectangle and the content's height of a scrolled
// column that is not a Panel (the help overlay's rows), for Update to
// clamp against; a Panel records its own in End.
func (s *Scroll) Measured(r Rect, content float64) {
	s.drawn.view, s.drawn.content, s.drawn.parts = r, content, s.drawn.parts[:0]
}

// DrawBar draws the scrollbar of a column of rectangle r when its content
// is taller than r, with an arrow at each end of the track where more is
// hidden beyond it.
func (s *Scroll) DrawBar(dst *ebiten.Image, c *Context, r Rect) {
	max := s.Max(r)
	if max <= 0 {
		return
	}
	th := c.Theme
	track, thumb := s.bar(c, r)
	FillRect(dst, track, WithAlpha(th.PanelEdge, 0x90))
	FillRect(dst, thumb, th.Accent)
	// "More below / above": a chevron at each end of the track with
	// something hidden beyond it, in the column's right margin.
	cx, k := track.X+track.W/2, c.Px(5)
	if s.Off < max-0.5 {
		y := r.Bottom() - c.Px(7)
		Line(dst, cx-k, y-k, cx, y, c.Px(2.5), th.Accent)
		Line(dst, cx, y, cx+k, y-k, c.Px(2.5), th.Accent)
	}
	if s.Off > 0.5 {
		y := r.Y + c.Px(7)
		Line(dst, cx-k, y+k, cx, y, c.Px(2.5), th.Accent)
		Line(dst, cx, y, cx+k, y+k, c.Px(2.5), th.Accent)
	}
}

// Dragging reports whether a drag of the panel is under way, so that a
// scene does not also take it for a drag of its own.
func (s *Scroll) Dragging() bool { return s.drag.on }

// bar returns the scrollbar's track and thumb for a panel of rectangle r
// at the current offset.
func (s *Scroll) bar(c *Context, r Rect) (track, thumb Rect) {
	w := c.Px(7)
	track = Rect{X: r.Right() - w - c.Px(4), Y: r.Y + c.Px(18), W: w, H: math.Max(0, r.H-c.Px(36))}
	content := math.Max(s.drawn.content, r.H)
	h := math.Max(c.Px(28), track.H*r.H/content)
	h = math.Min(h, track.H)
	y := track.Y
	if max := s.Max(r); max > 0 {
		y += (track.H - h) * math.Min(1, s.Off/max)
	}
	return track, Rect{X: track.X, Y: y, W: w, H: h}
}

// PanelReport is what a panel tells the layout report
// (window.neurona.layout()): its visible rectangle, its offset and the
// largest one, and each part's rectangle on screen (outside Box when it
// is scrolled out of view).
type PanelReport struct {
	Box    [4]float64   `json:"box"`
	Scroll float64      `json:"scroll"`
	Max    float64      `json:"max"`
	Parts  []PartReport `json:"parts"`
}

// PartReport is one part of a PanelReport.
type PartReport struct {
	Name string     `json:"name"`
	Box  [4]float64 `json:"box"`
}

// Report adds the panel as the last Draw laid it out to c's panel
// reports and returns what it added. Panel.End calls it; a scene that
// keeps its panel in a cached picture (a Layer) calls it every frame,
// so that frames that copy the picture report the panel too.
func (s *Scroll) Report(c *Context) PanelReport {
	r := s.drawn.view
	rep := PanelReport{Box: box(r), Scroll: s.Off, Max: s.Max(r), Parts: s.reported[:0]}
	for _, part := range s.drawn.parts {
		rep.Parts = append(rep.Parts, PartReport{Name: part.Name, Box: box(part.R)})
	}
	s.reported = rep.Parts // the frame's report is read before the next one is made
	*c.Panels() = append(*c.Panels(), rep)
	return rep
}

// Visible reports whether the part's box lies within the panel's box
// (to half a pixel).
func (p PanelReport) Visible(part PartReport) bool {
	const e = 0.5
	return part.Box[1] >= p.Box[1]-e && part.Box[3] <= p.Box[3]+e
}

// box writes a rectangle as the layout report does: [x0, y0, x1, y1].
func box(r Rect) [4]float64 { return [4]float64{r.X, r.Y, r.Right(), r.Bottom()} }
