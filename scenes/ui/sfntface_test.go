package ui

import (
	"bytes"
	"image"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// TestSFNTFaceIsOpenTypesFace holds sfntFace to x/image's opentype.Face
// at 72 dpi, unhinted, as the app made it before (drawing through
// font.Drawer): the same metrics, advances, bounds and kerning, and the
// same pixels for every glyph of the embedded font at several sizes and
// subpixel offsets, plus a rune it lacks.
func TestSFNTFaceIsOpenTypesFace(t *testing.T) {
	f := fontData()
	var runes []rune
	var b sfntFace
	b.f = f
	for r := rune(0x20); r < 0x2400; r++ {
		if x, err := f.GlyphIndex(&b.buf, r); err == nil && x != 0 {
			runes = append(runes, r)
		}
	}
	if len(runes) < 300 {
		t.Fatalf("the font covers only %d runes below U+2400", len(runes))
	}
	runes = append(runes, '中', '\uFFFD') // no glyph
	pairs := []rune("AVWTYoeLy.,θ₁ŷ")
	for _, px := range []float64{4, 9.5, 14, 27.5, 64} {
		of, err := opentype.NewFace(f, &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			t.Fatal(err)
		}
		s := newSFNTFace(f, px)
		if got, want := s.metrics(), of.Metrics(); got != want {
			t.Errorf("%v px: metrics %+v, opentype's %+v", px, got, want)
		}
		for _, r0 := range pairs {
			for _, r1 := range pairs {
				if got, want := s.kern(r0, r1), of.Kern(r0, r1); got != want {
					t.Errorf("%v px: kern(%q, %q) = %v, opentype's %v", px, r0, r1, got, want)
				}
			}
		}
		drawn := 0
		for _, r := range runes {
			a, _ := of.GlyphAdvance(r)
			if got := s.glyphAdvance(r); got != a {
				t.Errorf("%v px: advance of %q %v, opentype's %v", px, r, got, a)
			}
			bd, _, _ := of.GlyphBounds(r)
			if got := s.glyphBounds(r); got != bd {
				t.Errorf("%v px: bounds of %q %v, opentype's %v", px, r, got, bd)
			}
			w, h := (bd.Max.X-bd.Min.X).Ceil()+1, (bd.Max.Y-bd.Min.Y).Ceil()+1
			for _, dx := range []fixed.Int26_6{0, 8, 37} {
				dot := fixed.Point26_6{X: -bd.Min.X + dx, Y: -bd.Min.Y + bd.Min.Y&63}
				want := image.NewRGBA(image.Rect(0, 0, w, h))
				d := font.Drawer{Dst: want, Src: image.White, Face: of, Dot: dot}
				d.DrawString(string(r))
				got := image.NewRGBA(want.Rect)
				s.drawGlyph(got, r, dot)
				if !bytes.Equal(got.Pix, want.Pix) {
					t.Errorf("%v px: %q at +%d/64 px differs from font.Drawer's", px, r, dx)
				}
				if bytes.ContainsFunc(got.Pix, func(c rune) bool { return c != 0 }) {
					drawn++
				}
			}
		}
		if drawn < len(runes) {
			t.Errorf("%v px: only %d of %d glyph images have ink", px, drawn, 3*len(runes))
		}
	}
}
