package ui

import (
	"bytes"
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// A batch of segments (and so Line, which draws through one) draws the
// picture vector.StrokeLine draws segment by segment, and FillRect the
// one vector.DrawFilledRect draws,
// crossings and a translucent colour included, and refilling it allocates
// nothing once its buffers have grown.
func TestSegmentsDrawAsLines(t *testing.T) {
	const w, h = 96, 80
	clr := color.RGBA{0x50, 0x60, 0x70, 0xa0} // premultiplied, translucent
	var segs [][4]float64
	for i := range 40 {
		a := float64(i) * 0.37
		cx, cy := 48+30*math.Cos(a), 40+30*math.Sin(a)
		segs = append(segs, [4]float64{cx, cy, 48 + 20*math.Cos(3*a), 40 + 20*math.Sin(2*a)})
	}
	segs = append(segs, [4]float64{10, 10, 10, 10}, [4]float64{math.NaN(), 0, 5, 5}) // no length, not finite
	var b Segments
	onGame(func() {
		one, batch := blackPair(w, h)
		for _, s := range segs {
			if finite4(s[0], s[1], s[2], s[3]) {
				vector.StrokeLine(one, float32(s[0]), float32(s[1]), float32(s[2]), float32(s[3]), 1.7, clr, false)
			}
			b.Add(s[0], s[1], s[2], s[3], 1.7)
		}
		if b.Len() != 40 {
			t.Errorf("%d segments in the batch, want the 40 drawable ones", b.Len())
		}
		b.Draw(batch, clr)
		// Rectangles: FillRect against vector.DrawFilledRect.
		for i := range 6 {
			r := Rect{X: 3.3 + float64(i)*13.7, Y: 60.6 - float64(i)*9.1, W: 10.45, H: 7.3 + float64(i)}
			vector.DrawFilledRect(one, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), clr, false)
			FillRect(batch, r, clr)
		}
		p1, p2 := make([]byte, 4*w*h), make([]byte, 4*w*h)
		one.ReadPixels(p1)
		batch.ReadPixels(p2)
		if !bytes.Equal(p1, p2) {
			n := 0
			for i := range p1 {
				if p1[i] != p2[i] {
					n++
				}
			}
			t.Errorf("the batch differs from StrokeLine's picture in %d bytes", n)
		}
		if n := testing.AllocsPerRun(20, func() {
			b.Reset()
			for _, s := range segs {
				b.Add(s[0], s[1], s[2], s[3], 1.7)
			}
		}); n != 0 {
			t.Errorf("refilling the batch: %g allocations", n)
		}
	})
}

// A batch of dashes (AddDashed) draws DashedLine's picture, dash for
// dash, in one call: a plot's dashed curve (a thousand short segments of
// a test loss) was some two thousand draw calls.
func TestSegmentsDrawAsDashedLines(t *testing.T) {
	const w, h = 96, 80
	clr := color.RGBA{0x30, 0x50, 0x20, 0xc0}
	var b Segments
	onGame(func() {
		one, batch := blackPair(w, h)
		x, y := 3.0, 40.0
		for i := range 120 {
			// Short segments along a curve (as a thinned plot's), some
			// shorter than a dash, some no longer than a hundredth of a
			// pixel, and one not finite.
			nx, ny := x+0.7+0.01*float64(i%3), 40+30*math.Sin(float64(i)*0.11)
			if i%17 == 5 {
				nx, ny = x+0.004, y
			}
			if i == 60 {
				nx = math.NaN()
			}
			DashedLine(one, x, y, nx, ny, 2.2, 5, clr)
			b.AddDashed(x, y, nx, ny, 2.2, 5)
			if !math.IsNaN(nx) {
				x, y = nx, ny
			}
		}
		b.Draw(batch, clr)
		if same, blank := samePixels(one, batch); !same || blank {
			t.Errorf("the batch of dashes differs from DashedLine's picture (blank %v)", blank)
		}
	})
}

// StrokeRect draws in one call the picture of its four sides filled one
// by one (fillRect), translucent, at fractional places, and for outlines
// too small to have sides left and right.
func TestStrokeRectAsItsFourSides(t *testing.T) {
	const w, h = 96, 80
	clr := color.RGBA{0x40, 0x20, 0x60, 0x90}
	onGame(func() {
		sides, one := blackPair(w, h)
		for i := range 12 {
			r := Rect{X: 2.3 + float64(i)*7.1, Y: 3.6 + float64(i)*5.3, W: 4.7 + float64(i%5)*6.2, H: 0.8 + float64(i%4)*9.4}
			lw := 0.7 + float64(i%3)*1.3
			p := paintOf(clr)
			hw := lw / 2
			x0, y0, x1, y1 := r.X-hw, r.Y-hw, r.Right()+hw, r.Bottom()+hw
			fillRect(sides, Rect{x0, y0, x1 - x0, lw}, p)
			fillRect(sides, Rect{x0, y1 - lw, x1 - x0, lw}, p)
			fillRect(sides, Rect{x0, y0 + lw, lw, y1 - y0 - 2*lw}, p)
			fillRect(sides, Rect{x1 - lw, y0 + lw, lw, y1 - y0 - 2*lw}, p)
			StrokeRect(one, r, lw, clr)
		}
		if same, _ := samePixels(sides, one); !same {
			t.Error("StrokeRect differs from its four sides drawn one by one")
		}
		if n := testing.AllocsPerRun(20, func() { StrokeRect(one, Rect{X: 3, Y: 4, W: 20, H: 10}, 1.5, clr) }); n != 0 {
			t.Errorf("StrokeRect: %g allocations", n)
		}
	})
}

// blackPair returns two black w×h images of their own (not in an atlas,
// where their offsets would round the edges of the quads differently),
// for a picture drawn two ways.
func blackPair(w, h int) (a, b *ebiten.Image) {
	own := &ebiten.NewImageOptions{Unmanaged: true}
	a, b = ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own), ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own)
	a.Fill(color.Black)
	b.Fill(color.Black)
	return a, b
}

// Line and FillRect draw without allocating (vector.StrokeLine and
// DrawFilledRect, which they replace, allocated a path each time).
func TestLineDoesNotAllocate(t *testing.T) {
	onGame(func() {
		img := ebiten.NewImage(64, 64)
		var c color.Color = color.RGBA{0xff, 0xee, 0xdd, 0xff} // a theme's colour, already an interface
		for range 10 {
			Line(img, 1, 2, 40, 50, 2, c)
		}
		if n := testing.AllocsPerRun(100, func() { Line(img, 1, 2, 40, 50, 2, c) }); n != 0 {
			t.Errorf("Line: %g allocations", n)
		}
		if n := testing.AllocsPerRun(100, func() { FillRect(img, Rect{X: 1, Y: 2, W: 30, H: 20}, c) }); n != 0 {
			t.Errorf("FillRect: %g allocations", n)
		}
	})
}
