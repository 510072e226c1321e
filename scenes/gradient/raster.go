package gradient

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// raster is a small picture computed on a grid and drawn stretched over a
// rectangle; its pixels are written in Update, only when what they show
// changed.
type raster struct {
	img *ebiten.Image
	pix []byte
	w   int
}

// set writes colour c at cell i.
func (r *raster) set(i int, c color.RGBA) {
	r.pix[4*i], r.pix[4*i+1], r.pix[4*i+2], r.pix[4*i+3] = c.R, c.G, c.B, c.A
}

// begin makes sure the buffers hold w×h pixels.
func (r *raster) begin(w, h int) {
	if r.img == nil || r.w != w || len(r.pix) != 4*w*h {
		r.img = ebiten.NewImage(w, h)
		r.pix = make([]byte, 4*w*h)
		r.w = w
	}
}

// upload sends the pixels to the image.
func (r *raster) upload() { r.img.WritePixels(r.pix) }

// draw stretches the picture over rect.
func (r *raster) draw(dst *ebiten.Image, rect ui.Rect) {
	if r.img == nil || rect.Empty() {
		return
	}
	b := r.img.Bounds()
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(rect.W/float64(b.Dx()), rect.H/float64(b.Dy()))
	op.GeoM.Translate(rect.X, rect.Y)
	dst.DrawImage(r.img, op)
}

// mapKey is what the rendered loss map depends on besides the landscape.
type mapKey struct {
	W, H  int
	Theme string
	Scale float64
}

// rasters holds the loss map's bands, the loss map rendered at screen size
// with its iso-lines, and the neuron's output over the plane.
type rasters struct {
	land raster
	// The neuron's output ŷ over the plane, drawn per pixel on the GPU:
	// the class tints fading out towards ŷ = ½.
	sigma      ui.FieldModel
	sigmaStyle ui.FieldStyle
	mapImg     *ebiten.Image
	mKey       mapKey
	iso        ui.Segments // the iso-lines, kept for their buffers
	// The map of the next b, drawn a tick before it is shown (prepare),
	// so that the tick that shows it only swaps the pictures.
	ahead      *ebiten.Image
	aheadKey   mapKey
	aheadFor   landKey // the landscape ahead holds, iso-lines and all
	aheadBands landKey // the landscape whose bands ahead holds
	rendered   int     // maps drawn since made (for tests)
}

// refresh rewrites the pictures whose inputs changed.
func (g *rasters) refresh(c *ui.Context, l *landscape, landChanged bool, m engine.Logistic, p *ui.Plane, r ui.Rect) {
	g.refreshMap(c, l, landChanged, r)
	g.sigma = ui.NeuronField(m.Theta, m.B, engine.Sigmoid)
	g.sigmaStyle = ui.FieldStyle{Lo: 0, Hi: 1, UseMid: true, Neg: c.Theme.RegionNeg, Pos: c.Theme.RegionPos}
}

// keyFor is what a map drawn for c in r depends on besides the landscape.
func keyFor(c *ui.Context, r ui.Rect) mapKey {
	return mapKey{W: max(int(r.W), 1), H: max(int(r.H), 1), Theme: c.Theme.Name, Scale: c.Scale}
}

// refreshMap renders the loss bands and iso-lines into an image the size
// of r, when the landscape, the size or the theme changed: by swapping in
// the map drawn ahead (prepare) if that is the landscape's.
func (g *rasters) refreshMap(c *ui.Context, l *landscape, landChanged bool, r ui.Rect) {
	k := keyFor(c, r)
	if !landChanged && k == g.mKey && g.mapImg != nil {
		return
	}
	if landChanged && g.ahead != nil && g.aheadFor == l.key && g.aheadKey == k {
		g.mapImg, g.ahead = g.ahead, g.mapImg
		g.mKey, g.aheadFor = k, landKey{}
		return
	}
	g.mapImg = g.render(c, g.mapImg, k, l.key.N, l.Band, len(l.Levels), l.Segs)
	g.mKey = k
}

// prepare draws the map in progress ahead of its showing, in the two
// ticks before it (Ahead): its bands in the first, its iso-lines in the
// second, each about half of drawing a map; the tick that shows it then
// only swaps the pictures.
func (g *rasters) prepare(c *ui.Context, l *landscape, r ui.Rect) {
	left := l.Ahead()
	if left == 0 || g.aheadFor == l.next {
		return
	}
	n, band, levels, segs := l.NextMap()
	if k := keyFor(c, r); g.aheadBands != l.next || g.aheadKey != k {
		g.aheadKey = k
		g.ahead = g.renderBands(c, g.ahead, k, n, band, levels)
		g.aheadBands = l.next
		if left > 1 {
			return // the iso-lines in the next tick
		}
	}
	g.renderIso(c, g.ahead, n, segs)
	g.aheadFor = l.next
}

// render draws a map of the n×n bands band (of levels+1 bands) and the
// iso-lines segs into img (made anew if it is not k's size) and returns
// it.
func (g *rasters) render(c *ui.Context, img *ebiten.Image, k mapKey, n int, band []uint8, levels int, segs []float32) *ebiten.Image {
	img = g.renderBands(c, img, k, n, band, levels)
	g.renderIso(c, img, n, segs)
	return img
}

// renderBands is render's first half: the bands, over what img held.
func (g *rasters) renderBands(c *ui.Context, img *ebiten.Image, k mapKey, n int, band []uint8, levels int) *ebiten.Image {
	th := c.Theme
	g.rendered++
	g.land.begin(n, n)
	top := float64(levels)
	for i, b := range band {
		// Low loss glows; high loss fades into the background.
		t := 1 - float64(b)/max(top, 1)
		g.land.set(i, ui.Mix(th.Background, th.Series1, 0.08+0.62*t))
	}
	g.land.upload()
	if img == nil || img.Bounds().Dx() != k.W || img.Bounds().Dy() != k.H {
		if img != nil {
			img.Deallocate()
		}
		img = ebiten.NewImage(k.W, k.H)
	}
	img.Clear()
	g.land.draw(img, ui.Rect{W: float64(k.W), H: float64(k.H)})
	return img
}

// renderIso is render's second half: the iso-lines of an n×n grid over
// the bands in img.
func (g *rasters) renderIso(c *ui.Context, img *ebiten.Image, n int, segs []float32) {
	b := img.Bounds()
	lc := ui.WithAlpha(c.Theme.TextDim, 0xa0)
	sx, sy := float64(b.Dx())/float64(n), float64(b.Dy())/float64(n)
	g.iso.Reset()
	for i := 0; i+3 < len(segs); i += 4 {
		s := segs[i : i+4]
		g.iso.Add(float64(s[0])*sx, float64(s[1])*sy, float64(s[2])*sx, float64(s[3])*sy, c.Px(1.3))
	}
	g.iso.Draw(img, lc)
}
