package pngwrite

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"testing"
)

// picture is a w×h RGBA image at (x0, y0), inside a larger one so that its
// stride is not 4w: smooth gradients with noise (as a screenshot's fields
// and text), with alpha from alpha(x, y).
func picture(x0, y0, w, h int, alpha func(x, y int) uint8) *image.RGBA {
	big := image.NewRGBA(image.Rect(x0-3, y0-2, x0+w+5, y0+h+1))
	r := rand.New(rand.NewPCG(1, 2))
	for y := y0; y < y0+h; y++ {
		for x := x0; x < x0+w; x++ {
			a := alpha(x, y)
			c := color.NRGBA{uint8(x * 3), uint8(y * 5), uint8(r.IntN(6) + 120), a}
			big.Set(x, y, c)
		}
	}
	return big.SubImage(image.Rect(x0, y0, x0+w, y0+h)).(*image.RGBA)
}

// samePixels fails unless a and b decode to the same non-premultiplied
// colours over the same bounds.
func samePixels(t *testing.T, a, b []byte) {
	t.Helper()
	ma, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatalf("decoding ours: %v", err)
	}
	mb, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decoding image/png's: %v", err)
	}
	if ma.Bounds() != mb.Bounds() {
		t.Fatalf("bounds %v, image/png's %v", ma.Bounds(), mb.Bounds())
	}
	if ma.ColorModel() != mb.ColorModel() {
		t.Fatalf("colour model differs from image/png's")
	}
	bd := ma.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			ca := color.NRGBAModel.Convert(ma.At(x, y))
			cb := color.NRGBAModel.Convert(mb.At(x, y))
			if ca != cb {
				t.Fatalf("pixel (%d, %d) is %v, image/png's %v", x, y, ca, cb)
			}
		}
	}
}

func TestEncodeReadsAsImagePNG(t *testing.T) {
	opaque := func(int, int) uint8 { return 0xff }
	translucent := func(x, y int) uint8 { return uint8((x*7 + y*13) % 256) } // 0 and 255 among them
	cases := []struct {
		name string
		m    *image.RGBA
	}{
		{"opaque", picture(0, 0, 67, 41, opaque)},
		{"opaque, offset sub-image", picture(5, 9, 33, 20, opaque)},
		{"translucent", picture(2, 3, 40, 31, translucent)},
		{"one pixel", picture(0, 0, 1, 1, opaque)},
		{"one column", picture(0, 0, 1, 17, translucent)},
		{"wide", picture(0, 0, 3000, 3, opaque)}, // rows longer than one IDAT chunk
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ours, theirs bytes.Buffer
			if err := Encode(&ours, c.m); err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(&theirs, c.m); err != nil {
				t.Fatal(err)
			}
			samePixels(t, ours.Bytes(), theirs.Bytes())
		})
	}
}

func TestEncodeFiltersRows(t *testing.T) {
	// A smooth picture compresses well only with the rows filtered: ours
	// must stay near image/png's size (unfiltered it is over twice as big).
	m := picture(0, 0, 400, 300, func(int, int) uint8 { return 0xff })
	var ours, theirs bytes.Buffer
	if err := Encode(&ours, m); err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(&theirs, m); err != nil {
		t.Fatal(err)
	}
	if ours.Len() > theirs.Len()*11/10 {
		t.Errorf("%d bytes, image/png %d: the filters do not work", ours.Len(), theirs.Len())
	}
}

func TestEncodeRefusesEmpty(t *testing.T) {
	if err := Encode(&bytes.Buffer{}, image.NewRGBA(image.Rect(0, 0, 0, 5))); err == nil {
		t.Error("an empty image encoded without an error")
	}
}

// failAfter fails every write after n bytes.
type failAfter struct{ n int }

var errFull = errors.New("disk full")

func (f *failAfter) Write(b []byte) (int, error) {
	if len(b) > f.n {
		return 0, errFull
	}
	f.n -= len(b)
	return len(b), nil
}

func TestEncodeReportsWriteErrors(t *testing.T) {
	m := picture(0, 0, 200, 200, func(int, int) uint8 { return 0xff })
	for _, n := range []int{0, 8, 30, 5000} {
		if err := Encode(&failAfter{n}, m); !errors.Is(err, errFull) {
			t.Errorf("writer failing after %d bytes: error %v, want %v", n, err, errFull)
		}
	}
}
