package ui

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui/place"
)

// DashedLine draws its dashes as one batch, one draw call rather than
// one a dash, and the batch is the picture Line draws dash by dash:
// across the axes, on a diagonal, translucent, with a last dash cut
// short and one too short for Line to draw.
func TestDashedLineIsItsDashesInOneBatch(t *testing.T) {
	const w, h = 120, 90
	clr := color.RGBA{0x40, 0x70, 0x30, 0xb0} // premultiplied, translucent
	// x0, y0, x1, y1, width, dash
	lines := [][6]float64{
		{4, 10, 116, 10, 2, 8},
		{7.3, 85.1, 113.7, 3.9, 3.4, 6.5},
		{60, 2, 60.5, 88, 1.5, 4},
		{10, 50, 10 + 2*7 + 0.005, 50, 2, 7}, // the last dash 0.005 long
	}
	onGame(func() {
		one, batch := imagePair(w, h)
		one.Fill(color.Black)
		batch.Fill(color.Black)
		for _, l := range lines {
			x0, y0, x1, y1, lw, dash := l[0], l[1], l[2], l[3], l[4], l[5]
			n := 0
			ux, uy, length, _ := segment(x0, y0, x1, y1, 0)
			for s := 0.0; s < length; s += 2 * dash {
				e := math.Min(s+dash, length)
				Line(one, x0+ux*s, y0+uy*s, x0+ux*e, y0+uy*e, lw, clr)
				if e-s > 1e-2 {
					n++
				}
			}
			DashedLine(batch, x0, y0, x1, y1, lw, dash, clr)
			if dashes.Len() != n {
				t.Errorf("line %v: %d dashes in the batch, want %d", l, dashes.Len(), n)
			}
		}
		if same, blank := samePixels(one, batch); !same || blank {
			t.Errorf("the batched dashes differ from Line's (same %v, blank %v)", same, blank)
		}
	})
}

// StrokeRect's four sides, one draw call, are the picture FillRect makes
// side by side, in a translucent colour too (quad_test.go holds an opaque
// one to vector.StrokeRect), and for a rectangle narrower than its line.
func TestStrokeRectIsItsSides(t *testing.T) {
	const w, h = 100, 80
	clr := color.RGBA{0x30, 0x20, 0x60, 0x90}
	rects := []struct {
		r  Rect
		lw float64
	}{{Rect{10.3, 8.6, 50.2, 30.7}, 2.5}, {Rect{70, 50, 1.5, 20}, 4}}
	onGame(func() {
		one, batch := imagePair(w, h)
		one.Fill(color.Black)
		batch.Fill(color.Black)
		for _, x := range rects {
			r, lw := x.r, x.lw
			x0, y0, x1, y1 := r.X-lw/2, r.Y-lw/2, r.Right()+lw/2, r.Bottom()+lw/2
			for _, s := range []Rect{{x0, y0, x1 - x0, lw}, {x0, y1 - lw, x1 - x0, lw}, {x0, y0 + lw, lw, y1 - y0 - 2*lw}, {x1 - lw, y0 + lw, lw, y1 - y0 - 2*lw}} {
				FillRect(one, s, clr)
			}
			StrokeRect(batch, r, lw, clr)
		}
		if same, blank := samePixels(one, batch); !same || blank {
			t.Errorf("StrokeRect differs from its sides filled one by one (same %v, blank %v)", same, blank)
		}
	})
}

