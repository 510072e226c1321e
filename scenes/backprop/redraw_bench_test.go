package backprop

import (
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// BenchmarkRedrawFrames times the playing frames by what they redrew
// (the step's own frame, which redraws the graph's picture; the graph's
// picture as the pulse will leave it; the title's and strip's; the
// panel's; or none) and reports the median and
// the worst of each: the frames that redraw a picture set the p95 of the
// page's perf(). Forty frames run in each tick of the loop. Under Xvfb:
//
//	go test -run '^$' -bench RedrawFrames -benchtime 1200x ./scenes/backprop/
func BenchmarkRedrawFrames(b *testing.B) { redrawFrames(b, ui.DefaultSpeed) }

// BenchmarkRedrawFramesFast is BenchmarkRedrawFrames at 15 steps a
// second, a step every four frames: mostly the frames that redraw, for a
// CPU profile of them (-cpuprofile).
func BenchmarkRedrawFramesFast(b *testing.B) { redrawFrames(b, 5) }

// redrawFrames plays at speed (an index in ui.Speeds) and reports the
// frames by what they redrew.
func redrawFrames(b *testing.B, speed int) {
	r := scenetest.OnLoop(b, New(), func(r *scenetest.Rig[*Scene]) {
		r.S.player.Speed = speed
		scenetest.Play(r)
	})
	for range 60 {
		gameloop.Do(r.Frame)
	}
	var step, graph, block, panel, none []float64
	b.ResetTimer()
	for n := 0; n < b.N; n += 40 {
		gameloop.Do(func() {
			for range min(40, b.N-n) {
				gen, titles := r.S.gen, r.S.pics.title.redrawn
				t0 := time.Now()
				r.Frame()
				d := float64(time.Since(t0)) / 1e3
				switch {
				case r.S.gen != gen:
					step = append(step, d)
				case r.S.pics.redrew == 0:
					none = append(none, d)
				case r.S.pics.title.redrawn != titles:
					block = append(block, d)
				case r.S.pics.panelRedrew:
					panel = append(panel, d)
				default:
					graph = append(graph, d)
				}
			}
		})
	}
	rep := func(name string, v []float64) { scenetest.ReportMedianMax(b, name, v) }
	rep("step", step)
	rep("graph", graph)
	rep("block", block)
	rep("panel", panel)
	rep("none", none)
}
