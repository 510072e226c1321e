package backprop

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/backprop/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// A phone held upright is some 390 px wide: the whole graph there was
// drawn at about 7 px (issue 13). Its layout shows one part of the graph
// at a time, at the legible size: the hidden layer's sums (x → a), σ and
// the output's sum (a → z → a₃), or the output and the loss (a₃ → ŷ → L).
// The part follows the step shown (the part its edges lie in), three tabs
// under the title say which
// part is shown and show the other with a tap, and the graph's block
// (title, tabs, graph, formulas) fills the screen, the small plane and
// the table following below it on a page that scrolls.

// isPhone reports whether c's area is a phone's: held upright (taller
// than wide and too narrow for the whole graph at its size) or sideways
// (too short for it: the whole graph there was drawn at about 7 px too).
func isPhone(c *ui.Context) bool {
	b, slide := c.Bounds, c.Scale
	if c.Zoom > 0 {
		slide /= c.Zoom
	}
	return b.W < b.H*1.15 && b.W < c.Px(760) || b.H < sidewaysH*slide
}

// sidewaysH is the scene area's height, in units of the slide (the
// user's text scale aside: a zoomed projector keeps its page layout,
// see computeLayout), under which the
// whole graph does not fit at the legible size (the 298 units of an
// 844×390 phone held sideways, the 268 of a 740×360 one).
const sidewaysH = 400

// sidewaysBlock is the least height of the graph's block on a phone held
// sideways, in layout units: a part's four rows of nodes at the legible
// size. The block is a page taller than the screen, which scrolls.
const sidewaysBlock = 480

// parts is how many parts a phone shows the graph in.
const parts = 3

// phoneSpots are the nodes of each part and their places, as spots is for
// the whole graph: the hidden layer's sums (x → a, with θ and b), its σ
// and the output layer's sum (a → z → a₃, with θ^[2] and b₃), and the
// output with the loss (a₃ → ŷ → L). a₁, a₂ and a₃ are in two parts each.
var phoneSpots = [parts]map[string]spot{
	{
		"x1": {0.00, 0.32}, "x2": {0.00, 0.68},
		"t11": {0.22, 0.00}, "t12": {0.58, 0.00}, "b1": {0.94, 0.00},
		"t21": {0.22, 1.00}, "t22": {0.58, 1.00}, "b2": {0.94, 1.00},
		"a1": {1.00, 0.32}, "a2": {1.00, 0.68},
	},
	{
		"a1": {0.00, 0.30}, "a2": {0.00, 0.70},
		"z1": {0.42, 0.30}, "z2": {0.42, 0.70},
		"w1": {0.70, 0.00}, "w2": {0.70, 1.00}, "b3": {1.00, 0.08},
		"a3": {1.00, 0.50},
	},
	{
		"a3": {0.00, 0.50}, "yhat": {0.50, 0.50}, "L": {1.00, 0.50},
	},
}

// phonePlaces are the edge labels of the phone's parts that do not sit as
// places says: the crossing edges of x → a have their labels near x.
var phonePlaces = mapOf([]entry[[2]string, edgeSpot]{
	{[2]string{"x1", "a1"}, edgeSpot{0.35, 0}}, {[2]string{"x2", "a2"}, edgeSpot{0.35, 0}},
	{[2]string{"x1", "a2"}, edgeSpot{0.22, 0}}, {[2]string{"x2", "a1"}, edgeSpot{0.22, 0}},
})

// edgeSpotOf is where edge from → to has its label in layout l.
func edgeSpotOf(l *layout, from, to string) edgeSpot {
	k := [2]string{from, to}
	if l.phone {
		if sp, ok := phonePlaces[k]; ok {
			return sp
		}
	}
	if sp, ok := places[k]; ok {
		return sp
	}
	return edgeSpot{F: 0.5}
}

// phoneRadius is a node's radius on a phone, in layout units: its value
// ("−0.0766") fits inside at the legible size.
const phoneRadius = 38

