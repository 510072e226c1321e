package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// MaxClassMarkers is the number of class indices ClassColor and ClassMarker
// tell apart: the embedding scene's up to four classes.
const MaxClassMarkers = 4

// ClassColor is the colour of class index k (0…3) of a multi-class data
// set. Classes 0 and 1 are the lecture's −1 and +1 colours, so two-class
// data look as in the other scenes; 2 and 3 take the next Okabe–Ito hues
// of the theme (its first two hidden-unit colours). Each class also has its
// own marker shape (ClassMarker), so colour is never the only cue.
func (t *Theme) ClassColor(k int) color.RGBA {
	c, _ := t.class(k)
	return c
}

// ClassRegion is the light tint of the region a classifier gives class k.
func (t *Theme) ClassRegion(k int) color.RGBA {
	_, r := t.class(k)
	return r
}

// class is class k's colour and its region's tint: the lecture's two
// classes have their own tints, the others a light one of their colour.
func (t *Theme) class(k int) (c, region color.RGBA) {
	switch k {
	case 0:
		return t.ClassNeg, t.RegionNeg
	case 1:
		return t.ClassPos, t.RegionPos
	case 2:
		c = t.Hidden[0]
	default:
		c = t.Hidden[1]
	}
	return c, WithAlpha(c, t.RegionPos.A)
}

// ClassMarker draws the marker of a point of class k (0…3) centred at
// (x, y) with radius r: a square, a circle, a triangle and a diamond, each
// with a dark outline. A held-out (test) point is hollow: its centre shows
// the background.
func ClassMarker(dst *ebiten.Image, x, y, r float64, k int, test bool, th *Theme) {
	o := math.Max(1.5, r*0.22)
	shape(dst, x, y, r+o, k, th.Outline)
	shape(dst, x, y, r, k, th.ClassColor(k))
	if test {
		shape(dst, x, y, r*0.45, k, th.Background)
	}
}

// shape fills class k's marker shape of radius r.
func shape(dst *ebiten.Image, x, y, r float64, k int, c color.Color) {
	switch k {
	case 0:
		s := r * 0.9
		FillRect(dst, Rect{x - s, y - s, 2 * s, 2 * s}, c)
	case 1:
		Circle(dst, x, y, r, c)
	case 2:
		h := r * 1.25
		Polygon(dst, []float64{x, y - h, x + h*0.95, y + h*0.62, x - h*0.95, y + h*0.62}, c)
	default:
		h := r * 1.25
		Polygon(dst, []float64{x, y - h, x + h, y, x, y + h, x - h, y}, c)
	}
}

// ClassMarkerSet draws many class markers quickly: the eight markers (four
// classes, trained and held out) are drawn once into a small image and
// every point is a copy of one of them, in one batched draw. Prepare it in
// Update (or lazily in Draw: it only redraws when r or the theme changed).
type ClassMarkerSet struct {
	sheet // the four classes' markers, then the same held out
}

// Prepare makes the markers for radius r (pixels) in theme th, unless they
// are already made.
func (m *ClassMarkerSet) Prepare(r float64, th *Theme) {
	half := math.Ceil(r*1.25+math.Max(1.5, r*0.22)) + 2
	m.prepare(r, th, half, 2*MaxClassMarkers, func(img *ebiten.Image, i int, cx, cy float64) {
		ClassMarker(img, cx, cy, r, i%MaxClassMarkers, i >= MaxClassMarkers, th)
	})
}

// Draw draws marker kinds[i] (class + MaxClassMarkers for a held-out point)
// centred at (xy[2i], xy[2i+1]), skipping non-finite positions. It does not
// allocate once its buffers have grown.
func (m *ClassMarkerSet) Draw(dst *ebiten.Image, xy []float64, kinds []uint8) {
	if m.img == nil {
		return
	}
	n := min(len(kinds), len(xy)/2)
	for i := range n {
		x, y := xy[2*i], xy[2*i+1]
		if !finite4(x, y, 0, 0) {
			continue
		}
		m.stamp(dst, x, y, int(kinds[i]%(2*MaxClassMarkers)))
	}
	m.flush(dst)
}
