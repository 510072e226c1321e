package ui

import (
	"slices"
	"testing"
)

// TestWrapTextKeepsItsLines: WrapText gives the same lines from its cache
// as it laid out the first time, for each size and width, and a caller's
// append to them does not change what the next caller gets.
func TestWrapTextKeepsItsLines(t *testing.T) {
	const s = "Los apuntes llaman a J error cuadrático medio pero escriben la suma"
	for _, w := range []float64{120, 260, 2000} {
		first := slices.Clone(WrapText(s, 16, w))
		if want := wrapText(s, 16, w); !slices.Equal(first, want) {
			t.Fatalf("width %v: %q, laid out anew %q", w, first, want)
		}
		got := WrapText(s, 16, w)
		_ = append(got, "extra")
		if again := WrapText(s, 16, w); !slices.Equal(again, first) {
			t.Errorf("width %v: %q after an append, first %q", w, again, first)
		}
	}
	if a, b := WrapText(s, 16, 120), WrapText(s, 16, 2000); len(a) <= len(b) {
		t.Errorf("a narrow width gave %d lines, a wide one %d", len(a), len(b))
	}
}
