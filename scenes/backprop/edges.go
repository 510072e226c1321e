package backprop

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// edgeBatch gathers the graph's edges (the glow of the cached product's
// path, the active edges' glow, the lines, dashes and heads) into one
// buffer of coloured triangles drawn with one DrawTriangles: drawn with a
// call each (five or more an edge), they were about a third of the time
// of redrawing the graph (issue 17). The triangles are those ui.Line,
// ui.DashedLine and ui.Arrow draw, in the same order, so the picture is
// the same.
type edgeBatch struct {
	vs    []ebiten.Vertex
	is    []uint16
	op    ebiten.DrawTrianglesOptions
	white *ebiten.Image
	draws int // batches drawn since made (for tests)
}

// reset empties the batch, keeping its buffers.
func (b *edgeBatch) reset() { b.vs, b.is = b.vs[:0], b.is[:0] }

// add adds the corners xy (x0, y0, x1, y1, …; three or four) as a fan in
// the premultiplied colour c.
func (b *edgeBatch) add(c [4]float32, xy ...float64) {
	i := uint16(len(b.vs))
	for k := 0; k+1 < len(xy); k += 2 {
		b.vs = append(b.vs, ebiten.Vertex{DstX: float32(xy[k]), DstY: float32(xy[k+1]), SrcX: 1, SrcY: 1,
			ColorR: c[0], ColorG: c[1], ColorB: c[2], ColorA: c[3]})
	}
	for k := 2; k < len(xy)/2; k++ {
		b.is = append(b.is, i, i+uint16(k-1), i+uint16(k))
	}
}

// paint is c's components as the vertices' colour takes them.
func paint(c color.RGBA) [4]float32 {
	return [4]float32{float32(c.R) / 0xff, float32(c.G) / 0xff, float32(c.B) / 0xff, float32(c.A) / 0xff}
}

// unit is the direction and length of the segment, and whether it is
// longer than shortest.
func unit(x0, y0, x1, y1, shortest float64) (ux, uy, l float64, ok bool) {
	dx, dy := x1-x0, y1-y0
	l = math.Hypot(dx, dy)
	if !(l > shortest) || math.IsInf(l, 0) {
		return 0, 0, 0, false
	}
	return dx / l, dy / l, l, true
}

// line adds a solid line w pixels wide, as ui.Line draws it.
func (b *edgeBatch) line(x0, y0, x1, y1, w float64, c color.RGBA) {
	ux, uy, _, ok := unit(x0, y0, x1, y1, 1e-2)
	if !ok || !(w > 0) {
		return
	}
	nx, ny := -uy*w/2, ux*w/2
	b.add(paint(c), x0+nx, y0+ny, x1+nx, y1+ny, x1-nx, y1-ny, x0-nx, y0-ny)
}

// dashed adds a dashed line, as ui.DashedLine draws it.
func (b *edgeBatch) dashed(x0, y0, x1, y1, w, dash float64, c color.RGBA) {
	ux, uy, l, ok := unit(x0, y0, x1, y1, 0)
	if !ok || dash <= 0 {
		return
	}
	for s := 0.0; s < l; s += 2 * dash {
		e := math.Min(s+dash, l)
		b.line(x0+ux*s, y0+uy*s, x0+ux*e, y0+uy*e, w, c)
	}
}

// arrow adds a line ending in a head, as ui.Arrow draws it (its head
// filled as ui.Polygon fills, the colour taken as straight alpha).
func (b *edgeBatch) arrow(x0, y0, x1, y1, w, head float64, c color.RGBA) {
	ux, uy, l, ok := unit(x0, y0, x1, y1, 1e-9)
	if !ok {
		return
	}
	head = math.Min(head, l*0.6)
	bx, by := x1-ux*head, y1-uy*head
	b.line(x0, y0, bx, by, w, c)
	px, py := -uy*head*0.5, ux*head*0.5
	p := paint(c)
	p[0], p[1], p[2] = p[0]*p[3], p[1]*p[3], p[2]*p[3]
	b.add(p, x1, y1, bx+px, by+py, bx-px, by-py)
}

// draw draws the batch into dst with one call.
func (b *edgeBatch) draw(dst *ebiten.Image) {
	if len(b.is) == 0 {
		return
	}
	if b.white == nil {
		img := ebiten.NewImage(3, 3)
		img.Fill(color.White)
		b.white = img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
	}
	b.op.ColorScaleMode = ebiten.ColorScaleModePremultipliedAlpha
	dst.DrawTriangles(b.vs, b.is, b.white, &b.op)
	b.draws++
}
