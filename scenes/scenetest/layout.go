package scenetest

import (
	"fmt"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// Window is a window size (CSS pixels) and the Scale the game gives it.
type Window struct {
	W, H, Scale float64
}

// Windows are the window sizes the presenting checks use: a projector at
// 1280×720, a large one at 1920×1080 (the same picture 1.5 times larger)
// and a phone held upright.
var Windows = []Window{{1280, 720, 1}, {1920, 1080, 1.5}, {390, 844, 1}}

// titleBar is the game's title bar height in layout units.
const titleBar = 46

// PresetsLeaveDataClear loads each of the scene's n presets (Shift+1 …) at
// every size of Windows, in both languages, draws a frame, and fails with
// every label of its layout report that covers a point marker or another
// label.
func PresetsLeaveDataClear[S ui.Scene](t *testing.T, mk func() S, n int) {
	t.Helper()
	for _, win := range Windows {
		r := NewSize(t, mk(), win.W, win.H-titleBar*win.Scale)
		r.C.Scale = win.Scale
		for _, lang := range []string{"es", "en"} {
			if lang == "en" {
				r.C.Lang = r.C.Lang.Other()
			}
			for i := 1; i <= n; i++ {
				r.DoArg(keymap.Preset, i)
				r.Tick()
				what := fmt.Sprintf("%s %gx%g %s preset %d", r.S.ID(), win.W, win.H, lang, i)
				for _, o := range r.Overlaps(what) {
					t.Error(o)
				}
				if rep := r.C.Layout(); len(rep.Labels) == 0 || len(rep.Markers) == 0 {
					t.Errorf("%s: the layout report has %d labels and %d markers; the scene reports nothing to check", what, len(rep.Labels), len(rep.Markers))
				}
			}
		}
	}
}
