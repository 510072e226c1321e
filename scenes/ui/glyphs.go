package ui

import (
	"image"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/neurona/neurona/assets"
)

// Text is drawn here from golang.org/x/image's OpenType rasteriser, one
// cached image per glyph, rather than through Ebiten's text/v2: text/v2
// links go-text's shaper (a HarfBuzz port, font tables, language data, the
// JPEG and TIFF decoders of bitmap fonts), which took about a fifth of the
// web bundle, and the app needs no shaping. Every character it draws has a
// precomposed glyph of its own (ŷ is U+0177; subscripts and superscripts
// are Unicode's own or markup, see parseMarkup), which assets/fontcover's
// test checks for every string the app draws. Glyphs are placed as text/v2's
// GoXFace places them: kerned, at a fraction of a pixel horizontally (finer
// for small text), on whole pixels vertically.

// fontData returns the embedded font, parsed on first use rather than at
// start-up so that parsing it is not on the path to the first frame of a
// page that draws no text yet. (A sync.Once, not sync.OnceValue: the
// generic's dictionary holds *sfnt.Font as an interface type, which keeps
// every exported method of the font in the web bundle, x/text's character
// maps among them.)
func fontData() *sfnt.Font {
	parseFont.Do(func() {
		f, err := sfnt.Parse(assets.FontTTF)
		if err != nil {
			// The font is compiled into the binary; failing to parse it
			// is a build defect, not a run-time condition.
			panic("ui: embedded font: " + err.Error())
		}
		parsedFont = f
	})
	return parsedFont
}

var (
	parseFont  sync.Once
	parsedFont *sfnt.Font
)

// maxGlyphImages bounds the rasterised glyphs kept over all sizes; past it
// (or when the atlas is full) every glyph is dropped and made again on
// demand (sizes change with the window and the text scale, so old sizes
// would otherwise pile up).
var maxGlyphImages = 8192

var (
	faces       = map[float64]*fontFace{}
	glyphImages int
)

// The glyphs of every size share one atlas image, packed in shelves, so
// that a line of text is one draw call (DrawTriangles over the atlas)
// rather than one DrawImage per glyph: with a few thousand glyphs on
// screen the per-call cost was the largest part of a frame's CPU time.
const atlasSize = 2048

var (
	atlas                  *ebiten.Image
	atlasGen               int // counts the times the atlas was emptied
	shelfX, shelfY, shelfH int // the packing position and the current shelf's height
)

// glyphRect is where a glyph lies in the atlas.
type glyphRect struct{ x, y, w, h int }

// reserveGlyph reserves a w×h rectangle in the atlas, emptying it when full.
func reserveGlyph(w, h int) glyphRect {
	if atlas == nil {
		atlas = ebiten.NewImage(atlasSize, atlasSize)
	}
	if shelfX+w > atlasSize {
		shelfX, shelfY, shelfH = 0, shelfY+shelfH, 0
	}
	if shelfY+h > atlasSize {
		dropGlyphImages()
	}
	r := glyphRect{shelfX, shelfY, w, h}
	shelfX += w + 1 // a pixel apart, so that filtering never bleeds
	shelfH = max(shelfH, h+1)
	return r
}

// fontFace is the embedded font at one size, with what text layout asks of
// it again and again: advances, kerning and glyph images.
type fontFace struct {
	f          *sfntFace
	ascent     fixed.Int26_6
	steps      fixed.Int26_6 // horizontal subpixel positions: 64/steps apart
	advances   map[rune]fixed.Int26_6
	kerns      map[[2]rune]fixed.Int26_6
	bounds     map[rune]fixed.Rectangle26_6
	images     map[glyphKey]glyphRect
	emptyGlyph map[rune]bool
}

// glyphKey is a glyph rasterised at one subpixel offset.
type glyphKey struct {
	r  rune
	dx fixed.Int26_6
}

// face returns the font at a size in device pixels, rounded to half pixels
// so that the cache stays small while text is scaled smoothly.
func face(px float64) *fontFace {
	px = math.Max(4, math.Round(px*2)/2)
	if f, ok := faces[px]; ok {
		return f
	}
	of := newSFNTFace(fontData(), px)
	m := of.metrics()
	f := &fontFace{
		f: of, ascent: m.Ascent,
		advances: map[rune]fixed.Int26_6{}, kerns: map[[2]rune]fixed.Int26_6{},
		bounds: map[rune]fixed.Rectangle26_6{}, images: map[glyphKey]glyphRect{},
		emptyGlyph: map[rune]bool{},
	}
	// As text/v2 does: eight positions per pixel below 20 px of line,
	// four below 40, two below 80, then whole pixels.
	switch h := float64(m.Ascent+m.Descent) / 64; {
	case h < 20:
		f.steps = 8
	case h < 40:
		f.steps = 4
	case h < 80:
		f.steps = 2
	default:
		f.steps = 1
	}
	faces[px] = f
	return f
}

