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

// keepTitle keeps where the title row r holds the phase title (at size
// tp) and the progress (at size pp, pw wide, at the right), so that the
// graph's labels may use the row where it is empty.
func (gl *graphLabels) keepTitle(r ui.Rect, title string, tp float64, prog string, pp, pw float64) {
	tw, th := ui.MeasureText(title, tp)
	_, ph := ui.MeasureText(prog, pp)
	gl.title = [2]place.Box{
		place.BoxAt(r.X, r.Y+(r.H-tp*1.25)/2, tw, th),
		place.BoxAt(r.Right()-pw, r.Y+(r.H-pp*1.25)/2, pw, ph),
	}
}

// labelBox is the box label draws for s centred at (x, y): the text's
// size with a plate of pad around it.
func labelBox(c *ui.Context, s string, x, y, px float64) place.Box {
	w, h := ui.MeasureText(s, px)
	pad := c.Px(4)
	return place.BoxAt(x-w/2-pad, y-h/2-pad/2, w+2*pad, h+pad)
}

// fitLabel places text in its usual box centred on (x, y) at size px if
// that is clear, else around the anchor a; where neither is free, at
// smaller sizes down to the legible minimum (c.LegiblePx()) before it
// covers anything: a node's gradient and an edge's derivative are written
// nowhere else on the graph. A label moves away from its anchor only when
// no size fits next to it (the near ring), and then ring by ring: a
// smaller label beside what it names reads better than one hung far away
// on a long leader. onLines lets the label's plate cross the edges (an
// edge's formula sits on its edge).
func fitLabel(c *ui.Context, pl *place.Placer, text string, x, y, px float64, a place.Box, onLines bool) place.Placed {
	if at, ok := tryFit(c, pl, text, x, y, px, a, onLines, pl.Rings); ok {
		return at
	}
	b := labelBox(c, text, x, y, math.Min(px, c.LegiblePx()))
	if onLines {
		return pl.PreferOnLines(text, b, a)
	}
	return pl.Prefer(text, b, a)
}

// tryFit is fitLabel without the last resort, and no farther from the
// anchor than the ring maxRing: false (and nothing recorded) when no
// place is free, for a label that may give way.
func tryFit(c *ui.Context, pl *place.Placer, text string, x, y, px float64, a place.Box, onLines bool, maxRing int) (place.Placed, bool) {
	least := math.Min(px, c.LegiblePx())
	rings := pl.Rings
	defer func() { pl.Rings = rings }()
	for _, r := range [...]int{0, 1, 2, rings} {
		if r > maxRing {
			break
		}
		pl.Rings = min(r, rings)
		for sz := px; ; sz = math.Max(least, sz*0.88) {
			b := labelBox(c, text, x, y, sz)
			if r == 0 { // the usual place, or slid along its row a little
				for _, f := range slides {
					d := f * b.W()
					sb := place.Box{X0: b.X0 + d, Y0: b.Y0, X1: b.X1 + d, Y1: b.Y1}
					if onLines {
						if at, ok := pl.TryOnLines(text, sb, nowhere); ok {
							return at, true
						}
					} else if pl.Clear(sb) {
						return pl.Prefer(text, sb, a), true
					}
				}
			}
			if onLines {
				if at, ok := pl.TryOnLines(text, b, a); ok {
					return at, true
				}
			} else if at, ok := pl.TryNear(text, a, b.W(), b.H()); ok {
				return at, true
			}
			if sz <= least {
				break
			}
		}
	}
	return place.Placed{}, false
}

// slides are the shifts, in label widths, fitLabel tries a label's usual
// box at along its row before it looks around the anchor.
var slides = [...]float64{0, -0.25, 0.25, -0.5, 0.5, -0.75, 0.75}

// nowhere is an anchor that is no box: TryOnLines then tries only the box
// it is given.
var nowhere = place.Box{X0: math.NaN()}

