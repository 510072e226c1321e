package scenes

import (
	"bytes"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// pixelsOf reads img's pixels (on the game's thread).
func pixelsOf(img *ebiten.Image) []byte {
	b := img.Bounds()
	px := make([]byte, 4*b.Dx()*b.Dy())
	onGame(func() { img.ReadPixels(px) })
	return px
}

// freshPaint paints a strip as its picture's show would, onto a new
// image of the picture's size, and returns its pixels.
func freshPaint(like *ebiten.Image, paint func(img *ebiten.Image)) []byte {
	var img *ebiten.Image
	onGame(func() {
		img = ebiten.NewImage(like.Bounds().Dx(), like.Bounds().Dy())
		paint(img)
	})
	defer onGame(img.Deallocate)
	return pixelsOf(img)
}

// TestStripPicturesShowWhatTheStripsShow: after each change a teacher
// makes (play, speed, hover on a control, language, theme, text scale,
// another scene, a narrower window), the title bar's and the transport
// strip's pictures are what painting the strips afresh gives, pixel for
// pixel: no change leaves a stale strip on the screen.
func TestStripPicturesShowWhatTheStripsShow(t *testing.T) {
	g := newWideGame(t)
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(1280, 720) })
	steps := []struct {
		what string
		do   func()
	}{
		{"the lesson loaded", func() {}},
		{"play", func() { g.inject.Key(keyFor(t, keymap.Play)) }},
		{"faster", func() { g.inject.Key(keyFor(t, keymap.Faster)) }},
		{"the pointer on the step control", func() {
			buttons, _ := g.chrome.transportButtons(g.view())
			r := buttons[2]
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: r.X + r.W/2, Y: r.Y + r.H/2})
		}},
		{"the pointer back over the scene", func() {
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: 400, Y: 300})
		}},
		{"pause", func() { g.inject.Key(keyFor(t, keymap.Play)) }},
		{"the other language", func() { g.inject.Key(keyFor(t, keymap.Language)) }},
		{"the other theme", func() { g.inject.Key(keyFor(t, keymap.Theme)) }},
		{"larger text", func() { g.inject.Key(keyFor(t, keymap.ZoomIn)) }},
		{"the next scene", func() { g.inject.Key(keyFor(t, keymap.SceneNext)) }},
		{"a narrower window", func() { g.resize(1024, 600, 1) }},
	}
	for _, st := range steps {
		st.do()
		frame(t, g, screen)
		v := g.view()
		title, transport := &g.chrome.titlePic, &g.chrome.transportPic
		if title.img == nil || transport.img == nil {
			t.Fatalf("after %s: the strips have no pictures (title %v, transport %v)", st.what, title.img != nil, transport.img != nil)
		}
		var want []byte
		want = freshPaint(title.img, func(img *ebiten.Image) { g.chrome.drawTitleBar(v, img, nil) })
		if !bytes.Equal(pixelsOf(title.img), want) {
			t.Errorf("after %s: the title bar's picture is not the bar painted afresh", st.what)
		}
		pv := v
		pv.h = v.h - transport.op.GeoM.Element(1, 2)
		want = freshPaint(transport.img, func(img *ebiten.Image) { g.chrome.drawTransport(pv, img) })
		if !bytes.Equal(pixelsOf(transport.img), want) {
			t.Errorf("after %s: the transport strip's picture is not the strip painted afresh", st.what)
		}
	}
}

// TestStripsArePaintedOnlyWhenTheyChange: while a scene plays at one
// speed, the strips are painted once, not every frame; a new speed
// paints both again (both show it), once.
func TestStripsArePaintedOnlyWhenTheyChange(t *testing.T) {
	g := newWideGame(t)
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(1280, 720) })
	g.inject.Key(keyFor(t, keymap.Play))
	frame(t, g, screen)
	title, transport := g.chrome.titlePic.paints, g.chrome.transportPic.paints
	for range 30 {
		frame(t, g, screen)
	}
	if g.chrome.titlePic.paints != title || g.chrome.transportPic.paints != transport {
		t.Errorf("30 frames of play painted the title bar %d and the transport strip %d times",
			g.chrome.titlePic.paints-title, g.chrome.transportPic.paints-transport)
	}
	g.inject.Key(keyFor(t, keymap.Faster))
	frame(t, g, screen)
	frame(t, g, screen)
	if g.chrome.titlePic.paints != title+1 || g.chrome.transportPic.paints != transport+1 {
		t.Errorf("a new speed painted the title bar %d and the transport strip %d times, want 1 and 1",
			g.chrome.titlePic.paints-title, g.chrome.transportPic.paints-transport)
	}
}
