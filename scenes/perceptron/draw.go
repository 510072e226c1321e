package perceptron

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Draw renders the plane (regions, Novikoff's drawing, the line, the points,
// θ and Δθ) and the side panel. It only reads the scene.
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	r := s.plane.Rect
	if r.Empty() {
		return
	}
	_, side := ui.SplitMain(c)
	s.drawPanel(dst, c, side)
	// Everything on the plane is clipped to it.
	pl := dst.SubImage(image.Rect(int(r.X), int(r.Y), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom())))).(*ebiten.Image)
	s.plane.DrawGrid(pl, c)
	w := s.shown()
	s.drawRegions(pl, c, w)
	if s.showNov {
		s.drawNovikoff(pl, c)
	}
	s.drawPocket(pl, c)
	s.drawGhost(pl, c)
	s.drawLine(pl, c, w)
	s.drawLayer(pl, c)
	s.drawHover(pl, c)
	s.drawVisit(pl, c)
	s.drawTheta(pl, c, w)
	s.drawRepeat(pl, c)
	s.drawCaption(pl, c)
	s.drawNoLine(pl, c)
	s.drawFootnote(pl, c)
}

// drawRegions shades each side of the line by the class it predicts.
func (s *Scene) drawRegions(dst *ebiten.Image, c *ui.Context, w weights) {
	th := c.Theme
	if w.w == [2]float64{} {
		// No line: the whole plane is one prediction.
		// At a = 0 the tie convention in effect decides (none: a mistake).
		tie := s.run.P.Tie()
		switch {
		case w.b > 0 || w.b == 0 && tie == engine.TiePositive:
			ui.FillRect(dst, s.plane.Rect, th.RegionPos)
		case w.b < 0 || w.b == 0 && tie == engine.TieNegative:
			ui.FillRect(dst, s.plane.Rect, th.RegionNeg)
		}
		return
	}
	ui.Polygon(dst, s.plane.HalfPlane(w.w[0], w.w[1], w.b), th.RegionPos)
	ui.Polygon(dst, s.plane.HalfPlane(-w.w[0], -w.w[1], -w.b), th.RegionNeg)
}

// drawLine draws the hyperplane θ·x + b = 0 across the plane, labelled.
func (s *Scene) drawLine(dst *ebiten.Image, c *ui.Context, w weights) {
	x0, y0, x1, y1, ok := s.plane.ClipLine(w.w[0], w.w[1], w.b)
	if !ok {
		return
	}
	ui.Line(dst, x0, y0, x1, y1, c.Px(3.5), c.Theme.Line)
	if s.lab.hyperOK {
		ui.DrawPlaced(dst, c, s.lab.hyper, c.Px(hyperSize), c.Px(3), c.Theme.Line, ui.WithAlpha(c.Theme.Background, 0xb0))
	}
}

