package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
)

// outKey is what an output map depends on. The model is compared as a
// value: engine.Logistic and engine.MLP are plain comparable structs.
type outKey struct {
	Model                  any
	XMin, XMax, YMin, YMax float64
	Theme                  string
}

// OutputMap is a model's output ŷ ∈ (0, 1) over a plane as a light colour
// map: the class +1 region's tint where ŷ > ½ and the class −1 region's
// where ŷ < ½, fading out towards ŷ = ½. It is recomputed in Refresh (call
// it from Update) only when the model, the plane's view or the theme
// changed; Draw only draws.
type OutputMap struct {
	N   int // grid cells along each side; 48 unless set
	img *ebiten.Image
	pix []byte
	buf []float64
	key outKey
}

// Refresh recomputes the map if anything it shows changed. m must be a
// comparable value (not a pointer that changes behind it).
func (o *OutputMap) Refresh(c *Context, m engine.Model, p *Plane) {
	th := c.Theme
	k := outKey{Model: m, XMin: p.XMin, XMax: p.XMax, YMin: p.YMin, YMax: p.YMax, Theme: th.Name}
	if o.img != nil && k == o.key {
		return
	}
	o.key = k
	if o.N <= 0 {
		o.N = 48
	}
	n := o.N
	if o.img == nil || o.img.Bounds().Dx() != n {
		o.img = ebiten.NewImage(n, n)
		o.pix = make([]byte, 4*n*n)
		o.buf = make([]float64, n*n)
	}
	engine.EvalGrid(o.buf, n, n, p.XMin, p.YMin, p.XMax, p.YMax, m)
	for i, y := range o.buf {
		c, f := th.RegionPos, 2*(y-0.5)
		if y < 0.5 {
			c, f = th.RegionNeg, 2*(0.5-y)
		}
		f = min(max(f, 0), 1) // also NaN → 0: no tint
		for j, ch := range [4]uint8{c.R, c.G, c.B, c.A} {
			o.pix[4*i+j] = uint8(float64(ch)*f + 0.5)
		}
	}
	o.img.WritePixels(o.pix)
}

// Draw stretches the map over r (the plane's rectangle).
func (o *OutputMap) Draw(dst *ebiten.Image, r Rect) {
	if o.img == nil || r.Empty() {
		return
	}
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(r.W/float64(o.N), r.H/float64(o.N))
	op.GeoM.Translate(r.X, r.Y)
	dst.DrawImage(o.img, op)
}
