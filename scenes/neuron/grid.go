package neuron

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// gridLayer is the plane's grid, axes and tick numbers, drawn once per
// view, data, theme, scale and language, and copied every frame under the
// colour map: the grid depends on none of θ and b, yet its background,
// some twenty lines and a dozen numbers drawn anew were about a sixth of a
// frame's time while θ₁ changes every frame (a draw call each). Its
// labels are kept with it and added to every frame's layout report, as
// drawing the grid adds them.
type gridLayer struct {
	img    *ebiten.Image
	key    gridKey
	labels []place.Label   // what the grid added to the layout report
	boxes  []place.Box     // its labels' boxes as ui.Plane.GridLabels gives them: obstacles for the plane's placer
	src    image.Rectangle // the part of img the grid drew on
	sub    *ebiten.Image   // img's part src, kept from frame to frame
	op     ebiten.DrawImageOptions
	draws  int // times the grid was drawn into the layer (for tests)
}

// gridKey is everything the grid's picture depends on.
type gridKey struct {
	plane   ui.Plane
	version uint64 // the data's (the numbers keep clear of the points)
	theme   *ui.Theme
	scale   float64
	zoom    float64
	lang    i18n.Lang
	area    ui.Rect         // the scene's
	bounds  image.Rectangle // dst's
}

// draw draws the grid onto dst, from the layer when its key is unchanged.
func (g *gridLayer) draw(dst *ebiten.Image, c *ui.Context, plane *ui.Plane, data *engine.Dataset) {
	rep := c.Layout()
	k := gridKey{plane: *plane, version: data.Version(), theme: c.Theme, scale: c.Scale, zoom: c.Zoom, lang: c.Lang, area: c.Bounds, bounds: dst.Bounds()}
	if g.img == nil || k != g.key {
		g.refresh(c, plane, data, k)
	}
	if g.sub != nil {
		g.op.GeoM.Reset()
		g.op.GeoM.Translate(float64(g.src.Min.X), float64(g.src.Min.Y))
		dst.DrawImage(g.sub, &g.op)
	}
	rep.Labels = append(rep.Labels, g.labels...)
}

// refresh draws the grid into the layer, at the coordinates it has on
// dst, and keeps the labels it reported.
func (g *gridLayer) refresh(c *ui.Context, plane *ui.Plane, data *engine.Dataset, k gridKey) {
	g.key = k
	w, h := max(1, k.bounds.Max.X), max(1, k.bounds.Max.Y)
	if g.img == nil || g.img.Bounds().Dx() != w || g.img.Bounds().Dy() != h {
		if g.img != nil {
			g.img.Deallocate()
		}
		g.img = ebiten.NewImage(w, h)
	}
	g.img.Clear()
	// The labels the grid adds to the report are kept: they are this
	// frame's and every frame's that copies the layer.
	rep := c.Layout()
	n := len(rep.Labels)
	plane.DrawGridAvoiding(g.img, c, data.Points())
	g.labels = append(g.labels[:0], rep.Labels[n:]...)
	rep.Labels = rep.Labels[:n]
	g.draws++
	g.boxes = g.boxes[:0]
	for _, l := range plane.GridLabels(c, data.Points()) {
		g.boxes = append(g.boxes, l.Box)
	}

	// The part copied: the plane and every label, with a margin for the
	// glyphs' antialiasing (transparent pixels copied change nothing).
	r := plane.Rect
	x0, y0, x1, y1 := r.X, r.Y, r.Right(), r.Bottom()
	for _, l := range g.labels {
		x0, y0 = math.Min(x0, l.Box[0]), math.Min(y0, l.Box[1])
		x1, y1 = math.Max(x1, l.Box[2]), math.Max(y1, l.Box[3])
	}
	m := c.Px(4)
	g.src = image.Rect(int(math.Floor(x0-m)), int(math.Floor(y0-m)), int(math.Ceil(x1+m)), int(math.Ceil(y1+m))).Intersect(g.img.Bounds())
	g.sub = nil
	if !g.src.Empty() {
		g.sub = g.img.SubImage(g.src).(*ebiten.Image)
	}
}
