package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
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
