package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Segments is a batch of straight line segments of one colour drawn with
// one draw call per 16,384 segments, the same quads Line draws (butt
// ends), in buffers kept between frames: many short lines (iso-lines,
// grids, edges of a graph) cost neither an allocation nor a draw call
// each, as Line's do.
type Segments struct {
	vs []ebiten.Vertex
	is []uint16
	op ebiten.DrawTrianglesOptions // kept here, so that a draw allocates nothing
}

// segmentChunk is the number of vertices of one draw call, so that the
// indices stay within uint16.
const segmentChunk = 1 << 16

// Reset empties the batch, keeping its buffers.
func (s *Segments) Reset() { s.vs, s.is = s.vs[:0], s.is[:0] }

// Len is the number of segments in the batch.
func (s *Segments) Len() int { return len(s.vs) / 4 }

// Add adds a segment w pixels wide from (x0, y0) to (x1, y1); a segment
// with a non-finite end or no length is left out, as Line leaves it.
func (s *Segments) Add(x0, y0, x1, y1, w float64) {
	if !finite4(x0, y0, x1, y1) {
		return
	}
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	i := uint16(len(s.vs) % segmentChunk)
	v := func(x, y float64) ebiten.Vertex {
		return ebiten.Vertex{DstX: float32(x), DstY: float32(y), SrcX: 1, SrcY: 1}
	}
	s.vs = append(s.vs, v(x0+nx, y0+ny), v(x1+nx, y1+ny), v(x1-nx, y1-ny), v(x0-nx, y0-ny))
	s.is = append(s.is, i, i+1, i+2, i, i+2, i+3)
}

// line adds the quad Line draws from (x0, y0) to (x1, y1), w pixels
// wide, computed as Line computes it: the dashes of DashedLine are the
// pixels its Line calls drew.
func (s *Segments) line(x0, y0, x1, y1, w float64) {
	ux, uy, _, ok := segment(x0, y0, x1, y1, 1e-2)
	if !ok || !(w > 0) {
		return
	}
	nx, ny := -uy*w/2, ux*w/2
	i := uint16(len(s.vs) % segmentChunk)
	for _, p := range [4][2]float64{{x0 + nx, y0 + ny}, {x1 + nx, y1 + ny}, {x1 - nx, y1 - ny}, {x0 - nx, y0 - ny}} {
		s.vs = append(s.vs, ebiten.Vertex{DstX: float32(p[0]), DstY: float32(p[1]), SrcX: 1, SrcY: 1})
	}
	s.is = append(s.is, i, i+1, i+2, i, i+2, i+3)
}

// AddRect adds the rectangle r filled, as two triangles (the ones
// vector.DrawFilledRect draws).
func (s *Segments) AddRect(r Rect) {
	if r.Empty() || !finite4(r.X, r.Y, r.W, r.H) {
		return
	}
	i := uint16(len(s.vs) % segmentChunk)
	v := func(x, y float64) ebiten.Vertex {
		return ebiten.Vertex{DstX: float32(x), DstY: float32(y), SrcX: 1, SrcY: 1}
	}
	x0, y0, x1, y1 := float32(r.X), float32(r.Y), float32(r.X)+float32(r.W), float32(r.Y)+float32(r.H)
	s.vs = append(s.vs, v(float64(x0), float64(y0)), v(float64(x0), float64(y1)), v(float64(x1), float64(y1)), v(float64(x1), float64(y0)))
	s.is = append(s.is, i, i+1, i+2, i, i+2, i+3)
}

// Draw draws the batch in colour c, as Line draws each segment (every
// quad blended on its own, premultiplied colour), so that the picture is
// the one Line would make.
func (s *Segments) Draw(dst *ebiten.Image, c color.Color) {
	r, g, b, a := rgbaOf(c)
	for i := range s.vs {
		v := &s.vs[i]
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	}
	s.op = ebiten.DrawTrianglesOptions{ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha}
	for v0 := 0; v0 < len(s.vs); v0 += segmentChunk {
		v1 := min(v0+segmentChunk, len(s.vs))
		dst.DrawTriangles(s.vs[v0:v1], s.is[v0/4*6:v1/4*6], whiteSub, &s.op)
	}
}
