package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
)

// BulkMarkers is the number of points above which a scene should draw its
// markers with a MarkerSet: one vector fill per marker is fine for a
// lecture's dozens of points, but ten thousand of them took a software
// renderer (a classroom PC's browser) most of a second per frame.
const BulkMarkers = 500

// MarkerSet draws many markers quickly: both classes' markers are drawn
// once into a small image and every point is a copy of one of them, all
// in one batched draw. Prepare it in Update.
type MarkerSet struct {
	r    float64
	th   *Theme
	half float64
	img  *ebiten.Image // class −1's marker, then class +1's, side by side
	vs   []ebiten.Vertex
	is   []uint16
	seen []uint8 // per pixel of the last Draw's target: classes drawn centred there
}

// Prepare makes the markers for radius r (pixels) in theme th, unless they
// are already made.
func (m *MarkerSet) Prepare(r float64, th *Theme) {
	if m.img != nil && m.r == r && m.th == th {
		return
	}
	if m.img != nil {
		m.img.Deallocate()
		m.img = nil
	}
	m.r, m.th = r, th
	if !(r > 0) || r > 1000 {
		return
	}
	o := math.Max(1.5, r*0.22)
	m.half = math.Ceil(r+o) + 1
	size := 2 * m.half
	m.img = ebiten.NewImage(int(2*size), int(size))
	Marker(m.img, m.half, m.half, r, -1, th)
	Marker(m.img, size+m.half, m.half, r, 1, th)
}

// Draw draws the marker of each point pts[i] centred at (xy[2i], xy[2i+1])
// in pixels, with radius r, as Marker would; unless prepared for r and th,
// it uses Marker (stamps beyond BulkMarkers points).
func (m *MarkerSet) Draw(dst *ebiten.Image, xy []float64, pts []engine.Point, r float64, th *Theme) {
	n := min(len(pts), len(xy)/2)
	if m.img == nil || m.th != th || m.r != r {
		if n > BulkMarkers { // not prepared for r: stamps, never a fill per point
			drawMarkersBulk(dst, xy[:2*n], pts[:n], r, th)
			return
		}
		for i := range n {
			Marker(dst, xy[2*i], xy[2*i+1], r, pts[i].Y, th)
		}
		return
	}
	size := float32(2 * m.half)
	vs, is := m.vs[:0], m.is[:0]
	op := &ebiten.DrawTrianglesOptions{Filter: ebiten.FilterLinear}
	// A marker of the same class centred in the same small cell as one already
	// drawn would change nothing: points that a network maps to the same
	// place (hidden space saturates) are drawn once.
	b := dst.Bounds()
	cell, w, h, seen := cells(b, m.half, &m.seen)
	for i := range n {
		x, y := xy[2*i], xy[2*i+1]
		if !finite4(x, y, 0, 0) {
			continue
		}
		bit := uint8(1)
		if pts[i].Y > 0 {
			bit = 2
		}
		if px, py := (int(x)-b.Min.X)/cell, (int(y)-b.Min.Y)/cell; x >= 0 && y >= 0 && px >= 0 && py >= 0 && px < w && py < h {
			k := py*w + px
			if seen[k]&bit != 0 {
				continue
			}
			seen[k] |= bit
		}
		if len(vs)+4 > math.MaxUint16 {
			dst.DrawTriangles(vs, is, m.img, op)
			vs, is = vs[:0], is[:0]
		}
		var sx float32
		if pts[i].Y > 0 {
			sx = size
		}
		x0, y0 := float32(x-m.half), float32(y-m.half)
		vs, is = appendSprite(vs, is, x0, y0, sx, size)
	}
	if len(is) > 0 {
		dst.DrawTriangles(vs, is, m.img, op)
	}
	m.vs, m.is = vs, is
}

// appendSprite appends one quad that copies the size×size cell at (sx, 0)
// of a marker sheet to (x0, y0): the batched markers of both MarkerSet
// and ClassMarkerSet are made of these.
func appendSprite(vs []ebiten.Vertex, is []uint16, x0, y0, sx, size float32) ([]ebiten.Vertex, []uint16) {
	base := uint16(len(vs))
	vs = append(vs,
		ebiten.Vertex{DstX: x0, DstY: y0, SrcX: sx, SrcY: 0, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
		ebiten.Vertex{DstX: x0 + size, DstY: y0, SrcX: sx + size, SrcY: 0, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
		ebiten.Vertex{DstX: x0, DstY: y0 + size, SrcX: sx, SrcY: size, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
		ebiten.Vertex{DstX: x0 + size, DstY: y0 + size, SrcX: sx + size, SrcY: size, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
	)
	return vs, append(is, base, base+1, base+2, base+1, base+3, base+2)
}
