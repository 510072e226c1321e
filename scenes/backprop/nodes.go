package backprop

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
)

// nodeLook is everything a node's picture shows: its shape (a parameter's
// box or a circle) with its ring, its name and its value (if known).
type nodeLook struct {
	Param             bool
	R, RW             float64
	Ring, Fill        color.RGBA
	Name, Value       string
	NameCol, ValueCol color.RGBA
	NamePx, ValuePx   float64
}

// nodePicture is one node drawn once into a small picture, copied into
// the graph's picture while the node looks the same: a step changes one
// or two nodes, and a circle and two lines of text for each of eighteen
// nodes were the largest part of redrawing the graph.
type nodePicture struct {
	img  *ebiten.Image
	look nodeLook
	half float64 // half the picture's side
	op   ebiten.DrawImageOptions
}

// nodePictures are the nodes' pictures by node id.
type nodePictures struct {
	pics    map[string]*nodePicture
	redrawn int // pictures redrawn since made (for tests)
}

// draw draws node id looking like lk centred at (x, y), from its picture
// (redrawn first if it looked different).
func (np *nodePictures) draw(dst *ebiten.Image, id string, x, y float64, lk *nodeLook) {
	if np.pics == nil {
		np.pics = map[string]*nodePicture{}
	}
	p := np.pics[id]
	if p == nil {
		p = &nodePicture{}
		np.pics[id] = p
	}
	if p.img == nil || p.look != *lk {
		p.redraw(lk)
		np.redrawn++
	}
	p.op.GeoM.Reset()
	p.op.GeoM.Translate(math.Round(x-p.half), math.Round(y-p.half))
	dst.DrawImage(p.img, &p.op)
}

// paramHalfW is a parameter's box's half width in node radii: the box
// holds its value at the main numbers' size (R·1.85 wide) and leaves a
// gap to its neighbour in the row of θ₁₁, θ₁₂, b₁ (0.12 of the graph's
// width apart).
const paramHalfW = 0.98

// redraw draws the picture anew for lk.
func (p *nodePicture) redraw(lk *nodeLook) {
	half := math.Ceil(lk.R*paramHalfW+lk.RW) + 2
	if p.img == nil || p.half != half {
		if p.img != nil {
			p.img.Deallocate()
		}
		size := int(2 * half)
		p.img = ebiten.NewImage(size, size)
		p.half = half
	}
	p.img.Clear()
	p.look = *lk
	m := half
	if lk.Param {
		hw, hh := lk.R*paramHalfW, lk.R*0.88
		r := ui.Rect{X: m - hw, Y: m - hh, W: 2 * hw, H: 2 * hh}
		ui.FillRect(p.img, r, lk.Fill)
		ui.StrokeRect(p.img, r, lk.RW, lk.Ring)
	} else {
		ui.Circle(p.img, m, m, lk.R, &lk.Fill)
		ui.Ring(p.img, m, m, lk.R, lk.RW, &lk.Ring)
	}
	ui.DrawText(p.img, lk.Name, m, m-lk.NamePx*1.12, lk.NamePx, lk.NameCol, ui.AlignCenter)
	if lk.Value != "" {
		ui.MainNumbers(true)
		ui.DrawText(p.img, lk.Value, m, m+lk.R*0.08, lk.ValuePx, lk.ValueCol, ui.AlignCenter)
		ui.MainNumbers(false)
	}
}
