package gradient

import (
	"fmt"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// On every window, a phone's too, the views' captions and legends keep at
// least ui.TextMin and fit their strips: they wrap instead of shrinking
// (on a phone they used to shrink to 7–10 px).
func TestCaptionsAndLegendsStayLegible(t *testing.T) {
	for _, win := range scenetest.Windows {
		for _, lang := range []string{"es", "en"} {
			r := scenetest.NewSize(t, New(), win.W, win.H-46*win.Scale)
			r.C.Scale = win.Scale
			if lang == "en" {
				r.C.Lang = r.C.Lang.Other()
			}
			r.Tick()
			c, l := r.C, r.S.lay
			what := fmt.Sprintf("%gx%g %s", win.W, win.H, lang)
			min := c.Px(ui.TextMin)
			caps := []struct {
				text string
				r    ui.Rect
			}{{c.T("gradient.caption.data"), l.capP}, {mapCaption(c, r.S.v.cur.M.B, r.S.tr.Loss), l.capL}}
			// b as descent leaves it: "−0.00893" took a line of its own on
			// a phone, and the caption ran into the map under it.
			for _, b := range []float64{-0.00893, 0.0312, 1.5} {
				for _, loss := range []engine.Loss{engine.BCE, engine.MSE} {
					caps = append(caps, struct {
						text string
						r    ui.Rect
					}{mapCaption(c, b, loss), l.capL})
				}
			}
			for _, cp := range caps {
				px, lines := fitted(c, cp.text, l.captionPx, cp.r.W)
				if px < min-1e-9 {
					t.Errorf("%s: caption %q at %.1f px, under %.1f", what, cp.text, px, min)
				}
				if h := px * 1.3 * float64(len(lines)); h > cp.r.H+1e-9 {
					t.Errorf("%s: caption %q needs %.1f px of height, its strip has %.1f", what, cp.text, h, cp.r.H)
				}
				for _, s := range lines {
					if w, _ := ui.MeasureText(s, px); w > cp.r.W+1e-9 && len(lines) == 1 {
						t.Errorf("%s: caption line %q is %.1f px wide in a %.1f px strip", what, s, w, cp.r.W)
					}
				}
			}
			for _, lg := range []struct {
				items []legendItem
				r     ui.Rect
			}{{dataLegend(c), l.legP}, {mapLegend(c), l.legL}} {
				f := fitLegend(c, lg.items, lg.r.W)
				if f.px < min-1e-9 {
					t.Errorf("%s: legend at %.1f px, under %.1f", what, f.px, min)
				}
				lines := 0
				for k := range f.rows {
					lines += f.rowLines(k)
					x := 0.0
					for _, i := range f.rows[k] {
						tw := 0.0
						for _, s := range f.lines[i] {
							w, _ := ui.MeasureText(s, f.px)
							tw = max(tw, w)
						}
						x += f.sw + c.Px(6) + tw
						if x > lg.r.W+1e-9 {
							t.Errorf("%s: legend entry %q ends at %.1f px in a %.1f px strip", what, lg.items[i].text, x, lg.r.W)
						}
						x += f.gap
					}
				}
				if h := f.px * 1.2 * float64(lines); h > lg.r.H+1e-9 {
					t.Errorf("%s: legend needs %.1f px of height for %d lines, its strip has %.1f", what, h, lines, lg.r.H)
				}
				if n := len(f.rows); n == 0 || n > len(lg.items) {
					t.Errorf("%s: legend in %d rows", what, n)
				}
			}
			if l.capP.Bottom() > l.plane.Y+1e-9 || l.plane.Bottom() > l.legP.Y+1e-9 || l.legP.Bottom() > l.main.Bottom()+1e-9 {
				t.Errorf("%s: caption %v, plane %v, legend %v overlap or leave the view %v", what, l.capP, l.plane, l.legP, l.main)
			}
		}
	}
}