// lineLabel writes a label along a clipped line, near its upper end (top)
// or its lower end, inside the plane.
func (s *Scene) lineLabel(dst *ebiten.Image, c *ui.Context, x0, y0, x1, y1 float64, label string, clr color.Color, top bool) {
	if (y1 < y0) == top {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	lx, ly := x0+(x1-x0)*0.1, y0+(y1-y0)*0.1
	px := c.Px(18)
	lw, _ := ui.MeasureText(label, px)
	r := s.plane.Rect
	lx = math.Max(r.X+c.Px(6), math.Min(r.Right()-lw-c.Px(6), lx+c.Px(10)))
	ly = math.Max(r.Y+c.Px(6), math.Min(r.Bottom()-px*1.4, ly))
	ui.FillRect(dst, ui.Rect{X: lx - c.Px(3), Y: ly - c.Px(1), W: lw + c.Px(6), H: px * 1.3}, ui.WithAlpha(c.Theme.Background, 0xb0))
	ui.DrawText(dst, label, lx, ly, px, clr, ui.AlignLeft)
}

// drawGhost draws the line as it was before the current step's update,
// dashed, so the class sees where it came from.
func (s *Scene) drawGhost(dst *ebiten.Image, c *ui.Context) {
	st := s.run.Last
	if !s.run.HasLast || !st.Updated {
		return
	}
	x0, y0, x1, y1, ok := s.plane.ClipLine(st.WBefore[0], st.WBefore[1], st.BBefore)
	if !ok {
		return
	}
	ui.DashedLine(dst, x0, y0, x1, y1, c.Px(2), c.Px(9), ui.WithAlpha(c.Theme.Line, 0x90))
}

// drawPocket draws the pocket line (the best weights seen) of a
// non-separable set.
func (s *Scene) drawPocket(dst *ebiten.Image, c *ui.Context) {
	r := s.run
	if r.Separable() || r.Data.Len() == 0 || s.novStale {
		return
	}
	w, b, _ := r.P.Pocket()
	x0, y0, x1, y1, ok := s.plane.ClipLine(w[0], w[1], b)
	if !ok {
		return
	}
	ui.DashedLine(dst, x0, y0, x1, y1, c.Px(3), c.Px(14), c.Theme.Good)
	s.lineLabel(dst, c, x0, y0, x1, y1, c.T("perceptron.pocket.label"), c.Theme.Good, false)
}

// drawNovikoff draws what the theorem is about: the circle of radius
// max‖x‖ around the origin, the maximum-margin separator w* dashed and its
// γ-band shaded.
func (s *Scene) drawNovikoff(dst *ebiten.Image, c *ui.Context) {
	r := s.run
	if r.Data.Len() == 0 || s.novStale {
		return
	}
	th := c.Theme
	p := &s.plane
	ox, oy := p.ToScreen([2]float64{0, 0})
	rad := r.MaxNorm * p.Unit()
	ui.Ring(dst, ox, oy, rad, c.Px(2), ui.WithAlpha(th.Ideal, 0xc0))
	if rad > c.Px(20) {
		a := s.circleAngle
		cx, cy := math.Cos(a), math.Sin(a)
		px := c.Px(17)
		lx, ly := ox+(rad+c.Px(6))*cx, oy-(rad+c.Px(6))*cy
		align := ui.AlignLeft
		if cx < 0 {
			align = ui.AlignRight
		}
		if cy > 0 {
			ly -= px * 1.2
		}
		ui.DrawText(dst, c.T("perceptron.circle.label"), lx, ly, px, th.Ideal, align)
	}
	if !r.Separable() {
		return
	}
	n := r.Nov
	poly := band(n.WStar, n.BStar, n.Gamma, p.XMin, p.YMin, p.XMax, p.YMax)
	if len(poly) >= 3 {
		xy := make([]float64, 0, 2*len(poly))
		for _, q := range poly {
			sx, sy := p.ToScreen(q)
			xy = append(xy, sx, sy)
		}
		ui.Polygon(dst, xy, ui.WithAlpha(th.Ideal, 0x48))
	}
	x0, y0, x1, y1, ok := p.ClipLine(n.WStar[0], n.WStar[1], n.BStar)
	if !ok {
		return
	}
	ui.DashedLine(dst, x0, y0, x1, y1, c.Px(2.5), c.Px(10), th.Ideal)
	s.lineLabel(dst, c, x0, y0, x1, y1, "w*", th.Ideal, false)
}

// drawHover rings the point under the pointer: the one a drag moves and
// Delete removes.
func (s *Scene) drawHover(dst *ebiten.Image, c *ui.Context) {
	i := s.editor.Hover
	if i < 0 || i >= s.run.Data.Len() {
		return
	}
	sx, sy := s.plane.ToScreen(s.run.Data.Points()[i].X)
	ui.Ring(dst, sx, sy, c.MarkerRadius()*1.6, c.Px(2), c.Theme.TextDim)
}

// drawVisit rings the point the current step visited and, for a correct
// point, flashes "no update".
func (s *Scene) drawVisit(dst *ebiten.Image, c *ui.Context) {
	st := s.run.Last
	if !s.run.HasLast || st.Index < 0 {
		return
	}
	th := c.Theme
	sx, sy := s.plane.ToScreen(st.X)
	rad := c.MarkerRadius() * 2
	ui.Ring(dst, sx, sy, rad, c.Px(3), th.Accent)
	px := c.Px(19)
	ui.DrawText(dst, fmt.Sprintf("x_{%d}", st.Index+1), sx+rad+c.Px(2), sy-rad-px*0.6, px, th.Accent, ui.AlignLeft)
	if st.Updated || !s.flashOn || s.player.Playing && s.player.StepsPerSecond() > 8 {
		return
	}
	age := float64(s.tick - s.flashTick)
	if age >= flashTicks {
		return
	}
	alpha := uint8(255 * math.Min(1, 2*(1-age/flashTicks)))
	msg := c.T("perceptron.noupdate")
	fs := c.Px(19)
	mw, _ := ui.MeasureText(msg, fs)
	bx := math.Min(sx+rad+c.Px(4), s.plane.Rect.Right()-mw-c.Px(16))
	by := sy + rad*0.3
	ui.FillRect(dst, ui.Rect{X: bx, Y: by, W: mw + c.Px(12), H: fs * 1.45}, ui.WithAlpha(th.Panel, alpha))
	ui.StrokeRect(dst, ui.Rect{X: bx, Y: by, W: mw + c.Px(12), H: fs * 1.45}, c.Px(2), ui.WithAlpha(th.Good, alpha))
	ui.DrawText(dst, msg, bx+c.Px(6), by+fs*0.15, fs, ui.WithAlpha(th.Text, alpha), ui.AlignLeft)
}

// drawTheta draws θ as an arrow from the origin (so that each update
// Δθ = α·y·x is added tip to tail), the dotted perpendicular from the origin
// to the line with its right angle (θ ⟂ hyperplane; −b/‖θ‖ is how far b
// has moved it), the previous θ faintly and the update Δθ.
func (s *Scene) drawTheta(dst *ebiten.Image, c *ui.Context, w weights) {
	th := c.Theme
	p := &s.plane
	st := s.run.Last
	sf, upd := s.thetaScale(w)
	ox, oy := p.ToScreen([2]float64{0, 0})
	tip := func(v [2]float64) (float64, float64) { return p.ToScreen([2]float64{v[0] * sf, v[1] * sf}) }
	head := c.Px(16)

	s.drawFoot(dst, c, w)
	if upd {
		bx, by := tip(st.WBefore)
		ui.Arrow(dst, ox, oy, bx, by, c.Px(2), head*0.8, ui.WithAlpha(th.Normal, 0x70))
		ax, ay := tip(st.WAfter)
		clr := th.Class(st.Y)
		ui.Arrow(dst, bx, by, ax, ay, c.Px(4), head, th.Outline)
		ui.Arrow(dst, bx, by, ax, ay, c.Px(2.5), head*0.8, clr)
	}
	for _, t := range s.thetaTags(c, w) {
		s.tag(dst, c, t.label, t.x, t.y, t.clr)
	}
	if w.w == [2]float64{} {
		return
	}
	tx, ty := tip(w.w)
	ui.Arrow(dst, ox, oy, tx, ty, c.Px(6), head+c.Px(2), th.Outline)
	ui.Arrow(dst, ox, oy, tx, ty, c.Px(3.5), head, th.Normal)
}

// thetaScale returns the factor θ is drawn at (arrowScale of the longest
// arrow shown) and whether the current step updated the weights (then θ
// before, after and Δθ are drawn).
func (s *Scene) thetaScale(w weights) (sf float64, upd bool) {
	st := s.run.Last
	upd = s.run.HasLast && st.Updated
	l := math.Hypot(w.w[0], w.w[1])
	if upd {
		l = math.Max(math.Hypot(st.WBefore[0], st.WBefore[1]), math.Hypot(st.WAfter[0], st.WAfter[1]))
	}
	return arrowScale(l, s.plane.Half), upd
}

// tagAt is a short label of the θ drawing: its text, centre and colour.
type tagAt struct {
	label string
	x, y  float64
	clr   color.Color
}

// thetaTags returns the labels of θ and of the update Δθ where drawTheta
// writes them: Δθ beside its arrow, θ beyond its tip.
func (s *Scene) thetaTags(c *ui.Context, w weights) []tagAt {
	p := &s.plane
	st := s.run.Last
	sf, upd := s.thetaScale(w)
	ox, oy := p.ToScreen([2]float64{0, 0})
	tip := func(v [2]float64) (float64, float64) { return p.ToScreen([2]float64{v[0] * sf, v[1] * sf}) }
	var tags []tagAt
	if upd {
		bx, by := tip(st.WBefore)
		ax, ay := tip(st.WAfter)
		if math.Hypot(ax-bx, ay-by) > c.Px(14) {
			mx, my := (ax+bx)/2, (ay+by)/2
			nx, ny := -(ay - by), ax-bx
			nl := math.Hypot(nx, ny)
			tags = append(tags, tagAt{"Δθ", mx + nx/nl*c.Px(18), my + ny/nl*c.Px(18), c.Theme.Class(st.Y)})
		}
	}
	if w.w == [2]float64{} {
		return tags
	}
	tx, ty := tip(w.w)
	label := "θ"
	if sf != 1 {
		label = "θ ×" + ui.Num(sf)
	}
	dx, dy := tx-ox, ty-oy
	if dl := math.Hypot(dx, dy); dl > 0 {
		tags = append(tags, tagAt{label, tx + dx/dl*c.Px(20), ty + dy/dl*c.Px(20), c.Theme.Normal})
	}
	return tags
}

// drawFoot draws the dotted segment from the origin to the closest point of
// the line, with a right-angle mark there and the distance −b/‖θ‖.
func (s *Scene) drawFoot(dst *ebiten.Image, c *ui.Context, w weights) {
	n2 := w.w[0]*w.w[0] + w.w[1]*w.w[1]
	if n2 == 0 || math.IsInf(n2, 0) {
		return
	}
	p := &s.plane
	th := c.Theme
	foot := [2]float64{-w.b * w.w[0] / n2, -w.b * w.w[1] / n2}
	fx, fy := p.ToScreen(foot)
	if !p.Rect.Contains(fx, fy) {
		return
	}
	ox, oy := p.ToScreen([2]float64{0, 0})
	clr := ui.WithAlpha(th.Normal, 0xd0)
	if math.Hypot(fx-ox, fy-oy) > c.Px(4) {
		ui.DashedLine(dst, ox, oy, fx, fy, c.Px(2), c.Px(4), clr)
	}
	// The right angle: a small square with one side along the line and
	// one towards the origin (along ±θ).
	n := math.Sqrt(n2)
	ux, uy := ox-fx, oy-fy
	if l := math.Hypot(ux, uy); l > c.Px(1) {
		ux, uy = ux/l, uy/l
	} else {
		ux, uy = w.w[0]/n, -w.w[1]/n // θ̂ on screen (y down)
	}
	vx, vy := -uy, ux // along the line
	k := c.Px(12)
	ui.Polyline(dst, []float64{fx + vx*k, fy + vy*k, fx + vx*k + ux*k, fy + vy*k + uy*k, fx + ux*k, fy + uy*k}, c.Px(2), clr)
	if d := -w.b / n; math.Hypot(fx-ox, fy-oy) > c.Px(60) {
		s.tag(dst, c, "−b/‖θ‖ = "+ui.Num(d), (ox+fx)/2+vx*c.Px(40), (oy+fy)/2+vy*c.Px(40), th.Normal)
	}
}

// tag writes a short label centred at (x, y) on a translucent background,
// kept inside the plane.
func (s *Scene) tag(dst *ebiten.Image, c *ui.Context, label string, x, y float64, clr color.Color) {
	b := s.tagBox(c, label, x, y)
	ui.FillRect(dst, b, ui.WithAlpha(c.Theme.Background, 0xa0))
	ui.DrawText(dst, label, b.X+b.W/2, b.Y+c.Px(1), c.Px(19), clr, ui.AlignCenter)
}

// tagBox is the plate of a tag centred at (x, y), kept inside the plane.
func (s *Scene) tagBox(c *ui.Context, label string, x, y float64) ui.Rect {
	px := c.Px(19)
	w, _ := ui.MeasureText(label, px)
	r := s.plane.Rect
	x = math.Max(r.X+w/2+c.Px(4), math.Min(r.Right()-w/2-c.Px(4), x))
	y = math.Max(r.Y+c.Px(4), math.Min(r.Bottom()-px*1.4, y-px*0.65))
	return ui.Rect{X: x - w/2 - c.Px(3), Y: y - c.Px(1), W: w + c.Px(6), H: px * 1.3}
}

// drawCaption names the preset while its data and settings are shown, where
// the placer put it.
func (s *Scene) drawCaption(dst *ebiten.Image, c *ui.Context) {
	if s.lab.capText == "" {
		return
	}
	s.drawBlock(dst, c, s.lab.caption, s.lab.capLines, captionSize, c.Theme.TextDim, nil)
}

// drawBlock draws a placed block of lines on a plate, with an optional
// frame in colour edge.
func (s *Scene) drawBlock(dst *ebiten.Image, c *ui.Context, b place.Box, lines []string, size float64, clr, edge color.Color) {
	r := ui.BoxRect(b)
	ui.FillRect(dst, r, ui.WithAlpha(c.Theme.Panel, 0xe0))
	if edge != nil {
		ui.StrokeRect(dst, r, c.Px(1.5), edge)
	}
	pad := c.Px(6)
	px := c.Px(size)
	for i, t := range lines {
		ui.DrawText(dst, t, r.X+pad, r.Y+pad/2+float64(i)*px*1.3+px*0.1, px, clr, ui.AlignLeft)
	}
}

// drawRepeat draws, once the weights have repeated, the points whose
// updates in the cycle add up to zero: without a bias their yᵢxᵢ joined
// (the origin lies between them, so no θ gives all of them yᵢθ·xᵢ > 0);
// with one each class's points joined, meeting at their common mean. Then
// the sum by that point, and the callout that says so.
func (s *Scene) drawRepeat(dst *ebiten.Image, c *ui.Context) {
	l := &s.lab
	if !l.hasRepeat {
		return
	}
	th := c.Theme
	for _, hull := range l.hulls {
		if len(hull) < 2 {
			continue
		}
		xy := make([]float64, 0, 2*len(hull)+2)
		for _, q := range append(hull, hull[0]) {
			x, y := s.plane.ToScreen(q)
			xy = append(xy, x, y)
		}
		if len(hull) >= 3 {
			ui.Polygon(dst, xy, ui.WithAlpha(th.Warning, 0x30))
		}
		for i := 0; i+3 < len(xy); i += 2 {
			ui.DashedLine(dst, xy[i], xy[i+1], xy[i+2], xy[i+3], c.Px(3), c.Px(8), th.Warning)
		}
	}
	for _, q := range l.ghosts {
		x, y := s.plane.ToScreen(q)
		ui.Ring(dst, x, y, c.MarkerRadius(), c.Px(2), th.Warning)
	}
	ox, oy := s.plane.ToScreen(l.meet)
	ui.Ring(dst, ox, oy, c.Px(6), c.Px(2.5), th.Warning)
	ui.DrawPlaced(dst, c, l.sum, c.Px(calloutSize), c.Px(3), th.Warning, ui.WithAlpha(th.Background, 0xc0))
	s.drawBlock(dst, c, l.repeat, l.repeatLines, calloutSize, th.Text, th.Warning)
}

// pm1 reports whether the ±1 rule is in use.
func (s *Scene) pm1() bool { return s.run.Cfg.Rule == engine.PlusMinus }

// drawFootnote writes, for the lecture's example, the note on the notes'
// sign slip where the placer put it.
func (s *Scene) drawFootnote(dst *ebiten.Image, c *ui.Context) {
	if len(s.lab.foot) == 0 {
		return
	}
	s.drawBlock(dst, c, s.lab.footBox, s.lab.foot, footSize, c.Theme.TextDim, nil)
}

// drawNoLine explains a plane without a line: with θ = 0 the potential
// a = b is the same everywhere, so there is no hyperplane (yet). The
// placer put it clear of the points.
func (s *Scene) drawNoLine(dst *ebiten.Image, c *ui.Context) {
	if s.lab.noText == "" {
		return
	}
	s.drawBlock(dst, c, s.lab.noLine, s.lab.noLines, calloutSize, c.Theme.Text, c.Theme.Normal)
}
