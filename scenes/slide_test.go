package scenes

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui/place"
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

// layout() gives the last frame's labels and markers, in CSS pixels,
// inside the window.
func TestLayoutJSONReportsTheFrameInCSSPixels(t *testing.T) {
	g, _ := newTestGame(t, Options{Scene: "neuron"})
	g.resize(1280, 720, 1)
	screen := ebiten.NewImage(1280, 720)
	defer screen.Deallocate()
	frames(t, g, screen, 2)
	var r place.Report
	if err := json.Unmarshal([]byte(g.TryLayoutJSON()), &r); err != nil {
		t.Fatalf("layout() is not JSON: %v", err)
	}
	if len(r.Labels) == 0 || len(r.Markers) == 0 {
		t.Fatalf("layout() has %d labels and %d markers; the neuron scene shows both", len(r.Labels), len(r.Markers))
	}
	axis := false
	for _, l := range r.Labels {
		axis = axis || l.Text == "x₁"
		if l.Box[0] < 0 || l.Box[2] > 1280 || l.Box[1] < 0 || l.Box[3] > 720 {
			t.Errorf("label %q at %v is outside the 1280×720 CSS-pixel window", l.Text, l.Box)
		}
	}
	if !axis {
		t.Errorf("the plane's axis name x₁ is not in the report: %+v", r.Labels)
	}
	if o := place.Overlaps(r); len(o) > 0 {
		t.Errorf("the neuron scene's first frame covers data: %v", o)
	}
}
