package ui

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui/place"
)

// AppendTicksClearOf appends to dst the tick numbers DrawGridClearOf
// writes for a plane that shows pts beside what pl holds, and returns
// dst: a scene whose grid is a cached picture compares them with the
// last ones to tell when the picture must be drawn again (the numbers
// move only when what pl holds crosses them, not at every change of it).
func (p *Plane) AppendTicksClearOf(dst []place.Placed, c *Context, pts []engine.Point, pl *place.Placer) []place.Placed {
	p.eachTick(c, pts, p.AxisLabels(c, pts), true, pl, func(t string, b place.Box) {
		dst = append(dst, place.Placed{Text: t, Box: b, Free: true})
	})
	return dst
}
