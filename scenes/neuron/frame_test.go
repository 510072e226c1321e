package neuron

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
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
// case (θ₁ nudged every frame), at a 1280×800 window's scene area. Under
// Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/neuron/
func BenchmarkFrameNudged(b *testing.B) {
	r := scenetest.OnLoop(b, New(), func(*scenetest.Rig[*Scene]) {})
	scenetest.BenchFrames(b, nudgedFrame(r))
}

// A nudged frame allocates a bounded amount: lines and rectangles no
// longer build a path each (the frame made 1,024 allocations with them),
// colours are not boxed, the panel's text is formatted in Update only
// when its numbers change (and kept for the last few states) and the
// activation's curve is a cached picture, and the plane's and panel's
// clipped images are kept (ui.Clip: a new one grows new vertex buffers
// on every draw; 390 allocations with all of them). What is left is
// Ebiten's own (natively its GL calls) and the paths of the circles.
func TestFrameAllocs(t *testing.T) {
	r := scenetest.OnLoop(t, New(), func(*scenetest.Rig[*Scene]) {})
	scenetest.FrameAllocsWithin(t, nudgedFrame(r), 0, 150)
}

// heldFrame is a frame with ↑ held: θ₁ grows every frame, so every frame
// has new numbers.
func heldFrame(r *scenetest.Rig[*Scene]) func() {
	return func() {
		r.Do(keymap.ParamInc)
		r.Draw()
	}
}

// With ↑ held every frame shows new numbers; they are written into the
// panel's kept buffers and drawn from there (96 to 157 allocations a frame
// when they were new strings, each laid out and kept). What is left (22
// to 86) is θ's label on the plane (a string the placer names in the
// layout report), laid out once per value, the glyphs of the sizes that
// shrink-to-fit picks as the numbers widen, and Ebiten's own.
func TestHeldKeyFrameAllocs(t *testing.T) {
	r := scenetest.OnLoop(t, New(), func(*scenetest.Rig[*Scene]) {})
	scenetest.FrameAllocsWithin(t, heldFrame(r), 40, 110)
}
