package scenes

import (
	"encoding/json"
	"fmt"

	"github.com/neurona/neurona/scenes/ui/place"
)

// This file publishes the frame's layout — the boxes of the labels the
// last frame drew and of the point markers they must not cover — for the
// page's geometry tests (window.neurona.layout()).

// LayoutJSON returns the last drawn frame's layout report as JSON:
// {"labels":[{"text","box":[x0,y0,x1,y1]}],"markers":[[x0,y0,x1,y1]]}, in
// CSS pixels like the state document's "plane".
func (g *Game) LayoutJSON() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.layoutJSON()
}

// TryLayoutJSON is LayoutJSON for the browser's event handlers: while a
// tick waits on the browser it returns the last report made (see
// TryStateJSON).
func (g *Game) TryLayoutJSON() string {
	if !g.mu.TryLock() {
		return g.lastLayout
	}
	defer g.mu.Unlock()
	return g.layoutJSON()
}

func (g *Game) layoutJSON() string {
	r := cssReport(g.layout, g.dsf)
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Sprintf(`{"error":%q}`, err.Error())
	}
	g.lastLayout = string(b)
	return g.lastLayout
}

// cssReport returns r with every box divided by s (canvas to CSS pixels).
func cssReport(r place.Report, s float64) place.Report {
	if s <= 0 {
		s = 1
	}
	out := place.Report{Labels: make([]place.Label, len(r.Labels)), Markers: make([][4]float64, len(r.Markers))}
	for i, l := range r.Labels {
		out.Labels[i] = place.Label{Text: l.Text, Box: div(l.Box, s)}
	}
	for i, m := range r.Markers {
		out.Markers[i] = div(m, s)
	}
	return out
}

func div(b [4]float64, s float64) [4]float64 {
	return [4]float64{b[0] / s, b[1] / s, b[2] / s, b[3] / s}
}
