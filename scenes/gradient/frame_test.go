package gradient

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// gradient case (the first preset, playing). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/gradient/
func BenchmarkFramePlaying(b *testing.B) { scenetest.BenchPlaying(b, New()) }

// While playing, a tick between steps allocates nothing (the layout, with
// its measured captions and legends, is kept until the window or the
// language changes), and a frame between steps only copies the cached
// picture. A step's frame redraws it within a bound (the loss map's
// iso-lines are one batch: they were thousands of lines, some 11,500
// allocations in the frame that redrew the map; the path's dots, a
// vector path each, another hundred or more).
func TestFrameAllocs(t *testing.T) { scenetest.PlayingFrames(t, New(), 4, 1500) }

// BenchmarkTickDrawPlaying reports the p50 and p95 of a playing tick's
// Update and of a frame's Draw apart, as neurona.perf() does in the page.
func BenchmarkTickDrawPlaying(b *testing.B) {
	r := scenetest.OnLoop(b, New(), scenetest.Play)
	scenetest.Frames(b, r.Tick, func() { r.Draw() })
}
