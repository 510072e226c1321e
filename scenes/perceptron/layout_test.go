package perceptron

import (
	"fmt"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

func TestPresetsLeaveDataClear(t *testing.T) {
	scenetest.PresetsLeaveDataClear(t, New, len(presets))
}

// While a preset is stepped through, the labels that come and go with
// the steps (the visited point's name, θ, Δθ, −b/‖θ‖, "no update", the
// repeat's callout) cover no point and no other label either.
func TestSteppedPresetsLeaveDataClear(t *testing.T) {
	for _, win := range scenetest.Windows {
		r := scenetest.NewSize(t, New(), win.W, win.H-46*win.Scale)
		r.C.Scale = win.Scale
		for i := 1; i <= len(presets); i++ {
			r.DoArg(keymap.Preset, i)
			for k := 1; k <= 8; k++ {
				r.Do(keymap.Step)
				what := fmt.Sprintf("%gx%g preset %d step %d", win.W, win.H, i, k)
				for _, o := range r.Overlaps(what) {
					t.Error(o)
				}
			}
		}
	}
}
