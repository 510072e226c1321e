package scenes

import (
	"math"
	"testing"
)

// The picture is a slide: a 1920×1080 window shows the 1280×720 picture
// 1.5 times larger, text included, whatever the device scale.
func TestScaleGrowsWithTheWindowLikeASlide(t *testing.T) {
	for _, dev := range []float64{1, 2} {
		g, _ := newTestGame(t, Options{})
		g.resize(1280, 720, dev)
		tick(t, g)
		small, smallArea := g.ctx.Scale, g.ctx.Bounds
		g.resize(1920, 1080, dev)
		tick(t, g)
		big, bigArea := g.ctx.Scale, g.ctx.Bounds
		if math.Abs(big/small-1.5) > 1e-9 {
			t.Errorf("device scale %v: Scale %v at 1920×1080, %v at 1280×720: want 1.5×", dev, big, small)
		}
		// The scene's area is the same part of the window.
		if math.Abs(bigArea.H/smallArea.H-1.5) > 1e-9 || math.Abs(bigArea.Y/smallArea.Y-1.5) > 1e-9 {
			t.Errorf("device scale %v: scene area %+v at 1920×1080, %+v at 1280×720: want 1.5×", dev, bigArea, smallArea)
		}
		// The user's text scale multiplies the slide's.
		g.zoom = 1.15
		tick(t, g)
		if math.Abs(g.ctx.Scale/big-1.15) > 1e-9 {
			t.Errorf("device scale %v: zoom 1.15 gives Scale %v, want %v", dev, g.ctx.Scale, big*1.15)
		}
	}
}

// A window smaller than the slide (a phone) keeps the unit scale, so its
// text stays legible and its panels reflow.
func TestSmallWindowsKeepTheirTextSize(t *testing.T) {
	g, _ := newTestGame(t, Options{})
	g.resize(390, 844, 1)
	tick(t, g)
	if g.ctx.Scale != g.dsf {
		t.Errorf("390×844: Scale %v, want the device scale %v", g.ctx.Scale, g.dsf)
	}
}
