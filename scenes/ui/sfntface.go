package ui

import (
	"image"
	"image/draw"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// sfntFace is the font at one size, unhinted, read straight from
// golang.org/x/image/font/sfnt: it measures and rasterises exactly as
// x/image's opentype.Face at 72 dpi with font.HintingNone (its test holds
// it to that face, advance by advance and pixel by pixel), but it is not a
// font.Face. An opentype.Face is one, and a type stored in an interface
// keeps every exported method of its fields in the binary (the
// reflection-driven text/template that Ebiten links disables pruning them):
// sfnt.Font.Name with x/text's character maps, and image/draw's whole
// compositor through the rasteriser's draw.Op. Together with font.Drawer,
// which composited each glyph, that was 23 KB of the brotli-compressed web
// bundle.
type sfntFace struct {
	f     *sfnt.Font
	buf   sfnt.Buffer
	scale fixed.Int26_6 // pixels per em
	rast  vector.Rasterizer
	mask  image.Alpha
}

// newSFNTFace returns f at px pixels per em.
func newSFNTFace(f *sfnt.Font, px float64) *sfntFace {
	// opentype.NewFace's rounding of Size × DPI / 72 to 26.6 fixed point.
	return &sfntFace{f: f, scale: fixed.Int26_6(0.5 + (px * 72 * 64 / 72))}
}

// metrics returns the face's metrics, zero if the font cannot say.
func (s *sfntFace) metrics() font.Metrics {
	m, err := s.f.Metrics(&s.buf, s.scale, font.HintingNone)
	if err != nil {
		return font.Metrics{}
	}
	return m
}

// glyphAdvance returns r's advance (that of the font's .notdef glyph when
// it has no glyph for r).
func (s *sfntFace) glyphAdvance(r rune) fixed.Int26_6 {
	x, _ := s.f.GlyphIndex(&s.buf, r)
	a, _ := s.f.GlyphAdvance(&s.buf, x, s.scale, font.HintingNone)
	return a
}

// glyphBounds returns r's ink box relative to its origin on the baseline.
func (s *sfntFace) glyphBounds(r rune) fixed.Rectangle26_6 {
	x, _ := s.f.GlyphIndex(&s.buf, r)
	b, _, _ := s.f.GlyphBounds(&s.buf, x, s.scale, font.HintingNone)
	return b
}

// kern returns the kerning between r0 and r1. It passes the font's units
// per em as the size, as opentype.Face.Kern does, so that the app keeps
// the spacing it has always had (and text/v2's GoXFace has): the pair
// adjustment in font units read as 1/64 pixel, whatever the size.
func (s *sfntFace) kern(r0, r1 rune) fixed.Int26_6 {
	x0, _ := s.f.GlyphIndex(&s.buf, r0)
	x1, _ := s.f.GlyphIndex(&s.buf, r1)
	k, err := s.f.Kern(&s.buf, x0, x1, fixed.Int26_6(s.f.UnitsPerEm()), font.HintingNone)
	if err != nil {
		return 0
	}
	return k
}

// drawGlyph draws r white over dst, which is transparent, with its origin
// at dot: the pixels font.Drawer writes for it there. A rune the font has
// no glyph for draws nothing.
func (s *sfntFace) drawGlyph(dst *image.RGBA, r rune, dot fixed.Point26_6) {
	x, err := s.f.GlyphIndex(&s.buf, r)
	if err != nil || x == 0 {
		return
	}
	segs, err := s.f.LoadGlyph(&s.buf, x, s.scale, nil)
	if err != nil {
		return
	}
	// The glyph's box at dot, widened to whole pixels: where the mask goes.
	b := segs.Bounds().Add(dot)
	mr := image.Rect(b.Min.X.Floor(), b.Min.Y.Floor(), b.Max.X.Ceil(), b.Max.Y.Ceil())
	w, h := mr.Dx(), mr.Dy()
	if w < 0 || h < 0 {
		return
	}
	// Glyph space to mask space: the dot's offset from the mask's corner.
	ox := dot.X - fixed.Int26_6(mr.Min.X<<6)
	oy := dot.Y - fixed.Int26_6(mr.Min.Y<<6)
	pt := func(p fixed.Point26_6) (float32, float32) {
		return float32(p.X+ox) / 64, float32(p.Y+oy) / 64
	}
	s.rast.Reset(w, h)
	s.rast.DrawOp = draw.Src
	for _, sg := range segs {
		x0, y0 := pt(sg.Args[0])
		switch sg.Op {
		case sfnt.SegmentOpMoveTo:
			s.rast.MoveTo(x0, y0)
		case sfnt.SegmentOpLineTo:
			s.rast.LineTo(x0, y0)
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(sg.Args[1])
			s.rast.QuadTo(x0, y0, x1, y1)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(sg.Args[1])
			x2, y2 := pt(sg.Args[2])
			s.rast.CubeTo(x0, y0, x1, y1, x2, y2)
		}
	}
	if cap(s.mask.Pix) < w*h {
		s.mask.Pix = make([]uint8, w*h)
	}
	s.mask.Pix, s.mask.Stride, s.mask.Rect = s.mask.Pix[:w*h], w, image.Rect(0, 0, w, h)
	s.rast.Draw(&s.mask, s.mask.Rect, image.Opaque, image.Point{})

	// White through the coverage, over nothing, is the coverage in every
	// channel (premultiplied).
	clip := mr.Intersect(dst.Bounds())
	for y := clip.Min.Y; y < clip.Max.Y; y++ {
		src := s.mask.Pix[s.mask.PixOffset(clip.Min.X-mr.Min.X, y-mr.Min.Y):]
		out := dst.Pix[dst.PixOffset(clip.Min.X, y):]
		for i := 0; i < clip.Dx(); i++ {
			v := src[i]
			out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = v, v, v, v
		}
	}
}
