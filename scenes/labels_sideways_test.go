package scenes

import (
	"fmt"
	"strings"
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
	labelsClearIn(t, 844, 390, 6)
}

// So do the sizes where labels once met: at 740×360 the loss map's θ₁
// and θ₂ (gradient), at 1024×600 the regression's legend and the name of
// its y axis (and then its tick "2").
func TestNoLabelCoversDataOnSmallWindows(t *testing.T) {
	labelsClearIn(t, 740, 360, 0)
	labelsClearIn(t, 1024, 600, 0)
}

// At 1024×600 and the largest text scale, XOR opened there shows the
// units' names clear of each other and of the tick numbers in every
// preset (z₁ sat on z₄ in the disc's, with four units).
func TestXORLabelsClearAtLargestZoom(t *testing.T) {
	onGame(func() {
		g := New(Options{}, newMem())
		g.resize(1024, 600, 1)
		for range 8 {
			g.inject.Key(keymap.Event{Key: "Equal", Ctrl: true})
			tick(t, g)
		}
		screen := ebiten.NewImage(1024, 600)
		g.switchTo("xor")
		for n := 1; n <= 4; n++ {
			key(g, fmt.Sprint("Digit", n), true)
			for range 4 {
				tick(t, g)
			}
			g.Draw(screen)
			for _, o := range place.Overlaps(g.layout) {
				t.Errorf("preset %d: %s", n, o)
			}
		}
	})
}

// labelsClearIn draws every preset of every scene in a w×h window after
// zoom steps of Ctrl+= and fails with every label of the layout report
// that covers a point marker or another label.
func labelsClearIn(t *testing.T, w, h, zoom int) {
	t.Helper()
	onGame(func() {
		g := New(Options{}, newMem())
		g.resize(float64(w), float64(h), 1)
		for range zoom {
			g.inject.Key(keymap.Event{Key: "Equal", Ctrl: true})
			tick(t, g)
		}
		screen := ebiten.NewImage(w, h)
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
					t.Errorf("%d×%d %s preset %d: %d labels and %d markers reported", w, h, r.id, n, len(g.layout.Labels), len(g.layout.Markers))
				}
				for _, o := range place.Overlaps(g.layout) {
					t.Errorf("%d×%d %s preset %d: %s", w, h, r.id, n, o)
				}
			}
		}
	})
}

// At 740×360 the notes' NAND (neuron's preset 3) leaves θ's value no
// free place beside its arrow (it covered the tick −2 of x₂): the arrow
// keeps its name, θ, clear of the ticks (the panel shows θ₁ and θ₂).
func TestThetaArrowKeepsItsNameOnASmallWindow(t *testing.T) {
	onGame(func() {
		g := New(Options{}, newMem())
		g.resize(740, 360, 1)
		screen := ebiten.NewImage(740, 360)
		g.switchTo("neuron")
		key(g, "Digit3", true)
		for range 4 {
			tick(t, g)
		}
		g.Draw(screen)
		named := false
		for _, l := range g.layout.Labels {
			named = named || l.Text == "θ" || strings.HasPrefix(l.Text, "θ = (")
		}
		if !named {
			t.Errorf("θ's arrow has no label: %v", g.layout.Labels)
		}
		for _, o := range place.Overlaps(g.layout) {
			t.Error(o)
		}
	})
}
