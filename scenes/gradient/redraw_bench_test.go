package gradient

import (
	"strconv"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// BenchmarkPlayingKinds times the playing ticks and frames of the bench's
// gradient case by what they do and reports the median and the worst of
// each: a tick that steps ("step-tick"), one that works on the next loss
// map ("map-tick": its cells; "stageN-tick": a stage of its bands,
// iso-lines and picture, stage 5 the tick that shows it), any other
// ("tick"); a Draw that redraws the views' picture ("views"), the panel's
// ("panel"), or only copies them ("copy"). The ticks and Draws that do
// more than the others set the p95 of the page's perf(). Forty frames run
// in each tick of the loop. Under Xvfb:
//
//	go test -run '^$' -bench PlayingKinds -benchtime 1200x ./scenes/gradient/
func BenchmarkPlayingKinds(b *testing.B) {
	r := scenetest.OnLoop(b, New(), scenetest.Play[*Scene])
	for range 60 {
		gameloop.Do(r.Frame)
	}
	var stepTick, mapTick, tick, views, panel, copied []float64
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
				switch {
				case r.S.redrawn[0] != drawn[0]:
					views = append(views, d)
				case r.S.redrawn[1] != drawn[1]:
					panel = append(panel, d)
				default:
					copied = append(copied, d)
				}
				drawn = r.S.redrawn
			}
		})
	}
	rep := func(name string, v []float64) { scenetest.ReportMedianMax(b, name, v) }
	rep("step-tick", stepTick)
	rep("map-tick", mapTick)
	rep("tick", tick)
	for i, v := range stages {
		rep("stage"+strconv.Itoa(i)+"-tick", v)
	}
	rep("views", views)
	rep("panel", panel)
	rep("copy", copied)
}
