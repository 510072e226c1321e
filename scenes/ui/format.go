package ui

import (
	"math"
	"strings"
)

// Num writes a number for a panel the way printed mathematics does: three
// significant digits, the true minus sign "−", no "−0", m·10ⁿ for
// magnitudes from 10⁵ up or below 10⁻³, "∞" for infinities and a dash for
// NaN (which the engine never produces, but a panel never shows "NaN").
func Num(v float64) string {
	var buf [32]byte
	return string(AppendNum(buf[:0], v))
}

// Overflowed reports whether v is not a number a panel may print: NaN, an
// infinity, or a magnitude of 10³⁰⁰ or more, which in a panel's formula is
// an overflow or a clamped division by zero, not a measurement. Such a
// value is explained in words (NumOr), never shown as "∞" or as a giant.
func Overflowed(v float64) bool { return !(math.Abs(v) < 1e300) }

// NumOr writes v as Num does, or why when v Overflowed: a sentence that
// says in words what could not be computed ("γ is too small beside R to
// compute R²/γ²").
func NumOr(v float64, why string) string {
	if Overflowed(v) {
		return why
	}
	return Num(v)
}

// Fixed writes v with two decimals (2.00, −0.50), for parameters shown side
// by side in tables, falling back to Num for magnitudes two decimals cannot
// show.
func Fixed(v float64) string {
	var buf [32]byte
	return string(AppendFixed(buf[:0], v))
}

// Int writes a whole number with the true minus sign.
func Int(n int) string {
	var buf [24]byte
	return string(AppendInt(buf[:0], n))
}

// Vec writes a 2-vector as (a, b).
func Vec(v [2]float64) string { return "(" + Num(v[0]) + ", " + Num(v[1]) + ")" }

// Paren writes Num(v) in parentheses when v is negative, for a factor in a
// product such as 2·(−0.3).
func Paren(v float64) string { return parenOf(Num(v)) }

// ParenFixed is Paren with Fixed's two decimals: 2·(−0.30).
func ParenFixed(v float64) string { return parenOf(Fixed(v)) }

func parenOf(s string) string {
	if strings.HasPrefix(s, "−") {
		return "(" + s + ")"
	}
	return s
}

// Signed writes v with an explicit sign: +0.031, −0.2, 0.
func Signed(v float64) string {
	if v > 0 {
		return "+" + Num(v)
	}
	return Num(v)
}

// Term writes v as the next term of a sum: " + 0.3" or " − 0.3".
func Term(v float64) string { return termOf(Num(v)) }

// TermFixed is Term with Fixed's two decimals: " − 1.00".
func TermFixed(v float64) string { return termOf(Fixed(v)) }

func termOf(s string) string {
	if rest, ok := strings.CutPrefix(s, "−"); ok {
		return " − " + rest
	}
	return " + " + s
}
