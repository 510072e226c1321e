package scenes

import (
	"testing"

	"github.com/neurona/neurona/internal/pointscsv"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/platform"
)

// tickHook calls each at the start of every Update (as the game asks its
// platform for a followed link), before the injected keys are read: a
// case's keys of every frame.
type tickHook struct {
	platform.Platform
	each func()
}

func (p *tickHook) FollowedLink() (string, bool) { p.each(); return "", false }

func hookTicks(g *Game, each func()) { g.plat = &tickHook{Platform: g.plat, each: each} }

// pageSpeed undoes benchCase's top speed: the page plays these cases at
// the default speed, 2 steps a second, which at 10–15 frames a second is
// a step every 6 frames or so; one tick a frame, 8 steps a second is the
// same share of step frames.
func pageSpeed(g *Game) {
	once := false
	hookTicks(g, func() {
		if once {
			return
		}
		once = true
		for range 16 {
			g.inject.Key(keymap.Event{Key: "Minus"})
		}
		for range 4 {
			g.inject.Key(keymap.Event{Key: "Equal"})
		}
	})
}

// BenchmarkCaseNeuron is the page's neuron case: θ₁ nudged with ↑ / ↓
// every frame.
func BenchmarkCaseNeuron(b *testing.B) {
	benchCase(b, "neuron", func(g *Game) {
		n := 0
		hookTicks(g, func() {
			n++
			k := "ArrowUp"
			if n%2 == 0 {
				k = "ArrowDown"
			}
			g.inject.Key(keymap.Event{Key: k})
		})
	}, nil)
}

// BenchmarkCasePerceptron is the page's perceptron case: 3,000 points
// from a dropped CSV, playing.
func BenchmarkCasePerceptron(b *testing.B) {
	benchCase(b, "perceptron", func(g *Game) {
		if err := g.docs.importData(g, "puntos-3000.csv", pointscsv.Make("perceptron", 3000)); err != nil {
			b.Fatal(err)
		}
		key(g, "Enter", false)
	}, pageSpeed)
}

// BenchmarkCaseRegression is the page's regression case: playing.
func BenchmarkCaseRegression(b *testing.B) {
	benchCase(b, "regression", func(g *Game) { key(g, "Enter", false) }, pageSpeed)
}
