package backprop

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
)

// labelLook is everything a placed label's picture shows: its text on a
// plate of the box's size, with a border (if Edge is not transparent).
type labelLook struct {
	Text             string
	W, H, Px         float64
	Pad, Top, Border float64 // the text's margin, its offset from the top, the border's width
	Fg, Edge, Plate  color.RGBA
}

// labelPictures keep the graph's labels drawn as pictures, by look: most
// labels (the edges' formulas, the gradients already computed) look the
// same from one step to the next, and their plates, borders and text were
// the largest part of redrawing the graph.
type labelPictures struct {
	pics  map[labelLook]*labelPicture
	op    ebiten.DrawImageOptions
	drawn int // labels drawn since made (for tests)
	made  int // pictures made since made (for tests)
}

type labelPicture struct {
	img  *ebiten.Image
	used bool // drawn since the last sweep
}

// maxLabelPictures bounds the pictures kept; past it those not drawn
// since the last sweep are freed.
const maxLabelPictures = 96

// draw draws the label looking like lk with its box's top left corner at
// (x, y).
func (lp *labelPictures) draw(dst *ebiten.Image, x, y float64, lk *labelLook) {
	if lp.pics == nil {
		lp.pics = map[labelLook]*labelPicture{}
	}
	p := lp.pics[*lk]
	if p == nil {
		if len(lp.pics) >= maxLabelPictures {
			lp.sweep()
		}
		p = &labelPicture{img: drawLabelPicture(lk)}
		lp.pics[*lk] = p
		lp.made++
	}
	lp.drawn++
	p.used = true
	lp.op.GeoM.Reset()
	lp.op.GeoM.Translate(math.Round(x), math.Round(y))
	dst.DrawImage(p.img, &lp.op)
}

// sweep frees the pictures not drawn since the last sweep.
func (lp *labelPictures) sweep() {
	for k, p := range lp.pics {
		if !p.used {
			p.img.Deallocate()
			delete(lp.pics, k)
		}
		p.used = false
	}
}

// drawLabelPicture draws a label's picture: the plate, the border and the
// text centred, shrunk to the box if fitLabel shrank the box.
func drawLabelPicture(lk *labelLook) *ebiten.Image {
	w, h := max(1, int(math.Ceil(lk.W))), max(1, int(math.Ceil(lk.H)))
	img := ebiten.NewImage(w, h)
	r := ui.Rect{W: lk.W, H: lk.H}
	px := lk.Px
	if tw, _ := ui.MeasureText(lk.Text, px); tw > 0 && tw > r.W-2*lk.Pad+0.5 {
		px *= (r.W - 2*lk.Pad) / tw
	}
	ui.FillRect(img, r, lk.Plate)
	if lk.Edge.A > 0 {
		ui.StrokeRect(img, r, lk.Border, lk.Edge)
	}
	ui.DrawText(img, lk.Text, r.W/2, lk.Top+px*0.05, px, lk.Fg, ui.AlignCenter)
	return img
}
