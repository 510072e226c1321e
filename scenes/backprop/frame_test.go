package backprop

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// backprop case (playing). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/backprop/
func BenchmarkFramePlaying(b *testing.B) {
	scenetest.BenchFrames(b, scenetest.OnLoop(b, New(), scenetest.Play).Frame)
}

// While playing, a frame between steps only draws the pulse over the
// cached picture, and a step's frame redraws it within a bound (2,288
// allocations before lines and rectangles stopped building paths).
func TestFrameAllocs(t *testing.T) {
	scenetest.FrameAllocsWithin(t, scenetest.OnLoop(t, New(), scenetest.Play).Frame, 100, 2000)
}
