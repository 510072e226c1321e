package show

import "testing"

func TestNum(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", -0.5: "−0.5", 0.123456: "0.123", 1234.5: "1234", -1.5e6: "−1.50·10⁶",
		2.5e-5: "2.50·10⁻⁵", 9.9996e5: "1.00·10⁶", 42: "42",
	} {
		if got := Num(v); got != want {
			t.Errorf("Num(%g) = %q, want %q", v, got, want)
		}
	}
	if Paren(-2) != "(−2)" || Paren(2) != "2" || Signed(0.5) != "+0.5" || Signed(-0.5) != "−0.5" {
		t.Error("Paren / Signed")
	}
}
