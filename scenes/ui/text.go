package ui

import (
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
)

// Align says where a text's anchor point is, horizontally.
type Align int

// Horizontal alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// Left returns the left edge of a text w wide whose anchor, set by a, is
// at x.
func (a Align) Left(x, w float64) float64 {
	switch a {
	case AlignCenter:
		return x - w/2
	case AlignRight:
		return x - w
	}
	return x
}

// span is a run of text at one vertical offset: the baseline (0), raised
// (superscript, +1) or lowered (subscript, −1).
type span struct {
	s     string
	shift int
}

// parseMarkup splits s at the markup ^{…} (superscript) and _{…}
// (subscript), which the lecture's notation needs for W^{[1]} and θ_{12}
// where Unicode has no ready-made characters. Unbalanced braces are kept as
// plain text.
func parseMarkup(s string) []span {
	if !strings.ContainsAny(s, "^_") {
		return []span{{s, 0}}
	}
	return cached(parsed, maxParsed, s, splitMarkup)
}

// The spans of the lines with markup drawn or measured so far, kept (up
// to maxParsed of them) so that labels like "z_{1}" and "W^{[1]}", drawn
// every frame, are split once; the callers only read them.
const maxParsed = 4096

var parsed = map[string][]span{}

// splitMarkup is parseMarkup without the cache.
func splitMarkup(s string) []span {
	var out []span
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '^' || c == '_') && i+1 < len(s) && s[i+1] == '{' {
			end := strings.IndexByte(s[i+2:], '}')
			if end >= 0 {
				if cur.Len() > 0 {
					out = append(out, span{cur.String(), 0})
					cur.Reset()
				}
				shift := 1
				if c == '_' {
					shift = -1
				}
				out = append(out, span{s[i+2 : i+2+end], shift})
				i += 2 + end
				continue
			}
		}
		cur.WriteByte(c)
	}
	if cur.Len() > 0 {
		out = append(out, span{cur.String(), 0})
	}
	return out
}

// MeasureText returns the width and height in pixels of one line of text
// (with markup) at size px.
func MeasureText(s string, px float64) (w, h float64) {
	if !strings.ContainsAny(s, "^_") { // one span: nothing to split
		if l, ok := lines[lineKey{s, px}]; ok { // laid out: its width is kept
			return l.w, px * 1.25
		}
		return face(px).width(s), px * 1.25
	}
	for _, sp := range parseMarkup(s) {
		w += face(spanSize(px, sp.shift)).width(sp.s)
	}
	return w, px * 1.25
}

func spanSize(px float64, shift int) float64 {
	if shift != 0 {
		return px * 0.68
	}
	return px
}

// The vertices of the text being drawn, kept between calls so that
// drawing text allocates nothing once they have grown.
var (
	textVertices    []ebiten.Vertex
	textIndices     []uint16
	textDrawOptions = ebiten.DrawTrianglesOptions{ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha}
)

// DrawText draws one line of text (with ^{…} and _{…} markup) whose top
// edge is at y and whose anchor, set by align, is at x. It returns the width
// drawn.
func DrawText(dst *ebiten.Image, s string, x, y, px float64, c color.Color, align Align) float64 {
	if textDrawn != nil {
		textDrawn(s, px)
	}
	if l := laidOutLine(s, px); l != nil {
		return l.draw(dst, x, y, c, align)
	}
	w, _ := MeasureText(s, px)
	if l := laidOutMarkup(s, px, align.Left(x, w), y); l != nil {
		l.draw(dst, 0, 0, c, AlignLeft)
		return w
	}
	drawSpans(dst, parseMarkup(s), align.Left(x, w), y, px, c)
	return w
}

// A line with markup is placed on whole pixels span by span from where it
// starts, so it is kept laid out for its place as well as its size (a
// panel's formulas and a diagram's layer names are redrawn where they
// were): the same vertices drawSpans makes, in one copy and one draw call.
// The last keptMarkupN lines drawn are kept, each in buffers of its own
// that a new line takes over from the oldest, so that a line that moves
// every frame makes no garbage (it is laid out anew, as before).
const keptMarkupN = 48

type keptMarkup struct {
	s        string
	px, x, y float64
	gen      int // the atlas generation it was laid out in
	l        laidOut
}

var (
	keptMarkups [keptMarkupN]keptMarkup
	markupNext  int
)

// laidOutMarkup returns the line s with markup laid out at size px, its
// left edge at x and its top at y, in screen coordinates (drawn at 0, 0);
// nil for a line too long for one draw call.
func laidOutMarkup(s string, px, x, y float64) *laidOut {
	if len(s) > 8000 {
		return nil
	}
	for i := range keptMarkups {
		if k := &keptMarkups[i]; k.x == x && k.y == y && k.px == px && k.gen == atlasGen && k.s == s {
			return &k.l
		}
	}
	k := &keptMarkups[markupNext]
	markupNext = (markupNext + 1) % keptMarkupN
	k.s, k.px, k.x, k.y = s, px, x, y
	k.l.vs, k.l.is = layoutSpans(k.l.vs[:0], k.l.is[:0], parseMarkup(s), x, y, px, 1, 1, 1, 1)
	k.gen = atlasGen
	return &k.l
}

