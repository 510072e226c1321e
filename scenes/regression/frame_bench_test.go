package regression

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkPlayingFrame drives the case the browser benchmark measures
// (the default preset, playing) one game frame at a time and reports the
// p50 and p95 of Update and Draw (scenetest.Frames).
func BenchmarkPlayingFrame(b *testing.B) {
	r := scenetest.New(b, New())
	r.Do(keymap.Play)
	scenetest.Frames(b, func() {
		if !r.S.player.Playing { // converged or diverged: start again
			r.Do(keymap.Reset)
			r.Do(keymap.Play)
		}
		r.Tick()
	}, func() { r.Draw() })
}
