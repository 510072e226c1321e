package backprop

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
)

// pulseDot is the dot a pulse carries along an edge (a disc of the accent
// colour in an outline), drawn once into a small picture and copied in
// every frame of the pulse: a disc drawn as a path every frame would
// allocate.
type pulseDot struct {
	img *ebiten.Image
	key dotKey
	op  ebiten.DrawImageOptions
}

type dotKey struct {
	outer, inner float64
	line, fill   color.RGBA
}

// draw draws the dot of radius outer (the outline's) and inner (the
// fill's) centred at (x, y).
func (d *pulseDot) draw(dst *ebiten.Image, x, y, outer, inner float64, line, fill color.RGBA) {
	k := dotKey{outer, inner, line, fill}
	size := int(math.Ceil(2*outer)) + 2
	if d.img == nil || d.key != k {
		if d.img != nil {
			d.img.Deallocate()
		}
		d.key = k
		d.img = ebiten.NewImage(size, size)
		m := float64(size) / 2
		ui.Circle(d.img, m, m, outer, line)
		ui.Circle(d.img, m, m, inner, fill)
	}
	d.op.GeoM.Reset()
	d.op.GeoM.Translate(math.Round(x-float64(size)/2), math.Round(y-float64(size)/2))
	dst.DrawImage(d.img, &d.op)
}
