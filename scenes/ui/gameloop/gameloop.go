// Package gameloop runs a package's tests inside a real Ebiten game loop,
// for tests that draw and read pixels back. Ebiten must run its loop on the
// main thread, so TestMain hands the thread to the loop and runs the tests
// in another goroutine; the tests send work to the loop with Do.
//
//	func TestMain(m *testing.M) { gameloop.Main(m) }
package gameloop

import (
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

type loopGame struct {
	jobs chan func()
	quit chan struct{}
}

func (l *loopGame) Update() error {
	select {
	case f := <-l.jobs:
		f()
	case <-l.quit:
		return ebiten.Termination
	default:
	}
	return nil
}

func (l *loopGame) Draw(*ebiten.Image)         {}
func (l *loopGame) Layout(int, int) (int, int) { return 64, 64 }

var loop = &loopGame{jobs: make(chan func()), quit: make(chan struct{})}

// Do runs f inside the game loop's Update and waits for it to return.
func Do(f func()) {
	done := make(chan struct{})
	loop.jobs <- func() { defer close(done); f() }
	<-done
}

// Main runs the tests with the game loop on the main thread and exits with
// their status. It exits with status 1 if the loop ends before the tests,
// which would otherwise pass silently with the tests cut short.
func Main(m *testing.M) {
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
		fmt.Fprintln(os.Stderr, "gameloop: the game loop ended before the tests finished:", err)
		os.Exit(1)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gameloop:", err)
		os.Exit(1)
	}
	os.Exit(code)
}
