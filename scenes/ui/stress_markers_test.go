package ui

import (
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
)

// TestMarkerSetDrawsLikeMarker draws the two classes' markers with Marker
// and with a prepared MarkerSet: the pixels at and around the centre and
// well outside the marker agree, and a NaN position is skipped.
func TestMarkerSetDrawsLikeMarker(t *testing.T) {
	const r = 9.0
	pts := []engine.Point{{Y: 1}, {Y: -1}, {Y: 1}}
	xy := []float64{20, 20, 60, 20, math.NaN(), 5}
	var ms MarkerSet
	onGame(func() {
		a, b := ebiten.NewImage(80, 40), ebiten.NewImage(80, 40)
		defer a.Deallocate()
		defer b.Deallocate()
		Marker(a, 20, 20, r, 1, Dark)
		Marker(a, 60, 20, r, -1, Dark)
		ms.Prepare(r, Dark)
		ms.Draw(b, xy, pts, r, Dark)
		for _, p := range [][2]int{{20, 20}, {24, 17}, {60, 20}, {55, 24}, {20, 35}, {40, 20}, {75, 5}} {
			ca, cb := a.At(p[0], p[1]).(color.RGBA), b.At(p[0], p[1]).(color.RGBA)
			if d := max(absDiff(ca.R, cb.R), absDiff(ca.G, cb.G), absDiff(ca.B, cb.B), absDiff(ca.A, cb.A)); d > 8 {
				t.Errorf("pixel %v: Marker %v, MarkerSet %v", p, ca, cb)
			}
		}
	})
	// Unprepared for this radius it falls back to Marker: nothing is lost.
	onGame(func() {
		img := ebiten.NewImage(40, 40)
		defer img.Deallocate()
		ms.Draw(img, []float64{20, 20}, pts[:1], 5, Dark)
		if c := img.At(20, 20).(color.RGBA); c.A == 0 {
			t.Error("fallback drew nothing")
		}
	})
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}
