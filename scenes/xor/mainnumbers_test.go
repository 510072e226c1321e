package xor

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// On a projector the scene's main numbers (the cost J) are drawn at
// 20 px or larger at 1280×720 (and as large at 1920×1080), in every
// preset and both languages (issue 13). At a larger text scale the loss
// moves into the panel, where it may be scrolled out of sight.
func TestMainNumbersLargeOnAProjector(t *testing.T) {
	scenetest.MainNumbersLarge(t, New, len(presets), scenetest.Windows[:2], 1)
}
