package backprop

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// graphLabels are the graph's labels placed for one picture by the shared
// placer: each keeps its usual place when that covers no node, edge or
// other label, and moves next to its anchor otherwise ("reused" once sat
// on node z₂; the update's Δθ badges once piled up under b₂).
type graphLabels struct {
	pl      place.Placer
	badge   map[string]place.Placed    // a node's gradient or Δθ
	edge    map[[2]string]place.Placed // an edge's local derivative
	callout map[[2]string]place.Placed // the backward step's derivative with its value
	tag     place.Placed               // "cached" / "reused"
	title   [2]place.Box               // the phase title's and the progress's text
	hasTag  bool
}

// labelBox is the box label draws for s centred at (x, y): the text's
// size with a plate of pad around it.
func labelBox(c *ui.Context, s string, x, y, px float64) place.Box {
	w, h := ui.MeasureText(s, px)
	pad := c.Px(4)
	return place.BoxAt(x-w/2-pad, y-h/2-pad/2, w+2*pad, h+pad)
}

// fitLabel places text in its usual box centred on (x, y) at size px if
// that is clear, else around the anchor a; at a large zoom, where neither
// is free, at smaller sizes down to the legible minimum (c.LegiblePx())
// before it covers anything: a node's gradient and an edge's derivative
// are written nowhere else on the graph. onLines lets the label's plate
// cross the edges (an edge's formula sits on its edge).
func fitLabel(c *ui.Context, pl *place.Placer, text string, x, y, px float64, a place.Box, onLines bool) place.Placed {
	least := math.Min(px, c.LegiblePx())
	for sz := px; sz > least; sz *= 0.88 {
		b := labelBox(c, text, x, y, sz)
		if onLines {
			if at, ok := pl.TryOnLines(text, b, a); ok {
				return at
			}
			continue
		}
		if pl.Clear(b) {
			return pl.Prefer(text, b, a)
		}
		if at, ok := pl.TryNear(text, a, b.W(), b.H()); ok {
			return at
		}
	}
	b := labelBox(c, text, x, y, least)
	if onLines {
		return pl.PreferOnLines(text, b, a)
	}
	return pl.Prefer(text, b, a)
}

// drawPlacedLabel draws a label placed from labelBox: its leader (if it
// moved away), its plate, its border in edge (if not transparent) and its
// text centred in the box.
func drawPlacedLabel(dst *ebiten.Image, c *ui.Context, pl place.Placed, px float64, fg, edge color.RGBA) {
	if pl.Box.W() <= 0 {
		return
	}
	if pl.HasLeader {
		ui.Line(dst, pl.Leader.A.X, pl.Leader.A.Y, pl.Leader.B.X, pl.Leader.B.Y, c.Px(1.5), fg)
	}
	r := ui.BoxRect(pl.Box)
	// A label fitLabel shrank is drawn at the size its box holds.
	if w, _ := ui.MeasureText(pl.Text, px); w > 0 && w > r.W-2*c.Px(4)+0.5 {
		px *= (r.W - 2*c.Px(4)) / w
	}
	ui.FillRect(dst, r, ui.WithAlpha(c.Theme.Background, 0xe8))
	if edge.A > 0 {
		ui.StrokeRect(dst, r, c.Px(2), edge)
	}
	ui.DrawText(dst, pl.Text, r.X+r.W/2, r.Y+c.Px(2)+px*0.05, px, fg, ui.AlignCenter)
}

// Label sizes in layout units (before the graph's scale k).
const (
	badgePx   = ui.TextBody
	tagPx     = 18
	calloutPx = 19
	edgePx    = ui.TextMin
)

