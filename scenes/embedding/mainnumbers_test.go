package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// On a projector the scene's main numbers (the step, the cost J and the
// accuracy) are drawn at 20 px or larger at 1280×720 (and as large at
// 1920×1080), in every preset and both languages (issue 13). At a larger
// text scale they sit below the parameter cells, where the panel may be
// scrolled so that they are out of sight.
func TestMainNumbersLargeOnAProjector(t *testing.T) {
	scenetest.MainNumbersLarge(t, New, len(presets), scenetest.Windows[:2], 1)
}
