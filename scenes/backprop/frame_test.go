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

// While playing, a tick between steps derives nothing again and allocates
// nothing, and a frame between steps only copies the cached picture and
// draws the pulse: what it allocates is Ebiten's own bookkeeping of its
// few draw calls (one small command each). A step's frame redraws the
// picture within a bound (2,288 allocations before lines and rectangles
// stopped building paths).
func TestFrameAllocs(t *testing.T) {
	r := scenetest.OnLoop(t, New(), scenetest.Play)
	if n, b := scenetest.DrawAllocs(func() {}, r.Tick); n != 0 {
		t.Errorf("a playing tick allocates %d times (%d bytes)", n, b)
	}
	scenetest.FrameAllocsWithin(t, r.Frame, 6, 1500)
}