// drawSpans draws the spans of one line of text at size px, its left
// edge at x and its top at y, in one draw call.
func drawSpans(dst *ebiten.Image, spans []span, x, y, px float64, c color.Color) {
	cr, cg, cb, ca := colorScaleOf(c)
	vs, is := layoutSpans(textVertices[:0], textIndices[:0], spans, x, y, px, cr, cg, cb, ca)
	if len(is) > 0 {
		dst.DrawTriangles(vs, is, atlas, &textDrawOptions)
	}
	textVertices, textIndices = vs, is
}

// layoutSpans appends the quads of drawSpans's line to vs and is.
func layoutSpans(vs []ebiten.Vertex, is []uint16, spans []span, x, y, px float64, cr, cg, cb, ca float32) ([]ebiten.Vertex, []uint16) {
	x0 := x
	// Glyphs new to the atlas may fill it and empty it, which loses the
	// glyphs already laid out: then lay the text out again, once.
	for range 2 {
		gen := atlasGen
		vs, is, x = vs[:0], is[:0], x0
		for _, sp := range spans {
			size := spanSize(px, sp.shift)
			f := face(size)
			dy := 0.0
			switch sp.shift {
			case 1:
				dy = -px * 0.12
			case -1:
				dy = px * 0.42
			}
			if len(vs) < 60000 { // DrawTriangles takes at most 65,536 vertices
				vs, is = f.appendGlyphs(vs, is, sp.s, math.Round(x), math.Round(y+dy+(px-size)*0.1), cr, cg, cb, ca)
			}
			x += f.width(sp.s)
		}
		if atlasGen == gen {
			break
		}
	}
	return vs, is
}

// textDrawn, when set (by the kit's tests), sees every text drawn.
var textDrawn func(s string, px float64)

// FitText returns the largest size not above px at which s fits in width w.
func FitText(s string, px, w float64) float64 {
	tw, _ := MeasureText(s, px)
	if tw <= w || tw == 0 {
		return px
	}
	// Widths do not scale quite in proportion (the faces come in steps of
	// size): measure again, a few times at most, so that the text does
	// fit (it ran 1% past its strip).
	f := math.Max(6, px*w/tw)
	for range 4 {
		if tw, _ = MeasureText(s, f); tw <= w || f <= 6 {
			break
		}
		f = math.Max(6, f*math.Min(w/tw, 0.99))
	}
	return f
}

// WrapText breaks s at spaces into lines no wider than w at size px; a
// single word wider than w stays on its own line (callers shrink it).
// The lines are kept (up to maxWrapped texts): panels wrap the same
// notes every frame. Callers only read them.
func WrapText(s string, px, w float64) []string {
	k := wrapKey{s, px, w}
	if lines, ok := wrapped[k]; ok {
		return lines
	}
	if len(wrapped) >= maxWrapped {
		clear(wrapped)
	}
	lines := wrapText(s, px, w)
	wrapped[k] = lines[:len(lines):len(lines)] // an append by a caller copies
	return wrapped[k]
}

// maxWrapped bounds the texts WrapText keeps; past it they are forgotten
// all at once.
const maxWrapped = 1024

type wrapKey struct {
	s     string
	px, w float64
}

var wrapped = map[wrapKey][]string{}

// wrapText is WrapText without the cache.
func wrapText(s string, px, w float64) []string {
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for _, word := range words {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if tw, _ := MeasureText(try, px); tw <= w || cur == "" {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = word
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// Text sizes in layout units. At the 1280×720 slide (see the game's
// Scale) a layout unit is one CSS pixel, so these are the sizes a
// projector shows at 1280×720, and 1.5 times them at 1920×1080.
const (
	// TextMin is the smallest text anywhere: axis ticks, plot scales,
	// edge labels, footnotes. Smaller is unreadable from the back row.
	TextMin = 16
	// TextBody is the panels' running text.
	TextBody = 17
	// TextNumber is the size of the main numbers (weights, costs, values).
	TextNumber = 20
)

// mainNumber is set while a scene draws its main numbers (MainNumbers).
var mainNumber bool

// MainNumbers marks the text drawn from now until MainNumbers(false) as
// the scene's main numbers: the values a teacher points at (an output, a
// cost, a node's value), drawn at TextNumber or larger. The tests that
// watch the text drawn (WatchText) ask DrawingMain to hold them to it.
func MainNumbers(on bool) { mainNumber = on }

// DrawingMain reports whether the text being drawn is marked as main
// numbers (MainNumbers).
func DrawingMain() bool { return mainNumber }

// DrawWrapped writes s left-aligned from (x, y) at size px, shrinking it
// to fit width w but never below minPx: below that it wraps at spaces
// instead, so that no text becomes illegible and none is cut. It returns
// the height written (line height 1.3 × the size used).
func DrawWrapped(dst *ebiten.Image, s string, x, y, w, px, minPx float64, c color.Color) float64 {
	if dst == nil { // measuring only (WrappedHeight)
		if size := FitText(s, px, w); size >= minPx || size >= px {
			return size * 1.3
		}
		return float64(len(WrapText(s, minPx, w))) * minPx * 1.3
	}
	size := FitText(s, px, w)
	if size >= minPx || size >= px {
		DrawText(dst, s, x, y, size, c, AlignLeft)
		return size * 1.3
	}
	h := 0.0
	for _, line := range WrapText(s, minPx, w) {
		DrawText(dst, line, x, y+h, math.Max(FitText(line, minPx, w), minPx*0.75), c, AlignLeft)
		h += minPx * 1.3
	}
	return h
}

func textWidth(s string, px float64) float64 {
	w, _ := MeasureText(s, px)
	return w
}
