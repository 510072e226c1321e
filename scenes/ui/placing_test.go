package ui

import (
	"math"
	"testing"

	"github.com/neurona/neurona/scenes/ui/place"
)

// TestPlaceTextFitsTheText: the placed box holds the text as measured
// plus its plate, and converts back to the same Rect.
func TestPlaceTextFitsTheText(t *testing.T) {
	r := Rect{10, 20, 600, 400}
	if got := BoxRect(r.Box()); got != r {
		t.Fatalf("Rect → Box → Rect: %v, want %v", got, r)
	}
	p := place.New(r.Box())
	p.AddMarker(100, 100, 6)
	pl := PlaceText(p, "x_{1}", place.Around(100, 100, 6), 18, 3)
	w, h := MeasureText("x_{1}", 18)
	if pl.Box.W() != w+6 || pl.Box.H() != h+6 {
		t.Errorf("box %v×%v, want %v×%v", pl.Box.W(), pl.Box.H(), w+6, h+6)
	}
	if !pl.Free || pl.Ring != 0 || pl.Dir != place.Right || pl.Box.Overlaps(place.Around(100, 100, 6)) {
		t.Errorf("the label %+v is not right of its point, clear of it", pl)
	}
}

// TestPlaceTextFitShrinks: a label too large for the only free room
// shrinks until it fits, never under the minimum; with no room at all it
// takes the minimum size and the least covering place; with room it keeps
// its size.
func TestPlaceTextFitShrinks(t *testing.T) {
	// A 200×40 area whose left half is full of points: the label for the
	// point at the right edge's middle fits only in the right half.
	bounds := place.Box{X0: 0, Y0: 0, X1: 200, Y1: 40}
	p := place.New(bounds)
	for x := 5.0; x < 100; x += 10 {
		for y := 5.0; y < 40; y += 10 {
			p.AddMarker(x, y, 4)
		}
	}
	w60, _ := MeasureText("a > 0", 60)
	if w60 <= 100 {
		t.Fatalf("test setup: the text at 60 px is %g wide, not wider than the free half", w60)
	}
	pl, sz, pd := PlaceTextFit(p, "a > 0", place.Box{X0: 150, Y0: 20, X1: 150, Y1: 20}, 60, 10, 6)
	if !pl.Free || sz >= 60 || sz < 10 || math.Abs(pd-6*sz/60) > 1e-9 {
		t.Fatalf("placed %+v at %g px (pad %g): want a free place at a size under 60, at least 10", pl, sz, pd)
	}
	for _, m := range p.Markers() {
		if pl.Box.Overlaps(m) {
			t.Errorf("the label %v covers the marker %v", pl.Box, m)
		}
	}
	if w, h := MeasureText("a > 0", sz); math.Abs(pl.Box.W()-w-2*pd) > 1e-9 || math.Abs(pl.Box.H()-h-2*pd) > 1e-9 {
		t.Errorf("box %g×%g for text %g×%g and pad %g", pl.Box.W(), pl.Box.H(), w, h, pd)
	}
	// The same label again: the right half is taken now (and the area is
	// too low for a second one), so it sits at the minimum size.
	if _, sz, _ := PlaceTextFit(p, "a < 0", place.Box{X0: 150, Y0: 20, X1: 150, Y1: 20}, 60, 30, 6); sz != 30 {
		t.Errorf("with no free room the label is %g px, want the minimum 30", sz)
	}
	// A label that may give way: with no free room at any size it is
	// left out, and nothing is recorded.
	n := len(p.Placed())
	if _, _, _, ok := TryTextFit(p, "R", place.Box{X0: 150, Y0: 20, X1: 150, Y1: 20}, 60, 30, 6); ok || len(p.Placed()) != n {
		t.Errorf("TryTextFit with no room: ok %v, %d labels recorded (had %d)", ok, len(p.Placed()), n)
	}
	// Room enough: the size stays.
	q := place.New(place.Box{X0: 0, Y0: 0, X1: 1000, Y1: 1000})
	if pl, sz, _ := PlaceTextFit(q, "a > 0", place.Box{X0: 500, Y0: 500, X1: 500, Y1: 500}, 60, 10, 6); sz != 60 || !pl.Free {
		t.Errorf("with room the label shrank to %g px (%+v)", sz, pl)
	}
	// A line's name shrinks the same way and stays beside its line.
	q = place.New(place.Box{X0: 0, Y0: 0, X1: 300, Y1: 60})
	line := []place.Point{{X: 0, Y: 30}, {X: 300, Y: 30}}
	q.AddSegment(line[0], line[1])
	if pl, sz, _ := PlaceOnLineFit(q, "a = 0", line, 0.5, 60, 10, 4); !pl.Free || sz >= 60 {
		t.Errorf("the line's name at %g px: %+v, want a free place at a smaller size", sz, pl)
	}
	// Bad sizes end (NaN, zero) without looping.
	PlaceTextFit(q, "x", place.Box{}, math.NaN(), 10, 2)
	PlaceTextFit(q, "x", place.Box{}, 0, 10, 2)
}
