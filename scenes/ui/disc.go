package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Disc fills a disc as Circle does, as a fan of triangles built in
// buffers kept between calls instead of a path: a picture that draws many
// (a graph's nodes) allocates nothing for them.
func Disc(dst *ebiten.Image, cx, cy, r float64, c color.Color) {
	if !finite4(cx, cy, r, 0) || r <= 0 {
		return
	}
	n := arcSegments(r)
	vs, is := discVerts[:0], discIdx[:0]
	vs = append(vs, ebiten.Vertex{DstX: float32(cx), DstY: float32(cy)})
	for i := range n {
		a := 2 * math.Pi * float64(i) / float64(n)
		vs = append(vs, ebiten.Vertex{DstX: float32(cx + r*math.Cos(a)), DstY: float32(cy + r*math.Sin(a))})
		is = append(is, 0, uint16(1+i), uint16(1+(i+1)%n))
	}
	fillTriangles(dst, vs, is, c)
	discVerts, discIdx = vs, is
}

// Annulus strokes a circle of radius r w pixels wide as Ring does, as a
// strip of triangles built in buffers kept between calls.
func Annulus(dst *ebiten.Image, cx, cy, r, w float64, c color.Color) {
	if !finite4(cx, cy, r, w) || r <= 0 || !(w > 0) {
		return
	}
	n := arcSegments(r + w/2)
	in, out := math.Max(r-w/2, 0), r+w/2
	vs, is := discVerts[:0], discIdx[:0]
	for i := range n {
		a := 2 * math.Pi * float64(i) / float64(n)
		cos, sin := math.Cos(a), math.Sin(a)
		vs = append(vs,
			ebiten.Vertex{DstX: float32(cx + in*cos), DstY: float32(cy + in*sin)},
			ebiten.Vertex{DstX: float32(cx + out*cos), DstY: float32(cy + out*sin)})
		j, k := uint16(2*i), uint16(2*((i+1)%n))
		is = append(is, j, j+1, k+1, j, k+1, k)
	}
	fillTriangles(dst, vs, is, c)
	discVerts, discIdx = vs, is
}

// arcSegments is how many straight pieces draw a circle of radius r
// (pixels) with no visible corner: about one every 2 px of its length.
func arcSegments(r float64) int {
	return int(min(max(math.Ceil(math.Pi*r), 24), 720))
}

// fillTriangles fills the triangles of vs and is with c, as fillVertices
// does, with its options kept between calls.
func fillTriangles(dst *ebiten.Image, vs []ebiten.Vertex, is []uint16, c color.Color) {
	r, g, b, a := c.RGBA()
	for i := range vs {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG = float32(r)/0xffff, float32(g)/0xffff
		vs[i].ColorB, vs[i].ColorA = float32(b)/0xffff, float32(a)/0xffff
	}
	dst.DrawTriangles(vs, is, whiteSub, &discOp)
}

var (
	discVerts []ebiten.Vertex
	discIdx   []uint16
	discOp    = ebiten.DrawTrianglesOptions{ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha}
)
