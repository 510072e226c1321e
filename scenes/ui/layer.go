package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Layer is a picture of a scene's still parts (everything but what
// animates), redrawn only when its key changes: text and antialiased paths
// are costly to draw every frame on a software renderer, as projector
// laptops and phones often have.
type Layer struct {
	img  *ebiten.Image
	key  layerKey
	seen uint64       // the frame (layerFrames) in which the layer was last asked for
	held bool         // the layer is in heldLayers
	rep  place.Report // the labels and markers RefreshReported drew

	panels []PanelReport // where Show's drawing reports its panel, unread
}

// layerKey is what a layer depends on: the scene's own key and the
// context's geometry, theme and language.
type layerKey struct {
	Scene  any
	Bounds Rect
	Scale  float64
	Theme  string
	Lang   i18n.Lang
}

// Refresh redraws the layer with draw if key (a comparable value) or the
// context changed since the last time, and reports whether it did. Call
// it from Draw, before l.Draw.
func (l *Layer) Refresh(c *Context, key any, draw func(dst *ebiten.Image)) bool {
	if !l.stale(c, key) {
		return false
	}
	l.key = l.keyOf(c, key)
	w, h := int(math.Ceil(c.Bounds.Right())), int(math.Ceil(c.Bounds.Bottom()))
	w, h = max(w, 1), max(h, 1)
	if l.img == nil || l.img.Bounds().Dx() != w || l.img.Bounds().Dy() != h {
		if l.img != nil {
			l.img.Deallocate()
		}
		// Unmanaged: a texture of its own, at the same place whatever
		// else was allocated before it. On a shared atlas the picture's
		// place there shifted the rasterised edges by a rounding, so two
		// layers drawn alike (backprop's pair of graph pictures) could
		// differ in an arrowhead's pixel; and a managed image drawn to
		// after many copies is moved out of the atlas, allocating.
		l.img = ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), &ebiten.NewImageOptions{Unmanaged: true})
		if !l.held {
			l.held, heldLayers = true, append(heldLayers, l)
		}
	}
	l.img.Clear()
	FillRect(l.img, c.Bounds, c.Theme.Background)
	draw(l.img)
	return true
}

// keyOf is what the layer drawn for c and key depends on.
func (l *Layer) keyOf(c *Context, key any) layerKey {
	return layerKey{Scene: key, Bounds: c.Bounds, Scale: c.Scale, Theme: c.Theme.Name, Lang: c.Lang}
}

// stale reports whether the layer must be redrawn for c and key.
func (l *Layer) stale(c *Context, key any) bool {
	l.seen = layerFrames
	return l.img == nil || l.keyOf(c, key) != l.key
}

// RefreshReported is Refresh for a layer whose labels and markers are in
// the frame's layout report: draw gets a copy of c whose layout report is
// the layer's own, kept until the next redraw, so that Report can add it
// to every frame's, not only to the frames that redraw the layer.
func (l *Layer) RefreshReported(c *Context, key any, draw func(dst *ebiten.Image, lc *Context)) bool {
	if !l.stale(c, key) {
		return false // and no closure made: a frame that copies allocates nothing
	}
	return l.Refresh(c, key, func(dst *ebiten.Image) {
		lc := *c
		l.rep.Reset()
		lc.SetLayout(&l.rep)
		draw(dst, &lc)
	})
}

// Report adds the labels and markers of the layer's last RefreshReported
// to c's layout report. Call it every frame the layer is drawn.
func (l *Layer) Report(c *Context) {
	rep := c.Layout()
	rep.Labels = append(rep.Labels, l.rep.Labels...)
	rep.Markers = append(rep.Markers, l.rep.Markers...)
}

// Show is a scene's Draw of a cached picture: it refreshes the layer
// with draw if key or the context changed (RefreshReported), copies it to
// dst, and adds its labels and markers (Report) and the panel of sc, if
// not nil, to c's reports, every frame. The panel that draw lays out
// reports to a list of its own, not to c's: sc reports it in every frame
// instead, redrawn or not.
func (l *Layer) Show(dst *ebiten.Image, c *Context, key any, draw func(dst *ebiten.Image, lc *Context), sc *Scroll) {
	if l.stale(c, key) { // the closure only for a frame that redraws
		l.RefreshReported(c, key, func(img *ebiten.Image, lc *Context) {
			if sc != nil {
				l.panels = l.panels[:0]
				lc.SetPanels(&l.panels)
			}
			draw(img, lc)
		})
	}
	l.Draw(dst)
	l.Report(c)
	if sc != nil {
		sc.Report(c)
	}
}

// Draw copies the layer to dst.
func (l *Layer) Draw(dst *ebiten.Image) {
	l.seen = layerFrames
	if l.img != nil {
		dst.DrawImage(l.img, nil)
	}
}

// LayerKey keeps a scene's layer key of type K as the interface value
// Refresh takes, made again only when the key changes: converting a key
// to an interface every frame would allocate.
type LayerKey[K comparable] struct {
	k   K
	any any
}

// Of returns k as an interface value, the same one as long as k is.
func (l *LayerKey[K]) Of(k K) any {
	if l.any == nil || k != l.k {
		l.k, l.any = k, k
	}
	return l.any
}
