package ui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
)

// Stamps: many copies of one small picture (a class marker, a ring) drawn
// as textured quads in one batched draw, at most one copy per small cell of
// the target. Drawing 100,000 points with one vector fill each queued
// about 17 KB of vertices per point in Ebiten's command queue (1.7 GB
// natively, 830 MB in the page); a quad is 128 bytes, and points that
// fall in the same small cell are drawn once, so a frame's cost is bounded by
// the screen, not by the data.

// stampKey names one picture.
type stampKey struct {
	class int     // a marker's class (0 for a ring)
	r, w  float64 // radius and ring width, pixels
	clr   color.RGBA
	th    *Theme
}

// stamp is a picture and half its side, in pixels.
type stamp struct {
	img  *ebiten.Image
	half float64
}

// stampCache keeps the pictures in use; it is emptied when it holds more
// than maxStamps (a zoom or resize makes new radii).
var (
	stampCache = map[stampKey]stamp{}
	stampBuf   struct {
		vs   []ebiten.Vertex
		is   []uint16
		seen []uint8
	}
)

const maxStamps = 32

func getStamp(k stampKey) (stamp, bool) {
	if s, ok := stampCache[k]; ok {
		return s, s.img != nil
	}
	if !(k.r > 0) || k.r > 200 {
		stampCache[k] = stamp{}
		return stamp{}, false
	}
	if len(stampCache) >= maxStamps {
		for key, s := range stampCache {
			if s.img != nil {
				s.img.Deallocate()
			}
			delete(stampCache, key)
		}
	}
	var s stamp
	if k.th != nil {
		s.half = math.Ceil(k.r+math.Max(1.5, k.r*0.22)) + 1
		s.img = ebiten.NewImage(int(2*s.half), int(2*s.half))
		Marker(s.img, s.half, s.half, k.r, k.class, k.th)
	} else {
		s.half = math.Ceil(k.r+k.w) + 1
		s.img = ebiten.NewImage(int(2*s.half), int(2*s.half))
		Ring(s.img, s.half, s.half, k.r, k.w, k.clr)
	}
	stampCache[k] = s
	return s, true
}

// drawStamps draws s centred at each (xy[2i], xy[2i+1]) that passes keep
// (nil keeps all), once per cell of dst.
func drawStamps(dst *ebiten.Image, s stamp, xy []float64, keep func(i int) bool) {
	b := dst.Bounds()
	cell, w, h, seen := cells(b, s.half, &stampBuf.seen)
	vs, is := stampBuf.vs[:0], stampBuf.is[:0]
	op := &ebiten.DrawTrianglesOptions{Filter: ebiten.FilterLinear}
	size := float32(2 * s.half)
	for i := 0; i+1 < len(xy); i += 2 {
		x, y := xy[i], xy[i+1]
		if !finite4(x, y, 0, 0) || (keep != nil && !keep(i/2)) {
			continue
		}
		px, py := int(math.Floor(x))-b.Min.X, int(math.Floor(y))-b.Min.Y
		if px < -int(s.half) || py < -int(s.half) || px >= b.Dx()+int(s.half) || py >= b.Dy()+int(s.half) {
			continue // wholly outside dst
		}
		if px >= 0 && py >= 0 {
			px, py = px/cell, py/cell
		}
		if px >= 0 && py >= 0 && px < w && py < h {
			if seen[py*w+px] != 0 {
				continue
			}
			seen[py*w+px] = 1
		}
		if len(vs)+4 > math.MaxUint16 {
			dst.DrawTriangles(vs, is, s.img, op)
			vs, is = vs[:0], is[:0]
		}
		x0, y0 := float32(x-s.half), float32(y-s.half)
		base := uint16(len(vs))
		vs = append(vs,
			ebiten.Vertex{DstX: x0, DstY: y0, SrcX: 0, SrcY: 0, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
			ebiten.Vertex{DstX: x0 + size, DstY: y0, SrcX: size, SrcY: 0, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
			ebiten.Vertex{DstX: x0, DstY: y0 + size, SrcX: 0, SrcY: size, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
			ebiten.Vertex{DstX: x0 + size, DstY: y0 + size, SrcX: size, SrcY: size, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
		)
		is = append(is, base, base+1, base+2, base+1, base+3, base+2)
	}
	if len(is) > 0 {
		dst.DrawTriangles(vs, is, s.img, op)
	}
	stampBuf.vs, stampBuf.is = vs, is
}

// cells divides the target b into cells of a third of a picture's half
// side (copies closer than that overlap almost wholly and look the same)
// and returns their size, count across and down, and *buf cleared to
// hold one flag byte per cell.
func cells(b image.Rectangle, half float64, buf *[]uint8) (cell, w, h int, seen []uint8) {
	cell = max(1, int(half/3))
	w, h = b.Dx()/cell+1, b.Dy()/cell+1
	if cap(*buf) < w*h {
		*buf = make([]uint8, w*h)
	}
	seen = (*buf)[:w*h]
	clear(seen)
	return cell, w, h, seen
}

// Rings draws Ring(dst, xy[2i], xy[2i+1], r, w, c) for every i; beyond
// BulkMarkers rings it stamps one picture of the ring (see drawStamps).
func Rings(dst *ebiten.Image, xy []float64, r, w float64, c color.Color) {
	if len(xy)/2 <= BulkMarkers {
		for i := 0; i+1 < len(xy); i += 2 {
			Ring(dst, xy[i], xy[i+1], r, w, c)
		}
		return
	}
	if s, ok := getStamp(stampKey{r: r, w: w, clr: color.RGBAModel.Convert(c).(color.RGBA)}); ok {
		drawStamps(dst, s, xy, nil)
	}
}

// drawMarkersBulk draws the marker of each point at its screen position
// (xy, as Plane.screenXY makes it), as stamps: one batch per class.
func drawMarkersBulk(dst *ebiten.Image, xy []float64, pts []engine.Point, r float64, th *Theme) {
	for _, class := range []int{-1, 1} {
		s, ok := getStamp(stampKey{class: class, r: r, th: th})
		if !ok {
			return
		}
		drawStamps(dst, s, xy, func(i int) bool { return (pts[i].Y > 0) == (class > 0) })
	}
}
