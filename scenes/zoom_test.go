package scenes

import (
	"math"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
)

// Ctrl+= reaches a text scale of 3 on a projector, and stops where the
// layout would become narrower than minLayoutUnits or shorter than
// minLayoutHeightUnits: a phone, upright or sideways, keeps its scale of
// 1, a short laptop window stops earlier, and a window made narrower after
// Ctrl+= uses what fits it.
func TestZoomStopsWhereTheLayoutWouldBeTooNarrow(t *testing.T) {
	for _, c := range []struct {
		w, h, want float64
	}{{1280, 720, 3}, {1920, 1080, 3}, {390, 844, 1}, {840, 600, 2}, {844, 390, 1}, {740, 360, 1}, {1280, 600, 2.5}} {
		g := New(Options{}, newMem())
		g.resize(c.w, c.h, 1)
		for range 12 {
			g.inject.Key(keymap.Event{Key: "Equal", Ctrl: true})
			tick(t, g)
		}
		got := g.scale() / g.dsf / g.slide()
		if math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%gx%g: Ctrl+= ×12 gives a text scale of %g, want %g", c.w, c.h, got, c.want)
		}
		if units := c.w / (g.slide() * got); units < minLayoutUnits-1e-9 && got > 1 {
			t.Errorf("%gx%g: the layout is %g units wide", c.w, c.h, units)
		}
		if units := c.h / (g.slide() * got); units < minLayoutHeightUnits-1e-9 && got > 1 {
			t.Errorf("%gx%g: the layout is %g units tall", c.w, c.h, units)
		}
	}
	g := New(Options{}, newMem())
	g.resize(1280, 720, 1)
	g.setZoom(3)
	g.resize(640, 720, 1)
	if got := g.scale() / g.dsf; got > 640.0/minLayoutUnits+1e-9 {
		t.Errorf("a window narrowed to 640 px after Ctrl+= keeps a scale of %g", got)
	}
}
