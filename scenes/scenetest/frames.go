package scenetest

import (
	"math"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// OnLoop returns a rig for s made inside the package's game loop
// (gameloop.Main), after setup (keys, data) has run there too.
func OnLoop[S ui.Scene](tb testing.TB, s S, setup func(r *Rig[S])) *Rig[S] {
	var r *Rig[S]
	gameloop.Do(func() {
		r = New(tb, s)
		setup(r)
	})
	return r
}

// Play presses Enter (play): the setup of OnLoop for a scene measured
// while it plays.
func Play[S ui.Scene](r *Rig[S]) { r.Do(keymap.Play) }

// FrameAllocsWithin fails t when, over 60 frames in a steady state, the
// frame with the fewest allocations made more than least or the one with
// the most made more than most (0: no bound).
func FrameAllocsWithin(t *testing.T, frame func(), least, most uint64) {
	t.Helper()
	lo, hi := FrameAllocs(60, frame)
	t.Logf("allocations per frame: %d to %d", lo, hi)
	if least > 0 && lo > least || most > 0 && hi > most {
		t.Errorf("frames allocated %d to %d times, want at most %d and %d", lo, hi, least, most)
	}
}

// Frame is one frame of the game: a tick with no input, then a draw.
func (r *Rig[S]) Frame() {
	r.Tick()
	r.Draw()
}

// warmFrames is how many frames run before a frame's cost is measured:
// enough for caches, glyph atlases and Ebiten's buffers to reach their
// steady size.
const warmFrames = 30

// BenchFrames times frame (an Update and a Draw, typically through a Rig),
// each in its own tick of the package's game loop (gameloop.Main), so
// that Ebiten flushes every frame as the game does. The time includes the
// wait for the loop's next tick: read the CPU profile (-cpuprofile), not
// ns/op.
//
// It reports the frames' own time (measured inside the tick, without the
// wait) as "frame-p50-µs", "frame-p95-µs" and "frame-max-µs": the native
// counterpart of neurona.perf()'s Update + Draw.
func BenchFrames(b *testing.B, frame func()) {
	for range warmFrames {
		gameloop.Do(frame)
	}
	b.ReportAllocs()
	b.ResetTimer()
	ts := make([]time.Duration, 0, b.N)
	for range b.N {
		gameloop.Do(func() {
			t0 := time.Now()
			frame()
			ts = append(ts, time.Since(t0))
		})
	}
	b.StopTimer()
	slices.Sort(ts)
	at := func(q float64) float64 { return float64(ts[int(q*float64(len(ts)-1))].Microseconds()) }
	b.ReportMetric(at(0.5), "frame-p50-µs")
	b.ReportMetric(at(0.95), "frame-p95-µs")
	b.ReportMetric(at(1), "frame-max-µs")
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