// phoneLayout lays out the page of a phone, scrolled by off, showing part
// sec of the graph. Held upright, the title, the tabs, the graph and the
// formulas are stacked; held sideways, the title, the tabs and the
// formulas make a column left of the graph, which takes the block's
// height.
func (l *layout) phoneLayout(c *ui.Context, off float64, sec int) {
	a := c.Bounds
	l.page, l.phone, l.sec = true, true, sec
	l.k, l.fit, l.gs = 1, 1, c.Scale
	side := a.W > a.H*1.15
	least, ps := 700.0, math.Min(a.W*0.7, a.H*0.45)
	if side {
		least, ps = sidewaysBlock, math.Min(a.W*0.4, a.H*0.9)
	}
	bar := c.Px(12) // the page's scrollbar
	block := ui.Rect{X: a.X, Y: a.Y - off, W: math.Max(1, a.W-bar), H: math.Max(a.H, c.Px(least))}
	in := block.Inset(c.Px(10))
	col, rest := in, in
	if side {
		col, rest = in.SplitLeft(math.Min(c.Px(330), in.W*0.42))
		rest = rest.Inset(c.Px(4))
	}
	l.title, col = col.SplitTop(c.Px(62))
	var tabs ui.Rect
	tabs, col = col.SplitTop(c.Px(50))
	gap := c.Px(8)
	third := (tabs.W - (parts-1)*gap) / parts
	for i := range l.tabs {
		l.tabs[i] = ui.Rect{X: tabs.X + float64(i)*(third+gap), Y: tabs.Y, W: third, H: tabs.H - gap}
	}
	if side {
		l.strip, l.room = col, rest
	} else {
		rest, l.strip = col.SplitTop(math.Max(col.H-c.Px(196), col.H*0.55))
	}
	R := c.Px(phoneRadius)
	l.R = R
	l.graph = ui.Rect{X: rest.X + R*1.1, Y: rest.Y + R + c.Px(34), W: rest.W - R*2.2, H: rest.H - 2*R - c.Px(68)}
	l.place(phoneSpots[sec])
	l.panelBelow(c, block, ps)
}

// stepPart is the part of the graph the step that led to snapshot sn
// lies in (its edges' ends all in it), or −1 for a step with no edges
// (the update, which changes both parts: the part shown stays).
func stepPart(sn *model.Snap) int {
	if sn.St.N == 0 {
		return 0 // the start: the inputs
	}
	if len(sn.St.Edges) == 0 {
		return -1
	}
	for k := range parts {
		all := true
		for _, e := range sn.St.Edges {
			all = all && inPart(k, e)
		}
		if all {
			return k
		}
	}
	return -1
}

// inPart reports whether both ends of e are in part sec.
func inPart(sec int, e engine.GraphEdge) bool {
	_, a := phoneSpots[sec][e.From]
	_, b := phoneSpots[sec][e.To]
	return a && b
}

// followStep makes the part shown on a phone the current step's, when the
// walk has moved since it last did (a tab tapped since stays chosen until
// the next step).
func (s *Scene) followStep() {
	v := &s.v
	at := partKey{pos: v.pos, n: v.cur.St.N, ex: v.cur.Ex}
	if at == s.partAt {
		return
	}
	s.partAt = at
	if k := stepPart(&v.cur); k >= 0 {
		s.sec = k
	}
}

// partKey is the walk's position a part was chosen for.
type partKey struct{ pos, n, ex int }

// tapTabs shows the part whose tab a tap (a release on it) chose, and
// reports whether one did.
func (s *Scene) tapTabs(c *ui.Context) bool {
	if !s.lay.phone {
		return false
	}
	for _, ev := range c.In.Pointer {
		if ev.Kind != ui.PointerUp {
			continue
		}
		for i, r := range s.lay.tabs {
			if r.Contains(ev.X, ev.Y) && s.sec != i {
				s.sec = i
				return true
			}
		}
	}
	return false
}

// drawTabs draws the phone's tabs, the part shown filled, and adds
// them to the placer's boxes as labels.
func (s *Scene) drawTabs(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	for i, r := range s.lay.tabs {
		text := c.T(tabKeys[i])
		px := ui.FitText(text, c.Px(ui.TextBody), r.W-c.Px(8))
		fg := th.TextDim
		if i == s.lay.sec {
			ui.FillRect(dst, r, ui.WithAlpha(th.Accent, 0x40))
			ui.StrokeRect(dst, r, c.Px(2.5), th.Accent)
			fg = th.Text
		} else {
			ui.FillRect(dst, r, th.Panel)
			ui.StrokeRect(dst, r, c.Px(1), th.PanelEdge)
		}
		ui.DrawText(dst, text, r.X+r.W/2, r.Y+(r.H-px*1.25)/2, px, fg, ui.AlignCenter)
	}
}

// tabKeys are the tabs' texts.
var tabKeys = [parts]string{"backprop.part.sums", "backprop.part.sigma", "backprop.part.loss"}

// tabBoxes are the tabs as boxes, for the placer and the layout report.
func (l *layout) tabBoxes() [parts]place.Box {
	var b [parts]place.Box
	for i, r := range l.tabs {
		b[i] = place.BoxAt(r.X, r.Y, r.W, r.H)
	}
	return b
}

