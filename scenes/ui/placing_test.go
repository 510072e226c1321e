package ui

import (
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
