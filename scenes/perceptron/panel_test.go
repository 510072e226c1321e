package perceptron

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// At the largest text scale on a 1280×720 projector every part of the
// panel (the table of cases and Novikoff's plots too) is still there,
// reachable by scrolling, and the footnote that has no free place on
// the plane is at the panel's end.
func TestPanelKeepsEveryPartAtLargestZoom(t *testing.T) {
	scenetest.PanelPartsReachable(t, New, len(presets), func(s *Scene) []string {
		parts := []string{"rule", "step", "cases", "novikoff"}
		if s.run.Data.Len() > 0 && s.run.Separable() && !s.novStale && len(s.plots.dot) > 0 {
			parts = append(parts, "plots")
		}
		if s.lab.footInPanel {
			parts = append(parts, "footnote")
		}
		return parts
	})
}

// The table of cases keeps its text at the legible size on a projector
// and on a phone held upright, in every preset and both languages (issue
// 13): its columns are as wide as their cells, where fixed shares shrank
// the header "ŷ = signo(a)" to 14 px on a phone.
func TestTextLegibleOnEveryWindow(t *testing.T) {
	scenetest.TextLegible(t, New, len(presets), scenetest.Windows)
}
