package ui

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"github.com/neurona/neurona/assets"
)

// TestTextWidthIsTheFontsKernedAdvance holds the cached advances and
// kerning to x/image's own measure of the same face, and checks that the
// font subset kept its kerning (DejaVu Sans pulls A and V together).
func TestTextWidthIsTheFontsKernedAdvance(t *testing.T) {
	f, err := opentype.Parse(assets.FontTTF)
	if err != nil {
		t.Fatal(err)
	}
	for _, px := range []float64{9, 14.5, 30} {
		of, err := opentype.NewFace(f, &opentype.FaceOptions{Size: px, DPI: 72})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"AVAWTo", "θ₁ = −0.5 · ŷ", "∂L/∂θᵢ ≤ ∇", "", "  "} {
			want := float64(font.MeasureString(of, s)) / 64
			if got := face(px).width(s); got != want {
				t.Errorf("%v px: width(%q) = %v, want %v", px, s, got, want)
			}
			if got := face(px).width(s); got != want {
				t.Errorf("%v px: width(%q) from the cache = %v, want %v", px, s, got, want)
			}
		}
		if av, a, v := face(px).width("AV"), face(px).width("A"), face(px).width("V"); av >= a+v {
			t.Errorf("%v px: AV is %v wide, A+V %v: the font lost its kerning", px, av, a+v)
		}
	}
}

// inkBounds returns the box of the pixels of img brighter than half.
func inkBounds(img *ebiten.Image) image.Rectangle {
	r := img.Bounds()
	pix := make([]byte, 4*r.Dx()*r.Dy())
	img.ReadPixels(pix)
	var ink image.Rectangle
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			if pix[4*(y*r.Dx()+x)] > 128 {
				ink = ink.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return ink
}

// TestDrawTextInksItsOwnBox draws the notation's characters and checks that
// ink lands where MeasureText says the text is, and nowhere for a blank.
func TestDrawTextInksItsOwnBox(t *testing.T) {
	onGame(func() {
		dst := ebiten.NewImage(400, 100)
		defer dst.Deallocate()
		const x, y, px = 50.0, 20.0, 24.0
		s := "θσγŷ∂∇∑ ≤≥∈ x₁²"
		w := DrawText(dst, s, x, y, px, color.White, AlignLeft)
		ink := inkBounds(dst)
		if ink.Empty() {
			t.Fatal("DrawText drew nothing")
		}
		box := image.Rect(int(x)-2, int(y)-2, int(math.Ceil(x+w))+2, int(math.Ceil(y+px*1.25))+2)
		if !ink.In(box) {
			t.Errorf("ink %v outside the measured box %v", ink, box)
		}
		if ink.Dx() < int(0.9*w) {
			t.Errorf("ink %d px wide, text measured %v: glyphs missing", ink.Dx(), w)
		}
		dst.Clear()
		DrawText(dst, "   ", x, y, px, color.White, AlignLeft)
		if ink := inkBounds(dst); !ink.Empty() {
			t.Errorf("blanks drew ink at %v", ink)
		}
	})
}

// TestGlyphCacheStaysBounded draws text at many sizes with a small cache
// limit: the cache is emptied when full, and text drawn after that is
// whole again.
func TestGlyphCacheStaysBounded(t *testing.T) {
	onGame(func() {
		defer func(n int) { maxGlyphImages = n }(maxGlyphImages)
		maxGlyphImages = 40
		dst := ebiten.NewImage(400, 100)
		defer dst.Deallocate()
		for px := 8.0; px < 40; px += 0.5 {
			DrawText(dst, "abcdefghij", 0, 0, px, color.White, AlignLeft)
			if glyphImages > maxGlyphImages {
				t.Fatalf("%d glyph images cached, limit %d", glyphImages, maxGlyphImages)
			}
		}
		dst.Clear()
		w := DrawText(dst, "abcdefghij", 10, 10, 20, color.White, AlignLeft)
		if ink := inkBounds(dst); ink.Dx() < int(0.9*w) {
			t.Errorf("after the cache was emptied: ink %v, text %v px wide", ink, w)
		}
	})
}

func TestLaidOutLinesFollowTheAtlas(t *testing.T) {
	onGame(func() {
		l := laidOutLine("w = 0.25", 16) // six inked glyphs, two spaces
		if l == nil || len(l.is) != 6*6 || l.w != face(16).width("w = 0.25") {
			t.Fatalf("a plain line: %+v", l)
		}
		if laidOutLine("w = 0.25", 16) != l {
			t.Error("the same line at the same size is laid out again")
		}
		if laidOutLine("θ_{1}", 16) != nil {
			t.Error("a line with markup is kept")
		}
		dropGlyphImages()
		if l2 := laidOutLine("w = 0.25", 16); l2 == l {
			t.Error("a line laid out before the atlas was emptied is still used")
		}
	})
}

// The atlas may fill, and be emptied, while a new line is laid out: the
// lines kept before then point at glyphs that are gone, and drew as
// scraps of other glyphs (a whole title bar, after a lesson had shown
// several scenes at several sizes).
func TestLinesKeptBeforeTheAtlasEmptiedWhileLayingOutAreDropped(t *testing.T) {
	onGame(func() {
		defer func(n int) { maxGlyphImages = n }(maxGlyphImages)
		dropGlyphImages()
		a := laidOutLine("abc", 20)
		maxGlyphImages = glyphImages + 1 // the second new glyph empties the atlas
		gen := atlasGen
		laidOutLine("xyz", 20)
		if atlasGen == gen {
			t.Fatal("laying out xyz did not empty the atlas")
		}
		maxGlyphImages = 1 << 20
		if laidOutLine("abc", 20) == a {
			t.Error("abc, laid out before the atlas was emptied, is still used")
		}
	})
}
