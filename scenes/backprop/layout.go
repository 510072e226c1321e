package backprop

import (
	"math"

	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// spot is a node's place in the graph area: u from the left edge (0) to
// the right (1), v from the top (0) to the bottom (1).
type spot struct{ U, V float64 }

// spots lay the graph out left to right as the lecture draws it: inputs,
// the hidden layer's parameters above (unit 1) and below (unit 2) their
// potentials a₁, a₂, then z₁, z₂, the output layer's parameters, a₃, ŷ
// and L.
var spots = mapOf([]entry[string, spot]{
	{"x1", spot{0.00, 0.34}}, {"x2", spot{0.00, 0.66}},
	{"t11", spot{0.03, 0.02}}, {"t12", spot{0.15, 0.02}}, {"b1", spot{0.27, 0.02}},
	{"t21", spot{0.03, 0.98}}, {"t22", spot{0.15, 0.98}}, {"b2", spot{0.27, 0.98}},
	{"a1", spot{0.25, 0.34}}, {"a2", spot{0.25, 0.66}},
	{"z1", spot{0.43, 0.34}}, {"z2", spot{0.43, 0.66}},
	{"w1", spot{0.53, 0.04}}, {"b3", spot{0.65, 0.10}}, {"w2", spot{0.53, 0.96}},
	{"a3", spot{0.64, 0.50}}, {"yhat", spot{0.81, 0.50}}, {"L", spot{1.00, 0.50}},
})

// labels are the nodes' names in the lecture's notation (with the text
// markup for the layer superscript).
var labels = mapOf([]entry[string, string]{
	{"x1", "x₁"}, {"x2", "x₂"},
	{"t11", "θ₁₁"}, {"t12", "θ₁₂"}, {"b1", "b₁"}, {"t21", "θ₂₁"}, {"t22", "θ₂₂"}, {"b2", "b₂"},
	{"a1", "a₁"}, {"a2", "a₂"}, {"z1", "z₁"}, {"z2", "z₂"},
	{"w1", "θ₁^{[2]}"}, {"w2", "θ₂^{[2]}"}, {"b3", "b₃"},
	{"a3", "a₃"}, {"yhat", "ŷ"}, {"L", "L"},
})

// place says where an edge's label goes: a fraction of the way from its
// source, and on the line (Side 0) or just above (−1) or below (+1) the
// nodes' circles, for the short horizontal edges whose formulas are
// longer than the gap between the circles.
type edgeSpot struct {
	F    float64
	Side int
}

// places are the edge labels that do not sit in the middle of their edge.
// The σ′ of a₁ → z₁ and a₂ → z₂ sits on the outer side of its row (above
// the upper one, below the lower one), away from the gradients written
// between the rows.
var places = mapOf([]entry[[2]string, edgeSpot]{
	{[2]string{"x1", "a2"}, edgeSpot{0.28, 0}}, {[2]string{"x2", "a1"}, edgeSpot{0.28, 0}},
	{[2]string{"x1", "a1"}, edgeSpot{0.45, 0}}, {[2]string{"x2", "a2"}, edgeSpot{0.45, 0}},
	{[2]string{"t11", "a1"}, edgeSpot{0.45, 0}}, {[2]string{"t12", "a1"}, edgeSpot{0.5, 0}}, {[2]string{"b1", "a1"}, edgeSpot{0.5, 0}},
	{[2]string{"t21", "a2"}, edgeSpot{0.45, 0}}, {[2]string{"t22", "a2"}, edgeSpot{0.5, 0}}, {[2]string{"b2", "a2"}, edgeSpot{0.5, 0}},
	{[2]string{"z1", "a3"}, edgeSpot{0.45, 0}}, {[2]string{"z2", "a3"}, edgeSpot{0.45, 0}},
	{[2]string{"a1", "z1"}, edgeSpot{0.5, -1}}, {[2]string{"a2", "z2"}, edgeSpot{0.5, 1}},
	{[2]string{"a3", "yhat"}, edgeSpot{0.5, -1}}, {[2]string{"yhat", "L"}, edgeSpot{0.5, -1}},
})

// layout is where everything goes, in screen pixels.
type layout struct {
	main, side ui.Rect
	title      ui.Rect // the phase title, above the graph
	graph      ui.Rect // the computational graph
	strip      ui.Rect // the formulas of the current step, below the graph
	plane      ui.Rect // the small data plane, at the top of the side panel
	list       ui.Rect // the panel below it, which scrolls
	R          float64 // node radius
	pos        map[string][2]float64
	// k scales the graph's text and strokes down where the graph has less
	// room than a laptop screen gives it (a phone held upright); 1 on
	// projectors and laptops.
	k float64
	// fit is k before it is held between 0.45 and 1.
	fit float64
	// gs is the Scale the graph, its title and strip are drawn at: the
	// context's, or less at a large zoom (see computeLayout).
	gs float64
	// page is the layout of a large zoom: the graph takes the whole
	// width and height of the scene area, and the panel (the small plane
	// and the table) follows below it; the area scrolls as one page
	// (list is then the whole area) and head is the height of the
	// graph's block and the plane, above the panel's text.
	page bool
	head float64
	area ui.Rect
	// phone is the layout of a phone held upright (see phoneLayout): a
	// page that shows one part of the graph, sec, at a time, with tabs
	// to choose it.
	phone bool
	sec   int
	tabs  [parts]ui.Rect
	// room is where the graph's labels go when the formulas are not
	// under the graph (a phone held sideways); empty otherwise.
	room ui.Rect
}

// labelRoom is where the graph's labels may go: room, or the main view
// above the formula strip (in the title's row only where it is empty).
func (l *layout) labelRoom() place.Box {
	if !l.room.Empty() {
		return l.room.Box()
	}
	return place.Box{X0: l.main.X, Y0: l.main.Y, X1: l.main.Right(), Y1: l.strip.Y}
}

// computeLayout places the graph in the main view between the title and
// the formula strip, and the small plane at the top of the side panel;
// off is the page's scroll offset (used at a large zoom only). The nodes'
// places are written into pos (a new map if nil), so that a tick's
// layout allocates nothing.
//
// At a large zoom the main view beside the panel is too narrow for the
// graph: its labels would shrink under the legible minimum or cover the
// nodes. The graph then takes the whole scene area as a page, with the
// panel below it (reached by scrolling), and gives back some of the zoom,
// as the gradient scene's views do: it is drawn at the largest scale,
// between the unzoomed one and the context's, at which its text needs no
// shrinking (k = 1), and never under the legible minimum.
func computeLayout(c *ui.Context, off float64, pos map[string][2]float64, sec int) layout {
	main, side := ui.SplitMain(c)
	if pos == nil {
		pos = make(map[string][2]float64, len(spots))
	}
	l := layout{main: main, side: side, gs: c.Scale, area: c.Bounds, pos: pos}
	if isPhone(c) {
		l.phoneLayout(c, off, sec)
		return l
	}
	l.graphIn(c, main)
	if c.Zoom > 1.01 && l.fit*c.Zoom < pageZoom {
		l.pageLayout(c, off)
		return l
	}
	pad := c.Px(16)
	ps := math.Max(1, math.Min(side.W-2*pad, side.H*0.36))
	l.plane = ui.Rect{X: side.X + (side.W-ps)/2, Y: side.Y + pad, W: ps, H: ps}
	l.list = ui.Rect{X: side.X, Y: l.plane.Bottom(), W: side.W, H: math.Max(1, side.Bottom()-l.plane.Bottom())}
	return l
}

// pageZoom is the graph's text scale (the zoom times k) below which a
// zoomed layout becomes a page: the graph beside the panel would show
// its text hardly larger than at no zoom at all.
const pageZoom = 1.3

// graphIn lays the title, the graph and the strip out in r at c's scale.
func (l *layout) graphIn(c *ui.Context, r ui.Rect) {
	in := r.Inset(c.Px(10))
	titleH := c.Px(44)
	stripH := c.Px(124)
	l.title, in = in.SplitTop(titleH)
	var rest ui.Rect
	rest, l.strip = in.SplitTop(math.Max(in.H-stripH, in.H*0.6))
	l.fit = math.Min(rest.W/c.Px(760), rest.H/c.Px(440))
	l.k = math.Min(math.Max(l.fit, 0.45), 1)
	// R·1.85 holds a value such as −0.491 at the main numbers' 20 px
	// at 1280×720 (drawNode).
	l.R = math.Min(math.Max(math.Min(rest.W/19.5, rest.H/10), c.Px(12)), c.Px(44))
	// The two rows of units (a third of the graph apart) never touch.
	l.R = math.Min(l.R, math.Max(c.Px(12), 0.32*(rest.H-c.Px(68)*l.k)/(2*1.15+0.64)))
	// Room for the gradient badges above and below the outer rows.
	l.graph = ui.Rect{X: rest.X + l.R*1.1, Y: rest.Y + l.R*1.0 + c.Px(34)*l.k, W: rest.W - l.R*2.2, H: rest.H - l.R*2 - c.Px(68)*l.k}
	l.place(spots)
}

// place puts the nodes of sp (and only those) at their spots in the
// graph's rectangle.
func (l *layout) place(sp map[string]spot) {
	clear(l.pos)
	for id, s := range sp {
		l.pos[id] = [2]float64{l.graph.X + s.U*l.graph.W, l.graph.Y + s.V*l.graph.H}
	}
}

// shows reports whether node id is drawn: every node, but on a phone only
// those of the part shown.
func (l *layout) shows(id string) bool {
	_, ok := l.pos[id]
	return ok
}

// showsEdge reports whether the edge from → to is drawn (both its ends).
func (l *layout) showsEdge(from, to string) bool { return l.shows(from) && l.shows(to) }

// pageLayout is computeLayout's page at a large zoom, scrolled by off.
func (l *layout) pageLayout(c *ui.Context, off float64) {
	a := c.Bounds
	l.page = true
	bar := c.Px(22) // the page's scrollbar, right of the graph
	block := ui.Rect{X: a.X, Y: a.Y - off, W: math.Max(1, a.W-bar), H: a.H}
	least := c.Scale / c.Zoom
	gc := *c
	for {
		l.graphIn(&gc, block)
		if l.fit >= 1 || gc.Scale <= least {
			break
		}
		gc.Scale = math.Max(least, gc.Scale*0.92)
	}
	// Never under the legible minimum: k only shrinks what exceeds it.
	l.k = math.Max(l.k, least/gc.Scale)
	l.gs = gc.Scale
	l.panelBelow(c, block, math.Min(a.W*0.5, a.H*0.8))
}

// panelBelow puts the panel of a page under the graph's block: the small
// plane of side ps, then the panel's text, the whole area scrolling.
func (l *layout) panelBelow(c *ui.Context, block ui.Rect, ps float64) {
	a := c.Bounds
	l.main, l.side = block, ui.Rect{X: a.X, Y: block.Bottom(), W: a.W, H: a.H}
	pad := c.Px(16)
	ps = math.Max(1, ps)
	l.plane = ui.Rect{X: a.X + pad, Y: block.Bottom() + pad, W: ps, H: ps}
	l.list = a
	l.head = block.H + ps + 2*pad
}

// graphContext returns c with its scale that of the graph (gs) times the
// layout's k, for drawing the graph's text and strokes.
func (l *layout) graphContext(c *ui.Context) *ui.Context {
	return l.graphContextIn(c, new(ui.Context))
}

// graphContextIn is graphContext written into g, which it returns (for a
// frame that allocates nothing).
func (l *layout) graphContextIn(c, g *ui.Context) *ui.Context {
	scaled(c, l.gs*l.k, g)
	return g
}

// blockContext returns c at the graph's scale, for its title and strip.
func (l *layout) blockContext(c *ui.Context) *ui.Context {
	g := new(ui.Context)
	scaled(c, l.gs, g)
	return g
}

// scaled sets g to c drawing at scale s (c.AtScale).
func scaled(c *ui.Context, s float64, g *ui.Context) { *g = c.AtScale(s) }

// entry is one key and value of a map written as a list.
type entry[K comparable, V any] struct {
	k K
	v V
}

// mapOf returns the map of the entries. The tables above are lists made
// into maps (bundle size): a map literal compiles to code that inserts each
// entry, several kB of it in the web bundle, while a list is data.
func mapOf[K comparable, V any](es []entry[K, V]) map[K]V {
	m := make(map[K]V, len(es))
	for _, e := range es {
		m[e.k] = e.v
	}
	return m
}
