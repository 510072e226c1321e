package ui

import (
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Disc and Annulus put the pixels Ebiten's vector circles put, but for
// some along the edges (a polygon of many sides against the path's
// curves: fewer than one pixel in four of their length), and draw without
// allocating.
func TestDiscAndAnnulusDrawAsEbitensVector(t *testing.T) {
	const w, h = 120, 120
	c := color.RGBA{0xe6, 0x9f, 0x00, 0xff}
	cases := []struct {
		name       string
		ours, them func(dst *ebiten.Image)
		edge       float64 // the length of the edges, where pixels may differ
	}{
		{"disc", func(d *ebiten.Image) { Disc(d, 60.3, 58.7, 40.5, c) },
			func(d *ebiten.Image) { vector.DrawFilledCircle(d, 60.3, 58.7, 40.5, c, false) }, 2 * math.Pi * 40.5},
		{"small disc", func(d *ebiten.Image) { Disc(d, 20, 20, 9, c) },
			func(d *ebiten.Image) { vector.DrawFilledCircle(d, 20, 20, 9, c, false) }, 2 * math.Pi * 9},
		{"annulus", func(d *ebiten.Image) { Annulus(d, 60, 60, 44, 5, c) },
			func(d *ebiten.Image) { vector.StrokeCircle(d, 60, 60, 44, 5, c, false) }, 2 * math.Pi * (41.5 + 46.5)},
	}
	onGame(func() {
		a, b := ebiten.NewImage(w, h), ebiten.NewImage(w, h)
		defer a.Deallocate()
		defer b.Deallocate()
		pa, pb := make([]byte, 4*w*h), make([]byte, 4*w*h)
		for _, cs := range cases {
			a.Clear()
			b.Clear()
			cs.ours(a)
			cs.them(b)
			a.ReadPixels(pa)
			b.ReadPixels(pb)
			diff, painted := 0, 0
			for i := 3; i < len(pa); i += 4 {
				if pb[i] != 0 {
					painted++
				}
				if pa[i] != pb[i] {
					diff++
				}
			}
			t.Logf("%s: %d of %d pixels differ", cs.name, diff, painted)
			if painted == 0 || float64(diff) > cs.edge/4 {
				t.Errorf("%s: %d of the %d pixels Ebiten paints differ (the edges are %.0f px long)", cs.name, diff, painted, cs.edge)
			}
		}
		// Far fewer allocations than Ebiten's vector circles, which
		// build a path each call (what is left is Ebiten's command queue
		// growing, as it does within one frame).
		pc := &c
		ours := testing.AllocsPerRun(20, func() { Disc(a, 60, 60, 40, pc); Annulus(a, 60, 60, 40, 4, pc) })
		theirs := testing.AllocsPerRun(20, func() {
			vector.DrawFilledCircle(a, 60, 60, 40, pc, false)
			vector.StrokeCircle(a, 60, 60, 40, 4, pc, false)
		})
		t.Logf("a disc and a ring: %g allocations, Ebiten's vector %g", ours, theirs)
		if ours > 2 || ours*4 > theirs {
			t.Errorf("a disc and a ring allocate %g times, Ebiten's vector %g", ours, theirs)
		}
	})
}
