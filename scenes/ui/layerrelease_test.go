package ui

import (
	"bytes"
	"image/color"
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// A layer not asked for in the last frames of ReleaseUnseenLayers gives
// back its picture; one drawn every frame keeps it; the one let go is
// drawn again, the same, when its scene asks for it once more.
func TestLayersOfAHiddenSceneAreLetGo(t *testing.T) {
	onGame(func() {
		dst := ebiten.NewImage(200, 100)
		defer dst.Deallocate()
		c := &Context{Theme: Dark, Scale: 1, Bounds: Rect{0, 0, 200, 100}}
		var shown, hidden Layer
		draws := 0
		draw := func(img *ebiten.Image) {
			draws++
			FillRect(img, Rect{20, 20, 60, 40}, color.RGBA{0x30, 0x90, 0xd0, 0xff})
		}
		shown.Refresh(c, 1, draw)
		hidden.Refresh(c, 1, draw)
		before := make([]byte, 4*200*100)
		hidden.img.ReadPixels(before)
		const keep = 5
		for frame := range keep + 2 {
			shown.Draw(dst)
			if frame == 0 {
				hidden.Draw(dst) // the hidden scene's last frame
			}
			ReleaseUnseenLayers(keep)
			if frame < keep-1 && hidden.img == nil {
				t.Fatalf("the layer was let go %d frames after its last use, before %d", frame+1, keep)
			}
		}
		if shown.img == nil || !slices.Contains(heldLayers, &shown) {
			t.Error("a layer drawn every frame was let go")
		}
		if hidden.img != nil || slices.Contains(heldLayers, &hidden) {
			t.Fatalf("a layer unseen for %d frames still holds its picture", keep+1)
		}
		if !hidden.Refresh(c, 1, draw) || draws != 3 {
			t.Fatalf("the layer let go was not drawn again when asked for (%d draws)", draws)
		}
		after := make([]byte, len(before))
		hidden.img.ReadPixels(after)
		if !bytes.Equal(before, after) {
			t.Error("the layer drawn again differs from the one let go")
		}
		if !slices.Contains(heldLayers, &hidden) {
			t.Error("the layer drawn again is not held")
		}
	})
}
