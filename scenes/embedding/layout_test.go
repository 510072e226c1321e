package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// At the largest text scale, in a projector's and a large projector's
// window, no label covers a point or another label in any preset.
func TestPresetsLeaveDataClearAtLargestZoom(t *testing.T) {
	scenetest.PresetsLeaveDataClearZoomed(t, New, len(presets))
}

// TestPhoneTitlesAreLegible: on an upright phone the views' titles, the
// two t-SNE views' side by side too, are written at the legible size or
// larger in every preset and both languages (the t-SNE views' short titles,
// with the KL, had been shrunk to half of it).
func TestPhoneTitlesAreLegible(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ES, i18n.EN} {
		r := scenetest.NewSize(t, New(), 390, 844-46)
		r.C.Lang = lang
		for p := 1; p <= len(presets); p++ {
			r.DoArg(keymap.Preset, p)
			for range 30 {
				r.Tick()
			}
			rows := 2
			if r.S.view == model.ViewTSNE {
				rows = 3
			}
			for row := range rows {
				text, px := r.S.titleText(r.C, row)
				if px < r.C.LegiblePx()-1e-9 {
					t.Errorf("%s preset %d: title %q at %.1f px, under %.1f", lang, p, text, px, r.C.LegiblePx())
				}
			}
		}
	}
}
