package gradient

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// BenchmarkPlayingKinds times the playing ticks and frames of the bench's
// gradient case by what they do and reports the median and the worst of
// each: a tick that steps ("step-tick"), one that works on the next loss
// map ("map-tick": its cells or a stage of its bands and iso-lines), any
// other ("tick"); a Draw that redraws the picture ("redraw") or only
// copies it ("copy"). The ticks and Draws that do more than the others set
// the p95 of the page's perf(). Forty frames run in each tick of the
// loop. Under Xvfb:
//
//	go test -run '^$' -bench PlayingKinds -benchtime 1200x ./scenes/gradient/
func BenchmarkPlayingKinds(b *testing.B) {
	r := scenetest.OnLoop(b, New(), scenetest.Play[*Scene])
	for range 60 {
		gameloop.Do(r.Frame)
	}
	var stepTick, mapTick, tick, redraw, copied []float64
	var stages [finishStages + 1][]float64 // the ticks that finish a map, by stage
	var drawn [2]int                       // the views' and the panel's pictures redrawn so far
	b.ResetTimer()
	for n := 0; n < b.N; n += 40 {
		gameloop.Do(func() {
			for range min(40, b.N-n) {
				k, cell, stage, gen := r.S.tr.K(), r.S.land.nextCell, r.S.land.stage, r.S.mapGen
				t0 := time.Now()
				r.Tick()
				t1 := time.Now()
				d := float64(t1.Sub(t0)) / 1e3
				switch {
				case r.S.tr.K() != k:
					stepTick = append(stepTick, d)
				case r.S.mapGen != gen:
					stages[finishStages] = append(stages[finishStages], d)
				case r.S.land.stage != stage:
					stages[stage] = append(stages[stage], d)
				case r.S.land.nextCell != cell:
					mapTick = append(mapTick, d)
				default:
					tick = append(tick, d)
				}
				t2 := time.Now()
				r.Draw()
				d = float64(time.Since(t2)) / 1e3
				if r.S.redrawn != drawn {
					drawn = r.S.redrawn
					redraw = append(redraw, d)
				} else {
					copied = append(copied, d)
				}
			}
		})
	}
	rep := func(name string, v []float64) {
		if len(v) == 0 {
			return
		}
		slices.Sort(v)
		b.ReportMetric(v[len(v)/2], name+"-p50-µs")
		b.ReportMetric(v[len(v)-1], name+"-max-µs")
	}
	rep("step-tick", stepTick)
	rep("map-tick", mapTick)
	rep("tick", tick)
	for i, v := range stages {
		rep("stage"+strconv.Itoa(i)+"-tick", v)
	}
	rep("redraw", redraw)
	rep("copy", copied)
}
