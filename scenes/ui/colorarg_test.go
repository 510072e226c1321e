package ui

import (
	"image/color"
	"testing"
)

// rgbaOf gives what RGBA gives for every colour type of image/color.
func TestRGBAOfMatchesRGBA(t *testing.T) {
	for _, c := range []color.Color{
		color.RGBA{10, 20, 30, 40}, color.NRGBA{200, 100, 50, 128}, color.RGBA64{1000, 2000, 3000, 4000},
		color.NRGBA64{60000, 30000, 100, 30000}, color.Alpha{77}, color.Alpha16{9999}, color.Gray{33},
		color.Gray16{4444}, color.CMYK{10, 20, 30, 40}, color.YCbCr{100, 120, 140}, color.NYCbCrA{color.YCbCr{100, 120, 140}, 90},
		color.Transparent, color.White, &color.RGBA{90, 80, 70, 200}, &Dark.Accent,
	} {
		r, g, b, a := c.RGBA()
		gr, gg, gb, ga := rgbaOf(c)
		if [4]uint32{r, g, b, a} != [4]uint32{gr, gg, gb, ga} {
			t.Errorf("%T %v: rgbaOf = %v, RGBA = %v", c, c, [4]uint32{gr, gg, gb, ga}, [4]uint32{r, g, b, a})
		}
	}
}

// A colour handed to rgbaOf through the color.Color interface stays on
// the caller's stack: the primitives that take one box nothing.
func TestRGBAOfKeepsColourOnStack(t *testing.T) {
	th := Dark
	n := testing.AllocsPerRun(100, func() {
		sink += throughInterface(th.Accent) + throughInterface(WithAlpha(th.Line, 0x80))
	})
	if n != 0 {
		t.Errorf("%v allocations a call, want 0", n)
	}
}

var sink uint32

//go:noinline
func throughInterface(c color.Color) uint32 {
	r, _, _, a := rgbaOf(c)
	_, _, _, fa := colorScaleOf(c)
	return r + a + uint32(fa)
}
