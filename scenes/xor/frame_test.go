package xor

import (
	"math"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/xor/model"
)

// TestPlanesDrawWithoutGarbage: a frame of the scene's own pictures — the
// still layer, the input plane with its field, lines, markers and placed
// labels, hidden space — allocates almost nothing once warm, paused and
// while training at the top speed (the garbage collector of a WebAssembly
// page stops the world, so garbage per frame is time per frame). The
// panel and the loss curve are counted with the whole frame
// (TestFramesMakeNoGarbage). Counts, not timings.
func TestPlanesDrawWithoutGarbage(t *testing.T) {
	r := scenetest.New(t, New())
	// What is left is Ebiten's own per-draw bookkeeping and a few small
	// values (sub-images, colours).
	scenetest.PausedAndPlayingWithoutGarbage(t, r, func() { topSpeed(r) }, 64, 2048,
		r.S.drawStillLayer, r.S.drawInput, r.S.drawHidden)
}

// topSpeed trains from scratch (N) at the top speed, past the history's
// growth: the case the browser benchmark measures, in its steady state.
func topSpeed(r *scenetest.Rig[*Scene]) {
	r.DoArg(actNew, 0)
	for range 16 {
		r.Do(keymap.Faster)
	}
	for range 2 * model.MaxHistory / 100 {
		r.Tick()
	}
}

// TestFramesMakeNoGarbage: a whole frame (Update and Draw) while the
// network trains at the top speed makes no garbage of the scene's own:
// the panel's numbers, which change every frame, are written into a
// buffer and drawn from it, not made new strings and kept laid out (a
// frame made some 23 kB of garbage that way, in 220 allocations). What is
// left is Ebiten's per-draw bookkeeping and colours boxed for the kit's
// drawing calls: small values, a few bytes each (27 allocations, 1.5 kB,
// with the panel and the loss curve drawn in turn from their layers).
func TestFramesMakeNoGarbage(t *testing.T) {
	r := scenetest.OnLoop(t, New(), topSpeed)
	scenetest.PlayingFramesWithoutGarbage(t, r, "top speed", 48, 3<<10)
}

// TestStillLayerKeptWhileTraining: the still layer (the input plane's
// grid, hidden space's title) is drawn once and kept while the network
// trains (the sigmoid's hidden space from then on), and drawn again when
// what it shows changes (the window, a point, the morph hiding the grid).
func TestStillLayerKeptWhileTraining(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	scenetest.LayerKeptWhilePlaying(t, r, func() int { return s.stillDraws }, func() { r.DoArg(actNew, 0) }, nil,
		scenetest.LayerChange{What: "a new point", Do: func() { r.ClickIn(s.plane.Rect, 0.2, 0.2) }},
		scenetest.LayerChange{What: "a narrower window", Do: func() { r.C.Bounds.W -= 40; r.Tick() }},
		scenetest.LayerChange{What: "the morph", Do: func() { r.Do(actMorph); r.Tick() }},
	)
}

// At the top speed every tick takes the same number of steps, all the
// work budget allows (model.StepsThisTick): no tick bunches the work of
// others, which would set the frame time's 95th percentile.
func TestTopSpeedSpreadsTheWorkEvenly(t *testing.T) {
	r := scenetest.New(t, New())
	topSpeed(r)
	want := model.StepsThisTick(math.MaxInt, r.S.data.Len(), r.S.run.Net().H)
	if want < 2 {
		t.Fatalf("the budget allows %d steps a tick", want)
	}
	for i := range 120 {
		k := r.S.run.StepNo()
		r.Tick()
		if got := r.S.run.StepNo() - k; got != want {
			t.Fatalf("tick %d took %d steps, want %d", i, got, want)
		}
	}
}
