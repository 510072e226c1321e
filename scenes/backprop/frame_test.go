package backprop

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

func play(r *scenetest.Rig[*Scene]) { r.Do(keymap.Play) }

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// backprop case (playing). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/backprop/
func BenchmarkFramePlaying(b *testing.B) {
	scenetest.BenchFrames(b, scenetest.OnLoop(b, New(), play).Frame)
}

// While playing, a frame between steps only draws the pulse over the
// cached picture, and a step's frame redraws it within a bound.
func TestFrameAllocs(t *testing.T) {
	least, most := scenetest.FrameAllocs(60, scenetest.OnLoop(t, New(), play).Frame)
	t.Logf("allocations per frame: %d to %d", least, most)
	if least > 100 || most > 2000 {
		t.Errorf("frames allocated %d to %d times, want at most 100 between steps and 2,000 in a step", least, most)
	}
}
