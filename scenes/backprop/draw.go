package backprop

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// Draw shows the still picture (the graph with its title and strip, and
// the panel, each redrawn only when it changed; see stills.go) and the
// pulse over it.
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	s.pics.show(s, dst, c)
	s.drawPulse(dst, s.lay.graphContextIn(c, &s.pctx))
}

// drawStillParts draws the whole still picture: the panel, the title, the
// graph and the strip (the page of a large zoom, one picture).
func (s *Scene) drawStillParts(dst *ebiten.Image, lc *ui.Context) {
	// The panel first: at a large zoom it is the page under the graph.
	s.drawPanel(dst, lc)
	s.drawGraphBlock(dst, lc)
}

// drawGraphBlock draws the title, the graph and the strip.
func (s *Scene) drawGraphBlock(dst *ebiten.Image, lc *ui.Context) {
	g := dst
	if s.lay.page {
		g = clipTo(dst, s.lay.area)
		ui.FillRect(g, s.lay.main, lc.Theme.Background)
	}
	bc := s.lay.blockContext(lc)
	if s.lay.phone || s.lay.page {
		s.drawTitle(g, bc)
		if s.lay.phone {
			s.drawTabs(g, bc)
		}
		s.drawGraph(g, s.lay.graphContext(lc))
		s.drawStrip(g, bc)
		return
	}
	// The title and strip are drawn over the picture from pictures of
	// their own (stillPictures.showBlock); the graph's labels keep clear
	// of the title as it is now.
	s.keepTitle(bc)
	s.drawGraph(g, s.lay.graphContext(lc))
}

// clipTo returns the part of dst inside r (dst itself if they do not meet).
func clipTo(dst *ebiten.Image, r ui.Rect) *ebiten.Image {
	clip := image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom())))
	if clip.Intersect(dst.Bounds()).Empty() {
		return dst
	}
	return dst.SubImage(clip).(*ebiten.Image)
}

// top reports whether node id sits on the top row, where its gradient
// goes above it.
func top(id string) bool { return spots[id].V < 0.15 }

// trim returns the part of the segment p→q outside circles of radius r
// around both ends.
func trim(p, q [2]float64, r float64) (a, b [2]float64) {
	dx, dy := q[0]-p[0], q[1]-p[1]
	l := math.Hypot(dx, dy)
	if l < 2*r+1 {
		return p, q
	}
	ux, uy := dx/l, dy/l
	return [2]float64{p[0] + ux*r, p[1] + uy*r}, [2]float64{q[0] - ux*r, q[1] - uy*r}
}

func lerp(a, b [2]float64, t float64) [2]float64 {
	return [2]float64{a[0] + (b[0]-a[0])*t, a[1] + (b[1]-a[1])*t}
}

// gradWidth is an edge's width for a gradient of magnitude |g|: from 2
// layout units at 10⁻⁴ or less to 12 at 1 or more, on a log scale.
func gradWidth(c *ui.Context, g float64) float64 {
	t := (math.Log10(math.Max(math.Abs(g), 1e-12)) + 4) / 4
	return c.Px(2 + 10*math.Min(math.Max(t, 0), 1))
}

// isActive reports whether edge e was used by the step just taken.
func isActive(st *engine.GraphStep, e engine.GraphEdge) bool {
	for _, a := range st.Edges {
		if a.From == e.From && a.To == e.To {
			return true
		}
	}
	return false
}

