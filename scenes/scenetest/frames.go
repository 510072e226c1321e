package scenetest

import (
	"math"
	"runtime"
	"testing"

	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// warmFrames is how many frames run before a frame's cost is measured:
// enough for caches, glyph atlases and Ebiten's buffers to reach their
// steady size.
const warmFrames = 30

// BenchFrames times frame (an Update and a Draw, typically through a Rig),
// each in its own tick of the package's game loop (gameloop.Main), so
// that Ebiten flushes every frame as the game does. The time includes the
// wait for the loop's next tick: read the CPU profile (-cpuprofile), not
// ns/op.
func BenchFrames(b *testing.B, frame func()) {
	for range warmFrames {
		gameloop.Do(frame)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		gameloop.Do(frame)
	}
}

// FrameAllocs returns the fewest and the most allocations a frame made
// over n frames in a steady state, each frame in its own tick of the package's
// game loop (so that Ebiten flushes and reuses its command buffers between
// frames, as in the game), counted inside the tick, where nothing else of
// the loop runs.
func FrameAllocs(n int, frame func()) (least, most uint64) {
	for range warmFrames {
		gameloop.Do(frame)
	}
	least = math.MaxUint64
	var before, after runtime.MemStats
	for range n {
		gameloop.Do(func() {
			runtime.ReadMemStats(&before)
			frame()
			runtime.ReadMemStats(&after)
		})
		least = min(least, after.Mallocs-before.Mallocs)
		most = max(most, after.Mallocs-before.Mallocs)
	}
	return least, most
}
