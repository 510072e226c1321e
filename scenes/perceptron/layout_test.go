package perceptron

import (
	"fmt"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

func TestPresetsLeaveDataClear(t *testing.T) {
	scenetest.PresetsLeaveDataClear(t, New, len(presets))
}

// While a preset is stepped through, the labels that come and go with
// the steps (the visited point's name, θ, Δθ, −b/‖θ‖, "no update", the
// repeat's callout) cover no point and no other label either.
func TestSteppedPresetsLeaveDataClear(t *testing.T) {
	for _, win := range scenetest.AllWindows {
		r := scenetest.NewWindow(t, New(), win)
		for i := 1; i <= len(presets); i++ {
			r.DoArg(keymap.Preset, i)
			for k := 1; k <= 8; k++ {
				r.Do(keymap.Step)
				what := fmt.Sprintf("%gx%g scale %g preset %d step %d", win.W, win.H, win.Scale, i, k)
				for _, o := range r.Overlaps(what) {
					t.Error(o)
				}
			}
		}
	}
}

// The grid's tick numbers keep clear of the points too: a number beside an
// axis used to cover a point lying on that axis (the notes' (0, 1) by the
// tick "1" of x₂).
func TestTickNumbersLeavePointsClear(t *testing.T) {
	for _, win := range scenetest.Windows {
		r := scenetest.NewSize(t, New(), win.W, win.H-46*win.Scale)
		r.C.Scale = win.Scale
		for i := 1; i <= len(presets); i++ {
			r.DoArg(keymap.Preset, i)
			pts := r.S.run.Data.Points()
			rad := ui.PointRadius(r.C, len(pts))
			ticks := r.S.plane.TickLabels(r.C, pts)
			if len(ticks) < 4 {
				t.Errorf("%gx%g preset %d: only %d tick numbers", win.W, win.H, i, len(ticks))
			}
			for _, tk := range ticks {
				for _, p := range pts {
					x, y := r.S.plane.ToScreen(p.X)
					if tk.Box.Overlaps(place.Around(x, y, rad)) {
						t.Errorf("%gx%g preset %d: tick %q %v covers the point %v", win.W, win.H, i, tk.Text, tk.Box, p.X)
					}
				}
			}
		}
	}
}
