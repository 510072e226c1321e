package xor

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// At the largest text scale on a 1280×720 projector every part of the
// panel (the weight matrices too) is still there, reachable by
// scrolling, and the loss curve, with no room beside the planes, is at
// the panel's end.
func TestPanelKeepsEveryPartAtLargestZoom(t *testing.T) {
	scenetest.PanelPartsReachable(t, New, len(presets), func(*Scene) []string {
		return []string{"title", "params", "table", "status", "matrices", "loss", "hints"}
	})
}

// The panel's numbers: the truth table's values with three decimals but
// whole numbers as they are, the matrices' entries narrower as they grow,
// with the true minus sign and no "−0".
func TestPanelNumbers(t *testing.T) {
	for _, c := range []struct {
		v    float64
		cell string
	}{{0.5, "0.500"}, {-1, "−1"}, {1, "1"}, {4.5e-5, "0.000"}, {0.99995, "1.000"}, {-0.25, "−0.250"}} {
		if got := string(appendCell(nil, c.v)); got != c.cell {
			t.Errorf("cell %g: %q, want %q", c.v, got, c.cell)
		}
	}
	for _, c := range []struct {
		v     float64
		entry string
	}{{20, "20"}, {-10, "−10"}, {-0.001, "0"}, {12.34, "12.3"}, {-3.14159, "−3.14"}, {123.4, "123"}, {-0.4, "−0.40"}, {-9.999, "−10.0"}, {99.97, "100"}} {
		if got := string(appendEntry(nil, c.v)); got != c.entry {
			t.Errorf("entry %g: %q, want %q", c.v, got, c.entry)
		}
	}
}

// On a projector (1280×720, and 1920×1080 the same picture larger), at
// text scale 1 and at the largest Ctrl+= reaches, no text of the scene is
// under the legible minimum, in every preset and both languages (issue
// 13): the matrices' entries ("−10.00" was drawn at 15.5 px) and the note
// on the hidden units shown for H > 2 (13.7 px, and 14.6 px at the
// largest zoom, where it now wraps).
func TestTextLegibleOnAProjector(t *testing.T) {
	scenetest.TextLegible(t, New, len(presets), scenetest.ProjectorWindows)
}
