package scenes

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// On a 16:9 projector the side panels of the scenes that end with a plot
// (J per iteration, the loss and accuracy curves) or a table show all of
// it when a scene opens, without a scrollbar: the plot's scale was cut by
// a few pixels. (The neuron's panel grows by a line while the pointer
// probes a point whose numbers wrap, and the regression's holds a table a
// row per hidden unit: those scroll when they must.)
func TestPanelsFitAProjectorWhenASceneOpens(t *testing.T) {
	for _, size := range [][2]int{{1280, 720}, {1920, 1080}} {
		for _, id := range []string{"perceptron", "xor", "gradient", "backprop", "embedding"} {
			for _, lang := range []string{"es", "en"} {
				name := fmt.Sprintf("%s %s %dx%d", id, lang, size[0], size[1])
				g := New(Options{Lang: lang}, newMem())
				g.resize(float64(size[0]), float64(size[1]), 1)
				if !g.switchTo(id) {
					t.Fatalf("no scene %q", id)
				}
				screen := ebiten.NewImage(size[0], size[1])
				frame(t, g, screen)
				frame(t, g, screen)
				screen.Deallocate()
				if len(g.panels) == 0 {
					t.Errorf("%s: no side panel reported", name)
				}
				for _, p := range g.panels {
					if p.Max > 0 {
						t.Errorf("%s: the side panel scrolls by %.0f px", name, p.Max)
					}
				}
			}
		}
	}
}
