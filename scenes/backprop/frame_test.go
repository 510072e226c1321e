package backprop

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// playing returns a rig of the bench's backprop case: the first preset,
// playing.
func playing(tb testing.TB) *scenetest.Rig[*Scene] {
	var r *scenetest.Rig[*Scene]
	gameloop.Do(func() {
		r = scenetest.New(tb, New())
		r.Do(keymap.Play)
	})
	return r
}

func frameOf(r *scenetest.Rig[*Scene]) func() { return func() { r.Tick(); r.Draw() } }

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// backprop case. Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/backprop/
func BenchmarkFramePlaying(b *testing.B) { scenetest.BenchFrames(b, frameOf(playing(b))) }

func TestFrameAllocs(t *testing.T) {
	least, most := scenetest.FrameAllocs(60, frameOf(playing(t)))
	t.Logf("allocs per frame: %d to %d", least, most)
}
