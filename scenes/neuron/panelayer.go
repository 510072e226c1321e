package neuron

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
)

// panelLayer is a picture of the side panel's still parts (its
// background, the title, the equation, the selected parameter's box, the
// activation, the curve's picture, the probe's place, the table but its a,
// ŷ and verdict columns, and the count), drawn when its key
// changes and copied every frame under the parts that change with θ and
// b: a nudge of θ₁ every frame redrew some thirty draw calls of text,
// each measured and fitted anew, of which only a handful had changed.
//
// The panel is written in one order (panelPass) in three modes: all of it
// straight onto the screen (for tests), its still parts onto the layer (a
// frame that redraws it), or its live parts onto the screen, the still
// parts skipped to where the layer's drawing left each (ys).
type panelLayer struct {
	img      *ebiten.Image
	clip     ui.Clip // the panel's part of img
	key      panelKey
	ys       []float64 // where the panel's next line went after each still group
	next     int       // the next of ys a live pass reads
	op       ebiten.DrawImageOptions
	draws    int  // times the layer was drawn (for tests)
	straight bool // write the panel without the layer (for tests)
}

// panelKey is everything the panel's still parts depend on.
type panelKey struct {
	side        ui.Rect
	off         float64 // the scroll's
	bounds      image.Rectangle
	theme       *ui.Theme
	scale, zoom float64
	lang        i18n.Lang
	sel, hl     int
	act         engine.Activation
	version     uint64     // the data's: the table's x and class columns
	probe       [2]float64 // the probe's place
	right       int        // the points on their side
	akH, yH     float64    // the probe's lines' heights (probeLines)
}

// panelMode says which of the panel's parts a pass draws.
type panelMode struct{ still, live bool }

var (
	drawAll   = panelMode{true, true}
	drawStill = panelMode{still: true}
	drawLive  = panelMode{live: true}
)

// stale reports whether the layer must be redrawn for key k on a screen
// with bounds b.
func (l *panelLayer) stale(k panelKey, b image.Rectangle) bool {
	return l.img == nil || k != l.key || l.img.Bounds() != b
}

// refresh clears the layer, for key k, and returns a panel over it that
// starts where p does, on which to write the panel's still parts.
func (l *panelLayer) refresh(p *ui.Panel, c *ui.Context, b image.Rectangle, k panelKey) *ui.Panel {
	l.key = k
	if l.img == nil || l.img.Bounds() != b {
		if l.img != nil {
			l.img.Deallocate()
		}
		// Unmanaged, as ui.Layer's: its place on a shared atlas would
		// shift the rasterised edges by a rounding.
		l.img = ebiten.NewImageWithOptions(b, &ebiten.NewImageOptions{Unmanaged: true})
	}
	l.img.Clear()
	q := ui.NewPanel(l.clip.Of(l.img, p.R), c, p.R)
	q.Y, q.Size = p.Y, p.Size
	l.ys = l.ys[:0]
	l.draws++
	return q
}

// draw copies the layer's panel onto dst, the panel's part of the screen,
// and starts a live pass.
func (l *panelLayer) draw(dst *ebiten.Image, r ui.Rect) {
	sub := l.clip.Of(l.img, r)
	l.op.GeoM.Reset()
	l.op.GeoM.Translate(float64(sub.Bounds().Min.X), float64(sub.Bounds().Min.Y))
	dst.DrawImage(sub, &l.op)
	l.next = 0
}

// begin reports whether pass m writes the still parts that follow, up to
// end; a live pass moves p past them instead, to where the layer's
// drawing left its next line.
func (l *panelLayer) begin(p *ui.Panel, m panelMode) bool {
	if m.still {
		return true
	}
	p.Y = l.ys[l.next]
	l.next++
	return false
}

// end ends still parts that pass m wrote: where the next line goes is
// kept for the live passes.
func (l *panelLayer) end(p *ui.Panel, m panelMode) {
	if !m.live {
		l.ys = append(l.ys, p.Y)
	}
}
