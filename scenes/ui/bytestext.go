package ui

import (
	"image/color"
	"math"
	"strconv"
	"unsafe"

	"github.com/hajimehoshi/ebiten/v2"
)

// Numbers that change every frame (a weight while training, the step
// counter) would make a new string each frame, and DrawText would keep a
// laid-out copy of each: garbage that a WebAssembly page pays for in
// collector pauses, on the one thread that also runs Update and Draw.
// Such text is written with the Append functions into a buffer the scene
// keeps, and drawn from there with DrawBytes, which keeps nothing.

// AppendNum appends Num(v)'s text to b, allocating nothing once b has
// room.
func AppendNum(b []byte, v float64) []byte {
	switch {
	case math.IsNaN(v):
		return append(b, "—"...)
	case math.IsInf(v, 1):
		return append(b, "∞"...)
	case math.IsInf(v, -1):
		return append(b, "−∞"...)
	case v == 0:
		return append(b, '0')
	}
	a := math.Abs(v)
	start := len(b)
	switch {
	case a >= 1e5 || a < 1e-3:
		e := int(math.Floor(math.Log10(a)))
		m := v / math.Pow(10, float64(e))
		if math.Abs(m) >= 9.995 { // rounding carried into the next power
			m /= 10
			e++
		}
		b = strconv.AppendFloat(b, m, 'f', 2, 64)
		for b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if b[len(b)-1] == '.' {
			b = b[:len(b)-1]
		}
		b = append(b, "·10"...)
		b = appendSuperscript(b, e)
	case a >= 1000:
		b = strconv.AppendFloat(b, v, 'f', 0, 64)
	default:
		b = strconv.AppendFloat(b, v, 'g', 3, 64)
	}
	return trueMinus(b, start)
}

// AppendFixed appends Fixed(v)'s text to b.
func AppendFixed(b []byte, v float64) []byte {
	a := math.Abs(v)
	if math.IsNaN(v) || math.IsInf(v, 0) || (a != 0 && (a < 0.005 || a >= 1e4)) {
		return AppendNum(b, v)
	}
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', 2, 64)
	if string(b[start:]) == "-0.00" {
		b = append(b[:start], "0.00"...)
	}
	return trueMinus(b, start)
}

// AppendFloat appends v as strconv.AppendFloat formats it, with the true
// minus sign "−": for a scene's own number formats.
func AppendFloat(b []byte, v float64, format byte, prec int) []byte {
	start := len(b)
	return trueMinus(strconv.AppendFloat(b, v, format, prec, 64), start)
}

// AppendInt appends Int(n)'s text to b.
func AppendInt(b []byte, n int) []byte {
	start := len(b)
	return trueMinus(strconv.AppendInt(b, int64(n), 10), start)
}

// trueMinus writes a minus sign at b[start] as "−", as Num does.
func trueMinus(b []byte, start int) []byte {
	if start >= len(b) || b[start] != '-' {
		return b
	}
	b = append(b, 0, 0)
	copy(b[start+3:], b[start+1:])
	copy(b[start:], "−")
	return b
}

// appendSuperscript appends n in superscript digits: ⁻¹², the exponent
// of Num's m·10ⁿ.
func appendSuperscript(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, "⁻"...)
		n = -n
	}
	var d [20]int
	k := 0
	for {
		d[k] = n % 10
		k++
		n /= 10
		if n == 0 {
			break
		}
	}
	for k > 0 {
		k--
		b = append(b, superDigits[d[k]]...)
	}
	return b
}

var superDigits = [10]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

// bytesString reads b as a string for the length of a call that keeps
// nothing of it (measuring and laying out glyphs), without copying it.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// MeasureBytes returns the width in pixels of b, one line of plain text
// (no markup), at size px.
func MeasureBytes(b []byte, px float64) float64 { return face(px).width(bytesString(b)) }

// FitBytes is FitText for text held in a buffer.
func FitBytes(b []byte, px, w float64) float64 {
	tw := MeasureBytes(b, px)
	if tw <= w || tw == 0 {
		return px
	}
	return math.Max(6, px*w/tw)
}

// DrawBytes draws b, one line of plain text (no markup) in a buffer the
// caller reuses, as DrawText would draw it, and returns its width. It
// keeps a copy of the last few lines laid out (laidOutBytes), in buffers
// of its own: for text that changes from frame to frame.
func DrawBytes(dst *ebiten.Image, b []byte, x, y, px float64, c color.Color, align Align) float64 {
	if textDrawn != nil {
		textDrawn(string(b), px)
	}
	if len(b) <= 8000 {
		return laidOutBytes(b, px).draw(dst, x, y, c, align)
	}
	s := bytesString(b)
	w := face(px).width(s)
	line := [1]span{{s, 0}}
	drawSpans(dst, line[:], align.Left(x, w), y, px, c)
	return w
}

// WatchText calls f with every text drawn from now on (its text and size
// in pixels) until stop is called: for tests that hold a scene's text to
// a legible size.
func WatchText(f func(s string, px float64)) (stop func()) {
	textDrawn = f
	return func() { textDrawn = nil }
}
