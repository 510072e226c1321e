// Package show holds the display helpers that the gradient and backprop
// scenes share: numbers written the way their panels write them, and a
// model's output over a plane as a light colour map.
package show

import (
	"fmt"
	"math"
	"strings"
)

// Num writes v with three significant digits and the true minus sign; very
// large or small magnitudes as m·10ⁿ. A value that is not finite (which the
// engine never produces) is written as a dash, never as NaN.
func Num(v float64) string {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return "—"
	case v == 0:
		return "0"
	}
	a := math.Abs(v)
	var s string
	switch {
	case a >= 1e5 || a < 1e-3:
		e := int(math.Floor(math.Log10(a)))
		m := v / math.Pow(10, float64(e))
		if math.Abs(m) >= 9.995 { // rounding carried into the next power
			m /= 10
			e++
		}
		s = fmt.Sprintf("%.2f·10%s", m, sup(e))
	case a >= 1000:
		s = fmt.Sprintf("%.0f", v)
	default:
		s = fmt.Sprintf("%.3g", v)
	}
	return strings.ReplaceAll(s, "-", "−")
}

// sup writes an integer in superscript digits.
func sup(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	s := fmt.Sprint(n)
	var b strings.Builder
	for _, r := range s {
		if r == '-' {
			b.WriteString("⁻")
			continue
		}
		b.WriteString(string([]rune(digits)[r-'0']))
	}
	return b.String()
}

// Paren writes v in parentheses when it is negative, for products such as
// −(y − ŷ)·(−1.2).
func Paren(v float64) string {
	if v < 0 {
		return "(" + Num(v) + ")"
	}
	return Num(v)
}

// Signed writes v with an explicit sign: +0.031, −0.2, 0.
func Signed(v float64) string {
	if v > 0 {
		return "+" + Num(v)
	}
	return Num(v)
}
