package regression

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// TestPlaneDrawsWithoutGarbage: the drawing of the plane — the grid's layer,
// residuals and their squares, every unit's curve, ŷ, the points and the
// legend — allocates almost nothing once warm, paused and playing (the
// garbage collector of a WebAssembly page stops the world, so garbage per
// frame is time per frame). The panel is counted with the whole frame
// (TestFramesMakeNoGarbage). Counts, not timings; each frame runs in its own
// tick of the game loop, as the game runs them, and is counted there so
// that nothing else runs meanwhile.
func TestPlaneDrawsWithoutGarbage(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(actSquares)
	// Update lays the panel out: only the drawing is counted. What is left
	// is Ebiten's own: a command per draw, and its command buffers growing
	// while the curves move.
	draw := func(screen *ebiten.Image) { r.S.drawPlane(screen, r.C) }
	scenetest.PausedAndPlayingWithoutGarbage(t, r, draw, func() { r.Do(keymap.Play) }, 48, 16<<10)
	if !r.S.player.Playing {
		t.Fatal("the descent stopped: the case measured is not playing")
	}
}

// TestFramesMakeNoGarbage: a whole frame (Update and Draw) while the
// descent plays makes no garbage of the scene's own: the panel's numbers,
// which change every step, are written into a buffer and drawn from it,
// not made new strings and kept laid out. What is left is Ebiten's
// per-draw bookkeeping and colours boxed for the kit's drawing calls.
func TestFramesMakeNoGarbage(t *testing.T) {
	r := scenetest.OnLoop(t, New(), scenetest.Play)
	scenetest.PlayingFramesWithoutGarbage(t, r, "playing", 130, 4<<10)
}

// TestGridLayerKeptWhilePlaying: the grid is drawn once and kept while the
// descent plays, and drawn again when the plane or the points change.
func TestGridLayerKeptWhilePlaying(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	play := func() { r.Do(keymap.Play) }
	scenetest.LayerKeptWhilePlaying(t, r, func() int { return s.gridDraws }, play, play,
		scenetest.LayerChange{What: "a new point", Do: func() {
			r.Click(s.plane.Rect.X+s.plane.Rect.W*0.3, s.plane.Rect.Y+s.plane.Rect.H*0.3, ui.ButtonLeft)
		}},
		scenetest.LayerChange{What: "a shorter window", Do: func() { r.C.Bounds.H -= 40; r.Tick() }},
	)
}
