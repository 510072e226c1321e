package gradient

import (
	"testing"

	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// Tests that draw run inside a real Ebiten game loop: the frame cost
// tests (frame_test.go) count what a frame allocates where the game
// draws it, not in Ebiten's queue of commands deferred until a loop runs.
func TestMain(m *testing.M) { gameloop.Main(m) }
