package ui

import (
	"slices"
	"testing"
)

func TestLadder125(t *testing.T) {
	l := Ladder125(0.001, 1)
	want := Ladder{0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1}
	if !slices.Equal(l, want) {
		t.Fatalf("Ladder125(0.001, 1) = %v, want %v", l, want)
	}
	if got := Ladder125(0.01, 1e6); got[0] != 0.01 || got[len(got)-1] != 1e6 || len(got) != 25 {
		t.Errorf("Ladder125(0.01, 1e6) = %v", got)
	}
	for _, c := range []struct {
		v    float64
		up   bool
		want float64
	}{
		{0.1, true, 0.2}, {0.1, false, 0.05}, {0.3, true, 0.5}, {0.3, false, 0.2},
		{1, true, 1}, {0.001, false, 0.001}, {7, false, 1}, {1e-9, true, 0.001},
	} {
		if got := l.Step(c.v, c.up); got != c.want {
			t.Errorf("Step(%v, %v) = %v, want %v", c.v, c.up, got, c.want)
		}
	}
}
