package scenetest

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// Pixels reads img's pixels (RGBA, row by row) inside the package's game
// loop (gameloop.Main).
func Pixels(img *ebiten.Image) []byte {
	var pix []byte
	gameloop.Do(func() {
		b := img.Bounds()
		pix = make([]byte, 4*b.Dx()*b.Dy())
		img.ReadPixels(pix)
	})
	return pix
}

// PixelsApart counts the pixels where a and b, images w wide, differ by
// more than 2/255 in a channel, and returns the smallest box [x0, y0, x1,
// y1] holding them: for a test that a picture copied from a cache is the
// picture drawn anew. The copy may round a blended colour a step apart
// from the same picture drawn straight (the GPU's arithmetic, not what is
// drawn); a picture that missed a change differs by far more.
func PixelsApart(a, b []byte, w int) (box [4]int, n int) {
	box = [4]int{1 << 30, 1 << 30, -1, -1}
	for i := 0; i+3 < len(a) && i+3 < len(b); i += 4 {
		far := false
		for k := range 4 {
			far = far || max(a[i+k], b[i+k])-min(a[i+k], b[i+k]) > 2
		}
		if !far {
			continue
		}
		x, y := i/4%w, i/4/w
		box = [4]int{min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)}
		n++
	}
	return box, n
}

// CachedFramesAsDrawnAnew checks a scene's cached pictures: after each
// change and a frame, the frame shown from the caches is, to the GPU's
// rounding (PixelsApart), the frame drawn after anew has made every cache
// stale. A change whose picture was kept though it should not have been
// (an input missing from a cache's key) fails.
func CachedFramesAsDrawnAnew[S ui.Scene](t *testing.T, r *Rig[S], anew func(), changes ...LayerChange) {
	t.Helper()
	r.Draw()
	for _, ch := range changes {
		ch.Do()
		r.Draw()
		cached := Pixels(r.Draw())
		anew()
		img := r.Draw()
		if box, n := PixelsApart(cached, Pixels(img), img.Bounds().Dx()); n > 0 {
			t.Errorf("after %s the cached frame differs from the frame drawn anew in %d pixels, within %v", ch.What, n, box)
		}
	}
}
