package scenes

import (
	"slices"
	"testing"
	"time"
)

// benchCaseTicks is benchCase with ticksPerFrame ticks before each draw,
// as the page runs a scene under software WebGL (10–15 frames a second,
// four to six ticks each), and a frame's figure as the page's perf()
// counts it: its Draw plus the mean of its ticks. It reports the p50 and
// p95 of that figure, of the ticks and of the Draws in µs and, with -v,
// the worst frames with their ticks. Run under Xvfb:
//
//	go test -run '^$' -bench 'Ticks(XOR|Embedding)' -benchtime 2x -v ./scenes/
func benchCaseTicks(b *testing.B, scene string, ticksPerFrame int, setup, later func(g *Game)) {
	const frames = 120
	type frame struct {
		i      int
		ticks  []float64 // µs
		up, dr float64   // µs: the ticks' mean, the Draw
	}
	var totals, ticks, draws []float64
	var fs []frame
	for range b.N {
		b.StopTimer()
		g, screen := benchGame(scene)
		b.StartTimer()
		for i := range frames {
			switch i {
			case 0:
				_ = g.TryStateJSON()
				setup(g)
			case 2:
				if later != nil {
					later(g)
				}
				for range 16 {
					key(g, "Equal", false)
				}
			}
			onGame(func() {
				f := frame{i: i}
				for range ticksPerFrame {
					t0 := time.Now()
					_ = g.Update()
					d := float64(time.Since(t0)) / 1e3
					f.ticks = append(f.ticks, d)
					f.up += d / float64(ticksPerFrame)
				}
				t0 := time.Now()
				g.Draw(screen)
				f.dr = float64(time.Since(t0)) / 1e3
				if i >= 20 { // the case's steady play
					ticks = append(ticks, f.ticks...)
					draws = append(draws, f.dr)
					totals = append(totals, f.up+f.dr)
				}
				fs = append(fs, f)
			})
		}
	}
	for _, v := range [][]float64{totals, ticks, draws} {
		slices.Sort(v)
	}
	q := func(v []float64, p float64) float64 { return v[min(len(v)-1, int(p*float64(len(v))))] }
	b.ReportMetric(q(totals, 0.5), "frame-p50-µs")
	b.ReportMetric(q(totals, 0.95), "frame-p95-µs")
	b.ReportMetric(q(ticks, 0.5), "tick-p50-µs")
	b.ReportMetric(q(ticks, 0.95), "tick-p95-µs")
	b.ReportMetric(q(draws, 0.5), "draw-p50-µs")
	b.ReportMetric(q(draws, 0.95), "draw-p95-µs")
	slices.SortFunc(fs, func(a, b frame) int {
		if a.up+a.dr > b.up+b.dr {
			return -1
		}
		return 1
	})
	for _, f := range fs[:min(len(fs), 16)] {
		b.Logf("worst, frame %3d: ticks %4.0f µs %4.0f, Draw %5.0f µs", f.i, f.up, f.ticks, f.dr)
	}
}

// BenchmarkTicksXOR is the page's xor case (N, the top speed), five ticks
// a frame.
func BenchmarkTicksXOR(b *testing.B) {
	benchCaseTicks(b, "xor", 5, func(g *Game) { key(g, "N", false) }, nil)
}

// BenchmarkTicksEmbedding is the page's embedding case (preset 9, Enter,
// the top speed), five ticks a frame.
func BenchmarkTicksEmbedding(b *testing.B) {
	benchCaseTicks(b, "embedding", 5, func(g *Game) { key(g, "Digit9", true) }, func(g *Game) { key(g, "Enter", false) })
}
