package backprop

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// partPicture is one part of a cached still picture (the panel's small
// plane, the graph's title and strip) kept as a picture of its own, so
// that a redraw of the picture it sits in copies it instead of drawing
// it again: the small plane changes only at the update or a new example,
// not at every step that redraws the panel's table, and the graph's two
// pictures of a step (before and after the pulse's arrival) share one
// title and strip. Its labels and markers are kept and reported again
// with each copy, as ui.Layer does for a whole picture.
type partPicture[K comparable] struct {
	img     *ebiten.Image
	sub     *ebiten.Image // img's part within clip, kept: a sub-image made per copy would allocate
	clip    image.Rectangle
	key     K
	drawn   bool
	rep     place.Report
	op      ebiten.DrawImageOptions
	redrawn int // times drawn anew since made (for tests)
}

// show copies the part within r into dst, first drawing it anew with draw
// (at dst's coordinates) if k
// or r changed, and adds its labels and markers to c's layout report.
// With fill, the part is first filled with the panel's colour: it is then
// opaque and copies exactly what drawing it in place over the panel
// would; without, it is drawn over transparent pixels, and a copy blends
// as drawing in place does (to the GPU's rounding).
func (p *partPicture[K]) show(dst *ebiten.Image, c *ui.Context, k K, r ui.Rect, draw func(dst *ebiten.Image, c *ui.Context), fill bool) {
	clip := image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom()))).Intersect(dst.Bounds())
	if clip.Empty() {
		return
	}
	if p.img == nil || p.img.Bounds().Dx() < clip.Max.X || p.img.Bounds().Dy() < clip.Max.Y {
		if p.img != nil {
			p.img.Deallocate()
		}
		// Unmanaged: never moved into an atlas and out again (as a
		// managed image drawn to after many copies is, allocating).
		p.img = ebiten.NewImageWithOptions(image.Rect(0, 0, clip.Max.X, clip.Max.Y), &ebiten.NewImageOptions{Unmanaged: true})
		p.drawn, p.sub = false, nil
	}
	if p.sub == nil || clip != p.clip {
		// A new sub-image only for a new place: each has its own buffers.
		p.sub, p.drawn = p.img.SubImage(clip).(*ebiten.Image), false
	}
	if !p.drawn || k != p.key || clip != p.clip {
		p.key, p.clip, p.drawn = k, clip, true
		p.sub.Clear()
		if fill {
			p.sub.Fill(c.Theme.Panel)
		}
		lc := *c
		p.rep.Reset()
		lc.SetLayout(&p.rep)
		draw(p.sub, &lc)
		p.redrawn++
	}
	p.op.GeoM.Reset()
	p.op.GeoM.Translate(float64(clip.Min.X), float64(clip.Min.Y))
	dst.DrawImage(p.sub, &p.op)
	rep := c.Layout()
	rep.Labels = append(rep.Labels, p.rep.Labels...)
	rep.Markers = append(rep.Markers, p.rep.Markers...)
}
