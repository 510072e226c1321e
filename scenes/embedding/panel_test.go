package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// At the largest text scale on a 1280×720 projector every part of the
// panel (the loss and accuracy plots too) is still there, reachable by
// scrolling.
func TestPanelKeepsEveryPartAtLargestZoom(t *testing.T) {
	scenetest.PanelPartsReachable(t, New, len(presets), func(*Scene) []string {
		return []string{"network", "params", "numbers", "classes", "plots"}
	})
}

// The cells and class buttons Update places sit below the text drawn
// above them however it wraps (at the largest zoom the title's lines
// wrap), in both languages.
func TestPanelCellsBelowTheirText(t *testing.T) {
	for _, lang := range []string{"es", "en"} {
		r := scenetest.NewSize(t, New(), scenetest.ZoomedWidth, scenetest.ZoomedHeight)
		r.C.Scale = scenetest.LargestZoom
		if lang == "en" {
			r.C.Lang = r.C.Lang.Other()
		}
		r.Tick()
		r.Draw()
		parts := r.S.scroll.Parts()
		end := map[string]float64{}
		for _, p := range parts {
			end[p.Name] = p.R.Bottom()
		}
		if got, text := r.S.v.cells[0].Y, end["network"]; got < text-0.5 {
			t.Errorf("%s: the cells start at y %g, over the lines above them (to %g)", lang, got, text)
		}
		if got, text := r.S.v.classBtn[0].Y, end["numbers"]; got < text-0.5 {
			t.Errorf("%s: the class buttons start at y %g, over the numbers (to %g)", lang, got, text)
		}
	}
}

// TestPlayingRedrawsThePanelsLivePart: while playing, the end of each pass
// of the follower redraws the panel's live part (the numbers and the
// curves) and keeps the picture of its settings (the cells, the class
// buttons), which a change of a setting redraws (issue 17: the whole
// panel redrawn at every pass was the dearest regular frame).
func TestPlayingRedrawsThePanelsLivePart(t *testing.T) {
	r := scenetest.OnLoop(t, New(), func(r *scenetest.Rig[*Scene]) {
		r.S.player.Speed = len(ui.Speeds) - 1
		r.Do(keymap.Play)
	})
	frames := func(n int) (settings, live int) {
		for range n {
			onGame(func() {
				r.Tick()
				p, l := r.S.panel.key, r.S.live.key
				r.Draw()
				if r.S.panel.key != p {
					settings++
				}
				if r.S.live.key != l {
					live++
				}
			})
		}
		return settings, live
	}
	frames(2)
	if settings, live := frames(60); settings != 0 || live < 5 {
		t.Errorf("in 60 frames of play the settings were redrawn %d times, the live part %d (want 0 and every pass)", settings, live)
	}
	r.Do(keymap.ParamNext) // another cell selected
	if settings, _ := frames(1); settings != 1 {
		t.Errorf("selecting another cell redrew the settings %d times", settings)
	}
}