// drawGraph draws the edges (styled by what the walk has reached), their
// labels, the pulse of the step in progress, the nodes with their values,
// the gradient badges, the cached product lit up and the update's changes.
func (s *Scene) drawGraph(dst *ebiten.Image, c *ui.Context) {
	th, l, v := c.Theme, &s.lay, &s.v
	g, st := &v.cur.G, &v.cur.St
	R := l.R
	back := st.Phase == "backward"
	s.placeLabels(c)

	// The cached product lit up (the path from the reused node to L),
	// then the edges, into one batch drawn with one call.
	eb := &s.edges
	eb.reset()
	if v.exp.Cached != "" {
		glow := ui.WithAlpha(th.Accent, 0x50)
		if v.exp.Reuse == reusedHit {
			glow = ui.WithAlpha(th.Accent, 0x90)
		}
		for _, e := range g.Edges {
			if v.onPath[e.From] && v.onPath[e.To] && l.showsEdge(e.From, e.To) {
				p, q := l.pos[e.From], l.pos[e.To]
				eb.line(p[0], p[1], q[0], q[1], c.Px(22), glow)
			}
		}
	}

	for _, e := range g.Edges {
		if !l.showsEdge(e.From, e.To) {
			continue
		}
		a, b := trim(l.pos[e.From], l.pos[e.To], R)
		from := node(g, e.From)
		col, w := th.Axis, c.Px(2)
		dashed := false
		switch {
		case from.HasGrad && !(back && s.pics.hidden == e.From):
			col, w, dashed = th.Signed(from.Grad), gradWidth(c, from.Grad), from.Grad < 0
		case e.Known:
			col, w = ui.WithAlpha(th.Text, 0xc0), c.Px(2.5)
		}
		if isActive(st, e) {
			eb.line(a[0], a[1], b[0], b[1], w+c.Px(8), ui.WithAlpha(th.Accent, 0x70))
		}
		if dashed {
			eb.dashed(a[0], a[1], b[0], b[1], w, c.Px(9), col)
		} else {
			eb.line(a[0], a[1], b[0], b[1], w, col)
		}
		// A small head at the target: the forward direction.
		h := lerp(a, b, 0.8)
		eb.arrow(h[0], h[1], b[0], b[1], w, c.Px(12)+w, col)
	}
	eb.draw(dst)

	for _, e := range g.Edges {
		if at, ok := s.gl.edge[[2]string{e.From, e.To}]; ok {
			s.drawPlacedLabel(dst, c, at, c.Px(edgePx), th.TextDim, color.RGBA{})
		}
	}

	for i := range g.Nodes {
		if l.shows(g.Nodes[i].ID) {
			s.drawNode(dst, c, &g.Nodes[i])
		}
	}
	s.drawCacheTag(dst, c)
	if back && s.pics.hidden == "" {
		for _, e := range st.Edges {
			if at, ok := s.gl.callout[[2]string{e.From, e.To}]; ok {
				s.drawPlacedLabel(dst, c, at, c.Px(calloutPx), th.Accent, th.Accent)
			}
		}
	}
}

// drawPulse draws the value (forward) or gradient (backward) travelling
// along the edges of the step in progress.
func (s *Scene) drawPulse(dst *ebiten.Image, c *ui.Context) {
	if !s.pulse.Running() {
		return
	}
	th, l, st := c.Theme, &s.lay, &s.v.cur.St
	t := s.pulse.Eased()
	for i, e := range st.Edges {
		if !l.showsEdge(e.From, e.To) {
			continue // in the part a phone does not show
		}
		a, b := trim(l.pos[e.From], l.pos[e.To], l.R)
		if st.Phase == "backward" {
			a, b = b, a
		}
		p := lerp(a, b, t)
		if p[1]-c.Px(40) < l.area.Y || p[1] > l.area.Bottom() || i >= len(s.v.carry) {
			continue // scrolled out of the page's view
		}
		s.dot.draw(dst, p[0], p[1], c.Px(11), c.Px(9), th.Outline, th.Accent)
		s.plate = ui.WithAlpha(th.Background, 0xe8)
		pulseLabel(dst, c, s.v.carry[i], p[0], p[1]-c.Px(26), c.Px(18), &th.Accent, &s.plate)
	}
}

// pulseLabel is label for the number a pulse carries, in the colour fg
// on a plate of colour plate, bordered in fg; the colours are passed by
// pointer so that a frame of the pulse allocates nothing.
func pulseLabel(dst *ebiten.Image, c *ui.Context, s string, x, y, px float64, fg, plate *color.RGBA) {
	w, h := ui.MeasureText(s, px)
	pad := c.Px(4)
	r := ui.Rect{X: x - w/2 - pad, Y: y - h/2 - pad/2, W: w + 2*pad, H: h + pad}
	ui.FillRect(dst, r, plate)
	ui.StrokeRect(dst, r, c.Px(2), fg)
	ui.DrawText(dst, s, x, y-h/2+px*0.05, px, fg, ui.AlignCenter)
}

