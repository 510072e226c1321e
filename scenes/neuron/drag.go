package neuron

import (
	"math"

	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/region"
)

// dragKind says what a press on the plane is dragging.
type dragKind int

const (
	dragNone        dragKind = iota
	dragTip                  // the tip of θ: θ₁, θ₂ follow the pointer
	dragLinePending          // a press on the line that has not moved yet (a click adds a point)
	dragLine                 // the line: b follows the pointer along θ
)

// tipScreen returns where θ's arrow ends on screen: θ is drawn from the
// origin, as the vector it is, perpendicular to the line a = 0.
func (s *Scene) tipScreen() (float64, float64) { return s.plane.ToScreen(s.n.Theta) }

// line returns the line a = 0 on screen.
func (s *Scene) line() region.Segment { return region.Clip(&s.plane, s.n.Theta, s.n.B) }

// pointer handles drags of θ's tip and of the line, and hands every other
// pointer event to the point editor. A press on a point drags the point;
// on the tip, θ; on the line, the line once the pointer moves (a click on
// the line without moving still adds a point).
func (s *Scene) pointer(c *ui.Context) {
	s.fwd = s.fwd[:0]
	for _, ev := range c.In.Pointer {
		if !s.own(c, ev) {
			s.fwd = append(s.fwd, ev)
		}
	}
	saved := c.In.Pointer
	c.In.Pointer = s.fwd
	s.editor.Update(c, &s.plane, s.data)
	c.In.Pointer = saved
}

// grabbable says what a press at screen (x, y) would drag: θ's tip, the
// line, or nothing of the neuron's (a point, which the editor drags, wins
// over the line but not over the tip).
func (s *Scene) grabbable(c *ui.Context, x, y float64) dragKind {
	tx, ty := s.tipScreen()
	if math.Hypot(x-tx, y-ty) <= math.Max(c.Px(16), c.MarkerRadius()*2) {
		return dragTip
	}
	if s.data.Nearest(s.plane.DataAt(x, y), c.MarkerRadius()*1.6/math.Max(s.plane.Unit(), 1e-9)) >= 0 {
		return dragNone
	}
	if s.line().Dist(x, y) <= c.Px(10) {
		return dragLine
	}
	return dragNone
}

// own applies ev to a drag of θ or of the line and reports whether it used it.
func (s *Scene) own(c *ui.Context, ev ui.PointerEvent) bool {
	x := s.plane.Clamp(s.plane.DataAt(ev.X, ev.Y))
	switch ev.Kind {
	case ui.PointerDown:
		if s.drag != dragNone || s.editor.Dragging() || ev.Button != ui.ButtonLeft || ev.Ctrl || ev.Alt || ev.Shift {
			return false
		}
		if !s.plane.Rect.Contains(ev.X, ev.Y) {
			return false
		}
		switch s.grabbable(c, ev.X, ev.Y) {
		case dragTip:
			s.drag = dragTip
			return true
		case dragLine:
			s.drag, s.dragFrom, s.dragB, s.dragPress = dragLinePending, x, s.n.B, ev
			return true
		}
		return false
	case ui.PointerMove:
		switch s.drag {
		case dragTip:
			s.n.Theta = [2]float64{model.Clamp(x[0]), model.Clamp(x[1])}
			return true
		case dragLinePending:
			if math.Hypot(ev.X-s.dragPress.X, ev.Y-s.dragPress.Y) < c.Px(4) {
				return true
			}
			s.drag = dragLine
			fallthrough
		case dragLine:
			s.n.B = model.BForLine(s.n.Theta, s.dragB, s.dragFrom, x)
			return true
		}
	case ui.PointerUp, ui.PointerCancel:
		switch s.drag {
		case dragNone:
			return false
		case dragLinePending:
			// A click on the line: the editor adds a point there.
			s.drag = dragNone
			if ev.Kind == ui.PointerUp {
				s.fwd = append(s.fwd, s.dragPress, ev)
			}
			return true
		case dragTip:
			s.n.Theta = [2]float64{model.Clamp(x[0]), model.Clamp(x[1])}
		case dragLine:
			s.n.B = model.BForLine(s.n.Theta, s.dragB, s.dragFrom, x)
		}
		s.drag = dragNone
		return true
	}
	return false
}
