package ui

import (
	"fmt"
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
	code := -1
	finished := make(chan struct{})
	go func() {
		code = m.Run()
		close(finished)
		close(loop.quit)
	}()
	ebiten.SetWindowSize(64, 64)
	err := ebiten.RunGame(loop)
	select {
	case <-finished:
	default:
		// The loop must outlive the tests; ending early would otherwise
		// pass silently with the tests cut short.
		fmt.Fprintln(os.Stderr, "the game loop ended before the tests finished:", err)
		os.Exit(1)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "game loop:", err)
		os.Exit(1)
	}
	os.Exit(code)
}
