package region

import (
	"fmt"
	"math"
	"strings"
)

// Num writes a parameter or an output for the panels: two decimals for
// everyday sizes, three significant digits for tiny or huge ones, with the
// true minus sign "−" of printed mathematics. NaN and ±Inf never reach the
// screen: they are written as "—" and "±∞".
func Num(v float64) string {
	a := math.Abs(v)
	var s string
	switch {
	case math.IsNaN(v):
		return "—"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "−∞"
	case a != 0 && (a < 0.005 || a >= 1e4):
		s = fmt.Sprintf("%.3g", v)
	default:
		s = fmt.Sprintf("%.2f", v)
	}
	if s == "-0.00" {
		s = "0.00"
	}
	return strings.ReplaceAll(s, "-", "−")
}

// Paren writes Num(v) in parentheses when it is negative, for a product
// such as 2·(−0.30).
func Paren(v float64) string {
	s := Num(v)
	if strings.HasPrefix(s, "−") {
		return "(" + s + ")"
	}
	return s
}

// Signed writes " + v" or " − |v|", for the last term of a sum.
func Signed(v float64) string {
	s := Num(v)
	if rest, ok := strings.CutPrefix(s, "−"); ok {
		return " − " + rest
	}
	return " + " + s
}

// Short writes v with three significant digits ("20", "−0.5", "0.999",
// "1.2e+03"), for matrices and tables where columns are narrow.
func Short(v float64) string {
	switch {
	case math.IsNaN(v):
		return "—"
	case math.IsInf(v, 0):
		return Num(v)
	}
	s := fmt.Sprintf("%.3g", v)
	if s == "-0" {
		s = "0"
	}
	return strings.ReplaceAll(s, "-", "−")
}
