package scenes

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// benchFrames times whole frames (one Update and one Draw) of a game set
// up by setup, at 1280×800 without supersampling: the CPU side of what
// neurona.perf() reports. Run under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/
func benchFrames(b *testing.B, scene string, setup func(g *Game)) {
	g, _ := newTestGame(&testing.T{}, Options{Scene: scene})
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(1280, 800) })
	setup(g)
	onGame(func() {
		for range 60 {
			_ = g.Update()
			g.Draw(screen)
		}
	})
	b.ResetTimer()
	onGame(func() {
		for range b.N {
			_ = g.Update()
			g.Draw(screen)
		}
	})
}

func BenchmarkFrameXORTopSpeed(b *testing.B) {
	benchFrames(b, "xor", func(g *Game) {
		key(g, "N", false)
		for range 16 {
			key(g, "Equal", false)
		}
	})
}

func BenchmarkFramePerceptron3000Playing(b *testing.B) {
	benchFrames(b, "perceptron", func(g *Game) {
		var csv strings.Builder
		csv.WriteString("x1,x2,y\n")
		r := rand.New(rand.NewPCG(1, 2))
		for range 3000 {
			x, y := r.Float64()*2-1, r.Float64()*2-1
			c := 1
			if x+0.3*y+0.1*r.NormFloat64() < 0 {
				c = -1
			}
			fmt.Fprintf(&csv, "%.4f,%.4f,%d\n", x, y, c)
		}
		if err := g.docs.importData(g, "points.csv", []byte(csv.String())); err != nil {
			b.Fatal(err)
		}
		key(g, "P", false)
	})
}

func BenchmarkFrameNeuronNudged(b *testing.B) {
	up := false
	g, _ := newTestGame(&testing.T{}, Options{Scene: "neuron"})
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(1280, 800) })
	b.ResetTimer()
	onGame(func() {
		for range b.N {
			up = !up
			if up {
				key(g, "ArrowUp", false)
			} else {
				key(g, "ArrowDown", false)
			}
			_ = g.Update()
			g.Draw(screen)
		}
	})
}

func BenchmarkFrameGradientPlaying(b *testing.B) {
	benchFrames(b, "gradient", func(g *Game) { key(g, "P", false) })
}

func BenchmarkFrameBackpropPlaying(b *testing.B) {
	benchFrames(b, "backprop", func(g *Game) { key(g, "P", false) })
}
