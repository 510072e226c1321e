package backprop

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// backprop case (playing). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/backprop/
func BenchmarkFramePlaying(b *testing.B) { scenetest.BenchPlaying(b, New()) }

// While playing, a tick between steps derives nothing again and allocates
// nothing, and a frame between steps only copies the cached picture and
// draws the pulse (a dot from a picture, numbers written once a step). A
// step's frame redraws the picture within a bound (2,288 allocations
// before lines and rectangles stopped building paths, about 1,000 before
// the nodes' circles did).
func TestFrameAllocs(t *testing.T) { scenetest.PlayingFrames(t, New(), 6, 850) }
