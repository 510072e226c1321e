package ui

import (
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
)

// A line of text without markup is laid out once per size (kerning,
// advances and where each glyph lies in the atlas) and kept, so that the
// labels, panel lines and table cells drawn every frame cost one copy of
// their vertices and one draw call. Changing numbers make new lines; the
// cache is emptied when it holds maxLaidOut of them, and whenever the
// glyph atlas is (its glyphs moved).
const maxLaidOut = 4096

type lineKey struct {
	s  string
	px float64
}

// laidOut is a line's quads with its top-left corner at (0, 0), white.
type laidOut struct {
	vs []ebiten.Vertex
	is []uint16
	w  float64
}

var (
	lines    = map[lineKey]*laidOut{}
	linesGen int // the atlas generation the lines were laid out in
)

// laidOutLine returns s laid out at size px, or nil when s has markup (its
// spans are placed on whole pixels each, which depends on where the line
// starts) or is too long for one draw call.
func laidOutLine(s string, px float64) *laidOut {
	if strings.ContainsAny(s, "^_") || len(s) > 8000 {
		return nil
	}
	if linesGen != atlasGen {
		clear(lines)
		linesGen = atlasGen
	}
	k := lineKey{s, px}
	if l, ok := lines[k]; ok {
		return l
	}
	f := face(px)
	l := &laidOut{w: f.width(s)}
	for range 2 { // as in DrawText: once more if the atlas was emptied
		gen := atlasGen
		l.vs, l.is = f.appendGlyphs(l.vs[:0], l.is[:0], s, 0, 0, 1, 1, 1, 1)
		if atlasGen == gen {
			break
		}
	}
	// The atlas may have been emptied while s was laid out: the lines kept
	// before point at glyphs that are gone (every cached label then drew
	// as scraps of other glyphs).
	if len(lines) >= maxLaidOut || linesGen != atlasGen {
		clear(lines)
	}
	lines[k] = l
	linesGen = atlasGen
	return l
}

// draw draws the line as DrawText does and returns its width.
func (l *laidOut) draw(dst *ebiten.Image, x, y float64, c color.Color, align Align) float64 {
	x = align.Left(x, l.w)
	if len(l.is) == 0 {
		return l.w
	}
	cr, cg, cb, ca := colorScaleOf(c)
	ox, oy := float32(math.Round(x)), float32(math.Round(y))
	vs := textVertices[:0]
	for _, v := range l.vs {
		v.DstX += ox
		v.DstY += oy
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = cr, cg, cb, ca
		vs = append(vs, v)
	}
	dst.DrawTriangles(vs, l.is, atlas, &textDrawOptions)
	textVertices = vs
	return l.w
}

// The layouts of the last lines DrawBytes drew, each in buffers of its
// own with a copy of its text: a number that goes back and forth (↑ then
// ↓, a step back) or stays while its neighbours change is laid out once,
// and a new one takes the oldest slot and its buffers, so that keeping
// them makes no garbage. Laid out glyph by glyph on every frame, the
// neuron panel's numbers were most of its text's cost while θ₁ changed.
const keptBytesN = 64

type keptLine struct {
	text []byte
	px   float64
	gen  int // the atlas generation it was laid out in
	l    laidOut
}

var (
	keptBytes    [keptBytesN]keptLine
	keptNext     int
	bytesLaidOut int // lines DrawBytes laid out (for tests)
)

// laidOutBytes is laidOutLine for a line in a buffer: b laid out at size
// px, from a slot that holds it or, laid out now, in the oldest one.
func laidOutBytes(b []byte, px float64) *laidOut {
	for i := range keptBytes {
		if k := &keptBytes[i]; k.px == px && k.gen == atlasGen && len(k.text) == len(b) && string(k.text) == string(b) {
			return &k.l
		}
	}
	k := &keptBytes[keptNext]
	keptNext = (keptNext + 1) % keptBytesN
	k.text, k.px = append(k.text[:0], b...), px
	f := face(px)
	s := bytesString(k.text)
	k.l.w = f.width(s)
	for range 2 { // as in DrawText: once more if the atlas was emptied
		k.gen = atlasGen
		k.l.vs, k.l.is = f.appendGlyphs(k.l.vs[:0], k.l.is[:0], s, 0, 0, 1, 1, 1, 1)
		if atlasGen == k.gen {
			break
		}
	}
	bytesLaidOut++
	return &k.l
}