// drawNode draws one node: a square for a parameter, a circle otherwise,
// its value inside, its name beside it, and its gradient as a badge.
func (s *Scene) drawNode(dst *ebiten.Image, c *ui.Context, n *engine.GraphNode) {
	th, l, v := c.Theme, &s.lay, &s.v
	p := l.pos[n.ID]
	R := l.R
	focus := n.ID == v.cur.Focus() && v.cur.St.N > 0
	ring, rw := th.Axis, c.Px(2)
	switch {
	case focus:
		ring, rw = th.Accent, c.Px(5)
	case n.HasValue && n.Kind != "param" && n.Kind != "input":
		ring, rw = th.Text, c.Px(2.5)
	case n.Kind == "param" || n.Kind == "input":
		ring, rw = th.TextDim, c.Px(2)
	}
	// The name in the upper half, the value (once known) in the lower.
	nameCol := th.Text
	if focus {
		nameCol = th.Accent
	}
	look := nodeLook{
		Param: n.Kind == "param", R: R, Ring: ring, RW: rw, Fill: th.Panel,
		Name: labels[n.ID], NameCol: nameCol, NamePx: math.Min(c.Px(22), R*0.62),
	}
	forwardPending := s.pics.hidden == n.ID && v.cur.St.Phase != "backward"
	if n.HasValue && !forwardPending {
		look.Value, look.ValueCol = ui.Num(n.Value), th.Text
		px := math.Min(c.Px(ui.TextNumber), R*0.55)
		look.ValuePx = ui.FitText(look.Value, px, R*1.85)
		if look.ValuePx < px {
			// Too wide at the main numbers' size (0.00946): two
			// decimals, as the tables write parameters (the panel has
			// all the digits), rather than a smaller size.
			look.Value = ui.Fixed(n.Value)
			look.ValuePx = ui.FitText(look.Value, px, R*1.85)
		}
	}
	s.nodes.draw(dst, n.ID, p[0], p[1], &look)

	// ∂L/∂node under the node (above it on the bottom row), once the
	// backward pass has reached it; the update's Δθ = −α ∂L/∂θ instead
	// (placed in labels.go).
	if at, ok := s.gl.badge[n.ID]; ok {
		col := th.Accent
		if _, upd := s.delta(n.ID); !upd {
			col = th.Signed(n.Grad)
		}
		s.drawPlacedLabel(dst, c, at, c.Px(badgePx), col, col)
	}
}

// delta returns the change the update step made to parameter id, if the
// last step was the update.
func (s *Scene) delta(id string) (float64, bool) {
	st := &s.v.cur.St
	if st.Phase != "update" {
		return 0, false
	}
	for _, u := range st.Updates {
		if u.ID == id {
			if st.Diverged {
				return 0, true
			}
			return u.After - u.Before, true
		}
	}
	return 0, false
}

// drawCacheTag marks the node whose cached gradient the step multiplied:
// "reused" when it had been used before (the lecture's box), "cached" on
// its first use.
func (s *Scene) drawCacheTag(dst *ebiten.Image, c *ui.Context) {
	v := &s.v
	if v.exp.Cached == "" || !s.lay.shows(v.exp.Cached) {
		return
	}
	th := c.Theme
	p := s.lay.pos[v.exp.Cached]
	R := s.lay.R
	col := th.Good
	if v.exp.Reuse == reusedHit {
		col = th.Accent
	}
	ui.Ring(dst, p[0], p[1], R+c.Px(7), c.Px(4), &col)
	if s.gl.hasTag {
		s.drawPlacedLabel(dst, c, s.gl.tag, c.Px(tagPx), col, col)
	}
}

