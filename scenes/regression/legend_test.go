package regression

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// At 1024×600 the legend in the plane's top left corner once covered the
// name of the y axis: the legend keeps clear of the axis names (and every
// label of the points and of each other) there too, in every preset.
func TestLegendClearOfAxisNamesAt1024x600(t *testing.T) {
	scenetest.PresetsLeaveDataClearIn(t, New, len(presets), scenetest.Window{W: 1024, H: 600, Scale: 1})
}
