package scenetest

import (
	"fmt"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// A DrawnText is one text a frame drew, at its size in pixels.
type DrawnText struct {
	Text string
	Px   float64
}

// TextsUnder runs draw (a frame, or one part of a scene's drawing) and
// returns every text it drew smaller than px, smallest first; use it with
// c.LegiblePx() to hold a scene's text to the legible minimum.
func TextsUnder(px float64, draw func()) []DrawnText {
	var small []DrawnText
	stop := ui.WatchText(func(s string, size float64) {
		if size < px-1e-9 && s != "" {
			small = append(small, DrawnText{s, size})
		}
	})
	defer stop()
	draw()
	for i := 1; i < len(small); i++ { // few: an insertion sort
		for j := i; j > 0 && small[j].Px < small[j-1].Px; j-- {
			small[j], small[j-1] = small[j-1], small[j]
		}
	}
	return small
}

// TextLegible fails with every text under the legible minimum that a
// frame of the scene mk makes draws, in each window of wins, at each of
// its n presets (after one step) and in both languages.
func TextLegible[S ui.Scene](t *testing.T, mk func() S, n int, wins []Window) {
	t.Helper()
	for _, win := range wins {
		for p := 1; p <= n; p++ {
			for _, en := range []bool{false, true} {
				r := NewWindow(t, mk(), win)
				if en {
					r.C.Lang = r.C.Lang.Other()
				}
				r.DoArg(keymap.Preset, p)
				r.Do(keymap.Step)
				what := fmt.Sprintf("%gx%g×%g preset %d %s", win.W, win.H, win.Scale, p, r.C.Lang)
				for _, s := range TextsUnder(r.C.LegiblePx(), func() { r.Draw() }) {
					t.Errorf("%s: %q at %.1f px, under %.1f", what, s.Text, s.Px, r.C.LegiblePx())
				}
			}
		}
	}
}
