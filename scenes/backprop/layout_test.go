package backprop

import (
	"fmt"
	"math"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/place"
)

// At the largest zoom the graph is not squeezed beside the panel: it
// takes the scene area's whole width (the panel follows below it, on the
// page that scrolls), its text is never under the legible minimum, and
// no node (a parameter's box or a unit's circle) meets another.
func TestLargestZoomGivesTheGraphTheWholeWidth(t *testing.T) {
	for _, win := range scenetest.ZoomedWindows {
		r := scenetest.NewWindow(t, New(), win)
		l := &r.S.lay
		what := fmt.Sprintf("%gx%g scale %g", win.W, win.H, win.Scale)
		if !l.page {
			t.Errorf("%s: the graph stays beside the panel (main %.0f of %.0f px wide)", what, l.main.W, r.C.Bounds.W)
			continue
		}
		if l.graph.W < 0.8*r.C.Bounds.W {
			t.Errorf("%s: the graph is %.0f px wide in a %.0f px area", what, l.graph.W, r.C.Bounds.W)
		}
		if g, least := l.graphContext(r.C).LegiblePx(), r.C.LegiblePx(); math.Abs(g-least) > 1e-9 {
			t.Errorf("%s: the graph's legible minimum is %.1f px, the scene's %.1f px", what, g, least)
		}
		if s, least := l.gs*l.k, r.C.Scale/r.C.Zoom; s < least-1e-9 {
			t.Errorf("%s: the graph is drawn at scale %.2f, under the unzoomed %.2f", what, s, least)
		}
		var boxes []place.Box
		var ids []string
		for id, p := range l.pos {
			b := place.Around(p[0], p[1], l.R)
			if _, param := spotParam[id]; param {
				b = paramBox(l, id)
			}
			boxes, ids = append(boxes, b), append(ids, id)
		}
		for i := range boxes {
			for j := i + 1; j < len(boxes); j++ {
				if boxes[i].Overlaps(boxes[j]) {
					t.Errorf("%s: node %s %v meets node %s %v", what, ids[i], boxes[i], ids[j], boxes[j])
				}
			}
		}
		// The panel's table is below the graph, reached by scrolling.
		if l.plane.Y < l.strip.Bottom() {
			t.Errorf("%s: the small plane %v is not below the graph's strip %v", what, l.plane, l.strip)
		}
	}
}

// spotParam are the parameters' node ids.
var spotParam = map[string]bool{"t11": true, "t12": true, "b1": true, "t21": true, "t22": true, "b2": true, "w1": true, "w2": true, "b3": true}

// The σ′ of a₁ → z₁ and a₂ → z₂ sits next to its edge, not on a leader
// across the graph (at 1920×1080 one once crossed node z₂), through a
// whole walk at the projector's sizes.
func TestSigmaPrimeLabelsStayBesideTheirEdges(t *testing.T) {
	for _, win := range scenetest.Windows[:2] {
		r := scenetest.NewWindow(t, New(), win)
		for i := range walkLen {
			r.Do(keymap.Step)
			for range 40 {
				r.Tick()
			}
			r.Draw()
			l := &r.S.lay
			for _, e := range [][2]string{{"a1", "z1"}, {"a2", "z2"}} {
				at, ok := r.S.gl.edge[e]
				if !ok {
					continue // the step's callout says it
				}
				a, b := l.pos[e[0]], l.pos[e[1]]
				c := at.Box.Center()
				if at.HasLeader || c.X < a[0] || c.X > b[0] || math.Abs(c.Y-a[1]) > 2*l.R {
					t.Errorf("%gx%g step %d: %s's label %q at %v (leader %v), its edge from %v to %v", win.W, win.H, i+1, e, at.Text, at.Box, at.HasLeader, a, b)
				}
			}
		}
	}
}
