package scenes

import (
	"strings"
	"testing"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
)

// At every text scale Ctrl+= / Ctrl+− reach, the tabs of a 1280 px and a
// 1920 px window keep a name (full or short, never a bare number), all at
// one text size (no smaller than 16 px unless Ctrl+− made all text
// smaller), in both languages; and the tabs
// stay between the app's name and the buttons.
func TestTabsKeepTheirNamesAtEveryZoom(t *testing.T) {
	for _, win := range [][2]float64{{1280, 720}, {1920, 1080}} {
		for _, lang := range []i18n.Lang{i18n.ES, i18n.EN} {
			for z := 0.6; z <= 3.001; z *= 1.15 {
				z = min(z, 3)
				slide := max(1, min(win[0]/1280, win[1]/720))
				v := view{w: win[0], h: win[1], dsf: 1, zoom: z * slide, lang: lang, scenes: All()}
				var ch chrome
				tabs := ch.tabRects(v)
				labels, size := tabLabels(v, tabs, 19*titleScale(v)*0.9)
				for i, l := range labels {
					if !strings.Contains(l, "·") {
						t.Errorf("%gx%g %s zoom %.2f: tab %d is %q, a bare number", win[0], win[1], lang, z, i+1, l)
					}
				}
				if z >= 1 && size < 16 {
					t.Errorf("%gx%g %s zoom %.2f: tab text is %.1f px", win[0], win[1], lang, z, size)
				}
				bs := ch.titleButtons(v)
				last := tabs[len(tabs)-1]
				if right := bs[len(bs)-1].r.X; last.Right() > right || tabs[0].W <= 0 {
					t.Errorf("%gx%g zoom %.2f: the tabs end at %g, over the buttons at %g", win[0], win[1], z, last.Right(), right)
				}
				for i, r := range tabs {
					if w, _ := ui.MeasureText(labels[i], size); w > r.W {
						t.Errorf("%gx%g %s zoom %.2f: %q (%.0f px) overflows its tab (%.0f px)", win[0], win[1], lang, z, labels[i], w, r.W)
					}
				}
				if z == 3 {
					break
				}
			}
		}
	}
}
