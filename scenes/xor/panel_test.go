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
