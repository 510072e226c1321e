package backprop

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// On a projector the nodes' values (the scene's main numbers) are drawn
// at 20 px or larger at 1280×720 (and as large at 1920×1080), through the
// forward pass, the backward pass and the update, in every preset and
// both languages (issue 13). A larger text scale turns the graph into a
// page laid out at a scale of its own, which this does not hold.
func TestMainNumbersLargeOnAProjector(t *testing.T) {
	for _, steps := range []int{1, 6, 12, 23} {
		scenetest.MainNumbersLarge(t, New, len(presets), scenetest.Windows[:2], steps)
	}
}