// drawTitle writes the phase in big letters and where the walk is.
func (s *Scene) drawTitle(dst *ebiten.Image, c *ui.Context) {
	th, r, v := c.Theme, s.lay.title, &s.v
	if s.lay.phone {
		s.drawPhoneTitle(dst, c, c.Tf("backprop.progress", v.cur.G.Pos(), v.cur.G.Steps()))
		return
	}
	prog, pp, _, tp := s.keepTitle(c)
	ui.DrawText(dst, prog, r.Right(), r.Y+(r.H-pp*1.25)/2, pp, th.TextDim, ui.AlignRight)
	ui.DrawText(dst, v.title, r.X, r.Y+(r.H-tp*1.25)/2, tp, th.Text, ui.AlignLeft)
}

// keepTitle lays the title row out (the progress at size pp, pw wide, the
// phase title at size tp) and keeps where its texts are for the graph's
// labels.
func (s *Scene) keepTitle(c *ui.Context) (prog string, pp, pw, tp float64) {
	r, v := s.lay.title, &s.v
	prog = c.Tf("backprop.progress", v.cur.G.Pos(), v.cur.G.Steps())
	pp = c.Px(18)
	pw, _ = ui.MeasureText(prog, pp)
	tp = ui.FitText(v.title, c.Px(28), r.W-pw-c.Px(20))
	s.gl.keepTitle(r, v.title, tp, prog, pp, pw)
	return prog, pp, pw, tp
}

// drawStrip writes the current step's formulas under the graph, with the
// cached product boxed and marked.
func (s *Scene) drawStrip(dst *ebiten.Image, c *ui.Context) {
	th, r, e := c.Theme, s.lay.strip, &s.v.exp
	ui.FillRect(dst, r, th.Panel)
	ui.StrokeRect(dst, r, c.Px(1), th.PanelEdge)
	if s.lay.phone {
		s.drawPhoneStrip(dst, c)
		return
	}
	in := r.Inset(c.Px(10))
	px := c.Px(22)
	tag := ""
	tagCol := th.Good
	switch e.Reuse {
	case firstUse:
		tag = c.Tf("backprop.strip.cached", labels[e.Cached])
	case reusedHit:
		tag, tagCol = c.Tf("backprop.strip.reused", labels[e.Cached]), th.Accent
	}
	// One size for the two formula lines, the largest at which both fit
	// (the box's margins do not shrink with the text).
	pad := 0.0
	if e.Box != "" {
		pad = c.Px(20)
	}
	w2 := width(e.Pre, px) + width(e.Box, px) + width(e.Post, px)
	if f := math.Min(in.W/math.Max(width(e.L1, px), 1), (in.W-pad)/math.Max(w2, 1)); f < 1 {
		px *= f
	}
	lh := (in.H) / 3
	ui.DrawText(dst, e.L1, in.X, in.Y, px, th.Text, ui.AlignLeft)
	y := in.Y + lh
	x := in.X
	x += ui.DrawText(dst, e.Pre, x, y, px, th.Text, ui.AlignLeft)
	if e.Box != "" {
		x += c.Px(10)
		bw := width(e.Box, px)
		box := ui.Rect{X: x - c.Px(6), Y: y - c.Px(4), W: bw + c.Px(12), H: px*1.25 + c.Px(6)}
		if e.Reuse == reusedHit {
			ui.FillRect(dst, box, ui.WithAlpha(th.Accent, 0x40))
		}
		ui.StrokeRect(dst, box, c.Px(3), tagCol)
		ui.DrawText(dst, e.Box, x, y, px, th.Text, ui.AlignLeft)
		x += bw + c.Px(10)
	}
	ui.DrawText(dst, e.Post, x, y, px, th.Text, ui.AlignLeft)
	if tag == "" {
		// No cache to point at: say which keys move on.
		tag, tagCol = c.T("backprop.strip.hint"), th.TextDim
	}
	tp := ui.FitText(tag, c.Px(20), in.W)
	ui.DrawText(dst, tag, in.X, in.Y+2*lh+c.Px(2), tp, tagCol, ui.AlignLeft)
}

func width(s string, px float64) float64 {
	if s == "" {
		return 0
	}
	w, _ := ui.MeasureText(s, px)
	return w
}
