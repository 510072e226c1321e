package regression

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// TestPlaneDrawsWithoutGarbage: the drawing of the plane — the grid's layer,
// residuals and their squares, every unit's curve, ŷ, the points and the
// legend, all in the plane's cached picture — allocates almost nothing
// once warm, paused and playing (the
// garbage collector of a WebAssembly page stops the world, so garbage per
// frame is time per frame). The panel is counted with the whole frame
// (TestFramesMakeNoGarbage). Counts, not timings; each frame runs in its own
// tick of the game loop, as the game runs them, and is counted there so
// that nothing else runs meanwhile.
func TestPlaneDrawsWithoutGarbage(t *testing.T) {
	r := scenetest.New(t, New())
	r.Do(actSquares)
	// Update lays the panel out: only the drawing is counted. What is left
	// is Ebiten's own (a frame between steps copies the picture: one
	// allocation of 48 bytes; drawn anew every frame it made 11 of 560).
	scenetest.PausedAndPlayingWithoutGarbage(t, r, func() { r.Do(keymap.Play) }, 4, 256, r.S.drawPlane)
	if !r.S.player.Playing {
		t.Fatal("the descent stopped: the case measured is not playing")
	}
}

// TestFramesMakeNoGarbage: a whole frame (Update and Draw) while the
// descent plays makes no garbage of the scene's own: the panel's numbers,
// which change every step, are written into a buffer and drawn from it,
// not made new strings and kept laid out. What is left is Ebiten's
// per-draw bookkeeping and colours boxed for the kit's drawing calls: a
// frame between steps, which copies the cached pictures, made 21
// allocations (1,256 bytes) when it drew them anew and makes 3 (144); a
// step's frame, which draws one of them, some 80, Ebiten's draw commands
// and its moving the picture off its atlas to draw on it.
func TestFramesMakeNoGarbage(t *testing.T) {
	r := scenetest.OnLoop(t, New(), scenetest.Play)
	scenetest.PlayingFramesWithoutGarbage(t, r, "playing", 10, 1<<10)
	scenetest.FrameAllocsWithin(t, r.Frame, 10, 120)
}
