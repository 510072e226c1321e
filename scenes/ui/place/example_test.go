package place_test

import (
	"fmt"

	"github.com/neurona/neurona/scenes/ui/place"
)

// A point's label goes around its marker: here its right side is taken by
// the next point's marker, so it goes above. The hyperplane's name sits
// beside the hyperplane, above it since the line runs through the place
// on its right.
func Example() {
	p := place.New(place.Box{X0: 0, Y0: 0, X1: 400, Y1: 300})
	p.AddMarker(100, 100, 5)
	p.AddMarker(130, 100, 5)
	line := []place.Point{{X: 0, Y: 200}, {X: 400, Y: 200}}
	p.AddPolyline(line)

	a := p.PlaceNear("x₁", place.Around(100, 100, 5), 20, 16)
	h := p.PlaceOnLine("θ·x = 0", line, 0.5, 60, 16)
	fmt.Println(a.Dir == place.Above, a.Box, a.HasLeader)
	fmt.Println(h.Box)

	var r place.Report
	r.Add(p)
	fmt.Println(len(place.Overlaps(r)))
	// Output:
	// true {90 75 110 91} false
	// {170 180 230 196}
	// 0
}
