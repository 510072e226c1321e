package neuron

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// nudgedFrame returns one frame of the benchmark's neuron case: θ₁ nudged
// up or down (alternately) by one tick, then drawn.
func nudgedFrame(r *scenetest.Rig[*Scene]) func() {
	up := false
	return func() {
		up = !up
		if up {
			r.Do(keymap.ParamInc)
		} else {
			r.Do(keymap.ParamDec)
		}
		r.Draw()
	}
}

// BenchmarkFrameNudged is the CPU side of a frame of the bench's neuron
// case (θ₁ nudged every frame), at a 1280×800 window's scene area, each
// frame in its own tick of a game loop (which flushes it). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/neuron/
func BenchmarkFrameNudged(b *testing.B) {
	var r *scenetest.Rig[*Scene]
	gameloop.Do(func() { r = scenetest.New(b, New()) })
	frame := nudgedFrame(r)
	scenetest.BenchFrames(b, frame)
}

func TestFrameAllocs(t *testing.T) {
	var r *scenetest.Rig[*Scene]
	gameloop.Do(func() { r = scenetest.New(t, New()) })
	least, most := scenetest.FrameAllocs(60, nudgedFrame(r))
	t.Logf("allocs per frame: %d to %d", least, most)
}
