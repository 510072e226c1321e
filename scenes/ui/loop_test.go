package ui

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Tests that need the GPU (drawing, reading pixels back) run their checks
// inside a real Ebiten game loop: TestMain runs the loop on the main
// thread, as Ebiten requires, and the tests, in another goroutine, hand it
// functions through onGame.
type loopGame struct {
	jobs chan func()
	quit chan struct{}
}

func (g *loopGame) Update() error {
	select {
	case f := <-g.jobs:
		f()
	case <-g.quit:
		return ebiten.Termination
	default:
	}
	return nil
}

func (g *loopGame) Draw(*ebiten.Image)         {}
func (g *loopGame) Layout(int, int) (int, int) { return 64, 64 }

var loop = &loopGame{jobs: make(chan func()), quit: make(chan struct{})}

// onGame runs f inside the game loop's Update and waits for it.
func onGame(f func()) {
	done := make(chan struct{})
	loop.jobs <- func() { f(); close(done) }
	<-done
}

func TestMain(m *testing.M) {
	code := 0
	go func() {
		code = m.Run()
		close(loop.quit)
	}()
	ebiten.SetWindowSize(64, 64)
	if err := ebiten.RunGame(loop); err != nil {
		panic(err)
	}
	os.Exit(code)
}
