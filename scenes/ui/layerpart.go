package ui

import "github.com/hajimehoshi/ebiten/v2"

// DrawPart copies the part r of the layer to dst, where it lies, with a
// margin of partMargin pixels (a line drawn along r's edge, a panel's
// border, reaches past it by its antialiasing): a scene that keeps more
// than one layer (its plane's, its panel's, each redrawn when its own
// inputs change) shows each in its own part of the screen, since Draw
// would cover the rest with the layer's background. clip keeps the part
// from frame to frame, so that a copy allocates nothing.
func (l *Layer) DrawPart(dst *ebiten.Image, r Rect, clip *Clip) {
	l.seen = layerFrames
	if l.img == nil {
		return
	}
	sub := clip.Of(l.img, r.Inset(-partMargin))
	b := sub.Bounds()
	partOp.GeoM.Reset()
	partOp.GeoM.Translate(float64(b.Min.X), float64(b.Min.Y))
	dst.DrawImage(sub, &partOp)
}

// partMargin is the margin DrawPart copies around a part, in pixels.
const partMargin = 3

// partOp is DrawPart's options, kept: the game draws on one thread.
var partOp ebiten.DrawImageOptions
