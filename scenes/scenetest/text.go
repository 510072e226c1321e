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
	small, _ := textsUnder(px, false, draw)
	return small
}

// MainNumbersUnder is TextsUnder for the texts draw marks as main numbers
// (ui.MainNumbers); it also returns how many it drew in all.
func MainNumbersUnder(px float64, draw func()) (small []DrawnText, drawn int) {
	return textsUnder(px, true, draw)
}

func textsUnder(px float64, mainOnly bool, draw func()) (small []DrawnText, drawn int) {
	stop := ui.WatchText(func(s string, size float64) {
		if s == "" || mainOnly && !ui.DrawingMain() {
			return
		}
		drawn++
		if size < px-1e-9 {
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
	return small, drawn
}

// TextLegible fails with every text under the legible minimum that a
// frame of the scene mk makes draws, in each window of wins, at each of
// its n presets (after one step) and in both languages.
func TextLegible[S ui.Scene](t *testing.T, mk func() S, n int, wins []Window) {
	t.Helper()
	eachPresetFrame(t, mk, n, wins, 1, func(r *Rig[S], what string) {
		for _, s := range TextsUnder(r.C.LegiblePx(), func() { r.Draw() }) {
			t.Errorf("%s: %q at %.1f px, under %.1f", what, s.Text, s.Px, r.C.LegiblePx())
		}
	})
}

// MainNumbersLarge fails when a frame of the scene mk draws no main
// numbers (ui.MainNumbers) or draws one under ui.TextNumber (20 px at
// the 1280×720 slide, whatever the zoom), in each window of wins, at each
// of its n presets after steps steps and in both languages.
func MainNumbersLarge[S ui.Scene](t *testing.T, mk func() S, n int, wins []Window, steps int) {
	t.Helper()
	eachPresetFrame(t, mk, n, wins, steps, func(r *Rig[S], what string) {
		min := r.C.LegiblePx() * ui.TextNumber / ui.TextMin
		small, drawn := MainNumbersUnder(min, func() { r.Draw() })
		if drawn == 0 {
			t.Errorf("%s: no main numbers drawn", what)
		}
		for _, s := range small {
			t.Errorf("%s: main number %q at %.1f px, under %.1f", what, s.Text, s.Px, min)
		}
	})
}

// eachPresetFrame calls check with a scene mk in each window of wins, at
// each of its n presets after steps steps, in both languages.
func eachPresetFrame[S ui.Scene](t *testing.T, mk func() S, n int, wins []Window, steps int, check func(r *Rig[S], what string)) {
	t.Helper()
	for _, win := range wins {
		for p := 1; p <= n; p++ {
			for _, en := range []bool{false, true} {
				r := NewWindow(t, mk(), win)
				if en {
					r.C.Lang = r.C.Lang.Other()
				}
				r.DoArg(keymap.Preset, p)
				for range steps {
					r.Do(keymap.Step)
				}
				check(r, fmt.Sprintf("%gx%g×%g preset %d %s", win.W, win.H, win.Scale, p, r.C.Lang))
			}
		}
	}
}
