package neuron

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// On a projector the scene's main numbers (the output ŷ at the probe) are drawn at
// 20 px or larger at 1280×720 (and as large at 1920×1080 and at every
// text scale), in every preset and both languages (issue 13).
func TestMainNumbersLargeOnAProjector(t *testing.T) {
	scenetest.MainNumbersLarge(t, New, len(presets), scenetest.ProjectorWindows, 1)
}
