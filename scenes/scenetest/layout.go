package scenetest

import (
	"fmt"
	"slices"
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

// ZoomedWindows are the windows of Windows where Ctrl+= reaches
// LargestZoom (a phone keeps its scale of 1): a projector at 1280×720 and a
// large one at 1920×1080, each at the largest text scale.
var ZoomedWindows = []Window{{1280, 720, LargestZoom}, {1920, 1080, 1.5 * LargestZoom}}

// ProjectorWindows are the projectors' windows (1280×720 and 1920×1080)
// at zoom 1 and at the largest text scale: where no text may be under the
// legible minimum (issue 13).
var ProjectorWindows = slices.Concat(Windows[:2], ZoomedWindows)

// AllWindows are Windows and then ZoomedWindows: every window at zoom 1
// and, where Ctrl+= reaches it, at the largest text scale.
var AllWindows = slices.Concat(Windows, ZoomedWindows)

// zoomedAreaHeight is the height of the game's scene area in a 1280×720
// window at the largest zoom: the window less the title bar (about 60 px)
// and the control strip (about 74 px) at that scale.
const zoomedAreaHeight = 586

// area is the scene area of the window win: the window less the title bar
// at zoom 1, and at a larger zoom the game's area at that zoom (grown with
// the window).
func (win Window) area() (w, h float64) {
	if slide := max(1, win.W/ZoomedWidth); win.Zoom() > 1+1e-9 {
		return win.W, zoomedAreaHeight * slide
	}
	return win.W, win.H - titleBar*win.Scale
}

// Zoom is the user's text scale in win: its Scale over the slide factor
// the window's size gives (1 for the windows of Windows).
func (win Window) Zoom() float64 { return win.Scale / max(1, win.W/ZoomedWidth) }

// NewWindow returns a rig for s in the scene area of the window win, at
// its scale and zoom.
func NewWindow[S ui.Scene](t testing.TB, s S, win Window) *Rig[S] {
	w, h := win.area()
	r := NewSize(t, s, w, h)
	r.C.Scale, r.C.Zoom = win.Scale, win.Zoom()
	r.Tick()
	return r
}

// PresetsLeaveDataClear loads each of the scene's n presets (Shift+1 …) in
// every window of AllWindows, in both languages, draws a frame, and fails
// with every label of its layout report that covers a point marker or
// another label.
func PresetsLeaveDataClear[S ui.Scene](t *testing.T, mk func() S, n int) {
	t.Helper()
	presetsLeaveDataClear(t, mk, n, AllWindows)
}

// PresetsLeaveDataClearZoomed is PresetsLeaveDataClear at the largest
// text scale only, in the windows of ZoomedWindows.
func PresetsLeaveDataClearZoomed[S ui.Scene](t *testing.T, mk func() S, n int) {
	t.Helper()
	presetsLeaveDataClear(t, mk, n, ZoomedWindows)
}

// PresetsLeaveDataClearIn is PresetsLeaveDataClear in the windows of
// wins: for the sizes where a scene once failed it (740×360, 1024×600).
func PresetsLeaveDataClearIn[S ui.Scene](t *testing.T, mk func() S, n int, wins ...Window) {
	t.Helper()
	presetsLeaveDataClear(t, mk, n, wins)
}

func presetsLeaveDataClear[S ui.Scene](t *testing.T, mk func() S, n int, wins []Window) {
	t.Helper()
	for _, win := range wins {
		r := NewWindow(t, mk(), win)
		for _, lang := range []string{"es", "en"} {
			if lang == "en" {
				r.C.Lang = r.C.Lang.Other()
			}
			for i := 1; i <= n; i++ {
				r.DoArg(keymap.Preset, i)
				r.Tick()
				what := fmt.Sprintf("%s %gx%g scale %g %s preset %d", r.S.ID(), win.W, win.H, win.Scale, lang, i)
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
