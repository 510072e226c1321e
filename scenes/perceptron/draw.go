package perceptron

import (
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
	pl := s.clip.Of(dst, r)
	s.plane.DrawGridClearOf(pl, c, s.gridPoints(), s.lab.pl)
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
	c.Layout().Add(s.lab.pl)
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
	s.xy = s.plane.AppendHalfPlane(s.xy[:0], w.w[0], w.w[1], w.b)
	ui.Polygon(dst, s.xy, th.RegionPos)
	s.xy = s.plane.AppendHalfPlane(s.xy[:0], -w.w[0], -w.w[1], -w.b)
	ui.Polygon(dst, s.xy, th.RegionNeg)
}

// drawLine draws the hyperplane θ·x + b = 0 across the plane, labelled.
func (s *Scene) drawLine(dst *ebiten.Image, c *ui.Context, w weights) {
	x0, y0, x1, y1, ok := s.plane.ClipLine(w.w[0], w.w[1], w.b)
	if !ok {
		return
	}
	ui.Line(dst, x0, y0, x1, y1, c.Px(3.5), c.Theme.Line)
	if s.lab.hyperOK {
		ui.DrawPlaced(dst, c, s.lab.hyper, s.lab.hyperPx, s.lab.hyperPad, c.Theme.Line, ui.WithAlpha(c.Theme.Background, 0xb0))
	}
}

// drawLineName draws the name of a line (w*, the pocket line) where the
// placer put it, beside the line, on a plate.
func drawLineName(dst *ebiten.Image, c *ui.Context, at sizedLabel, clr color.Color) {
	ui.DrawPlaced(dst, c, at.at, at.px, at.pad, clr, ui.WithAlpha(c.Theme.Background, 0xb0))
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
	if !s.hasPocket() {
		return
	}
	w, b, _ := s.run.P.Pocket()
	x0, y0, x1, y1, ok := s.plane.ClipLine(w[0], w[1], b)
	if !ok {
		return
	}
	ui.DashedLine(dst, x0, y0, x1, y1, c.Px(3), c.Px(14), c.Theme.Good)
	if s.lab.pocketOK {
		drawLineName(dst, c, s.lab.pocket, c.Theme.Good)
	}
}

// hasPocket reports whether the pocket line is drawn: for a non-separable
// set whose Novikoff figures are up to date.
func (s *Scene) hasPocket() bool {
	r := s.run
	return !r.Separable() && r.Data.Len() > 0 && !s.novStale
}

// circleText is a label with its usual box.
type circleText struct {
	text string
	box  place.Box
}

// circleLabel returns the circle max‖x‖'s name at its usual place (at
// circleAngle, outside the circle) and the point of the circle it names;
// false when the circle is too small to name.
func (s *Scene) circleLabel(c *ui.Context) (circleText, place.Box, bool) {
	p := &s.plane
	ox, oy := p.ToScreen([2]float64{0, 0})
	rad := s.run.MaxNorm * p.Unit()
	if !(rad > c.Px(20)) {
		return circleText{}, place.Box{}, false
	}
	a := s.circleAngle
	cx, cy := math.Cos(a), math.Sin(a)
	px := c.Px(17)
	lx, ly := ox+(rad+c.Px(6))*cx, oy-(rad+c.Px(6))*cy
	t := c.T("perceptron.circle.label")
	w, h := ui.MeasureText(t, px)
	if cx < 0 {
		lx -= w
	}
	if cy > 0 {
		ly -= px * 1.2
	}
	return circleText{t, place.BoxAt(lx, ly, w, h)}, place.Around(ox+rad*cx, oy-rad*cy, c.Px(2)), true
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
	if l := &s.lab; l.circleOK {
		ui.DrawPlaced(dst, c, l.circle.at, l.circle.px, 0, th.Ideal, color.Transparent)
	}
	if !r.Separable() {
		return
	}
	n := r.Nov
	poly := band(n.WStar, n.BStar, n.Gamma, p.XMin, p.YMin, p.XMax, p.YMax)
	if len(poly) >= 3 {
		xy := s.xy[:0]
		for _, q := range poly {
			sx, sy := p.ToScreen(q)
			xy = append(xy, sx, sy)
		}
		ui.Polygon(dst, xy, ui.WithAlpha(th.Ideal, 0x48))
		s.xy = xy
	}
	x0, y0, x1, y1, ok := p.ClipLine(n.WStar[0], n.WStar[1], n.BStar)
	if !ok {
		return
	}
	ui.DashedLine(dst, x0, y0, x1, y1, c.Px(2.5), c.Px(10), th.Ideal)
	if s.lab.wstarOK {
		drawLineName(dst, c, s.lab.wstar, th.Ideal)
	}
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
	l := &s.lab
	if l.visitOK {
		ui.DrawPlaced(dst, c, l.visit, c.Px(tagSize), 0, th.Accent, color.Transparent)
	}
	if !l.flashOK {
		return
	}
	age := float64(s.tick - s.flashTick)
	alpha := uint8(255 * math.Min(1, 2*(1-age/flashTicks)))
	fs := c.Px(tagSize)
	b := ui.BoxRect(l.flash.Box)
	if l.flash.HasLeader {
		ui.Line(dst, l.flash.Leader.A.X, l.flash.Leader.A.Y, l.flash.Leader.B.X, l.flash.Leader.B.Y, c.Px(1.5), ui.WithAlpha(th.Good, alpha))
	}
	ui.FillRect(dst, b, ui.WithAlpha(th.Panel, alpha))
	ui.StrokeRect(dst, b, c.Px(2), ui.WithAlpha(th.Good, alpha))
	ui.DrawText(dst, l.flash.Text, b.X+c.Px(6), b.Y+fs*0.15, fs, ui.WithAlpha(th.Text, alpha), ui.AlignLeft)
}

