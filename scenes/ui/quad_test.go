package ui

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// TestPrimitivesDrawAsEbitensVector: Line, FillRect and StrokeRect draw
// their quads themselves (without a vector.Path per call, which
// allocates), and must put the same pixels on the screen as Ebiten's
// vector.StrokeLine, DrawFilledRect and StrokeRect, opaque and
// translucent (StrokeRect only opaque: Ebiten's translucent outline blends
// its corner pixels twice, ours once).
func TestPrimitivesDrawAsEbitensVector(t *testing.T) {
	const w, h = 96, 80
	colors := []color.RGBA{{0xe6, 0x9f, 0x00, 0xff}, {0x56, 0xb4, 0xe9, 0x80}}
	type pair struct {
		name       string
		ours, them func(dst *ebiten.Image, c color.RGBA)
	}
	cases := []pair{
		{"line", func(d *ebiten.Image, c color.RGBA) { Line(d, 10.3, 12.7, 80.2, 61.9, 3.5, c) },
			func(d *ebiten.Image, c color.RGBA) { vector.StrokeLine(d, 10.3, 12.7, 80.2, 61.9, 3.5, c, false) }},
		{"vertical line", func(d *ebiten.Image, c color.RGBA) { Line(d, 40, 5, 40, 70, 2.5, c) },
			func(d *ebiten.Image, c color.RGBA) { vector.StrokeLine(d, 40, 5, 40, 70, 2.5, c, false) }},
		{"fill", func(d *ebiten.Image, c color.RGBA) { FillRect(d, Rect{7.5, 9.25, 50.5, 33}, c) },
			func(d *ebiten.Image, c color.RGBA) { vector.DrawFilledRect(d, 7.5, 9.25, 50.5, 33, c, false) }},
		{"stroke", func(d *ebiten.Image, c color.RGBA) { StrokeRect(d, Rect{12, 10, 60, 50}, 2, c) },
			func(d *ebiten.Image, c color.RGBA) { vector.StrokeRect(d, 12, 10, 60, 50, 2, c, false) }},
	}
	onGame(func() {
		a, b := ebiten.NewImage(w, h), ebiten.NewImage(w, h)
		defer a.Deallocate()
		defer b.Deallocate()
		pa, pb := make([]byte, 4*w*h), make([]byte, 4*w*h)
		for _, cs := range cases {
			for _, c := range colors {
				if cs.name == "stroke" && c.A != 0xff {
					continue
				}
				a.Fill(color.RGBA{0x20, 0x20, 0x20, 0xff})
				b.Fill(color.RGBA{0x20, 0x20, 0x20, 0xff})
				cs.ours(a, c)
				cs.them(b, c)
				a.ReadPixels(pa)
				b.ReadPixels(pb)
				diff, painted := compareBytes(pa, pb, 0x20)
				if painted == 0 {
					t.Errorf("%s %v: Ebiten's vector drew nothing to compare with", cs.name, c)
				}
				if diff > 0 {
					t.Errorf("%s %v: %d bytes differ from Ebiten's vector", cs.name, c, diff)
				}
			}
		}
	})
}

// TestPolygonFillsAsEbitensVector: Polygon builds its fan itself and must
// fill the same pixels as a closed vector.Path, for a convex and a
// concave polygon.
func TestPolygonFillsAsEbitensVector(t *testing.T) {
	const w, h = 96, 80
	polys := [][]float64{
		{10, 10, 80, 14.5, 70.25, 66, 12, 60},
		{8, 8, 88, 8, 50, 30, 86, 72, 9, 70},
	}
	onGame(func() {
		a, b := ebiten.NewImage(w, h), ebiten.NewImage(w, h)
		defer a.Deallocate()
		defer b.Deallocate()
		pa, pb := make([]byte, 4*w*h), make([]byte, 4*w*h)
		for _, xy := range polys {
			for _, c := range []color.RGBA{{0xe6, 0x9f, 0x00, 0xff}, {0x56, 0xb4, 0xe9, 0x80}} {
				a.Clear()
				b.Clear()
				Polygon(a, xy, c)
				var p vector.Path
				p.MoveTo(float32(xy[0]), float32(xy[1]))
				for i := 2; i+1 < len(xy); i += 2 {
					p.LineTo(float32(xy[i]), float32(xy[i+1]))
				}
				p.Close()
				vs, is := p.AppendVerticesAndIndicesForFilling(nil, nil)
				fillVertices(b, vs, is, c)
				a.ReadPixels(pa)
				b.ReadPixels(pb)
				diff, painted := compareBytes(pa, pb, 0)
				if painted == 0 || diff > 0 {
					t.Errorf("polygon %v %v: %d bytes differ of %d painted", xy, c, diff, painted)
				}
			}
		}
	})
}

// compareBytes counts the bytes of RGBA pixels where ours and theirs
// differ, and the colour bytes of theirs that are not the background's
// bg (what was painted).
func compareBytes(ours, theirs []byte, bg byte) (diff, painted int) {
	for i := range ours {
		if ours[i] != theirs[i] {
			diff++
		}
		if theirs[i] != bg && i%4 != 3 {
			painted++
		}
	}
	return diff, painted
}
