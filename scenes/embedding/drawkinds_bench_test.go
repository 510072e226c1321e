package embedding

import (
	"slices"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkDrawKinds1000TSNE is the bench's case (preset 9 at the top
// speed, bench9) one tick a frame, its Draws sorted by kind: "panel" a
// frame that redraws the side panel's picture (a pass of the follower
// ended), "still" one that redraws another still picture (the network's
// edges, the grid, a view's markers), "plain" the rest. It reports the
// median of each kind in µs over b.N runs of 200 frames (compare the
// least of -count=5). Run under Xvfb:
//
//	go test -run '^$' -bench DrawKinds -count 5 ./scenes/embedding/
func BenchmarkDrawKinds1000TSNE(b *testing.B) {
	kinds := map[string][]float64{}
	for range b.N {
		b.StopTimer()
		r := scenetest.OnLoop(b, New(), bench9)
		b.StartTimer()
		for range 200 {
			onGame(func() {
				r.Tick()
				before := panelKeys(r.S)
				t0 := time.Now()
				r.Draw()
				d := float64(time.Since(t0)) / 1e3
				k := "plain"
				switch {
				case panelKeys(r.S) != before:
					k = "panel"
				case r.S.redrawn > 0:
					k = "still"
				}
				kinds[k] = append(kinds[k], d)
			})
		}
	}
	for k, v := range kinds {
		slices.Sort(v)
		b.ReportMetric(v[len(v)/2], k+"-p50-µs")
		b.ReportMetric(float64(len(v))/float64(b.N), k+"-frames")
	}
}

// panelKeys is what the side panel's pictures were last drawn for.
func panelKeys(s *Scene) any { return [2]panelStillKey{s.panel.key, s.live.key} }
