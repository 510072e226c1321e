package perceptron

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
)

// layerKey is everything the cached points image depends on.
type layerKey struct {
	version uint64
	rect    ui.Rect
	half    float64
	theme   *ui.Theme
	scale   float64
}

// refreshLayer redraws the points into the cached image when the data, the
// layout, the theme or the scale changed: with thousands of points a frame
// then costs one image copy instead of thousands of markers. Draw calls it.
func (s *Scene) refreshLayer(c *ui.Context) {
	r := s.plane.Rect
	k := layerKey{s.run.Data.Version(), r, s.plane.Half, c.Theme, c.Scale}
	if s.layer != nil && k == s.layerKey {
		return
	}
	s.layerKey = k
	w, h := int(math.Ceil(r.W)), int(math.Ceil(r.H))
	if w < 1 || h < 1 {
		return
	}
	if s.layer == nil || s.layer.Bounds().Dx() != w || s.layer.Bounds().Dy() != h {
		if s.layer != nil {
			s.layer.Deallocate()
		}
		s.layer = ebiten.NewImage(w, h)
	} else {
		s.layer.Clear()
	}
	// The same plane, placed at the image's origin.
	local := s.plane
	local.Layout(ui.Rect{W: r.W, H: r.H})
	local.DrawPoints(s.layer, c, s.run.Data.Points())
}

// refreshAngle places the circle max‖x‖'s label away from the points,
// when the points changed. Update calls it.
func (s *Scene) refreshAngle() {
	if v := s.run.Data.Version(); !s.angleSet || v != s.angleVersion {
		s.circleAngle = labelAngle(s.run.Data.Points(), s.run.MaxNorm)
		s.angleSet, s.angleVersion = true, v
	}
}

// drawLayer copies the cached points onto the plane, redrawing them first
// if what they show changed.
func (s *Scene) drawLayer(dst *ebiten.Image, c *ui.Context) {
	s.refreshLayer(c)
	if s.layer == nil {
		return
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(math.Floor(s.plane.Rect.X), math.Floor(s.plane.Rect.Y))
	dst.DrawImage(s.layer, op)
}
