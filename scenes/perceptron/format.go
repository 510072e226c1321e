package perceptron

import (
	"fmt"
	"math"
	"strings"
)

// num writes a number for the panel: three significant digits, the true
// minus sign "−", no "-0", and "∞" for infinities.
func num(v float64) string {
	switch {
	case math.IsNaN(v):
		return "—"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "−∞"
	case v == 0:
		return "0"
	}
	s := fmt.Sprintf("%.3g", v)
	if strings.Contains(s, "e") {
		// 1.5e+06 → 1.5·10⁶
		mant, exp, _ := strings.Cut(s, "e")
		e := strings.TrimLeft(strings.TrimPrefix(exp, "+"), "0")
		if strings.HasPrefix(exp, "-") {
			e = "-" + strings.TrimLeft(exp[1:], "0")
		}
		s = mant + "·10^{" + e + "}"
	}
	return strings.ReplaceAll(s, "-", "−")
}

// vec writes a 2-vector as (a, b).
func vec(v [2]float64) string { return "(" + num(v[0]) + ", " + num(v[1]) + ")" }

// signed writes an integer with a true minus sign.
func signed(v int) string { return strings.ReplaceAll(fmt.Sprint(v), "-", "−") }
