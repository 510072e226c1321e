package regression

import (
	"testing"

	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// Tests that read pixels run inside a real Ebiten game loop.
func TestMain(m *testing.M) { gameloop.Main(m) }
