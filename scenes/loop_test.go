package scenes

import (
	"testing"

	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// Tests that draw run inside a real Ebiten game loop, at its own tick
// rate: the game's idle rate (idle.go) is not handed to Ebiten in tests.
func TestMain(m *testing.M) {
	setTPS = func(int) {}
	gameloop.Main(m)
}

// onGame runs f inside the game loop and waits for it.
func onGame(f func()) { gameloop.Do(f) }
