package ui

import (
	"math"
	"testing"
)

// A context at a smaller scale keeps its legible minimum; at no zoom, or
// at a larger scale, only the scale changes.
func TestAtScaleKeepsTheLegibleMinimum(t *testing.T) {
	c := &Context{Scale: 3, Zoom: 3}
	g := c.AtScale(1.5)
	if g.Scale != 1.5 || math.Abs(g.LegiblePx()-c.LegiblePx()) > 1e-12 {
		t.Errorf("zoom 3 at scale 1.5: scale %g, legible %g px, want %g", g.Scale, g.LegiblePx(), c.LegiblePx())
	}
	c = &Context{Scale: 1.5, Zoom: 1}
	if g := c.AtScale(1); g.Zoom != 1 || g.Scale != 1 {
		t.Errorf("no zoom: %+v", g)
	}
	if g := (&Context{Scale: 2, Zoom: 2}).AtScale(3); g.Zoom != 2 || g.Scale != 3 {
		t.Errorf("a larger scale: scale %g zoom %g", g.Scale, g.Zoom)
	}
}
