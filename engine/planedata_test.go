package engine

import (
	"math"
	"testing"
)

func TestGenerateData(t *testing.T) {
	for _, kind := range DataKinds {
		if k, err := ParseDataKind(kind.String()); err != nil || k != kind {
			t.Errorf("%v does not parse back: %v %v", kind, k, err)
		}
		for _, noise := range []float64{0, 0.5, 1, math.NaN(), 1e300} {
			pts := GenerateData(kind, 101, noise, 3)
			if len(pts) != 101 {
				t.Fatalf("%v: %d points", kind, len(pts))
			}
			count := make([]int, kind.Classes())
			for _, p := range pts {
				if p.Class < 0 || p.Class >= kind.Classes() {
					t.Fatalf("%v: class %d", kind, p.Class)
				}
				count[p.Class]++
				lim := 1.3
				if noise != 0 && !math.IsNaN(noise) {
					lim = 8 // Gaussian jitter of sd ≤ 0.55: 12 sd
				}
				if ValidPoint(Point{X: p.X, Y: 1}) != nil || math.Abs(p.X[0]) > lim || math.Abs(p.X[1]) > lim {
					t.Fatalf("%v noise %g: point %v", kind, noise, p.X)
				}
			}
			for c, m := range count {
				if m < 101/kind.Classes() {
					t.Errorf("%v: class %d has %d points", kind, c, m)
				}
			}
		}
		a, b := GenerateData(kind, 20, 0.3, 1), GenerateData(kind, 20, 0.3, 2)
		if a[0] == b[0] && a[1] == b[1] {
			t.Errorf("%v: seeds 1 and 2 give the same points", kind)
		}
		if c := GenerateData(kind, 20, 0.3, 1); c[5] != a[5] {
			t.Errorf("%v: not a function of the seed", kind)
		}
	}
	if len(GenerateData(XORData, -4, 0, 1)) != 0 || len(GenerateData(XORData, 1e9, 0, 1)) != MaxPoints {
		t.Error("n is not clamped")
	}
}

// TestGenerateDataShapes checks each shape's defining property at zero noise.
func TestGenerateDataShapes(t *testing.T) {
	for _, p := range GenerateData(XORData, 200, 0, 1) {
		if (p.X[0]*p.X[1] < 0) != (p.Class == 1) {
			t.Fatalf("xor: %v class %d", p.X, p.Class)
		}
	}
	for _, p := range GenerateData(CircleData, 200, 0, 1) {
		r := math.Hypot(p.X[0], p.X[1])
		if (r > 0.6) != (p.Class == 1) {
			t.Fatalf("circle: radius %g class %d", r, p.Class)
		}
	}
}

func TestSplitMask(t *testing.T) {
	for _, c := range []struct {
		n    int
		frac float64
		want int
	}{{100, 0.3, 30}, {7, 0.5, 4}, {10, 0, 0}, {10, 1, 10}, {10, math.NaN(), 0}, {10, 5, 10}, {0, 0.5, 0}} {
		m := SplitMask(c.n, c.frac, 1)
		got := 0
		for _, v := range m {
			if v {
				got++
			}
		}
		if len(m) != c.n || got != c.want {
			t.Errorf("SplitMask(%d, %g): %d of %d held out, want %d", c.n, c.frac, got, len(m), c.want)
		}
	}
	pts := GenerateData(MoonsData, 50, 0.1, 1)
	mask := SplitMask(50, 0.2, 9)
	train, test := Split(pts, mask)
	if len(train) != 40 || len(test) != 10 {
		t.Fatalf("%d train, %d test", len(train), len(test))
	}
	a, b := SplitMask(50, 0.2, 9), SplitMask(50, 0.2, 10)
	same := true
	for i := range a {
		same = same && a[i] == b[i] && a[i] == mask[i]
	}
	if same {
		t.Error("the split does not depend on the seed")
	}
}
