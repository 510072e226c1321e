package model

import "testing"

// BenchmarkTopSpeedTick is one playing tick's training at the top speed:
// the steps the work budget grants the notes' 2-2-1 network on the four
// XOR points (StepsThisTick), the run's history full and trimmed as it
// is in long play.
func BenchmarkTopSpeedTick(b *testing.B) {
	r, pts, n := topSpeedRun()
	for range 2 * MaxHistory / n {
		r.Steps(pts, 0.01, n)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.Steps(pts, 0.01, n)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/step")
}
