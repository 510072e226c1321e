package xor

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkTopSpeedFrame drives the case the browser benchmark measures
// (training from scratch, N, at the top speed) one game frame at a time
// and reports the p50 and p95 of Update and Draw (scenetest.Frames).
func BenchmarkTopSpeedFrame(b *testing.B) {
	r := scenetest.New(b, New())
	r.DoArg(actNew, 0)
	for range 16 {
		r.Do(keymap.Faster)
	}
	scenetest.Frames(b, func() { r.Tick() }, func() { r.Draw() })
}
