package embedding

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
	"github.com/neurona/neurona/scenes/ui/region"
)

// Draw implements ui.Scene.
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	s.redrawn = 0
	s.drawStillParts(dst, c)
	s.drawTiles()
	s.drawNodes(dst, c)
	s.markers.Prepare(s.markerRadius(c), th)

	// The data plane with the decision regions.
	// The axis names go through the shared placer (they slide along their
	// axes off the points), and the frame's layout report gets them and
	// the points' markers.
	p := &s.v.plane
	s.drawGrid(dst, c)
	r := s.markerRadius(c)
	xy := s.v.planeXY.xy
	for i := 0; i+1 < len(xy); i += 2 {
		c.Layout().AddMarker(place.Around(xy[i], xy[i+1], r))
	}
	ui.DrawNetField(dst, p, ui.NetRegions(s.run.Net()), regionStyle(th))
	s.drawMarkers(dst, c, 0, p.Rect, &s.v.planeXY)
	if s.hoverPt >= 0 && 2*s.hoverPt+1 < len(xy) {
		ui.Ring(dst, xy[2*s.hoverPt], xy[2*s.hoverPt+1], c.MarkerRadius()*1.9, c.Px(2.5), th.Accent)
	}
	ui.StrokeRect(dst, p.Rect, c.Px(1), th.PanelEdge)
	s.title(dst, c, 0)

	// The chosen layer's space.
	s.drawSpace(dst, c)

	if u := s.hoverU; u.l >= 0 && u.l < s.layers+2 && u.j < s.v.widths[u.l] {
		s.drawEnlarged(dst, c, u)
	}
}

// drawStillParts draws the background with the network's edges (the
// diagram's layer) and the side panel, each from its still picture,
// redrawn when what it shows changes: while playing, at the end of each of
// the follower's passes, which changes both. A frame then redraws one of
// them and the next frame the other (the edges wait a frame), so that no
// frame pays for both. A frame that keeps the panel reports it as last
// drawn.
func (s *Scene) drawStillParts(dst *ebiten.Image, c *ui.Context) {
	nk := netLayerKey{layer: s.layer, layers: s.layers, widths: s.v.widths, net: s.v.netShown}
	// The panel's live part is redrawn for any change, its settings
	// without the live part's (and where the numbers left the buttons).
	lk := panelStillKey{laid: s.v.panelLaid, theme: c.Theme.Name}
	pk := lk
	pk.laid.panel.live, pk.classY = panelLive{}, s.v.classBottom
	panelDue := !s.panel.valid || pk != s.panel.key || !s.live.valid || lk != s.live.key
	if s.player.Playing && s.netDrawn.valid && nk != s.netDrawn.key && panelDue {
		nk = s.netDrawn.key
	}
	if s.netLayer.Refresh(c, s.netKey.Of(nk), func(dst *ebiten.Image) { s.drawNet(dst, c) }) {
		s.netDrawn.key, s.netDrawn.valid = nk, true
		s.redrawn++
	}
	s.netLayer.Draw(dst)
	if !s.panel.draw(dst, s.v.side, pk, false, func(sub *ebiten.Image) { s.drawPanel(sub, c) }) {
		s.scroll.Report(c)
	} else {
		s.redrawn++
	}
	// The live part's picture covers the panel from the numbers down (as
	// it scrolls, what is in the panel's view of that).
	side := s.v.side
	top := math.Max(s.v.cellsBottom, side.Y)
	live := ui.Rect{X: side.X, Y: top, W: side.W, H: side.Bottom() - top}
	s.drewStill(s.live.draw(dst, live, lk, false, func(sub *ebiten.Image) { s.drawLive(sub, c) }))
}

// waitStill reports whether a still picture that changed waits a frame
// (copied as it was): while playing, once a frame has redrawn one of its
// cached pictures, so that a frame never pays for two (the panel or the
// diagram's edges, the grid, a view's thousand markers).
func (s *Scene) waitStill() bool { return s.player.Playing && s.redrawn > 0 }

// drewStill counts a still picture a frame redrew.
func (s *Scene) drewStill(drawn bool) {
	if drawn {
		s.redrawn++
	}
}

// drawGrid draws the data plane's grid from its still picture, redrawn
// when the plane or the points move: its tick numbers and axis names keep
// clear of the points (checked against each of a thousand), and its axis
// names go into every frame's layout report.
func (s *Scene) drawGrid(dst *ebiten.Image, c *ui.Context) {
	p := &s.v.plane
	key := gridKey{plane: *p, pts: s.version, theme: c.Theme.Name, scale: c.Scale, zoom: c.Zoom}
	s.drewStill(s.grid.draw(dst, p.Rect, key, s.waitStill(), func(sub *ebiten.Image) {
		lc := *c
		s.gridRep.Reset()
		lc.SetLayout(&s.gridRep)
		p.DrawGridAvoiding(sub, &lc, s.v.planePts)
	}))
	rep := c.Layout()
	rep.Labels = append(rep.Labels, s.gridRep.Labels...)
}

