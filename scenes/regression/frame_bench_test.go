package regression

import (
	"slices"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// BenchmarkPlayingFrame drives the case the browser benchmark measures
// (the default preset, playing) one game frame at a time: a tick and a
// draw inside the game loop, so that Ebiten flushes each frame as it would
// in the app. It reports the p50 and p95 of Update and Draw in ms; run it
// with -cpuprofile and -memprofile to see where the time goes.
func BenchmarkPlayingFrame(b *testing.B) {
	r := scenetest.New(b, New())
	r.Do(keymap.Play)
	frames(b, func() {
		if !r.S.player.Playing { // converged or diverged: start again
			r.Do(keymap.Reset)
			r.Do(keymap.Play)
		}
		r.Tick()
	}, func() { r.Draw() })
}

// frames runs b.N frames of update and draw in the game loop and reports
// their p50 and p95.
func frames(b *testing.B, update, draw func()) {
	var up, dr []float64
	for range 30 { // warm up: caches filled, slices grown
		gameloop.Do(func() { update(); draw() })
	}
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
