package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// TestEveryPresetAfterEveryOther loads each preset right after each other
// one, drawing between them, at the largest zoom on a projector: the
// pictures computed for one network's shape must never be read with
// another's (a preset loaded right after another once indexed past the
// unit tiles).
func TestEveryPresetAfterEveryOther(t *testing.T) {
	r := scenetest.NewSize(t, New(), scenetest.ZoomedWidth, scenetest.ZoomedHeight)
	r.C.Scale = scenetest.LargestZoom
	for i := 1; i <= len(presets); i++ {
		for j := 1; j <= len(presets); j++ {
			r.DoArg(keymap.Preset, i)
			r.Do(keymap.PanelTop)
			r.Draw()
			r.Tick()
			r.DoArg(keymap.Preset, j)
			r.Draw()
			for range 3 {
				r.Tick()
				r.Draw()
			}
		}
	}
}
