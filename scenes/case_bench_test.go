package scenes

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// benchCase runs a scene's case of the browser benchmark
// (e2e/bench_scenes_test.go) natively, as the page runs it on this kind of
// machine: one tick a frame (software WebGL draws a few frames a second,
// and Ebiten runs about a tick per frame), the case's keys at the start,
// the keys the page sends a second later eight frames on, and the page's
// state() requests at the start and as it counts frames, over the 170
// frames the page's perf() describes. It reports the p50, p95 and largest
// frame (Update + Draw) in µs and, with -v, the frames in order and the
// worst ones with their Update's and Draw's allocations: the one-off
// frames of a case (the scene's first, a preset's) set the page's p95
// as much as its steady frames do. Run under Xvfb:
//
//	go test -run '^$' -bench Case -benchtime 2x -v ./scenes/
func benchCase(b *testing.B, scene string, setup, later func(g *Game)) {
	const frames = 170
	type frame struct {
		i                    int
		up, dr               float64 // µs
		upAllocs, drawAllocs uint64
	}
	var all []float64
	var fs []frame
	for range b.N {
		b.StopTimer()
		g, screen := benchGame(scene)
		runtime.GC()
		b.StartTimer()
		var m0, m1, m2 runtime.MemStats
		for i := range frames {
			switch i {
			case 0:
				_ = g.TryStateJSON()
				setup(g)
			case 8:
				if later != nil {
					later(g)
				}
				for range 16 {
					key(g, "Equal", false)
				}
			case 16, 66:
				_ = g.TryStateJSON()
			}
			onGame(func() {
				runtime.ReadMemStats(&m0)
				t0 := time.Now()
				_ = g.Update()
				t1 := time.Now()
				runtime.ReadMemStats(&m1)
				t2 := time.Now()
				g.Draw(screen)
				t3 := time.Now()
				runtime.ReadMemStats(&m2)
				f := frame{i, float64(t1.Sub(t0)) / 1e3, float64(t3.Sub(t2)) / 1e3, m1.Mallocs - m0.Mallocs, m2.Mallocs - m1.Mallocs}
				all = append(all, f.up+f.dr)
				fs = append(fs, f)
			})
		}
	}
	slices.Sort(all)
	b.ReportMetric(all[len(all)/2], "frame-p50-µs")
	b.ReportMetric(all[len(all)*95/100], "frame-p95-µs")
	b.ReportMetric(all[len(all)-1], "frame-max-µs")
	show := func(f frame) string {
		return fmt.Sprintf("frame %3d: Update %6.0f µs (%d allocations), Draw %6.0f µs (%d allocations)", f.i, f.up, f.upAllocs, f.dr, f.drawAllocs)
	}
	for _, f := range fs[:min(len(fs), 20)] {
		b.Log("in order, " + show(f))
	}
	slices.SortFunc(fs, func(a, b frame) int {
		if a.up+a.dr > b.up+b.dr {
			return -1
		}
		return 1
	})
	for _, f := range fs[:min(len(fs), 20)] {
		b.Log("worst, " + show(f))
	}
}

// benchGame is a game that has run ten frames of the first scene on a
// 1280×800 screen (as the page has before a case) and then switched to
// scene, with that screen.
func benchGame(scene string) (*Game, *ebiten.Image) {
	g, _ := newTestGame(&testing.T{}, Options{Scene: "neuron"})
	var screen *ebiten.Image
	onGame(func() {
		screen = ebiten.NewImage(1280, 800)
		for range 10 {
			_ = g.Update()
			g.Draw(screen)
		}
		g.switchTo(scene)
	})
	return g, screen
}

// BenchmarkCaseXOR is the page's xor case: training from scratch (N) at
// the top speed.
func BenchmarkCaseXOR(b *testing.B) {
	benchCase(b, "xor", func(g *Game) { key(g, "N", false) }, nil)
}

// BenchmarkCaseEmbedding is the page's embedding case: preset 9 (Shift+9:
// 1,000 points, four hidden layers of 8, t-SNE), played (Enter) at the
// top speed.
func BenchmarkCaseEmbedding(b *testing.B) {
	benchCase(b, "embedding", func(g *Game) { key(g, "Digit9", true) }, func(g *Game) { key(g, "Enter", false) })
}
