package gradient

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// gradient case (the first preset, playing). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/gradient/
func BenchmarkFramePlaying(b *testing.B) {
	scenetest.BenchFrames(b, scenetest.OnLoop(b, New(), scenetest.Play).Frame)
}

// While playing, no frame allocates much: the loss map's iso-lines are
// one batch (they were thousands of lines, some 11,500 allocations in the
// frame that redrew the map).
func TestFrameAllocs(t *testing.T) {
	scenetest.FrameAllocsWithin(t, scenetest.OnLoop(t, New(), scenetest.Play).Frame, 0, 2500)
}
