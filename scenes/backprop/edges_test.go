package backprop

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// TestEdgeBatchDrawsAsTheLines: the batch of lines, dashed lines and
// arrows, opaque and translucent, overlapping, drawn with one call, is the
// picture ui.Line, ui.DashedLine and ui.Arrow draw one call each.
func TestEdgeBatchDrawsAsTheLines(t *testing.T) {
	const w, h = 200, 160
	solid := color.RGBA{0x20, 0x60, 0xc0, 0xff}
	glass := ui.WithAlpha(color.RGBA{0xe0, 0x40, 0x10, 0xff}, 0x70)
	var batch, calls *ebiten.Image
	var eb edgeBatch
	gameloop.Do(func() {
		batch, calls = ebiten.NewImage(w, h), ebiten.NewImage(w, h)
		eb.reset()
		eb.line(10, 10, 190, 150, 22, glass)
		ui.Line(calls, 10, 10, 190, 150, 22, glass)
		for _, c := range []color.RGBA{solid, glass} {
			eb.dashed(20, 140, 180, 30, 4, 9, c)
			ui.DashedLine(calls, 20, 140, 180, 30, 4, 9, c)
			eb.arrow(30, 20, 170, 100, 6, 18, c)
			ui.Arrow(calls, 30, 20, 170, 100, 6, 18, c)
		}
		eb.line(5, 5, 5, 5, 3, solid) // no length: nothing, as Line
		eb.draw(batch)
	})
	if eb.draws != 1 {
		t.Errorf("the batch was drawn with %d calls, want 1", eb.draws)
	}
	a, b := scenetest.Pixels(batch), scenetest.Pixels(calls)
	if box, n := scenetest.PixelsApart(a, b, w); n > 0 {
		t.Errorf("%d pixels apart in %v", n, box)
	}
	drawn := 0
	for i := 3; i < len(a); i += 4 {
		if a[i] > 0 {
			drawn++
		}
	}
	if drawn < 2000 {
		t.Errorf("only %d pixels drawn: the lines are missing", drawn)
	}
}
