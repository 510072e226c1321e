package ui

import (
	"bytes"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// The Append functions write after what the buffer holds, in every
// branch (Num, Fixed and Int are made from them: TestNum holds the rest),
// and allocate nothing once the buffer has room.
func TestAppendNumbers(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{string(AppendNum([]byte("x = "), 1.23e12)), "x = 1.23·10¹²"},
		{string(AppendNum([]byte("x = "), -5e-12)), "x = −5·10⁻¹²"},
		{string(AppendNum([]byte("x = "), -4321.6)), "x = −4322"},
		{string(AppendNum([]byte("x = "), 0)), "x = 0"},
		{string(AppendFixed([]byte("J = "), -0.001)), "J = −0.001"},
		{string(AppendFixed([]byte("J = "), -0.004999)), "J = −0.005"},
		{string(AppendFixed([]byte("J = "), -0.5)), "J = −0.50"},
		{string(AppendFixed([]byte("J = "), 0.00499)), "J = 0.00499"},
		{string(AppendInt([]byte("k = "), -1<<40)), "k = −1099511627776"},
		{string(AppendFloat([]byte("w = "), -3.14159, 'f', 3)), "w = −3.142"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
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
	onGameWithTwo(200, 40, func(a, b *ebiten.Image) {
		clr := color.RGBA{0xe0, 0x90, 0x20, 0xff}
		s := "−12.3·10⁻⁴ θ"
		wa := DrawText(a, s, 100.3, 5.6, 19, clr, AlignCenter)
		wb := DrawBytes(b, []byte(s), 100.3, 5.6, 19, clr, AlignCenter)
		if wa != wb || wa != MeasureBytes([]byte(s), 19) {
			t.Errorf("widths: DrawText %g, DrawBytes %g", wa, wb)
		}
		same, blank := samePixels(a, b)
		if !same {
			t.Error("DrawBytes drew other pixels than DrawText")
		}
		if blank {
			t.Error("nothing was drawn")
		}
		buf := []byte("0.123")
		if n := testing.AllocsPerRun(50, func() { DrawBytes(b, buf, 10, 5, 19, clr, AlignLeft) }); n > 2 {
			t.Errorf("DrawBytes allocates %.0f times a call", n)
		}
	})
}

// A line DrawBytes drew lately is drawn from its kept layout, with the
// same pixels, and lines that go back and forth (a number nudged up and
// down) are laid out once each; a kept layout is told apart by its size.
func TestDrawBytesKeepsRecentLayouts(t *testing.T) {
	onGameWithTwo(200, 40, func(a, b *ebiten.Image) {
		clr := color.RGBA{0x20, 0x90, 0xe0, 0xff}
		up, down := []byte("θ₁ = 1.05"), []byte("θ₁ = 1.00")
		DrawBytes(a, up, 100.3, 5.6, 19, clr, AlignCenter)
		n := bytesLaidOut
		buf := make([]byte, 0, 16)
		for i := range 10 {
			buf = append(buf[:0], down...)
			if i%2 == 1 {
				buf = append(buf[:0], up...)
			}
			DrawBytes(b, buf, 10, 5, 19, clr, AlignLeft)
		}
		if got := bytesLaidOut - n; got != 1 {
			t.Errorf("two lines drawn in turn were laid out %d times after the first, want 1", got)
		}
		DrawBytes(b, up, 10, 5, 20, clr, AlignLeft)
		if got := bytesLaidOut - n; got != 2 {
			t.Errorf("a line at another size was not laid out anew (%d layouts)", got)
		}
		b.Clear()
		DrawBytes(b, up, 100.3, 5.6, 19, clr, AlignCenter)
		if same, _ := samePixels(a, b); !same {
			t.Error("a kept layout drew other pixels than the line laid out anew")
		}
		if n := testing.AllocsPerRun(50, func() {
			for i := range keptBytesN + 1 { // more lines than are kept: slots reused
				buf = AppendInt(buf[:0], i)
				DrawBytes(b, buf, 10, 5, 19, clr, AlignLeft)
			}
		}); n > 2*(keptBytesN+1) {
			t.Errorf("drawing new lines allocates %.0f times", n)
		}
	})
}

// A line laid out by DrawText is measured from its kept width, which is
// the width measured before it was laid out.
func TestMeasureTextOfALaidOutLine(t *testing.T) {
	onGame(func() {
		img := ebiten.NewImage(300, 40)
		defer img.Deallocate()
		for _, s := range []string{"θ₁ = −2.05", "J(θ) = 0.693", "ŷ = σ(z)"} {
			before, _ := MeasureText(s+" ", 21)
			DrawText(img, s+" ", 0, 0, 21, color.White, AlignLeft)
			if lines[lineKey{s + " ", 21}] == nil {
				t.Fatalf("%q was not kept laid out", s)
			}
			if after, _ := MeasureText(s+" ", 21); after != before || after != face(21).width(s+" ") {
				t.Errorf("%q: %g wide laid out, %g before", s, after, before)
			}
		}
	})
}

// samePixels reports whether images a and b (of one size) hold the same
// pixels, and whether a is wholly transparent.
func samePixels(a, b *ebiten.Image) (same, blank bool) {
	n := 4 * a.Bounds().Dx() * a.Bounds().Dy()
	pa, pb := make([]byte, n), make([]byte, n)
	a.ReadPixels(pa)
	b.ReadPixels(pb)
	return bytes.Equal(pa, pb), bytes.Equal(pa, make([]byte, n))
}

// onGameWithTwo runs f in the game loop with two blank w×h images, freed
// after f: what a test that compares two ways of drawing the same thing
// needs.
func onGameWithTwo(w, h int, f func(a, b *ebiten.Image)) {
	onGame(func() {
		a, b := ebiten.NewImage(w, h), ebiten.NewImage(w, h)
		defer a.Deallocate()
		defer b.Deallocate()
		f(a, b)
	})
}