// drawMarkers draws the markers at the positions at of view i (the data
// plane, the layer's space, the raw inputs' t-SNE), clipped to rect, from
// the view's still picture of them (stills.go).
func (s *Scene) drawMarkers(dst *ebiten.Image, c *ui.Context, i int, rect ui.Rect, at *spots) {
	r := s.markerRadius(c)
	key := markersKey{pos: at.ver, pts: s.version, r: r, theme: c.Theme.Name, rect: rect}
	s.drewStill(s.stills[i].draw(dst, rect, key, s.waitStill(), func(sub *ebiten.Image) {
		s.markers.Draw(sub, at.xy, s.v.kinds)
	}))
}

// markerRadius is the points' radius: smaller for hundreds of points.
func (s *Scene) markerRadius(c *ui.Context) float64 {
	r := math.Min(c.MarkerRadius(), s.v.plane.Rect.W/55)
	switch {
	case len(s.pts) > 600:
		r *= 0.55
	case len(s.pts) > 250:
		r *= 0.75
	}
	return math.Max(r, c.Px(3))
}

// title writes view row's title in its title row (titleText).
func (s *Scene) title(dst *ebiten.Image, c *ui.Context, row int) {
	r := s.v.titleRows[row]
	text, px := s.titleText(c, row)
	ui.DrawText(dst, text, r.X, r.Y, px, c.Theme.Text, ui.AlignLeft)
}

// titleText is view row's title and its size: the first of its long,
// short and shortest forms that fits its title row at 16 px (a phone's
// narrow views take the shorter ones: the t-SNE views' shortest leaves
// the KL out, which would otherwise shrink them far under the legible
// size), else the shortest, shrunk to fit.
func (s *Scene) titleText(c *ui.Context, row int) (string, float64) {
	r := s.v.titleRows[row]
	texts := &s.v.titles[row]
	text := texts[len(texts)-1]
	for _, t := range texts {
		if w, _ := ui.MeasureText(t, c.Px(16)); w <= r.W {
			text = t
			break
		}
	}
	return text, ui.FitText(text, c.Px(18), r.W)
}

// drawSpace draws the chosen layer's space: its points (morphed from the
// input plane), the next layer's lines when it has two units, and in the
// t-SNE view the raw inputs' t-SNE beside it.
func (s *Scene) drawSpace(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	sp := &s.v.space
	ui.FillRect(dst, sp.Rect, th.Background)
	if s.view != model.ViewTSNE && s.emb.D == 2 && !s.emb.PCA {
		// The regions the rest of the network draws in the layer's plane.
		m := ui.NetField{Net: s.run.Net(), From: s.layer, Regions: true}
		ui.DrawNetField(dst, sp, m, regionStyle(th).Scaled(s.v.morph))
	}
	sub := s.clip.Of(dst, sp.Rect)
	// The axes of the layer's coordinates, where visible.
	ox, oy := sp.ToScreen([2]float64{})
	if sp.Rect.Contains(ox, sp.Rect.Y) {
		ui.Line(sub, ox, sp.Rect.Y, ox, sp.Rect.Bottom(), c.Px(1), th.Grid)
	}
	if sp.Rect.Contains(sp.Rect.X, oy) {
		ui.Line(sub, sp.Rect.X, oy, sp.Rect.Right(), oy, c.Px(1), th.Grid)
	}
	if s.v.morph > 0.98 {
		for _, l := range s.v.lines {
			clr, dashed := th.Line, false
			if !l.output {
				clr, dashed = th.Hidden[l.unit%len(th.Hidden)], true
			}
			region.DrawLine(sub, sp, l.w, l.b, c.Px(2.5), clr, dashed, c.Px(14), 0.85)
		}
	}
	s.drawMarkers(dst, c, 1, sp.Rect, &s.v.spaceXY)
	ui.StrokeRect(dst, sp.Rect, c.Px(1), th.PanelEdge)

	if s.view == model.ViewTSNE {
		rs := &s.v.rawSpace
		ui.FillRect(dst, rs.Rect, th.Background)
		s.drawMarkers(dst, c, 2, rs.Rect, &s.v.rawXY)
		ui.StrokeRect(dst, rs.Rect, c.Px(1), th.PanelEdge)
		s.title(dst, c, 1)
		s.title(dst, c, 2)
		if s.v.tsneErr != "" {
			ui.DrawText(dst, s.v.tsneErr, sp.Rect.X+c.Px(8), sp.Rect.Y+c.Px(8), c.Px(17), th.Warning, ui.AlignLeft)
		}
		return
	}
	s.title(dst, c, 1)
}

