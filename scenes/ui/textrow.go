package ui

import (
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
)

// A textRow gathers lines of plain text bound for one image (the cells
// of a table's row) and draws them in one draw call, as DrawText would
// draw each: a panel redrawn every other frame while a network trains
// paid a draw call, and Ebiten's bookkeeping of it, per cell. It keeps
// the texts, not their glyphs, until it draws them, so that the glyph
// atlas emptied by a new glyph cannot leave earlier cells pointing at
// glyphs it lost.
type textRow struct {
	buf   []byte
	items []rowItem
}

// rowItem is one line of a textRow: its text ends at buf[end], drawn at
// size px with its top-left corner at (x, y) in colour scale c.
type rowItem struct {
	end      int
	x, y, px float64
	c        [4]float32
}

// add queues s (no markup) as DrawText(dst, s, x, y, px, c, align) would
// draw it; it reports false, queuing nothing, for text with markup.
func (t *textRow) add(s string, x, y, px float64, c color.Color, align Align) bool {
	if strings.ContainsAny(s, "^_") {
		return false
	}
	if textDrawn != nil {
		textDrawn(strings.Clone(s), px) // s may be a caller's buffer
	}
	x = align.Left(x, face(px).width(s))
	t.buf = append(t.buf, s...)
	var it rowItem
	it.end, it.x, it.y, it.px = len(t.buf), math.Round(x), math.Round(y), px
	it.c[0], it.c[1], it.c[2], it.c[3] = colorScaleOf(c)
	t.items = append(t.items, it)
	return true
}

// draw draws the queued lines onto dst in one call and empties the row.
func (t *textRow) draw(dst *ebiten.Image) {
	vs, is := textVertices[:0], textIndices[:0]
	for range 2 { // once more if the atlas was emptied, as drawSpans does
		gen := atlasGen
		vs, is = vs[:0], is[:0]
		start := 0
		for _, it := range t.items {
			vs, is = face(it.px).appendGlyphs(vs, is, bytesString(t.buf[start:it.end]), it.x, it.y, it.c[0], it.c[1], it.c[2], it.c[3])
			start = it.end
		}
		if atlasGen == gen {
			break
		}
	}
	if len(is) > 0 {
		dst.DrawTriangles(vs, is, atlas, &textDrawOptions)
	}
	textVertices, textIndices = vs, is
	t.buf, t.items = t.buf[:0], t.items[:0]
}

// RowText queues s as a cell of a table's row, drawn with the row's other
// cells in one call by DrawRow, as DrawText(dst, s, x, y, px, c, align)
// draws it; text with markup is drawn at once, after the cells queued
// before it.
func RowText(dst *ebiten.Image, s string, x, y, px float64, c color.Color, align Align) {
	if !tableRow.add(s, x, y, px, c, align) {
		tableRow.draw(dst)
		DrawText(dst, s, x, y, px, c, align)
	}
}

// RowBytes is RowText for a cell in a buffer (DrawBytes).
func RowBytes(dst *ebiten.Image, b []byte, x, y, px float64, c color.Color, align Align) {
	if !tableRow.add(bytesString(b), x, y, px, c, align) {
		tableRow.draw(dst)
		DrawBytes(dst, b, x, y, px, c, align)
	}
}

// DrawRow draws the cells RowText and RowBytes queued onto dst.
func DrawRow(dst *ebiten.Image) { tableRow.draw(dst) }
