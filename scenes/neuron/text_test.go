package neuron

import (
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// The numbers written into the panel's buffers read exactly as the kit's
// string formatting writes them (ParenFixed, TermFixed, Fixed), for
// negative, zero, tiny and large values.
func TestPanelBuffersReadAsTheKitFormats(t *testing.T) {
	r := scenetest.New(t, New())
	for _, v := range [][5]float64{
		{2, 2, -1, 1, 1}, {-1.5, 0.25, 0, -0.3, 2}, {0.001, -3e4, 1e-9, 0, -0.004}, {1e6, -1e6, -1e6, -2.5, 1e-3},
	} {
		r.S.n = engine.Neuron{Theta: [2]float64{v[0], v[1]}, B: v[2], Act: engine.Sigmoid}
		r.S.probe = [2]float64{v[3], v[4]}
		r.Tick()
		n, x := r.S.n, r.S.probe
		tx := r.S.text.Shown()
		a := n.Potential(x)
		ak := ui.Fixed(n.Theta[0]) + "·" + ui.ParenFixed(x[0]) + " + " + ui.Fixed(n.Theta[1]) + "·" + ui.ParenFixed(x[1]) + ui.TermFixed(n.B) + " = " + ui.Fixed(a)
		if got := string(tx.ak); got != ak {
			t.Errorf("%v: a_k reads %q, want %q", v, got, ak)
		}
		if got, want := string(tx.yhat), "ŷ = σ("+ui.Fixed(a)+") = "+ui.Fixed(n.Output(x)); got != want {
			t.Errorf("%v: ŷ reads %q, want %q", v, got, want)
		}
		if got, want := string(tx.params[1]), "θ₂ = "+ui.Fixed(v[1]); got != want {
			t.Errorf("%v: θ₂'s cell reads %q, want %q", v, got, want)
		}
		for i, row := range r.S.rows {
			for j, want := range [4]float64{row.X[0], row.X[1], row.A, row.YHat} {
				if got := string(tx.cells[i][j]); got != ui.Fixed(want) {
					t.Errorf("%v: table cell %d,%d reads %q, want %q", v, i, j, got, ui.Fixed(want))
				}
			}
		}
	}
}

// The key hint under the table keeps a margin from the panel's edge in
// both languages at 1280×720 and 1920×1080, at body size (shrunk to the
// panel's width, it touched the panel's right edge at 1920×1080 in
// Spanish); every entry is there, none cut.
func TestKeyHintFitsWithAMargin(t *testing.T) {
	for _, win := range scenetest.Windows[:2] {
		for _, lang := range []i18n.Lang{i18n.ES, i18n.EN} {
			r := scenetest.NewWindow(t, New(), win)
			r.C.Lang = lang
			r.Tick()
			px := r.C.Px(ui.TextBody)
			hint := r.C.T("neuron.presets")
			var drawn []string
			stop := ui.WatchText(func(s string, size float64) {
				if strings.Contains(hint, s) && (strings.Contains(s, "NAND") || strings.Contains(s, "A: σ")) {
					drawn = append(drawn, s)
					if size < px-1e-9 {
						t.Errorf("%v %s: %q drawn at %.1f px, under the body's %.1f", win, lang, s, size, px)
					}
				}
			})
			r.Draw()
			stop()
			if strings.Join(drawn, hintSep) != hint {
				t.Errorf("%v %s: the hint drawn as %q, want %q", win, lang, drawn, hint)
			}
			right := r.S.side.Right() - r.C.Px(16+hintMargin)
			for _, l := range drawn {
				if w, _ := ui.MeasureText(l, px); r.S.side.X+r.C.Px(16)+w > right+1e-9 {
					t.Errorf("%v %s: %q ends %.1f px past the margin", win, lang, l, r.S.side.X+r.C.Px(16)+w-right)
				}
			}
		}
	}
}