// drawPhoneTitle writes the phase on its own line, as large as fits the
// phone's width, and where the walk is under it.
func (s *Scene) drawPhoneTitle(dst *ebiten.Image, c *ui.Context, prog string) {
	th, r, v := c.Theme, s.lay.title, &s.v
	tp := math.Max(ui.FitText(v.title, c.Px(28), r.W), c.LegiblePx())
	ui.DrawText(dst, v.title, r.X, r.Y, tp, th.Text, ui.AlignLeft)
	pp := c.Px(ui.TextBody)
	py := r.Y + tp*1.25 + c.Px(2)
	ui.DrawText(dst, prog, r.X, py, pp, th.TextDim, ui.AlignLeft)
	tw, tht := ui.MeasureText(v.title, tp)
	pw, ph := ui.MeasureText(prog, pp)
	s.gl.title = [2]place.Box{place.BoxAt(r.X, r.Y, tw, tht), place.BoxAt(r.X, py, pw, ph)}
}

// drawPhoneStrip writes the step's formulas in the strip of a phone,
// wrapped at the legible size rather than shrunk to one line each: the
// formula, the chain with its cached product boxed, and what the cache
// tag or the hint says.
func (s *Scene) drawPhoneStrip(dst *ebiten.Image, c *ui.Context) {
	th, e := c.Theme, &s.v.exp
	in := s.lay.strip.Inset(c.Px(10))
	px, least := c.Px(19), c.LegiblePx()
	y := in.Y
	y += ui.DrawWrapped(dst, e.L1, in.X, y, in.W, px, least, th.Text)
	tagCol := th.Good
	if e.Reuse == reusedHit {
		tagCol = th.Accent
	}
	if w := width(e.Pre, px) + width(e.Box, px) + width(e.Post, px) + c.Px(20); w <= in.W || e.Box == "" && ui.FitText(e.Pre, px, in.W) >= least {
		// One line, as on a wide screen.
		x := in.X
		x += ui.DrawText(dst, e.Pre, x, y, ui.FitText(e.Pre, px, in.W), th.Text, ui.AlignLeft)
		if e.Box != "" {
			x += c.Px(10)
			s.boxed(dst, c, e.Box, x, y, width(e.Box, px), px, px*1.25, tagCol)
			x += width(e.Box, px) + c.Px(10)
			ui.DrawText(dst, e.Post, x, y, px, th.Text, ui.AlignLeft)
		}
		y += px * 1.3
	} else {
		y += ui.DrawWrapped(dst, e.Pre, in.X, y, in.W, px, least, th.Text)
		if e.Box != "" {
			pad := c.Px(8)
			h := ui.DrawWrapped(nil, e.Box, 0, 0, in.W-2*pad, px, least, th.Text)
			s.boxed(dst, c, "", in.X+pad, y+c.Px(4), in.W-2*pad, px, h, tagCol)
			ui.DrawWrapped(dst, e.Box, in.X+pad, y+c.Px(4), in.W-2*pad, px, least, th.Text)
			y += h + c.Px(12)
		}
		y += ui.DrawWrapped(dst, e.Post, in.X, y, in.W, px, least, th.Text)
	}
	tag := ""
	switch e.Reuse {
	case firstUse:
		tag = c.Tf("backprop.strip.cached", labels[e.Cached])
	case reusedHit:
		tag = c.Tf("backprop.strip.reused", labels[e.Cached])
	}
	if tag == "" {
		tag, tagCol = c.T("backprop.strip.hint.phone"), th.TextDim
	}
	ui.DrawWrapped(dst, tag, in.X, y+c.Px(4), in.W, c.Px(ui.TextBody), least, tagCol)
}

// boxed draws the lecture's box around text (written at (x, y), w wide
// and h high; text "" draws the box only): filled when the product is
// reused.
func (s *Scene) boxed(dst *ebiten.Image, c *ui.Context, text string, x, y, w, px, h float64, col color.RGBA) {
	box := ui.Rect{X: x - c.Px(6), Y: y - c.Px(4), W: w + c.Px(12), H: h + c.Px(6)}
	if s.v.exp.Reuse == reusedHit {
		ui.FillRect(dst, box, ui.WithAlpha(c.Theme.Accent, 0x40))
	}
	ui.StrokeRect(dst, box, c.Px(3), col)
	if text != "" {
		ui.DrawText(dst, text, x, y, px, c.Theme.Text, ui.AlignLeft)
	}
}