// titlesKey is what the views' titles say.
type titlesKey struct {
	view            string
	layer, d, morph int
	pca             bool
	klRaw, klLayer  float64
	lang            string
}

// refreshTitles writes the layer space's titles (Update), when what they
// say changed: each its long and its short form, so that a frame makes no
// strings.
func (s *Scene) refreshTitles(c *ui.Context) {
	morph := 2
	switch {
	case s.v.morph < 0.02:
		morph = 0
	case s.v.morph < 0.98:
		morph = 1
	}
	k := titlesKey{view: s.view, layer: s.layer, d: s.emb.D, morph: morph, pca: s.emb.PCA, lang: string(c.Lang)}
	if s.view == model.ViewTSNE {
		k.klRaw, k.klLayer = s.v.klRaw, s.v.klLayer
	}
	if k == s.v.titlesAt && s.v.titles[0][0] != "" {
		return
	}
	s.v.titlesAt = k
	s.v.titles[0] = [3]string{c.T("embedding.title.data"), c.T("embedding.title.data.short"), c.T("embedding.title.data.shortest")}
	if s.view == model.ViewTSNE {
		h := "t-SNE h^{[" + ui.Int(s.layer) + "]}"
		s.v.titles[1] = [3]string{c.T("embedding.title.tsne.raw") + " · KL = " + klText(c, s.v.klRaw), "t-SNE x · KL = " + klText(c, s.v.klRaw), "t-SNE x"}
		s.v.titles[2] = [3]string{c.Tf("embedding.title.tsne.layer", s.layer) + " · KL = " + klText(c, s.v.klLayer), h + " · KL = " + klText(c, s.v.klLayer), h}
		return
	}
	var t string
	switch {
	case morph == 0:
		t = c.T("embedding.title.input")
	case morph == 1:
		t = c.Tf("embedding.title.morph", s.layer)
	case s.emb.PCA:
		t = c.Tf("embedding.title.pca", s.layer, s.emb.D)
	default:
		t = c.Tf("embedding.title.layer", s.layer, s.emb.D)
	}
	short := c.Tf("embedding.title.layer.short", s.layer)
	s.v.titles[1] = [3]string{t, short, short}
}

// klText writes a KL divergence, or that P is still being calibrated.
func klText(c *ui.Context, kl float64) string {
	if kl < 0 {
		return c.T("embedding.tsne.calibrating")
	}
	return ui.Num(kl)
}

// drawNet draws the network's edges into the diagram's layer (when they
// change): by weight (width by size, colour and line style by sign), and
// the layers' names, the chosen one in the accent colour. drawNodes draws
// the units over them.
func (s *Scene) drawNet(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	net := s.run.Net()
	cols := s.layers + 2
	// The largest weight sets the widest line.
	wmax := 1e-9
	for l := range cols - 1 {
		for j := range s.v.widths[l+1] {
			for i := range s.v.widths[l] {
				wmax = math.Max(wmax, math.Abs(net.W[l][j][i]))
			}
		}
	}
	// Over two hundred edges, the negative ones in dashes: gathered into
	// two batches (one draw each) rather than a draw a dash.
	pos, neg := &s.edges[0], &s.edges[1]
	pos.Reset()
	neg.Reset()
	dash := c.Px(7)
	for l := range cols - 1 {
		for j := range s.v.widths[l+1] {
			b := s.v.nodes[l+1][j]
			for i := range s.v.widths[l] {
				a := s.v.nodes[l][i]
				w := net.W[l][j][i]
				if math.IsNaN(w) {
					continue
				}
				lw := c.Px(0.6) + c.Px(4.5)*math.Abs(w)/wmax
				x0, y0 := a.Right(), a.Y+a.H/2
				x1, y1 := b.X, b.Y+b.H/2
				if w >= 0 {
					pos.Add(x0, y0, x1, y1, lw)
					continue
				}
				// Dashes of length dash with equal gaps, as ui.DashedLine.
				dx, dy := x1-x0, y1-y0
				n := math.Hypot(dx, dy)
				if !(n > 0) {
					continue
				}
				ux, uy := dx/n, dy/n
				for d := 0.0; d < n; d += 2 * dash {
					e := math.Min(d+dash, n)
					neg.Add(x0+ux*d, y0+uy*d, x0+ux*e, y0+uy*e, lw)
				}
			}
		}
	}
	pos.Draw(dst, th.WeightPos)
	neg.Draw(dst, th.WeightNeg)
	for l := range cols {
		// The layer's name under its column.
		r0 := s.v.nodes[l][max(s.v.widths[l]-1, 0)]
		name := "h^{[" + ui.Int(l) + "]}"
		switch l {
		case 0:
			name = "x"
		case cols - 1:
			name = "ŷ"
		}
		clr := th.TextDim
		if l == s.layer {
			clr = th.Accent
		}
		ui.DrawText(dst, name, r0.X+r0.W/2, r0.Bottom()+c.Px(3), c.Px(17), clr, ui.AlignCenter)
	}
}

