package embedding

import (
	"encoding/json"
	"testing"

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
