package embedding

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// benchPlaying plays preset p at the top speed one game frame at a time and
// reports the p50 and p95 of Update and Draw (scenetest.Frames).
func benchPlaying(b *testing.B, p int) {
	r := scenetest.New(b, New())
	r.DoArg(keymap.Preset, p)
	for range 10 {
		r.Do(keymap.Faster)
	}
	r.Do(keymap.Play)
	scenetest.Frames(b, func() { r.Tick() }, func() { r.Draw() })
}

// BenchmarkFrameMoonsPlaying is the first preset (two moons, 2-8-2-2)
// training at the top speed.
func BenchmarkFrameMoonsPlaying(b *testing.B) { benchPlaying(b, 1) }

// BenchmarkFrame1000TSNEPlaying is preset 9 (1,000 points, four hidden
// layers of 8, the t-SNE view) training at the top speed.
func BenchmarkFrame1000TSNEPlaying(b *testing.B) { benchPlaying(b, 9) }

// BenchmarkStateDocument is the state document of preset 9 (1,000 points)
// as the page makes it for its link every half second while playing.
func BenchmarkStateDocument(b *testing.B) {
	r := scenetest.New(b, New())
	r.DoArg(keymap.Preset, 9)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(r.S.State()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTicks1000TSNE is the Update of preset 9 (1,000 points, four
// hidden layers of 8, the t-SNE view) at the top speed, tick by tick
// from the start of play, as the page's bench case runs it (the raw
// inputs' P is being calibrated all along), with a draw every sixth tick:
// the p50, p95 and largest tick in µs over b.N runs of ticksPerRun ticks.
// The per-tick figures, not ns/op, are what the page's Update figures
// follow.
func BenchmarkTicks1000TSNE(b *testing.B) {
	const ticksPerRun = 600
	var ts []float64
	for range b.N {
		b.StopTimer()
		r := scenetest.OnLoop(b, New(), bench9)
		b.StartTimer()
		for i := range ticksPerRun {
			onGame(func() {
				t0 := time.Now()
				r.Tick()
				ts = append(ts, float64(time.Since(t0).Microseconds()))
				if i%6 == 5 {
					r.Draw()
				}
			})
		}
	}
	slices.Sort(ts)
	b.ReportMetric(ts[len(ts)/2], "tick-p50-µs")
	b.ReportMetric(ts[len(ts)*95/100], "tick-p95-µs")
	b.ReportMetric(ts[len(ts)-1], "tick-max-µs")
}