// kept returns m[k], computed by compute and kept in m the first time k
// is asked for: the face's advances, kerning and glyph bounds are read
// from the font once.
func kept[K comparable, V any](m map[K]V, k K, compute func(K) V) V {
	v, ok := m[k]
	if !ok {
		v = compute(k)
		m[k] = v
	}
	return v
}

func (f *fontFace) advance(r rune) fixed.Int26_6 { return kept(f.advances, r, f.f.glyphAdvance) }

func (f *fontFace) kern(r0, r1 rune) fixed.Int26_6 {
	return kept(f.kerns, [2]rune{r0, r1}, func(p [2]rune) fixed.Int26_6 { return f.f.kern(p[0], p[1]) })
}

// width returns the advance of s in pixels, kerning included.
func (f *fontFace) width(s string) float64 {
	var w fixed.Int26_6
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			w += f.kern(prev, r)
		}
		w += f.advance(r)
		prev = r
	}
	return float64(w) / 64
}

// appendGlyphs adds the quads of s, its line's top-left corner at the
// whole pixel (x, y), coloured by the premultiplied (cr, cg, cb, ca), to
// the vertices and indices of one DrawTriangles over the atlas.
func (f *fontFace) appendGlyphs(vs []ebiten.Vertex, is []uint16, s string, x, y float64, cr, cg, cb, ca float32) ([]ebiten.Vertex, []uint16) {
	dot := fixed.Point26_6{Y: f.ascent &^ 63}
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += f.kern(prev, r)
		}
		prev = r
		b := f.glyphBounds(r)
		ox := dot.X / (64 / f.steps) * (64 / f.steps)
		g, ok := f.glyph(r, (ox+b.Min.X)&63, b)
		if ok {
			x0 := float32(x + float64((ox + b.Min.X).Floor()))
			y0 := float32(y + float64((dot.Y + b.Min.Y).Floor()))
			x1, y1 := x0+float32(g.w), y0+float32(g.h)
			sx0, sy0 := float32(g.x), float32(g.y)
			sx1, sy1 := sx0+float32(g.w), sy0+float32(g.h)
			n := uint16(len(vs))
			vs = append(vs,
				ebiten.Vertex{DstX: x0, DstY: y0, SrcX: sx0, SrcY: sy0, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: x1, DstY: y0, SrcX: sx1, SrcY: sy0, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: x0, DstY: y1, SrcX: sx0, SrcY: sy1, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: x1, DstY: y1, SrcX: sx1, SrcY: sy1, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
			)
			is = append(is, n, n+1, n+2, n+1, n+3, n+2)
		}
		dot.X += f.advance(r)
	}
	return vs, is
}

func (f *fontFace) glyphBounds(r rune) fixed.Rectangle26_6 { return kept(f.bounds, r, f.f.glyphBounds) }

// glyph returns where r lies in the atlas, rasterised white on
// transparent, dx/64 pixel to the right of its pixel grid; ok is false for
// a glyph with no ink (a space).
func (f *fontFace) glyph(r rune, dx fixed.Int26_6, b fixed.Rectangle26_6) (g glyphRect, ok bool) {
	if f.emptyGlyph[r] {
		return g, false
	}
	key := glyphKey{r, dx}
	if g, ok := f.images[key]; ok {
		return g, true
	}
	w, h := (b.Max.X - b.Min.X).Ceil(), (b.Max.Y - b.Min.Y).Ceil()
	if w == 0 || h == 0 {
		f.emptyGlyph[r] = true
		return g, false
	}
	if glyphImages >= maxGlyphImages {
		dropGlyphImages()
	}
	// One pixel more each way: the offset can push ink past the bounds.
	w, h = min(w+1, atlasSize), min(h+1, atlasSize)
	rgba := image.NewRGBA(image.Rect(0, 0, w, h))
	f.f.drawGlyph(rgba, r, fixed.Point26_6{X: -b.Min.X + dx, Y: -b.Min.Y + b.Min.Y&63})
	g = reserveGlyph(w, h)
	atlas.SubImage(image.Rect(g.x, g.y, g.x+w, g.y+h)).(*ebiten.Image).WritePixels(rgba.Pix)
	f.images[key] = g
	glyphImages++
	return g, true
}

// dropGlyphImages empties every size's glyph cache and the atlas (the
// faces stay: their advances and kerning are small, and there are at most
// a few hundred sizes). Text already drawn this frame keeps its pixels:
// Ebiten runs draw commands in order.
func dropGlyphImages() {
	for _, f := range faces {
		clear(f.images)
	}
	glyphImages = 0
	atlasGen++
	shelfX, shelfY, shelfH = 0, 0, 0
	if atlas != nil {
		atlas.Clear()
	}
}
