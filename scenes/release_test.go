package scenes

import (
	"bytes"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// The cached pictures of a scene left behind are let go after
// layerKeepFrames drawn frames; back in it, its pictures are drawn again
// and the screen is the same as before it was left.
func TestSceneLeftAndComeBackToLooksTheSame(t *testing.T) {
	for _, id := range []string{"xor", "gradient", "backprop", "regression", "embedding"} {
		g := New(Options{Lang: "es"}, newMem())
		g.resize(480, 270, 1)
		screen := ebiten.NewImage(480, 270)
		pixels := func() []byte {
			var pix []byte
			onGame(func() {
				pix = make([]byte, 4*480*270)
				screen.ReadPixels(pix)
			})
			return pix
		}
		// settle draws frames until twelve in a row are the same (the
		// block lays its views out over frames, by a budget of time) and
		// returns the last.
		settle := func() []byte {
			last, same := pixels(), 0
			for range 600 {
				frame(t, g, screen)
				p := pixels()
				if same++; !bytes.Equal(p, last) || g.ctx.Animates() {
					same = 0
				}
				if same == 12 {
					return p
				}
				last = p
			}
			t.Fatalf("%s: the screen is still changing after 600 frames", id)
			return nil
		}
		g.switchTo(id)
		frame(t, g, screen)
		before := settle()
		g.switchTo("neuron")
		for range layerKeepFrames + 1 {
			frame(t, g, screen)
		}
		g.switchTo(id)
		frame(t, g, screen)
		if !bytes.Equal(before, settle()) {
			t.Errorf("%s: the screen after coming back differs from the screen before leaving", id)
		}
		onGame(screen.Deallocate)
	}
}
