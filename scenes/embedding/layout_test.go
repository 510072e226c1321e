package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// At the largest text scale, in a projector's and a large projector's
// window, no label covers a point or another label in any preset.
func TestPresetsLeaveDataClearAtLargestZoom(t *testing.T) {
	scenetest.PresetsLeaveDataClearZoomed(t, New, len(presets))
}
