package ui

import (
	"bytes"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// The Append functions write what Num, Fixed and Int write, in every
// branch: the exponent form, whole thousands, three significant digits,
// the true minus sign, the constants.
func TestAppendWritesWhatTheStringFormsWrite(t *testing.T) {
	vs := []float64{0, 1, -1, 0.5, -0.5, 1e-3, 9.99e-4, -2.345e-5, 1e5, -123456, 9.996e4, 99999.7,
		1000, -4321.6, 999.96, 12.345, -0.0049, 0.005, -0.004999, 1e4, 1.2e300, -7e-300,
		math.Inf(1), math.Inf(-1), math.NaN(), 3.14159, -20, 0.1 + 0.2}
	for _, v := range vs {
		if got := string(AppendNum([]byte("x"), v)); got != "x"+Num(v) {
			t.Errorf("AppendNum(%g) = %q, Num = %q", v, got, "x"+Num(v))
		}
		if got := string(AppendFixed(nil, v)); got != Fixed(v) {
			t.Errorf("AppendFixed(%g) = %q, Fixed = %q", v, got, Fixed(v))
		}
	}
	for _, n := range []int{0, 7, -7, 12345, -1 << 40} {
		if got := string(AppendInt(nil, n)); got != Int(n) {
			t.Errorf("AppendInt(%d) = %q, Int = %q", n, got, Int(n))
		}
	}
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() {
		buf = AppendNum(buf[:0], -0.01234)
		buf = AppendNum(buf, 4.2e-7)
		buf = AppendFixed(buf, -3.5)
		buf = AppendInt(buf, -420)
	}); n != 0 {
		t.Errorf("appending numbers allocates %.0f times", n)
	}
}

// DrawBytes draws the same pixels as DrawText, allocating nothing.
func TestDrawBytesDrawsWhatDrawTextDraws(t *testing.T) {
	onGame(func() {
		a, b := ebiten.NewImage(200, 40), ebiten.NewImage(200, 40)
		defer a.Deallocate()
		defer b.Deallocate()
		clr := color.RGBA{0xe0, 0x90, 0x20, 0xff}
		s := "−12.3·10⁻⁴ θ"
		wa := DrawText(a, s, 100.3, 5.6, 19, clr, AlignCenter)
		wb := DrawBytes(b, []byte(s), 100.3, 5.6, 19, clr, AlignCenter)
		if wa != wb || wa != MeasureBytes([]byte(s), 19) {
			t.Errorf("widths: DrawText %g, DrawBytes %g", wa, wb)
		}
		pa, pb := make([]byte, 4*200*40), make([]byte, 4*200*40)
		a.ReadPixels(pa)
		b.ReadPixels(pb)
		if !bytes.Equal(pa, pb) {
			t.Error("DrawBytes drew other pixels than DrawText")
		}
		if bytes.Equal(pa, make([]byte, len(pa))) {
			t.Error("nothing was drawn")
		}
		buf := []byte("0.123")
		if n := testing.AllocsPerRun(50, func() { DrawBytes(b, buf, 10, 5, 19, clr, AlignLeft) }); n > 2 {
			t.Errorf("DrawBytes allocates %.0f times a call", n)
		}
	})
}
