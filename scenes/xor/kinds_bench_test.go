package xor

import (
	"slices"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// BenchmarkTopSpeedKinds times the frames of the top-speed case (N, the
// top speed, the history full) by kind: the tick, and the Draw of a frame
// by which cached picture it drew again (the panel, the loss curve, none).
// It reports each kind's p50 in µs; run with -count=5 and read the
// minimums.
func BenchmarkTopSpeedKinds(b *testing.B) {
	r := scenetest.OnLoop(b, New(), topSpeed)
	k := &r.S.cache
	var ticks []float64
	draws := map[string][]float64{}
	for range 30 {
		gameloop.Do(r.Frame)
	}
	b.ResetTimer()
	for range b.N {
		gameloop.Do(func() {
			p, l := k.panelDraws, k.lossDraws
			t0 := time.Now()
			r.Tick()
			t1 := time.Now()
			r.Draw()
			t2 := time.Now()
			ticks = append(ticks, float64(t1.Sub(t0))/1e3)
			kind := "none"
			switch {
			case k.panelDraws > p && k.lossDraws > l:
				kind = "both"
			case k.panelDraws > p:
				kind = "panel"
			case k.lossDraws > l:
				kind = "loss"
			}
			draws[kind] = append(draws[kind], float64(t2.Sub(t1))/1e3)
		})
	}
	b.StopTimer()
	p50 := func(v []float64) float64 { slices.Sort(v); return v[len(v)/2] }
	b.ReportMetric(p50(ticks), "tick-µs")
	for kind, v := range draws {
		b.ReportMetric(p50(v), "draw-"+kind+"-µs")
	}
}
