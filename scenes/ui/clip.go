package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Clip is the part of a target image inside a rectangle (a plot's area,
// so that what is drawn there stays in it), kept from frame to frame.
// Ebiten's SubImage makes a new image each call, and a new image grows
// its own vertex buffers on its first draws: a plane clipped anew every
// frame makes garbage every frame.
type Clip struct {
	dst *ebiten.Image
	r   image.Rectangle
	sub *ebiten.Image
}

// Of returns the part of dst inside r (whole pixels, rounded outwards),
// the same image as last time when dst and r are the same.
func (c *Clip) Of(dst *ebiten.Image, r Rect) *ebiten.Image {
	ir := image.Rect(int(r.X), int(r.Y), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom())))
	if c.sub == nil || c.dst != dst || c.r != ir {
		c.dst, c.r = dst, ir
		c.sub = dst.SubImage(ir).(*ebiten.Image)
	}
	return c.sub
}
