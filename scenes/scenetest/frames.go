package scenetest

import (
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// These helpers run a scene's frames inside a real Ebiten game loop (the
// package's TestMain must be gameloop.Main), one frame per tick of the
// loop as the game runs them, so that Ebiten flushes each frame's draws.

// Frames runs b.N frames of update and draw (after a warm-up that fills
// caches and grows buffers) and reports the p50 and p95 of each in ms, as
// neurona.perf() does in the page; run the benchmark with -cpuprofile and
// -memprofile to see where the time goes.
func Frames(b *testing.B, update, draw func()) {
	for range 30 {
		gameloop.Do(func() { update(); draw() })
	}
	var up, dr []float64
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		gameloop.Do(func() {
			t0 := time.Now()
			update()
			t1 := time.Now()
			draw()
			t2 := time.Now()
			up = append(up, float64(t1.Sub(t0))/1e6)
			dr = append(dr, float64(t2.Sub(t1))/1e6)
		})
	}
	b.StopTimer()
	q := func(v []float64, p float64) float64 {
		slices.Sort(v)
		return v[min(len(v)-1, int(p*float64(len(v))))]
	}
	b.ReportMetric(q(up, 0.5), "update-p50-ms")
	b.ReportMetric(q(up, 0.95), "update-p95-ms")
	b.ReportMetric(q(dr, 0.5), "draw-p50-ms")
	b.ReportMetric(q(dr, 0.95), "draw-p95-ms")
}

// DrawAllocs runs frames of tick and draw and returns the median
// allocations and bytes of one draw, counted inside the loop's tick (so
// that nothing else runs meanwhile) and after a warm-up; the tick runs
// before the count. The median, not the mean: a buffer that grows once in
// a while (Ebiten's, the runtime's) is not garbage made every frame, and
// must not make the count depend on what ran before.
func DrawAllocs(tick, draw func()) (allocs, bytes uint64) {
	for range 10 {
		gameloop.Do(func() { tick(); draw() })
	}
	const n = 21
	var a, b runtime.MemStats
	ns, bs := make([]uint64, n), make([]uint64, n)
	for i := range n {
		gameloop.Do(func() {
			tick()
			runtime.ReadMemStats(&a)
			draw()
			runtime.ReadMemStats(&b)
		})
		ns[i], bs[i] = b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc
	}
	slices.Sort(ns)
	slices.Sort(bs)
	return ns[n/2], bs[n/2]
}

// DrawsWithoutGarbage counts a frame of draw as DrawAllocs does, logs the
// count, and fails t when it is over maxAllocs allocations or maxBytes
// bytes. what names the case in the messages ("paused", "playing").
func DrawsWithoutGarbage(t testing.TB, what string, tick, draw func(), maxAllocs, maxBytes uint64) {
	t.Helper()
	n, b := DrawAllocs(tick, draw)
	t.Logf("%s: %d allocations, %d bytes a frame", what, n, b)
	if n > maxAllocs || b > maxBytes {
		t.Errorf("%s: a frame allocates %d times, %d bytes (at most %d and %d)", what, n, b, maxAllocs, maxBytes)
	}
}
