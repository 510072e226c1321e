package perceptron

import (
	"math/rand/v2"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// playing3000 returns a rig of the bench's perceptron case: 3,000 points
// that no line separates (so the run never stops), playing.
func playing3000(tb testing.TB) *scenetest.Rig[*Scene] {
	var r *scenetest.Rig[*Scene]
	gameloop.Do(func() {
		r = scenetest.New(tb, New())
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
			tb.Fatal(err)
		}
		r.Do(keymap.Play)
	})
	return r
}

func frameOf(r *scenetest.Rig[*Scene]) func() { return func() { r.Tick(); r.Draw() } }

// BenchmarkFramePlaying3000 is the CPU side of a frame of the bench's
// perceptron case. Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/perceptron/
func BenchmarkFramePlaying3000(b *testing.B) {
	scenetest.BenchFrames(b, frameOf(playing3000(b)))
}

func TestFrameAllocs(t *testing.T) {
	least, most := scenetest.FrameAllocs(60, frameOf(playing3000(t)))
	t.Logf("allocs per frame: %d to %d", least, most)
}
