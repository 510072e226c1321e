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
	sheet         // class −1's marker, then class +1's, side by side
	seen  []uint8 // per pixel of the last Draw's target: classes drawn centred there
}

// Prepare makes the markers for radius r (pixels) in theme th, unless they
// are already made.
func (m *MarkerSet) Prepare(r float64, th *Theme) {
	half := math.Ceil(r+math.Max(1.5, r*0.22)) + 1
	m.prepare(r, th, half, 2, func(img *ebiten.Image, i int, cx, cy float64) {
		Marker(img, cx, cy, r, 2*i-1, th)
	})
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
		m.stamp(dst, x, y, int(bit-1))
	}
	m.flush(dst)
}

// sheet is a strip of marker cells drawn once for a radius and a theme,
// which the batched marker sets (MarkerSet, ClassMarkerSet) copy: one quad
// a point, all in one draw.
type sheet struct {
	r    float64
	th   *Theme
	half float64 // half a cell's side
	img  *ebiten.Image
	vs   []ebiten.Vertex
	is   []uint16
	op   ebiten.DrawTrianglesOptions
}

// prepare draws the sheet for radius r and theme th, unless it is drawn
// for them: n cells of side 2·half in a row, cell i drawn by draw around
// its centre (cx, cy). For a radius that is not a usable size it holds
// no image.
func (s *sheet) prepare(r float64, th *Theme, half float64, n int, draw func(img *ebiten.Image, i int, cx, cy float64)) {
	if s.img != nil && s.r == r && s.th == th {
		return
	}
	if s.img != nil {
		s.img.Deallocate()
		s.img = nil
	}
	s.r, s.th = r, th
	if !(r > 0) || r > 1000 {
		return
	}
	s.half = half
	size := 2 * half
	s.img = ebiten.NewImage(int(size*float64(n)), int(size))
	s.op.Filter = ebiten.FilterLinear
	for i := range n {
		draw(s.img, i, float64(i)*size+half, half)
	}
}

// stamp queues a copy of cell k centred at (x, y), drawing what is
// queued into dst first when a batch is full.
func (s *sheet) stamp(dst *ebiten.Image, x, y float64, k int) {
	if len(s.vs)+4 > math.MaxUint16 {
		s.flush(dst)
	}
	size := float32(2 * s.half)
	s.vs, s.is = appendSprite(s.vs, s.is, float32(x-s.half), float32(y-s.half), float32(k)*size, size)
}

// flush draws the queued copies into dst and empties the queue, keeping
// its buffers.
func (s *sheet) flush(dst *ebiten.Image) {
	if len(s.is) > 0 {
		dst.DrawTriangles(s.vs, s.is, s.img, &s.op)
	}
	s.vs, s.is = s.vs[:0], s.is[:0]
}

// appendSprite appends one quad that copies the size×size cell at (sx, 0)
// of a marker sheet to (x0, y0).
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