// drawPlacedLabel draws a label placed from labelBox: its leader (if it
// moved away), its plate, its border in edge (if not transparent) and its
// text centred in the box; all but the leader from the label's picture
// (see labelPictures).
func (s *Scene) drawPlacedLabel(dst *ebiten.Image, c *ui.Context, pl place.Placed, px float64, fg, edge color.RGBA) {
	if pl.Box.W() <= 0 {
		return
	}
	if pl.HasLeader {
		ui.Line(dst, pl.Leader.A.X, pl.Leader.A.Y, pl.Leader.B.X, pl.Leader.B.Y, c.Px(1.5), fg)
	}
	r := ui.BoxRect(pl.Box)
	s.labelPics.draw(dst, r.X, r.Y, &labelLook{
		Text: pl.Text, W: r.W, H: r.H, Px: px, Pad: c.Px(4), Top: c.Px(2), Border: c.Px(2),
		Fg: fg, Edge: edge, Plate: ui.WithAlpha(c.Theme.Background, 0xe8),
	})
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
	pl.Reset(l.labelRoom())
	// A crowded graph: more rings than the default before giving up.
	const rings = 16
	pl.Gap, pl.Pad, pl.Rings = c.Px(place.DefaultGap), c.Px(place.DefaultPad), rings
	pl.LeadersClear = true // a leader across a node would read as an edge
	// The nodes are the graph's data: a circle is reported as a marker,
	// a parameter's box (its name and value) as a label, so that the
	// layout check sees anything drawn over either, a box over a node
	// included.
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if !l.shows(n.ID) {
			continue
		}
		if n.Kind == "param" {
			pl.AddLabel(labels[n.ID], paramBox(l, n.ID))
		} else {
			p := l.pos[n.ID]
			pl.AddMarkerBox(place.Around(p[0], p[1], R))
		}
	}
	for _, e := range g.Edges {
		if !l.showsEdge(e.From, e.To) {
			continue
		}
		a, b := trim(l.pos[e.From], l.pos[e.To], R)
		pl.AddSegment(place.Point{X: a[0], Y: a[1]}, place.Point{X: b[0], Y: b[1]})
	}
	pl.AddLabel("title", gl.title[0])
	pl.AddLabel("progress", gl.title[1])
	if l.phone {
		for i, b := range l.tabBoxes() {
			pl.AddLabel(tabKeys[i], b)
		}
	}
	if v.exp.Cached != "" && l.shows(v.exp.Cached) { // the cache's ring around its node
		p := l.pos[v.exp.Cached]
		pl.AddBox(place.Around(p[0], p[1], R+c.Px(9)))
	}
	// The formulas beside their edges (σ′, ŷ(1 − ŷ), ∂L/∂ŷ) first: they
	// are the long ones, with a single good place each (beside their own
	// edge), where a badge has eight around its node; then the badges,
	// the cache tag, the backward step's callout (which may give way: the
	// strip writes it too) and the formulas on the edges.
	back := st.Phase == "backward"
	s.placeEdges(c, pl, true)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if !l.shows(n.ID) {
			continue
		}
		p := l.pos[n.ID]
		// Under the node; the outer rows' parameters outwards, in the room
		// kept above and below the graph, away from the edges they feed.
		by := p[1] + R + c.Px(18)
		if top(n.ID) {
			by = p[1] - R - c.Px(18)
		}
		var text string
		if d, ok := s.delta(n.ID); ok {
			text = ui.Signed(d)
		} else if n.HasGrad && !(s.pics.hidden == n.ID && st.Phase == "backward") {
			text = ui.Num(n.Grad)
		} else {
			continue
		}
		anchor := place.Around(p[0], p[1], R)
		switch {
		case n.ID == v.exp.Cached: // beside the cache's ring
			ring := R + c.Px(9)
			anchor = place.Around(p[0], p[1], ring)
			by += (by - p[1]) / math.Abs(by-p[1]) * (ring - R)
		case n.Kind == "param":
			anchor = paramBox(l, n.ID)
		}
		// On a plate that may cross an edge (a unit has edges all round):
		// a badge beside its node over a line reads better than one hung
		// on a leader across the graph.
		gl.badge[n.ID] = fitLabel(c, pl, text, p[0], by, c.Px(badgePx), anchor, true)
	}
	s.placeTag(c, pl)
	if back && s.pics.hidden == "" {
		for _, e := range st.Edges {
			if !l.showsEdge(e.From, e.To) {
				continue
			}
			k := [2]string{e.From, e.To}
			text, p := s.calloutAt(c, e)
			// Where the graph has no room for it next to its edge, the
			// callout is left out: the formula strip under the graph writes
			// the same derivative.
			pl.Rings = 1
			at, ok := pl.TryOnLines(text, labelBox(c, text, p[0], p[1], c.Px(calloutPx)), place.Box{X0: p[0], Y0: p[1], X1: p[0], Y1: p[1]})
			pl.Rings = rings
			if ok {
				gl.callout[k] = at
			}
		}
	}
	s.placeEdges(c, pl, false)
	c.Layout().Add(pl)
}

