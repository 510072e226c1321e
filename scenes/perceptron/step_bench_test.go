package perceptron

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkFrameStep3000 is a step's frame of the bench's perceptron case
// (3,000 points): one tick that takes a step, then the frame drawn.
// Under Xvfb:
//
//	go test -run '^$' -bench FrameStep -count 5 -cpuprofile cpu.out ./scenes/perceptron/
func BenchmarkFrameStep3000(b *testing.B) {
	r := scenetest.OnLoop(b, New(), with3000)
	r.Do(keymap.Play) // paused: each frame steps once
	scenetest.BenchFrames(b, func() { r.Do(keymap.Step); r.Draw() })
}
