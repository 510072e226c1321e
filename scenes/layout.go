package scenes

import (
	"fmt"

	"github.com/neurona/neurona/internal/jsonencode"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// This file publishes the frame's layout — the boxes of the labels the
// last frame drew and of the point markers they must not cover, the side
// panels with their parts and scroll, and the messages (toasts) — for the
// page's geometry tests (window.neurona.layout()).

// layoutReport is the JSON of window.neurona.layout().
type layoutReport struct {
	Labels  []place.Label    `json:"labels"`
	Markers [][4]float64     `json:"markers"`
	Panels  []ui.PanelReport `json:"panels"`
	Toasts  []place.Label    `json:"toasts"`
	Scene   [4]float64       `json:"scene"` // the scene's area
	// Tabs are the title bar's scene switcher (a tab per scene, or on a
	// phone ‹, the current scene's name and ›) and Menu the rows of the
	// phone's open list of scenes.
	Tabs []tabReport `json:"tabs"`
	Menu []tabReport `json:"menu"`
}

// tabReport is a switcher control: its text, box and text size in CSS
// pixels.
type tabReport struct {
	Text string     `json:"text"`
	Box  [4]float64 `json:"box"`
	Px   float64    `json:"px"`
}

// tabReports returns the controls ts in CSS pixels (s canvas pixels each).
func tabReports(ts []tabControl, s float64) []tabReport {
	out := make([]tabReport, len(ts))
	for i, t := range ts {
		out[i] = tabReport{Text: t.label, Box: div([4]float64{t.r.X, t.r.Y, t.r.Right(), t.r.Bottom()}, s), Px: t.px / s}
	}
	return out
}

// LayoutJSON returns the last drawn frame's layout report as JSON:
// {"labels":[{"text","box":[x0,y0,x1,y1]}],"markers":[[x0,y0,x1,y1]],
// "panels":[{"box","scroll","max","parts":[{"name","box"}]}],
// "toasts":[{"text","box"}],"scene":[x0,y0,x1,y1],
// "tabs":[{"text","box","px"}],"menu":[{"text","box","px"}]}, in CSS
// pixels like the state document's "plane".
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
	s := g.dsf
	if s <= 0 {
		s = 1
	}
	out := layoutReport{Labels: r.Labels, Markers: r.Markers, Panels: []ui.PanelReport{}, Toasts: []place.Label{}}
	for _, p := range g.panels {
		q := ui.PanelReport{Box: div(p.Box, s), Scroll: p.Scroll / s, Max: p.Max / s, Parts: make([]ui.PartReport, len(p.Parts))}
		for i, part := range p.Parts {
			q.Parts[i] = ui.PartReport{Name: part.Name, Box: div(part.Box, s)}
		}
		out.Panels = append(out.Panels, q)
	}
	for _, t := range g.toastBoxes {
		out.Toasts = append(out.Toasts, place.Label{Text: t.Text, Box: div(t.Box, s)})
	}
	v := g.view()
	out.Tabs, out.Menu = tabReports(g.chrome.tabControls(v), s), []tabReport{}
	if g.chrome.menu && phoneTabs(v) {
		out.Menu = tabReports(g.chrome.tabMenuRows(v), s)
	}
	b0 := g.sceneBounds()
	out.Scene = div([4]float64{b0.X, b0.Y, b0.Right(), b0.Bottom()}, s)
	b, err := jsonencode.Marshal(out)
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
