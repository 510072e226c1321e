package model

import (
	"math"
	"testing"

	"github.com/neurona/neurona/engine"
)

// BenchmarkTopSpeedTick is one playing tick's training at the top speed:
// the steps the work budget grants the notes' 2-2-1 network on the four
// XOR points (StepsThisTick), the run's history full and trimmed as it
// is in long play.
func BenchmarkTopSpeedTick(b *testing.B) {
	pts := XORPoints()
	r := NewRun(engine.NewMLP(2, engine.Sigmoid, 1), pts, 0)
	n := StepsThisTick(math.MaxInt, len(pts), 2)
	for range 2 * MaxHistory / n {
		r.Steps(pts, 0.01, n)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.Steps(pts, 0.01, n)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/step")
}