// drawNodes draws each unit's picture from the atlas, then the frames
// (the chosen layer's in the accent colour), over the diagram's layer: the
// pictures first and the frames after, so that each goes in a batched
// draw or two rather than five draws a unit.
func (s *Scene) drawNodes(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	s.drawNodeTiles(dst)
	// The frames, as ui.StrokeRect draws them (four sides that do not
	// overlap), in two batches: the chosen layer's and the others.
	plain, chosen := &s.frames[0], &s.frames[1]
	plain.Reset()
	chosen.Reset()
	for l := range s.layers + 2 {
		for j := range s.v.widths[l] {
			b, w := plain, c.Px(1)
			if l == s.layer {
				b, w = chosen, c.Px(2.5)
			}
			r := s.v.nodes[l][j]
			if r.Empty() {
				continue
			}
			h := w / 2
			x0, y0, x1, y1 := r.X-h, r.Y-h, r.Right()+h, r.Bottom()+h
			b.AddRect(ui.Rect{X: x0, Y: y0, W: x1 - x0, H: w})
			b.AddRect(ui.Rect{X: x0, Y: y1 - w, W: x1 - x0, H: w})
			b.AddRect(ui.Rect{X: x0, Y: y0 + w, W: w, H: y1 - y0 - 2*w})
			b.AddRect(ui.Rect{X: x1 - w, Y: y0 + w, W: w, H: y1 - y0 - 2*w})
		}
	}
	plain.Draw(dst, th.PanelEdge)
	chosen.Draw(dst, th.Accent)
}

// drawEnlarged shows unit u's picture large beside its node, with the
// name and the range of its colours.
func (s *Scene) drawEnlarged(dst *ebiten.Image, c *ui.Context, u unitRef) {
	i := s.tileIndex(u.l, u.j)
	if i >= maxTiles {
		return // a frame laid out for the shape before a change
	}
	th := c.Theme
	n := s.v.nodes[u.l][u.j]
	size := math.Min(c.Px(220), s.v.netRect.H*0.95)
	x := n.Right() + c.Px(12)
	if x+size > s.v.netRect.Right() {
		x = n.X - c.Px(12) - size
	}
	y := math.Max(s.v.netRect.Y, math.Min(n.Y+n.H/2-size/2, s.v.netRect.Bottom()-size))
	r := ui.Rect{X: x, Y: y, W: size, H: size}
	ui.FillRect(dst, r.Inset(-c.Px(4)), th.Panel)
	// Drawn at the enlarged size itself, sharp.
	a := s.pics.drawn.area
	half := (a.xmax - a.xmin) / 2
	p := ui.NewPlane(a.xmin+half, a.ymin+half, half)
	p.Layout(r)
	ui.DrawNetField(dst, &p, ui.NetUnit(s.run.Net(), u.l, u.j), s.pics.styles[i])
	ui.StrokeRect(dst, r, c.Px(2), th.Accent)
	name := unitName(c, u, s.layers, s.k)
	ui.DrawText(dst, name, r.X+c.Px(4), r.Y+c.Px(4), c.Px(17), th.Text, ui.AlignLeft)
	rg := s.pics.shown[i]
	rt := ui.Fixed(rg[0]) + " … " + ui.Fixed(rg[1])
	ui.DrawText(dst, rt, r.X+c.Px(4), r.Bottom()-c.Px(22), c.Px(16), th.TextDim, ui.AlignLeft)
}

// unitName names unit u as the lecture writes it.
func unitName(c *ui.Context, u unitRef, layers, k int) string {
	switch {
	case u.l == 0:
		return "x_{" + ui.Int(u.j+1) + "}"
	case u.l > layers && k <= 2:
		return c.Tf("embedding.unit.out", 1) // the sigmoid's P(class 1)
	case u.l > layers:
		return c.Tf("embedding.unit.out", u.j)
	}
	return "h^{[" + ui.Int(u.l) + "]}_{" + ui.Int(u.j+1) + "}"
}
