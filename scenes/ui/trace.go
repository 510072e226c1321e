package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Trace strokes an open path through xy = x0, y0, x1, y1, … w pixels wide,
// as Polyline does, for the curves a scene redraws every frame (a fit, a
// loss curve, a warped grid): each segment is one quad, lengthened by w/2
// at both ends so that the quads of neighbouring segments cover the joint
// as a round join would, all in one draw call, into buffers kept between
// calls. A NaN or infinite pair breaks the path. Polyline builds a
// vector.Path, whose round joins and caps cost many vertices and a few
// allocations per call; on a densely sampled curve the two look the same.
// Overlapping quads are filled once (the non-zero rule), so a translucent
// colour does not darken the joints.
func Trace(dst *ebiten.Image, xy []float64, w float64, c color.Color) {
	if len(xy) < 4 || !(w > 0) || math.IsInf(w, 0) {
		return
	}
	hw := w / 2
	vs, is := traceVerts[:0], traceIdx[:0]
	var cr, cg, cb, ca float32
	{
		r, g, b, a := rgbaOf(c)
		cr, cg, cb, ca = float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	}
	vert := func(x, y float64) ebiten.Vertex {
		return ebiten.Vertex{DstX: float32(x), DstY: float32(y), SrcX: 1, SrcY: 1, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca}
	}
	for i := 0; i+3 < len(xy); i += 2 {
		x0, y0, x1, y1 := xy[i], xy[i+1], xy[i+2], xy[i+3]
		ux, uy, _, ok := segment(x0, y0, x1, y1, 1e-6)
		if !ok {
			continue
		}
		ux, uy = ux*hw, uy*hw // along the segment, w/2 long
		nx, ny := -uy, ux     // across it
		if len(vs)+4 > maxTraceVertices {
			fillTrace(dst, vs, is)
			vs, is = vs[:0], is[:0]
		}
		k := uint16(len(vs))
		ax, ay := x0-ux, y0-uy
		bx, by := x1+ux, y1+uy
		vs = append(vs, vert(ax+nx, ay+ny), vert(bx+nx, by+ny), vert(bx-nx, by-ny), vert(ax-nx, ay-ny))
		is = append(is, k, k+1, k+2, k, k+2, k+3)
	}
	if len(is) > 0 {
		fillTrace(dst, vs, is)
	}
	traceVerts, traceIdx = vs, is
}

// maxTraceVertices keeps a draw call's indices within uint16.
const maxTraceVertices = 65532

var (
	traceVerts []ebiten.Vertex
	traceIdx   []uint16
	traceOp    = ebiten.DrawTrianglesOptions{FillRule: ebiten.FillRuleNonZero}
)

func fillTrace(dst *ebiten.Image, vs []ebiten.Vertex, is []uint16) {
	dst.DrawTriangles(vs, is, whiteSub, &traceOp)
}
