package place

import (
	"fmt"

	"github.com/neurona/neurona/internal/jsonencode"
)

// Label is one label of a layout report: its text and its box
// [x0, y0, x1, y1] in screen pixels.
type Label struct {
	Text string     `json:"text"`
	Box  [4]float64 `json:"box"`
}

// Report is a frame's layout: the boxes of its labels and of its point
// markers, in screen pixels. The page publishes it for the geometry tests
// (window.neurona.layout()), which require with Overlaps that no label
// covers a marker or another label. Its JSON form is
//
//	{"labels":[{"text":"b₂","box":[x0,y0,x1,y1]}],"markers":[[x0,y0,x1,y1]]}
type Report struct {
	Labels  []Label      `json:"labels"`
	Markers [][4]float64 `json:"markers"`
}

// Reset empties the report, keeping its memory.
func (r *Report) Reset() {
	r.Labels, r.Markers = r.Labels[:0], r.Markers[:0]
}

// AddLabel adds a label's box.
//
// Not inlined (bundle size): layout runs when text changes, and a call costs
// little beside the placing; a copy of its body at each call site grew the
// web bundle.
//
//go:noinline
func (r *Report) AddLabel(text string, b Box) {
	r.Labels = append(r.Labels, Label{text, b.Array()})
}

// AddMarker adds a point marker's box.
func (r *Report) AddMarker(b Box) { r.Markers = append(r.Markers, b.Array()) }

// Add appends the placer's labels and markers to the report, so that a
// frame with several placers (the plane's and the panel's) makes one
// report.
//
// Not inlined (bundle size): layout runs when text changes, and a call costs
// little beside the placing; a copy of its body at each call site grew the
// web bundle.
//
//go:noinline
func (r *Report) Add(p *Placer) {
	for _, pl := range p.placed {
		r.AddLabel(pl.Text, pl.Box)
	}
	for _, m := range p.markers {
		r.AddMarker(m)
	}
}

// MarshalJSON writes empty lists as [] rather than null, so the page's
// tests can always iterate them.
func (r Report) MarshalJSON() ([]byte, error) {
	type plain Report
	q := plain(r)
	if q.Labels == nil {
		q.Labels = []Label{}
	}
	if q.Markers == nil {
		q.Markers = [][4]float64{}
	}
	return jsonencode.Marshal(q)
}

// Overlaps names every pair of boxes in r that share an area — a label
// over another label, or a label over a marker — and every box that is not
// a valid rectangle. Boxes that only touch along an edge do not overlap.
// An empty result means the layout covers nothing.
func Overlaps(r Report) []string {
	var out []string
	box := func(a [4]float64) Box { return Box{a[0], a[1], a[2], a[3]} }
	for i, l := range r.Labels {
		if !box(l.Box).Valid() {
			out = append(out, fmt.Sprintf("label %d %q has an invalid box %v", i, l.Text, l.Box))
		}
	}
	for i, m := range r.Markers {
		if !box(m).Valid() {
			out = append(out, fmt.Sprintf("marker %d has an invalid box %v", i, m))
		}
	}
	for i, l := range r.Labels {
		a := box(l.Box)
		for j := i + 1; j < len(r.Labels); j++ {
			if a.Overlaps(box(r.Labels[j].Box)) {
				out = append(out, fmt.Sprintf("label %d %q %v overlaps label %d %q %v",
					i, l.Text, l.Box, j, r.Labels[j].Text, r.Labels[j].Box))
			}
		}
		for j, m := range r.Markers {
			if a.Overlaps(box(m)) {
				out = append(out, fmt.Sprintf("label %d %q %v overlaps marker %d %v", i, l.Text, l.Box, j, m))
			}
		}
	}
	return out
}