// placeLabels places every label of the graph in order of importance —
// the backward step's callouts (the long ones, while there is room), the
// nodes' badges, the cache tag, the edges' derivatives — clear of the nodes and edges, and adds them with
// the nodes to c's layout report.
func (s *Scene) placeLabels(c *ui.Context) {
	gl, l, v := &s.gl, &s.lay, &s.v
	g, st := &v.cur.G, &v.cur.St
	R := l.R
	if gl.badge == nil {
		gl.badge = map[string]place.Placed{}
		gl.edge = map[[2]string]place.Placed{}
		gl.callout = map[[2]string]place.Placed{}
	}
	clear(gl.badge)
	clear(gl.edge)
	clear(gl.callout)
	gl.hasTag = false
	pl := &gl.pl
	// Above the formula strip; in the title's row only where it is empty.
	pl.Reset(place.Box{X0: l.main.X, Y0: l.main.Y, X1: l.main.Right(), Y1: l.strip.Y})
	// A crowded graph: more rings than the default before giving up.
	pl.Gap, pl.Pad, pl.Rings = c.Px(place.DefaultGap), c.Px(place.DefaultPad), 16
	for i := range g.Nodes {
		p := l.pos[g.Nodes[i].ID]
		pl.AddMarkerBox(place.Around(p[0], p[1], R))
	}
	for _, e := range g.Edges {
		a, b := trim(l.pos[e.From], l.pos[e.To], R)
		pl.AddSegment(place.Point{X: a[0], Y: a[1]}, place.Point{X: b[0], Y: b[1]})
	}
	pl.AddBox(gl.title[0])
	pl.AddBox(gl.title[1])
	if v.exp.Cached != "" { // the cache's ring around its node
		p := l.pos[v.exp.Cached]
		pl.AddBox(place.Around(p[0], p[1], R+c.Px(9)))
	}
	back := st.Phase == "backward"
	if back && v.hidden == "" {
		for _, e := range st.Edges {
			k := [2]string{e.From, e.To}
			text, p := s.calloutAt(c, e)
			// Where the graph has no room for it, the callout is left out:
			// the formula strip under the graph writes the same derivative.
			if at, ok := pl.TryOnLines(text, labelBox(c, text, p[0], p[1], c.Px(calloutPx)), place.Box{X0: p[0], Y0: p[1], X1: p[0], Y1: p[1]}); ok {
				gl.callout[k] = at
			}
		}
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		p := l.pos[n.ID]
		by := p[1] + R + c.Px(18)
		if below(n.ID) {
			by = p[1] - R - c.Px(18)
		}
		var text string
		if d, ok := s.delta(n.ID); ok {
			text = ui.Signed(d)
		} else if n.HasGrad && !(v.hidden == n.ID && st.Phase == "backward") {
			text = ui.Num(n.Grad)
		} else {
			continue
		}
		gl.badge[n.ID] = fitLabel(c, pl, text, p[0], by, c.Px(badgePx), place.Around(p[0], p[1], R), false)
	}
	if v.exp.Cached != "" {
		p := l.pos[v.exp.Cached]
		key := "backprop.tag.cached"
		if v.exp.Reuse == reusedHit {
			key = "backprop.tag.reused"
		}
		text := c.T(key)
		w, _ := ui.MeasureText(text, c.Px(tagPx))
		by := p[1] + R + c.Px(18)
		bw, _ := ui.MeasureText(ui.Num(node(g, v.exp.Cached).Grad), c.Px(badgePx))
		ring := R + c.Px(9)
		gl.tag = fitLabel(c, pl, text, p[0]-bw/2-w/2-c.Px(16), by, c.Px(tagPx), place.Around(p[0], p[1], ring), false)
		gl.hasTag = true
	}
	for _, e := range g.Edges {
		if back && isActive(st, e) {
			continue // the callout says it
		}
		a, b := trim(l.pos[e.From], l.pos[e.To], R)
		sp, ok := places[[2]string{e.From, e.To}]
		if !ok {
			sp = edgeSpot{F: 0.5}
		}
		text := s.formulas[[2]string{e.From, e.To}]
		p := lerp(a, b, sp.F)
		_, h := ui.MeasureText(text, c.Px(edgePx))
		p[1] += float64(sp.Side) * (R + h/2 + c.Px(6))
		gl.edge[[2]string{e.From, e.To}] = fitLabel(c, pl, text, p[0], p[1], c.Px(edgePx), place.Box{X0: p[0], Y0: p[1], X1: p[0], Y1: p[1]}, true)
	}
	c.Layout().Add(pl)
}

// calloutAt returns the callout of edge e (its local derivative with the
// formula and value) and where its usual box is centred.
func (s *Scene) calloutAt(c *ui.Context, e engine.GraphEdge) (string, [2]float64) {
	l := &s.lay
	a, b := trim(l.pos[e.From], l.pos[e.To], l.R)
	sp, ok := places[[2]string{e.From, e.To}]
	if !ok {
		sp = edgeSpot{F: 0.5}
	}
	text := partial(e.To, e.From) + " = " + s.formulas[[2]string{e.From, e.To}] + " = " + ui.Num(e.Local)
	px := c.Px(calloutPx)
	p := lerp(a, b, sp.F)
	w, h := ui.MeasureText(text, px)
	p[1] += float64(sp.Side) * (l.R + h/2 + c.Px(6))
	gr := l.main
	p[0] = min(max(p[0], gr.X+w/2+c.Px(8)), gr.Right()-w/2-c.Px(8))
	return text, p
}
