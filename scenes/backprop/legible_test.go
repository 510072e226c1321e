package backprop

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// On a projector, at text scale 1 and at the largest Ctrl+= reaches, no
// text of the scene is under the legible minimum (16 px at 1280×720), in
// every preset and both languages (issue 13).
func TestTextLegibleOnAProjector(t *testing.T) {
	scenetest.TextLegible(t, New, len(presets), scenetest.ProjectorWindows)
}
