package scenes

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui/place"
)

// On a phone held sideways (844×390) every preset of every scene draws its
// labels clear of its points and of each other, as the e2e layout test
// asks of a projector, a large screen and an upright phone; Ctrl+= there
// changes nothing (a phone keeps its text scale).
func TestNoLabelCoversDataOnASidewaysPhone(t *testing.T) {
	onGame(func() {
		g := New(Options{}, newMem())
		g.resize(844, 390, 1)
		for range 6 {
			g.inject.Key(keymap.Event{Key: "Equal", Ctrl: true})
			tick(t, g)
		}
		screen := ebiten.NewImage(844, 390)
		for _, r := range registry {
			g.switchTo(r.id)
			prev := ""
			for n := 1; n <= 9; n++ {
				key(g, fmt.Sprint("Digit", n), true)
				for range 4 {
					tick(t, g)
				}
				pts := fmt.Sprint(stateOf(t, g)["points"])
				if n > 1 && pts == prev {
					break // no preset n: the points did not change
				}
				prev = pts
				g.Draw(screen)
				if len(g.layout.Labels) == 0 || len(g.layout.Markers) == 0 {
					t.Errorf("%s preset %d: %d labels and %d markers reported", r.id, n, len(g.layout.Labels), len(g.layout.Markers))
				}
				for _, o := range place.Overlaps(g.layout) {
					t.Errorf("%s preset %d: %s", r.id, n, o)
				}
			}
		}
	})
}
