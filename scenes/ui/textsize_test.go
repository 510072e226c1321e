package ui

import (
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// At the 1280×720 slide (Scale 1 on a one-CSS-pixel-per-pixel display) no
// text the kit draws is under 16 px: not the plane's ticks, not a plot's
// scales or its long title in a narrow panel, not a panel line too long
// for its width (it wraps instead of shrinking).
func TestKitTextIsNeverUnder16PxAtTheSlideSize(t *testing.T) {
	smallest, what := math.Inf(1), ""
	textDrawn = func(s string, px float64) {
		if px < smallest {
			smallest, what = px, s
		}
	}
	defer func() { textDrawn = nil }()

	dst := ebiten.NewImage(1280, 720)
	defer dst.Deallocate()
	c := &Context{Theme: Dark, Scale: 1, Bounds: Rect{0, 46, 1280, 674}}
	pl := NewPlane(0, 0, 2)
	pl.Layout(Rect{0, 46, 860, 674})
	pl.DrawGrid(dst, c)

	panel := NewPanel(dst, c, Rect{860, 46, 300, 674})
	panel.Heading("Descenso por gradiente")
	panel.Line("una línea demasiado larga para el ancho de este panel estrecho, con muchas palabras")
	panel.Dim("θ = (0.1234, −0.5678)   J = 0.012345")
	panel.Table([][]string{{"x₁", "x₂", "y", "ŷ"}, {"0", "1", "1", "1"}}, 1)
	plot := Plot{Title: "J(θ) del error cuadrático medio a lo largo de las iteraciones", XLabel: "t"}
	plot.Draw(dst, c, panel.Rest(), []Series{{XY: []float64{0, 1, 1, 0.5, 2, 0.01234}, Color: Dark.Series1, Label: "J"}})

	if smallest < TextMin || smallest < 16 {
		t.Errorf("the smallest text is %q at %.1f px, want ≥ 16", what, smallest)
	}
	if math.IsInf(smallest, 1) {
		t.Fatal("nothing was drawn")
	}
}

func TestAlignLeftEdge(t *testing.T) {
	for a, want := range map[Align]float64{AlignLeft: 100, AlignCenter: 70, AlignRight: 40} {
		if got := a.Left(100, 60); got != want {
			t.Errorf("align %d: left edge %v, want %v", a, got, want)
		}
	}
}

// A text shrunk to fit a width fits it, as drawn: the faces come in steps
// of size, and a caption shrunk in proportion ran 1% past its strip.
func TestFitTextFits(t *testing.T) {
	for _, s := range []string{"J(θ₁, θ₂) con b = −0.00893 · error cuadrático", "J(θ₁, θ₂) at b = 0.0312 · cross-entropy", "θ₁^{[2]} = −0.0766", "ŷ = signo(a)"} {
		for w := 40.0; w < 600; w += 7.3 {
			px := FitText(s, 19, w)
			if got, _ := MeasureText(s, px); got > w && px > 6 {
				t.Errorf("%q fitted to %.1f px is %.2f px wide at %.2f px", s, w, got, px)
			}
		}
	}
}
