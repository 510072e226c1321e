package perceptron

import (
	"math/rand/v2"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/state"
)

// with3000 loads the bench's perceptron case: 3,000 points that no line
// separates (so the run never stops), playing.
func with3000(r *scenetest.Rig[*Scene]) {
	g := rand.New(rand.NewPCG(1, 2))
	pts := make([]engine.Point, 3000)
	for i := range pts {
		x, y := g.Float64()*2-1, g.Float64()*2-1
		c := 1
		if x+0.3*y+0.1*g.NormFloat64() < 0 {
			c = -1
		}
		pts[i] = engine.Point{X: [2]float64{x, y}, Y: c}
	}
	if err := r.Load(map[string]any{"points": state.PointsField(pts)}); err != nil {
		r.T.Fatal(err)
	}
	r.Do(keymap.Play)
}

// BenchmarkFramePlaying3000 is the CPU side of a frame of the bench's
// perceptron case. Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/perceptron/
func BenchmarkFramePlaying3000(b *testing.B) {
	scenetest.BenchFrames(b, scenetest.OnLoop(b, New(), with3000).Frame)
}

// The points are a cached layer: a frame's allocations do not grow with
// them (1,056 at most before lines and rectangles stopped building
// paths). A frame between steps makes no garbage of the scene's own
// (286 allocations before colours went unboxed, the panel's text was
// formatted only when the step changes, the notes stopped being wrapped
// anew and the clipped images are kept; 8 before the plane's label names
// were kept for their values; what is left, some 5, is Ebiten's own); a
// frame that steps formats and lays out the step's new numbers once.
func TestFrameAllocs(t *testing.T) {
	scenetest.FrameAllocsWithin(t, scenetest.OnLoop(t, New(), with3000).Frame, 10, 1000)
}

// A tick between steps, the most of a playing scene's ticks, allocates
// nothing: the plane's labels are placed every tick, and their names
// (x_i, θ ×k, −b/‖θ‖ = d) are kept for their values and the tags' list is
// the scene's buffer (such a tick made three allocations).
func TestTickBetweenStepsAllocatesNothing(t *testing.T) {
	r := scenetest.OnLoop(t, New(), with3000)
	if n, b := scenetest.DrawAllocs(func() {}, r.Tick); n != 0 {
		t.Errorf("a playing tick allocates %d times (%d bytes)", n, b)
	}
}