// placeEdges places the formulas of the edges beside them (side) or of
// those on them (!side), but not the step's own edge in the backward
// pass, whose callout says it.
func (s *Scene) placeEdges(c *ui.Context, pl *place.Placer, side bool) {
	gl, l, v := &s.gl, &s.lay, &s.v
	g, st := &v.cur.G, &v.cur.St
	back := st.Phase == "backward"
	for _, e := range g.Edges {
		if back && isActive(st, e) {
			continue // the callout says it
		}
		if !l.showsEdge(e.From, e.To) {
			continue
		}
		sp := edgeSpotOf(l, e.From, e.To)
		if (sp.Side != 0) != side {
			continue
		}
		a, b := trim(l.pos[e.From], l.pos[e.To], l.R)
		text := s.formulas[[2]string{e.From, e.To}]
		p := lerp(a, b, sp.F)
		_, h := ui.MeasureText(text, c.Px(edgePx))
		p[1] += float64(sp.Side) * (l.R + h/2 + c.Px(6))
		gl.edge[[2]string{e.From, e.To}] = fitLabel(c, pl, text, p[0], p[1], c.Px(edgePx), place.Box{X0: p[0], Y0: p[1], X1: p[0], Y1: p[1]}, true)
	}
}

// placeTag places the cache tag ("cached" / "reused") beside its node's
// ring, after the node's badge and the formulas beside the edges.
func (s *Scene) placeTag(c *ui.Context, pl *place.Placer) {
	gl, l, v := &s.gl, &s.lay, &s.v
	g, R := &v.cur.G, l.R
	if v.exp.Cached != "" && l.shows(v.exp.Cached) {
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
		// Only next to its ring: the ring marks the node, and the strip
		// under the graph says the same ("reused: ∂L/∂u was already
		// computed"), so a tag with no room beside the ring gives way
		// rather than hang on a leader across the graph.
		gl.tag, gl.hasTag = tryFit(c, pl, text, p[0]-bw/2-w/2-c.Px(16), by, c.Px(tagPx), place.Around(p[0], p[1], ring), false, 1)
	}
}

// paramBox is the box a parameter's node is drawn in.
func paramBox(l *layout, id string) place.Box {
	p := l.pos[id]
	hw, hh := l.R*paramHalfW, l.R*0.88
	return place.Box{X0: p[0] - hw, Y0: p[1] - hh, X1: p[0] + hw, Y1: p[1] + hh}
}

// calloutAt returns the callout of edge e (its local derivative with the
// formula and value) and where its usual box is centred.
func (s *Scene) calloutAt(c *ui.Context, e engine.GraphEdge) (string, [2]float64) {
	l := &s.lay
	a, b := trim(l.pos[e.From], l.pos[e.To], l.R)
	sp := edgeSpotOf(l, e.From, e.To)
	text := partial(e.To, e.From) + " = " + s.formulas[[2]string{e.From, e.To}] + " = " + ui.Num(e.Local)
	px := c.Px(calloutPx)
	p := lerp(a, b, sp.F)
	w, h := ui.MeasureText(text, px)
	p[1] += float64(sp.Side) * (l.R + h/2 + c.Px(6))
	gr := l.labelRoom()
	p[0] = min(max(p[0], gr.X0+w/2+c.Px(8)), gr.X1-w/2-c.Px(8))
	return text, p
}
