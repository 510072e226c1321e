package ui

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

func TestNum(t *testing.T) {
	cases := map[float64]string{
		0: "0", 1: "1", -0.5: "−0.5", 2.0 / 3: "0.667", 1234.6: "1235", -12.345: "−12.3",
		1.5e6: "1.5·10⁶", 1e6: "1·10⁶", -2.5e-4: "−2.5·10⁻⁴", 99999: "99999", 9.9999e5: "1·10⁶",
		math.Inf(1): "∞", math.Inf(-1): "−∞", math.NaN(): "—",
	}
	for v, want := range cases {
		if got := Num(v); got != want {
			t.Errorf("Num(%g) = %q, want %q", v, got, want)
		}
	}
}

func TestFixedParenSignedTerm(t *testing.T) {
	if got := Fixed(2); got != "2.00" {
		t.Errorf("Fixed(2) = %q", got)
	}
	if got := Fixed(-0.0001); got != "−1·10⁻⁴" {
		t.Errorf("Fixed(−0.0001) = %q", got)
	}
	if got := Paren(-0.3) + Signed(0.25) + Term(-4) + Int(-3) + Vec([2]float64{1, -0.5}); got != "(−0.3)+0.25 − 4−3(1, −0.5)" {
		t.Errorf("got %q", got)
	}
}

func TestFixedVariants(t *testing.T) {
	for v, want := range map[float64]string{-1: "−1.00", 2: "2.00", 0.004: "0.004", 12345: "12345", math.Inf(-1): "−∞"} {
		if got := Fixed(v); got != want {
			t.Errorf("Fixed(%g) = %q, want %q", v, got, want)
		}
	}
	if ParenFixed(-1) != "(−1.00)" || ParenFixed(1) != "1.00" || TermFixed(-1) != " − 1.00" || TermFixed(1) != " + 1.00" {
		t.Error("ParenFixed or TermFixed")
	}
}

func TestNumOrExplainsOverflow(t *testing.T) {
	why := "too small to compute"
	for _, c := range []struct {
		v    float64
		want string
	}{
		{math.Inf(1), why}, {math.Inf(-1), why}, {math.NaN(), why},
		{math.MaxFloat64, why}, {-math.MaxFloat64, why}, {1e300, why}, {-1e301, why},
		{1e299, Num(1e299)}, {1e12, Num(1e12)}, {0, "0"}, {-2.5, "−2.5"}, {5e-324, Num(5e-324)},
	} {
		if got := NumOr(c.v, why); got != c.want {
			t.Errorf("NumOr(%g) = %q, want %q", c.v, got, c.want)
		}
	}
}

// Fixed writes what fmt's %.2f writes (with the true minus sign), for
// values across its range and at its edges, and allocates once.
func TestFixedMatchesPrintf(t *testing.T) {
	vals := []float64{0, 1, -1, 0.005, -0.005, 0.00499, 0.125, -0.125, 2.675, -2.675, 9999.994, -9999.996, 1234.5678, math.Copysign(0, -1)}
	for i := range 2000 {
		vals = append(vals, float64(i-1000)*0.013577, float64(i)*7.77e-3-3)
	}
	for _, v := range vals {
		a := math.Abs(v)
		if a != 0 && (a < 0.005 || a >= 1e4) {
			continue // written by Num
		}
		want := fmt.Sprintf("%.2f", v)
		if want == "-0.00" {
			want = "0.00"
		}
		want = strings.ReplaceAll(want, "-", "−")
		if got := Fixed(v); got != want {
			t.Errorf("Fixed(%v) = %q, want %q", v, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { sinkStr = Fixed(-1.2345) }); n > 1 {
		t.Errorf("Fixed allocates %v times", n)
	}
}

var sinkStr string
