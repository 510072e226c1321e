package ui

import (
	"image"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
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

// fontData is the embedded font, parsed on first use rather than at start-up
// so that parsing it is not on the path to the first frame of a page that
// draws no text yet.
var fontData = sync.OnceValue(func() *opentype.Font {
	f, err := opentype.Parse(assets.FontTTF)
	if err != nil {
		// The font is compiled into the binary; failing to parse it is a
		// build defect, not a run-time condition.
		panic("ui: embedded font: " + err.Error())
	}
	return f
})

// maxGlyphImages bounds the rasterised glyphs kept over all sizes; past it
// every glyph image is dropped and made again on demand (sizes change with
// the window and the text scale, so old sizes would otherwise pile up).
var maxGlyphImages = 8192

var (
	faces       = map[float64]*fontFace{}
	glyphImages int
)

// fontFace is the embedded font at one size, with what text layout asks of
// it again and again: advances, kerning and glyph images.
type fontFace struct {
	f          font.Face
	ascent     fixed.Int26_6
	steps      fixed.Int26_6 // horizontal subpixel positions: 64/steps apart
	advances   map[rune]fixed.Int26_6
	kerns      map[[2]rune]fixed.Int26_6
	bounds     map[rune]fixed.Rectangle26_6
	images     map[glyphKey]*ebiten.Image
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
	of, err := opentype.NewFace(fontData(), &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		// NewFace fails only for a non-positive size or DPI, which
		// px ≥ 4 and DPI 72 rule out.
		panic("ui: font face: " + err.Error())
	}
	m := of.Metrics()
	f := &fontFace{
		f: of, ascent: m.Ascent,
		advances: map[rune]fixed.Int26_6{}, kerns: map[[2]rune]fixed.Int26_6{},
		bounds: map[rune]fixed.Rectangle26_6{}, images: map[glyphKey]*ebiten.Image{},
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

func (f *fontFace) advance(r rune) fixed.Int26_6 {
	a, ok := f.advances[r]
	if !ok {
		a, _ = f.f.GlyphAdvance(r)
		f.advances[r] = a
	}
	return a
}

func (f *fontFace) kern(r0, r1 rune) fixed.Int26_6 {
	k, ok := f.kerns[[2]rune{r0, r1}]
	if !ok {
		k = f.f.Kern(r0, r1)
		f.kerns[[2]rune{r0, r1}] = k
	}
	return k
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

// draw draws s with its line's top-left corner at the whole pixel (x, y).
func (f *fontFace) draw(dst *ebiten.Image, s string, x, y float64, op *ebiten.DrawImageOptions) {
	dot := fixed.Point26_6{Y: f.ascent &^ 63}
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += f.kern(prev, r)
		}
		prev = r
		b := f.glyphBounds(r)
		ox := dot.X / (64 / f.steps) * (64 / f.steps)
		img := f.glyph(r, (ox+b.Min.X)&63, b)
		if img != nil {
			op.GeoM.Reset()
			op.GeoM.Translate(x+float64((ox+b.Min.X).Floor()), y+float64((dot.Y+b.Min.Y).Floor()))
			dst.DrawImage(img, op)
		}
		dot.X += f.advance(r)
	}
}

func (f *fontFace) glyphBounds(r rune) fixed.Rectangle26_6 {
	b, ok := f.bounds[r]
	if !ok {
		b, _, _ = f.f.GlyphBounds(r)
		f.bounds[r] = b
	}
	return b
}

// glyph returns r rasterised white on transparent, dx/64 pixel to the right
// of its pixel grid, or nil for a glyph with no ink (a space).
func (f *fontFace) glyph(r rune, dx fixed.Int26_6, b fixed.Rectangle26_6) *ebiten.Image {
	if f.emptyGlyph[r] {
		return nil
	}
	key := glyphKey{r, dx}
	if img, ok := f.images[key]; ok {
		return img
	}
	w, h := (b.Max.X - b.Min.X).Ceil(), (b.Max.Y - b.Min.Y).Ceil()
	if w == 0 || h == 0 {
		f.emptyGlyph[r] = true
		return nil
	}
	if glyphImages >= maxGlyphImages {
		dropGlyphImages()
	}
	// One pixel more each way: the offset can push ink past the bounds.
	rgba := image.NewRGBA(image.Rect(0, 0, w+1, h+1))
	d := font.Drawer{
		Dst: rgba, Src: image.White, Face: f.f,
		Dot: fixed.Point26_6{X: -b.Min.X + dx, Y: -b.Min.Y + b.Min.Y&63},
	}
	d.DrawString(string(r))
	img := ebiten.NewImageFromImage(rgba)
	f.images[key] = img
	glyphImages++
	return img
}

// dropGlyphImages empties every size's glyph cache (the faces stay: their
// advances and kerning are small, and there are at most a few hundred sizes).
func dropGlyphImages() {
	for _, f := range faces {
		for k, img := range f.images {
			img.Deallocate()
			delete(f.images, k)
		}
	}
	glyphImages = 0
}
