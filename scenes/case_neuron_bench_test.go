package scenes

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
)

// pageScreen gives g the bench page's screen: 1280×800 CSS pixels at one
// device pixel each, drawn straight (software WebGL is not supersampled),
// so that a scene is laid out at scale 1 as the page lays it out. The
// test game's screen (640×400 at two device pixels) lays scenes out as on
// a small laptop: there neuron's panel is at its narrowest and the
// probe's potential wraps.
func pageScreen(g *Game) {
	g.resize(1280, 800, 1)
	g.ss, g.dsf = 1, 1
	g.w, g.h = g.sw, g.sh
}

// BenchmarkCaseNeuronPage is BenchmarkCaseNeuron on the page's screen
// (pageScreen): θ₁ nudged with ↑ / ↓ every frame.
func BenchmarkCaseNeuronPage(b *testing.B) {
	benchCase(b, "neuron", func(g *Game) {
		pageScreen(g)
		up := false
		hookTicks(g, func() {
			up = !up
			k := "ArrowDown"
			if up {
				k = "ArrowUp"
			}
			g.inject.Key(keymap.Event{Key: k})
		})
	}, nil)
}
