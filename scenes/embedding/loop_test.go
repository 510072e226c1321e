package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// Tests that draw run inside a real Ebiten game loop.
func TestMain(m *testing.M) { gameloop.Main(m) }

// onGame runs f inside the game loop and waits for it.
func onGame(f func()) { gameloop.Do(f) }
