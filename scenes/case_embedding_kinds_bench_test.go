package scenes

import (
	"slices"
	"testing"
	"time"
)

// BenchmarkCaseEmbeddingKinds is BenchmarkCaseEmbedding's case with its
// frames sorted by kind: "link" an Update in which the page's link
// followed the state (every two seconds while playing), "tick" the other
// Updates of steady play (from frame 20); and the Draws' median and 95th
// percentile. It reports µs over b.N runs (compare the least of
// -count=5). Run under Xvfb:
//
//	go test -run '^$' -bench CaseEmbeddingKinds -benchtime 2x -count 5 ./scenes/
func BenchmarkCaseEmbeddingKinds(b *testing.B) {
	var link, tick, draw []float64
	for range b.N {
		b.StopTimer()
		g, screen := benchGame("embedding")
		b.StartTimer()
		for i := range 170 {
			switch i {
			case 0:
				_ = g.TryStateJSON()
				key(g, "Digit9", true)
			case 8:
				key(g, "Enter", false)
				for range 16 {
					key(g, "Equal", false)
				}
			case 16, 66:
				_ = g.TryStateJSON()
			}
			onGame(func() {
				synced := g.docs.hashTick
				t0 := time.Now()
				_ = g.Update()
				t1 := time.Now()
				g.Draw(screen)
				up, dr := float64(t1.Sub(t0))/1e3, float64(time.Since(t1))/1e3
				switch {
				case g.docs.hashTick != synced && i > 8:
					link = append(link, up)
				case i >= 20:
					tick = append(tick, up)
				}
				if i >= 20 {
					draw = append(draw, dr)
				}
			})
		}
	}
	for _, v := range [][]float64{link, tick, draw} {
		slices.Sort(v)
	}
	q := func(v []float64, p float64) float64 {
		if len(v) == 0 {
			return 0
		}
		return v[min(len(v)-1, int(p*float64(len(v))))]
	}
	b.ReportMetric(q(link, 0.5), "link-update-µs")
	b.ReportMetric(q(tick, 0.5), "tick-p50-µs")
	b.ReportMetric(q(tick, 0.95), "tick-p95-µs")
	b.ReportMetric(q(draw, 0.5), "draw-p50-µs")
	b.ReportMetric(q(draw, 0.95), "draw-p95-µs")
}
