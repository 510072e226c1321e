package ui

import "testing"

// TestRegionTintsAreClassColours holds the themes' region tints, written as
// literals for the bundle's size, to what they stand for: the class colour
// at a low alpha (WithAlpha).
func TestRegionTintsAreClassColours(t *testing.T) {
	for _, c := range []struct {
		th    *Theme
		alpha uint8
	}{{Dark, 0x40}, {Light, 0x38}} {
		if want := WithAlpha(c.th.ClassPos, c.alpha); c.th.RegionPos != want {
			t.Errorf("%s: RegionPos = %v, want WithAlpha(ClassPos) = %v", c.th.Name, c.th.RegionPos, want)
		}
		if want := WithAlpha(c.th.ClassNeg, c.alpha); c.th.RegionNeg != want {
			t.Errorf("%s: RegionNeg = %v, want WithAlpha(ClassNeg) = %v", c.th.Name, c.th.RegionNeg, want)
		}
	}
}
