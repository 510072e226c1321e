package place

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestReportJSON(t *testing.T) {
	var r Report
	if b, err := json.Marshal(r); err != nil || string(b) != `{"labels":[],"markers":[]}` {
		t.Errorf("empty report: %s, %v", b, err)
	}
	r.AddLabel("b₂", Box{1, 2, 3.5, 4})
	r.AddMarker(Box{10, 20, 30, 40})
	b, err := json.Marshal(r)
	want := `{"labels":[{"text":"b₂","box":[1,2,3.5,4]}],"markers":[[10,20,30,40]]}`
	if err != nil || string(b) != want {
		t.Errorf("got %s, %v; want %s", b, err, want)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, r) {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	r.Reset()
	if len(r.Labels)+len(r.Markers) != 0 {
		t.Errorf("Reset left %+v", r)
	}
}

// TestReportFromPlacers: a report made from two placers lists both
// frames' labels (placed and fixed) and markers, and a placer's own
// layout passes Overlaps.
func TestReportFromPlacers(t *testing.T) {
	plane := New(Box{0, 0, 600, 600})
	panel := New(Box{600, 0, 1000, 600})
	plane.AddMarker(100, 100, 6)
	plane.AddMarker(104, 100, 6) // coinciding markers are data, not a fault
	plane.AddLabel("x₂", Box{10, 10, 30, 30})
	plane.Place("θ = 0", Point{100, 100}, 120, 20)
	panel.AddMarker(700, 300, 6)
	panel.Place("b₂", Point{700, 300}, 20, 20)
	var r Report
	r.Add(plane)
	r.Add(panel)
	if len(r.Labels) != 3 || len(r.Markers) != 3 {
		t.Fatalf("report: %+v", r)
	}
	if r.Labels[0].Text != "x₂" || r.Labels[1].Text != "θ = 0" || r.Labels[2].Text != "b₂" {
		t.Errorf("labels out of order: %+v", r.Labels)
	}
	if o := Overlaps(r); len(o) != 0 {
		t.Errorf("placed layout overlaps: %v", o)
	}
}

func TestOverlaps(t *testing.T) {
	tests := []struct {
		name string
		r    Report
		want []string // substrings, one per expected finding
	}{
		{"touching edges", Report{
			Labels:  []Label{{"a", [4]float64{0, 0, 10, 10}}, {"b", [4]float64{10, 0, 20, 10}}},
			Markers: [][4]float64{{0, 10, 10, 20}},
		}, nil},
		{"label over label", Report{
			Labels: []Label{{"a", [4]float64{0, 0, 10, 10}}, {"b", [4]float64{9, 9, 20, 20}}},
		}, []string{`label 0 "a" [0 0 10 10] overlaps label 1 "b"`}},
		{"label over marker", Report{
			Labels:  []Label{{"REUTILIZADO", [4]float64{0, 0, 100, 20}}},
			Markers: [][4]float64{{200, 0, 210, 10}, {50, 15, 60, 25}},
		}, []string{`label 0 "REUTILIZADO" [0 0 100 20] overlaps marker 1 [50 15 60 25]`}},
		{"markers over each other", Report{
			Markers: [][4]float64{{0, 0, 10, 10}, {5, 5, 15, 15}},
		}, nil},
		{"invalid boxes", Report{
			Labels:  []Label{{"nan", [4]float64{math.NaN(), 0, 1, 1}}},
			Markers: [][4]float64{{5, 5, 1, 1}},
		}, []string{`label 0 "nan" has an invalid box`, `marker 0 has an invalid box`}},
	}
	for _, tc := range tests {
		got := Overlaps(tc.r)
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %q, want %d findings", tc.name, got, len(tc.want))
			continue
		}
		for i, w := range tc.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: finding %d is %q, want it to say %q", tc.name, i, got[i], w)
			}
		}
	}
}
