package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// At the largest text scale on a 1280×720 projector every part of the
// panel (the loss and accuracy plots too) is still there, reachable by
// scrolling.
func TestPanelKeepsEveryPartAtLargestZoom(t *testing.T) {
	scenetest.PanelPartsReachable(t, New, len(presets), func(*Scene) []string {
		return []string{"network", "params", "numbers", "classes", "plots"}
	})
}
