package ui

import (
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Circle, Ring and StrokeRect draw into buffers kept between calls: a
// marker, a highlight ring or a box drawn every frame leaves no garbage.
func TestCircleRingStrokeRectDoNotAllocate(t *testing.T) {
	onGame(func() {
		img := ebiten.NewImage(128, 128)
		defer img.Deallocate()
		var c color.Color = color.RGBA{0x56, 0xb4, 0xe9, 0xff} // a theme's colour, already an interface
		draws := []struct {
			name string
			f    func()
		}{
			{"Circle", func() { Circle(img, 40, 50, 12.5, c) }},
			{"Ring", func() { Ring(img, 64, 64, 30, 2.5, c) }},
			{"StrokeRect", func() { StrokeRect(img, Rect{X: 3, Y: 4, W: 50, H: 30}, 2, c) }},
			{"Marker", func() { Marker(img, 30, 30, 7, 1, Dark) }},
		}
		for _, d := range draws {
			d.f() // buffers grown once
			if n := testing.AllocsPerRun(100, d.f); n != 0 {
				t.Errorf("%s: %g allocations per call", d.name, n)
			}
		}
	})
}

// TestCircleAndRingAreRound: the polygons stand for circles. A pixel is
// painted when its centre is inside the disc (or the ring's band) but for
// pixels whose centre lies within a tenth of a pixel of an edge, and the
// picture is no further from the round shape than Ebiten's
// vector.DrawFilledCircle and StrokeCircle, which the kit drew before.
func TestCircleAndRingAreRound(t *testing.T) {
	const size = 128
	const cx, cy = 63.3, 61.7
	type shape struct {
		name   string
		r, w   float64
		ours   func(dst *ebiten.Image, c color.Color)
		theirs func(dst *ebiten.Image, c color.Color)
	}
	var shapes []shape
	for _, r := range []float64{3, 7.5, 20, 55} {
		shapes = append(shapes, shape{
			name:   "circle",
			r:      r,
			ours:   func(d *ebiten.Image, c color.Color) { Circle(d, cx, cy, r, c) },
			theirs: func(d *ebiten.Image, c color.Color) { vector.DrawFilledCircle(d, cx, cy, float32(r), c, false) },
		})
		w := math.Max(1.5, r/5)
		shapes = append(shapes, shape{
			name:   "ring",
			r:      r,
			w:      w,
			ours:   func(d *ebiten.Image, c color.Color) { Ring(d, cx, cy, r, w, c) },
			theirs: func(d *ebiten.Image, c color.Color) { vector.StrokeCircle(d, cx, cy, float32(r), float32(w), c, false) },
		})
	}
	onGame(func() {
		a, b := ebiten.NewImage(size, size), ebiten.NewImage(size, size)
		defer a.Deallocate()
		defer b.Deallocate()
		pa, pb := make([]byte, 4*size*size), make([]byte, 4*size*size)
		c := color.RGBA{0xe6, 0x9f, 0x00, 0xff}
		for _, s := range shapes {
			a.Clear()
			b.Clear()
			s.ours(a, c)
			s.theirs(b, c)
			a.ReadPixels(pa)
			b.ReadPixels(pb)
			ours, theirs, inside := 0, 0, 0
			for i := 0; i < len(pa); i += 4 {
				x, y := float64(i/4%size)+0.5, float64(i/4/size)+0.5
				d := math.Hypot(x-cx, y-cy)
				in, edge := d < s.r, math.Abs(d-s.r)
				if s.w > 0 {
					in, edge = math.Abs(d-s.r) < s.w/2, math.Abs(math.Abs(d-s.r)-s.w/2)
				}
				if in {
					inside++
				}
				if (pa[i+3] != 0) != in {
					ours++
					if edge > 0.1 {
						t.Errorf("%s r=%g w=%g: pixel (%g, %g), %.2f px from the edge, painted=%v", s.name, s.r, s.w, x, y, edge, pa[i+3] != 0)
					}
				}
				if (pb[i+3] != 0) != in {
					theirs++
				}
			}
			if inside == 0 {
				t.Errorf("%s r=%g: no pixel inside", s.name, s.r)
			}
			if ours > theirs {
				t.Errorf("%s r=%g w=%g: %d pixels differ from the round shape, Ebiten's vector %d", s.name, s.r, s.w, ours, theirs)
			}
		}
	})
}

// A translucent disc or ring is blended once at every pixel: its
// triangles do not overlap (Ebiten's stroke overlaps at its joins).
func TestTranslucentCircleAndRingAreEven(t *testing.T) {
	const size = 96
	onGame(func() {
		img := ebiten.NewImage(size, size)
		defer img.Deallocate()
		pix := make([]byte, 4*size*size)
		c := color.RGBA{0x2b, 0x5a, 0x74, 0x80}
		for _, draw := range []func(){
			func() { Circle(img, 47.5, 48.2, 30, c) },
			func() { Ring(img, 47.5, 48.2, 30, 6, c) },
			func() { Ring(img, 47.5, 48.2, 4, 10, c) }, // a ring wider than its radius: a disc
		} {
			img.Clear()
			draw()
			img.ReadPixels(pix)
			painted := 0
			for i := 0; i < len(pix); i += 4 {
				if pix[i+3] == 0 {
					continue
				}
				painted++
				if pix[i] != c.R || pix[i+1] != c.G || pix[i+2] != c.B || pix[i+3] != c.A {
					t.Fatalf("pixel %d: %v, not the colour %v blended once", i/4, pix[i:i+4], c)
				}
			}
			if painted == 0 {
				t.Error("nothing painted")
			}
		}
	})
}