// RowText and RowBytes queue a row's cells and DrawRow draws them: the
// picture DrawText and DrawBytes make cell by cell, with a cell with
// markup among them (drawn at once, after the cells before it).
func TestRowTextDrawsAsCells(t *testing.T) {
	const w, h = 320, 50
	onGame(func() {
		one, batch := imagePair(w, h)
		dim := color.RGBA{0x60, 0x60, 0x60, 0xff}
		DrawText(one, "θ", 20, 12.2, 17, color.White, AlignCenter)
		DrawBytes(one, []byte("−0.0888"), 90.3, 12.2, 16, dim, AlignCenter)
		DrawText(one, "θ_{j}^{[2]}", 160, 12.2, 17, color.White, AlignCenter)
		DrawBytes(one, []byte("1.25"), 300, 12.2, 15, color.White, AlignRight)
		RowText(batch, "θ", 20, 12.2, 17, color.White, AlignCenter)
		RowBytes(batch, []byte("−0.0888"), 90.3, 12.2, 16, dim, AlignCenter)
		RowText(batch, "θ_{j}^{[2]}", 160, 12.2, 17, color.White, AlignCenter)
		RowBytes(batch, []byte("1.25"), 300, 12.2, 15, color.White, AlignRight)
		if len(tableRow.items) != 1 {
			t.Errorf("%d cells queued after the one with markup, want 1", len(tableRow.items))
		}
		DrawRow(batch)
		if same, blank := samePixels(one, batch); !same || blank {
			t.Errorf("the row differs from its cells drawn one by one (same %v, blank %v)", same, blank)
		}
	})
}

// The grid's lines, axes and numbers, drawn in three batches, are the
// picture its pieces make drawn one by one with Line and DrawText, for
// a plane with points whose numbers move aside.
func TestGridIsItsPiecesInBatches(t *testing.T) {
	pts := []engine.Point{{X: [2]float64{1, 0.05}, Y: 1}, {X: [2]float64{-0.05, -1}, Y: -1}}
	onGame(func() {
		c := &Context{Theme: Dark, Scale: 1.5, Bounds: Rect{0, 0, 400, 300}}
		p := NewPlane(0.3, -0.2, 2)
		p.Layout(Rect{10.5, 8.25, 380, 280})
		one, batch := imagePair(400, 300)
		c.SetLayout(&place.Report{})
		p.DrawGridAvoiding(batch, c, pts)

		th := c.Theme
		FillRect(one, p.Rect, th.Background)
		step, ystep := p.gridSteps()
		for x := math.Ceil(p.XMin/step) * step; x <= p.XMax; x += step {
			sx, _ := p.ToScreen([2]float64{x, 0})
			Line(one, sx, p.Rect.Y, sx, p.Rect.Bottom(), 1, th.Grid)
		}
		for y := math.Ceil(p.YMin/ystep) * ystep; y <= p.YMax; y += ystep {
			_, sy := p.ToScreen([2]float64{0, y})
			Line(one, p.Rect.X, sy, p.Rect.Right(), sy, 1, th.Grid)
		}
		ax, ay := p.axes()
		Line(one, p.Rect.X, ay, p.Rect.Right(), ay, c.Px(1.5), th.Axis)
		Line(one, ax, p.Rect.Y, ax, p.Rect.Bottom(), c.Px(1.5), th.Axis)
		names := p.AxisLabels(c, pts)
		n := 0
		p.eachTick(c, pts, names, true, nil, func(s string, b place.Box) {
			DrawText(one, s, b.X0, b.Y0, c.Px(TextMin), th.TextDim, AlignLeft)
			n++
		})
		for _, a := range names {
			DrawText(one, a.Text, a.Box.X0, a.Box.Y0, axisNamePx(c, a.Box), th.TextDim, AlignLeft)
		}
		if n == 0 {
			t.Fatal("the grid has no numbers")
		}
		if same, blank := samePixels(one, batch); !same || blank {
			t.Errorf("the batched grid differs from its pieces drawn one by one (same %v, blank %v)", same, blank)
		}
	})
}

// imagePair is two w×h images of their own (not in an atlas, where their
// offsets would round edges differently): one drawn piece by piece, the
// other in batches.
func imagePair(w, h int) (one, batch *ebiten.Image) {
	own := &ebiten.NewImageOptions{Unmanaged: true}
	return ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own), ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own)
}
