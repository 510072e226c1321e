package xor

import (
	"testing"

	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// Tests that draw frames as the game does run inside a real Ebiten game
// loop, so that each frame's draw commands are flushed.
func TestMain(m *testing.M) { gameloop.Main(m) }