// flashShown reports whether "no update" shows: for a little while after
// a step that found the visited point correct, unless playing fast.
func (s *Scene) flashShown() bool {
	st := s.run.Last
	if !s.run.HasLast || st.Index < 0 || st.Updated || !s.flashOn || s.player.Playing && s.player.StepsPerSecond() > 8 {
		return false
	}
	return float64(s.tick-s.flashTick) < flashTicks
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
	for _, t := range s.lab.tags {
		s.tag(dst, c, t.at, t.clr)
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
	label  string
	x, y   float64
	clr    color.Color
	anchor place.Box // what it names: the placer keeps it near there
}

// thetaTags returns the labels of θ and of the update Δθ where drawTheta
// writes them: Δθ beside its arrow, θ beyond its tip.
// They are appended to tags (the scene's buffer, so that a frame makes no
// slice); θ's scaled name is kept for its scale (a new string a frame was
// garbage).
func (s *Scene) thetaTags(c *ui.Context, w weights, tags []tagAt) []tagAt {
	p := &s.plane
	st := s.run.Last
	sf, upd := s.thetaScale(w)
	ox, oy := p.ToScreen([2]float64{0, 0})
	tip := func(v [2]float64) (float64, float64) { return p.ToScreen([2]float64{v[0] * sf, v[1] * sf}) }
	if upd {
		bx, by := tip(st.WBefore)
		ax, ay := tip(st.WAfter)
		if math.Hypot(ax-bx, ay-by) > c.Px(14) {
			mx, my := (ax+bx)/2, (ay+by)/2
			nx, ny := -(ay - by), ax-bx
			nl := math.Hypot(nx, ny)
			tags = append(tags, tagAt{"Δθ", mx + nx/nl*c.Px(18), my + ny/nl*c.Px(18), c.Theme.Class(st.Y), place.Around(mx, my, c.Px(4))})
		}
	}
	if w.w == [2]float64{} {
		return tags
	}
	tx, ty := tip(w.w)
	label := "θ"
	if sf != 1 {
		label = s.lab.thetaName.Text(sf, func() string { return "θ ×" + ui.Num(sf) })
	}
	dx, dy := tx-ox, ty-oy
	if dl := math.Hypot(dx, dy); dl > 0 {
		tags = append(tags, tagAt{label, tx + dx/dl*c.Px(20), ty + dy/dl*c.Px(20), c.Theme.Normal, place.Around(tx, ty, c.Px(8))})
	}
	return tags
}

// footAt is the dotted segment from the origin (ox, oy) to the closest
// point (fx, fy) of the line, the unit vectors u (towards the origin) and
// v (along the line) of its right-angle mark, and whether the distance d
// is named (not when the segment is too short) by a tag centred at
// (tx, ty): placeTags writes its text, only where it is shown.
type footAt struct {
	ox, oy, fx, fy float64
	ux, uy, vx, vy float64
	named          bool
	d              float64
	tx, ty         float64
}

// foot returns the dotted segment of weights w, false when the line has
// no closest point on the plane.
func (s *Scene) foot(c *ui.Context, w weights) (footAt, bool) {
	n2 := w.w[0]*w.w[0] + w.w[1]*w.w[1]
	if n2 == 0 || math.IsInf(n2, 0) {
		return footAt{}, false
	}
	p := &s.plane
	fx, fy := p.ToScreen([2]float64{-w.b * w.w[0] / n2, -w.b * w.w[1] / n2})
	if !p.Rect.Contains(fx, fy) {
		return footAt{}, false
	}
	ox, oy := p.ToScreen([2]float64{0, 0})
	f := footAt{ox: ox, oy: oy, fx: fx, fy: fy}
	n := math.Sqrt(n2)
	f.ux, f.uy = ox-fx, oy-fy
	if l := math.Hypot(f.ux, f.uy); l > c.Px(1) {
		f.ux, f.uy = f.ux/l, f.uy/l
	} else {
		f.ux, f.uy = w.w[0]/n, -w.w[1]/n // θ̂ on screen (y down)
	}
	f.vx, f.vy = -f.uy, f.ux // along the line
	if d := -w.b / n; math.Hypot(fx-ox, fy-oy) > c.Px(60) {
		f.named, f.d = true, d
		f.tx, f.ty = (ox+fx)/2+f.vx*c.Px(40), (oy+fy)/2+f.vy*c.Px(40)
	}
	return f, true
}

// drawFoot draws the dotted segment from the origin to the closest point of
// the line, with a right-angle mark there (its tag −b/‖θ‖ is placed with
// θ's).
func (s *Scene) drawFoot(dst *ebiten.Image, c *ui.Context, w weights) {
	f, ok := s.foot(c, w)
	if !ok {
		return
	}
	clr := ui.WithAlpha(c.Theme.Normal, 0xd0)
	if math.Hypot(f.fx-f.ox, f.fy-f.oy) > c.Px(4) {
		ui.DashedLine(dst, f.ox, f.oy, f.fx, f.fy, c.Px(2), c.Px(4), clr)
	}
	// The right angle: a small square with one side along the line and
	// one towards the origin (along ±θ).
	// Two lines, each reaching half a width past the corner so that they
	// meet square (a stroked path is garbage every frame).
	k, lw := c.Px(12), c.Px(2)
	fx, fy, ux, uy, vx, vy := f.fx, f.fy, f.ux, f.uy, f.vx, f.vy
	cx, cy := fx+vx*k+ux*k, fy+vy*k+uy*k
	h := lw / 2
	ui.Line(dst, fx+vx*k, fy+vy*k, cx+ux*h, cy+uy*h, lw, clr)
	ui.Line(dst, cx+vx*h, cy+vy*h, fx+ux*k, fy+uy*k, lw, clr)
}

// tag writes a short label on a translucent plate where the placer put it
// (a box from tagBox, or one moved clear, with a leader back).
func (s *Scene) tag(dst *ebiten.Image, c *ui.Context, at place.Placed, clr color.Color) {
	b := ui.BoxRect(at.Box)
	if at.HasLeader {
		ui.Line(dst, at.Leader.A.X, at.Leader.A.Y, at.Leader.B.X, at.Leader.B.Y, c.Px(1.5), clr)
	}
	ui.FillRect(dst, b, ui.WithAlpha(c.Theme.Background, 0xa0))
	// At the size the plate holds: fitTag may have shrunk it.
	ui.DrawText(dst, at.Text, b.X+b.W/2, b.Y+c.Px(1), math.Min(c.Px(tagSize), b.H/1.3), clr, ui.AlignCenter)
}

// tagBox is the plate of a tag centred at (x, y), kept inside the plane.
func (s *Scene) tagBox(c *ui.Context, label string, x, y float64) ui.Rect {
	return s.tagBoxAt(c, label, x, y, c.Px(tagSize))
}

// tagBoxAt is tagBox for text of size px.
func (s *Scene) tagBoxAt(c *ui.Context, label string, x, y, px float64) ui.Rect {
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
	s.drawBlock(dst, c, s.lab.caption, s.lab.capLines, s.lab.capSize, c.Theme.TextDim, nil)
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
		xy := s.xy[:0]
		for i := range len(hull) + 1 {
			x, y := s.plane.ToScreen(hull[i%len(hull)])
			xy = append(xy, x, y)
		}
		s.xy = xy
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
	ui.DrawPlaced(dst, c, l.sum.at, l.sum.px, l.sum.pad, th.Warning, ui.WithAlpha(th.Background, 0xc0))
	if len(l.repeatLines) > 0 {
		s.drawBlock(dst, c, l.repeat, l.repeatLines, l.repeatSize, th.Text, th.Warning)
	}
}

// pm1 reports whether the ±1 rule is in use.
func (s *Scene) pm1() bool { return s.run.Cfg.Rule == engine.PlusMinus }

// drawFootnote writes, for the lecture's example, the note on the notes'
// sign slip where the placer put it.
func (s *Scene) drawFootnote(dst *ebiten.Image, c *ui.Context) {
	if len(s.lab.foot) == 0 {
		return
	}
	s.drawBlock(dst, c, s.lab.footBox, s.lab.foot, s.lab.footSize, c.Theme.TextDim, nil)
}

// drawNoLine explains a plane without a line: with θ = 0 the potential
// a = b is the same everywhere, so there is no hyperplane (yet). The
// placer put it clear of the points.
func (s *Scene) drawNoLine(dst *ebiten.Image, c *ui.Context) {
	if s.lab.noText == "" {
		return
	}
	s.drawBlock(dst, c, s.lab.noLine, s.lab.noLines, s.lab.noSize, c.Theme.Text, c.Theme.Normal)
}
