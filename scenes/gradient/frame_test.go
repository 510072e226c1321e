package gradient

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

func play(r *scenetest.Rig[*Scene]) { r.Do(keymap.Play) }

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// gradient case (the first preset, playing). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/gradient/
func BenchmarkFramePlaying(b *testing.B) {
	scenetest.BenchFrames(b, scenetest.OnLoop(b, New(), play).Frame)
}

// While playing, no frame allocates much: the loss map's iso-lines are
// one batch (they were thousands of lines, some 11,500 allocations in the
// frame that redrew the map).
func TestFrameAllocs(t *testing.T) {
	least, most := scenetest.FrameAllocs(60, scenetest.OnLoop(t, New(), play).Frame)
	t.Logf("allocations per frame: %d to %d", least, most)
	if most > 2500 {
		t.Errorf("a frame allocated %d times, want at most 2,500", most)
	}
}
