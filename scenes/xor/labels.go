package xor

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
	"github.com/neurona/neurona/scenes/xor/model"
)

// Text sizes of the planes' labels, in layout units (≥ 16 px at 1280×720).
const (
	titlePx     = 19 // the input plane's title
	lineLabelPx = 20 // "z_j" by hidden unit j's line
	tickPx      = 16 // hidden space's ticks and the inputs' names there
	namePx      = 19 // hidden space's axis names
)

// label is one placed label of a plot: where the placer put it, its size
// and colour, and whether it sits on a plate of the panel's colour.
type label struct {
	at    place.Placed
	px    float64
	pad   float64
	fg    color.RGBA
	plate bool
}

// plotLabels are a plot's labels for one frame, placed in Update with the
// shared placer (so that none covers a point, the line it names or
// another label) and drawn by Draw; the placer keeps the frame's markers
// and labels for the layout report.
type plotLabels struct {
	pl     *place.Placer
	labels []label
}

// reset starts a frame's labels inside bounds.
func (l *plotLabels) reset(c *ui.Context, bounds ui.Rect) {
	if l.pl == nil {
		l.pl = place.New(bounds.Box())
	}
	l.pl.Reset(bounds.Box())
	l.pl.Gap, l.pl.Pad, l.pl.Rings = c.Px(place.DefaultGap), c.Px(place.DefaultPad), place.DefaultRings
	l.labels = l.labels[:0]
}

// markers adds the points xy (screen x, y pairs) inside the bounds as
// obstacles, drawn with radius r.
func (l *plotLabels) markers(xy []float64, r float64) {
	b := l.pl.Bounds
	for i := 0; i+1 < len(xy); i += 2 {
		x, y := xy[i], xy[i+1]
		if x >= b.X0 && x <= b.X1 && y >= b.Y0 && y <= b.Y1 {
			l.pl.AddMarker(x, y, r)
		}
	}
}

// tryFit places text on a plate at its usual box (its top-left corner at
// x, y, padded by pad) if that is clear, else around the anchor a,
// shrinking (at a large zoom) down to minPx where its own size finds no
// free place; where none is free, it records nothing and returns false
// (the caller tries another anchor).
func (l *plotLabels) tryFit(text string, x, y, px, minPx, pad float64, a place.Box, fg color.RGBA) bool {
	w, h := ui.MeasureText(text, px)
	if b := place.BoxAt(x-pad, y-pad, w+2*pad, h+2*pad); l.pl.Clear(b) {
		l.labels = append(l.labels, label{l.pl.Prefer(text, b, a), px, pad, fg, true})
		return true
	}
	at, sz, pd, ok := ui.TryTextFit(l.pl, text, a, px, minPx, pad)
	if ok {
		l.labels = append(l.labels, label{at, sz, pd, fg, true})
	}
	return ok
}

// try is tryFit, at one size, for a label that may be left out (a tick, an axis name,
// an input's name on a small plot): where neither its usual box nor any
// place around the anchor is clear of the points and the other labels,
// it is not drawn, rather than drawn over them.
func (l *plotLabels) try(text string, x, y, px, pad float64, a place.Box, fg color.RGBA, plate bool) {
	w, h := ui.MeasureText(text, px)
	b := place.BoxAt(x-pad, y-pad, w+2*pad, h+2*pad)
	if at, ok := l.pl.TryOnLines(text, b, a); ok {
		l.labels = append(l.labels, label{at, px, pad, fg, plate})
	}
}

// draw draws the labels and adds them, with the markers, to the frame's
// layout report.
func (l *plotLabels) draw(dst *ebiten.Image, c *ui.Context) {
	if l.pl == nil {
		return
	}
	plate := ui.WithAlpha(c.Theme.Panel, 0xd0)
	for _, lb := range l.labels {
		var bg color.Color = color.RGBA{}
		if lb.plate {
			bg = plate
		}
		ui.DrawPlaced(dst, c, lb.at, lb.px, lb.pad, lb.fg, bg)
	}
	c.Layout().Add(l.pl)
}

// placeInput places the input plane's labels (t = 0): its title in the
// top-left corner and "z_j" by each hidden unit's line on its positive
// side, clear of the points, the lines, the axis names and each other.
func (s *Scene) placeInput(c *ui.Context, m *engine.MLP) {
	l := &s.v.inLabels
	r := s.plane.Rect
	l.reset(c, r.Inset(c.Px(2)))
	rad := ui.PointRadius(c, s.data.Len())
	if len(s.v.pts)/2 <= maxPlacedMarkers {
		l.markers(s.v.pts, rad)
	}
	for _, b := range s.gridBoxes(c) {
		l.pl.AddBox(b)
	}
	var segs [engine.MaxHidden][2]place.Point
	var ok [engine.MaxHidden]bool
	for j := range m.H {
		if x0, y0, x1, y1, in := s.plane.ClipLine(m.W1[j][0], m.W1[j][1], m.B1[j]); in {
			segs[j], ok[j] = [2]place.Point{{X: x0, Y: y0}, {X: x1, Y: y1}}, true
			l.pl.AddSegment(segs[j][0], segs[j][1])
		}
	}
	th := c.Theme
	title := c.T("xor.input")
	px := ui.FitText(title, c.Px(titlePx), r.W-c.Px(28))
	// In the top-right corner: the top-left one is where x₂'s name is.
	tw, _ := ui.MeasureText(title, px)
	top := place.Box{X0: r.X + c.Px(6), Y0: r.Y + c.Px(4), X1: r.Right() - c.Px(6), Y1: r.Y + c.Px(4)} // else below the top edge
	// On its plate it may cross a unit's line, not a point or a label.
	pad := px * 0.25
	b := place.BoxAt(r.Right()-c.Px(14)-tw-pad, r.Y+c.Px(10)-pad, tw+2*pad, px*1.25+2*pad)
	// Left out where there is no room (a phone's plane full of points):
	// the axes name the space too.
	if at, ok := l.pl.TryOnLines(title, b, top); ok {
		l.labels = append(l.labels, label{at, px, pad, th.Text, true})
	}

	lp := c.Px(lineLabelPx)
	for j := range m.H {
		if !ok[j] {
			continue
		}
		w := m.W1[j]
		norm := math.Hypot(w[0], w[1])
		ux, uy := w[0]/norm, -w[1]/norm // the positive side, on screen
		a, b := segs[j][0], segs[j][1]
		text := zNames[j]
		tw, tht := ui.MeasureText(text, lp)
		pad := lp * 0.25
		// A unit's name is on no other part of the plane: it shrinks
		// rather than give way, and moves along its line (from beside its
		// arrow) before it covers a point or a label; on a small plane at
		// a large zoom (1024×600), where z₁ once sat on z₄, it is left out
		// as a last resort (the line keeps its colour, which the panel's
		// matrices name).
		for _, f := range [...]float64{tickAt(j, m.H), 0.5, 0.15, 0.85} {
			mx, my := a.X+(b.X-a.X)*f, a.Y+(b.Y-a.Y)*f
			cx, cy := mx+ux*c.Px(46), my+uy*c.Px(46)
			anchor := place.Around(mx+ux*c.Px(20), my+uy*c.Px(20), c.Px(4))
			if l.tryFit(text, cx-tw/2, cy-tht/2, lp, c.LegiblePx(), pad, anchor, th.Hidden[j]) {
				break
			}
		}
	}
}

// gridBoxes returns the boxes of the input plane's grid labels (its axis
// names and tick numbers), found again only when the grid changes: the
// still layer's key and the sizes and language of the context. Training
// places the units' labels every tick; the grid's stay where they are.
func (s *Scene) gridBoxes(c *ui.Context) []place.Box {
	g := &s.v.gridLabels
	k := gridLabelsKey{still: s.stillKey(), scale: c.Scale, zoom: c.Zoom, lang: c.Lang, bounds: c.Bounds}
	if !g.ok || g.key != k {
		g.boxes = g.boxes[:0]
		for _, a := range s.plane.GridLabels(c, s.data.Points()) {
			g.boxes = append(g.boxes, a.Box)
		}
		g.key, g.ok = k, true
		g.found++
	}
	return g.boxes
}

// gridLabelsKey is what the input plane's grid labels depend on.
type gridLabelsKey struct {
	still       stillKey
	scale, zoom float64
	lang        i18n.Lang
	bounds      ui.Rect
}

// gridLabelBoxes keeps gridBoxes's boxes and what they were found for.
type gridLabelBoxes struct {
	boxes []place.Box
	key   gridLabelsKey
	ok    bool
	found int // how many times they were found (tests)
}

// maxPlacedMarkers bounds the points the placer avoids one by one: a
// cloud of thousands is avoided by nothing (its labels are few and the
// cloud is everywhere).
const maxPlacedMarkers = 2000

// placeHidden places hidden space's labels: the ticks at the square's
// ends, the axis names z₁ and z₂ at the middle of its bottom and left
// edges, where each XOR input lands ("(0,1)", shared by inputs that land
// together), and the note that only two of more units are shown.
func (s *Scene) placeHidden(c *ui.Context, m *engine.MLP) {
	l := &s.v.hidLabels
	p := &s.zplane
	r := p.Rect
	l.reset(c, r)
	if r.W < c.Px(60) || r.H < c.Px(60) {
		return
	}
	th := c.Theme
	rad := ui.PointRadius(c, s.data.Len())
	if len(s.v.zpts)/2 <= maxPlacedMarkers {
		l.markers(s.v.zpts, rad)
	}
	if m.H == 2 {
		if x0, y0, x1, y1, ok := p.ClipLine(m.W2[0], m.W2[1], m.B2); ok {
			l.pl.AddSegment(place.Point{X: x0, Y: y0}, place.Point{X: x1, Y: y1})
		}
	}
	lo, hi := model.HiddenRange(m.Hidden)
	x0, y0 := p.ToScreen([2]float64{lo, hi})
	x1, y1 := p.ToScreen([2]float64{hi, lo})
	fs := c.Px(tickPx)
	pt := func(x, y float64) place.Box { return place.Box{X0: x, Y0: y, X1: x, Y1: y} }
	tick := func(text string, x, y float64, align ui.Align, a place.Box) {
		w, _ := ui.MeasureText(text, fs)
		switch align {
		case ui.AlignCenter:
			x -= w / 2
		case ui.AlignRight:
			x -= w
		}
		l.try(text, x, y, fs, 0, a, th.TextDim, false)
	}
	// Ticks at the square's ends, the axis names at the middle of its
	// bottom and left edges (the corners are where the points land).
	tick(rangeTick(lo), x0+c.Px(14), y1+c.Px(3), ui.AlignCenter, pt(x0, y1))
	tick(rangeTick(hi), x0-c.Px(6), y0+c.Px(10), ui.AlignRight, pt(x0, y0))
	tick(rangeTick(lo), x0-c.Px(6), y1-c.Px(10)-fs, ui.AlignRight, pt(x0, y1))
	np := c.Px(namePx)
	w1, _ := ui.MeasureText(zNames[0], np)
	w2, _ := ui.MeasureText(zNames[1], np)
	s.placeInputNames(c, l)
	l.try(zNames[0], (x0+x1)/2-w1/2, y1+c.Px(3), np, 0, pt((x0+x1)/2, y1), th.Hidden[0], false)
	l.try(zNames[1], x0-c.Px(6)-w2, (y0+y1)/2-c.Px(12), np, 0, pt(x0, (y0+y1)/2), th.Hidden[1], false)

	if m.H > 2 {
		if s.v.moreH != m.H || s.v.moreLang != c.Lang {
			s.v.more, s.v.moreH, s.v.moreLang = c.Tf("xor.hidden.more", m.H), m.H, c.Lang
		}
		// Shrunk to fit the plot's width down to the legible size, then
		// wrapped (a narrow plot at the largest zoom).
		w := r.W - c.Px(20)
		px := max(ui.FitText(s.v.more, c.Px(16), w), c.LegiblePx())
		x, y, a := r.X+c.Px(8), r.Y+c.Px(6), pt(r.X+c.Px(4), r.Y+c.Px(4))
		for _, line := range ui.WrapText(s.v.more, px, w) {
			n := len(l.labels)
			l.try(line, x, y, px, px*0.25, a, th.TextDim, true)
			if len(l.labels) == n {
				break // no room: the rest would read as a label of its own
			}
			// The next line under this one, wherever it went.
			b := l.labels[n].at.Box
			x, y, a = b.X0+px*0.25, b.Y1+px*0.3, pt(b.X0, b.Y1)
		}
	}
}

// placeInputNames writes each XOR input, "(0,1)", by where it lands in
// hidden space; inputs landing together share one label, as (0,1) and
// (1,0) do in the notes.
func (s *Scene) placeInputNames(c *ui.Context, l *plotLabels) {
	p := &s.zplane
	var done [4]bool
	px := c.Px(tickPx)
	rad := ui.PointRadius(c, s.data.Len())
	for i := range s.v.table {
		if done[i] {
			continue
		}
		zi := s.v.table[i].Z
		xi, yi := p.ToScreen([2]float64{zi[0], zi[1]})
		if !p.Rect.Contains(xi, yi) {
			continue
		}
		group := 1 << i
		for j := i + 1; j < len(s.v.table); j++ {
			zj := s.v.table[j].Z
			xj, yj := p.ToScreen([2]float64{zj[0], zj[1]})
			if math.Hypot(xi-xj, yi-yj) < c.Px(12) {
				group |= 1 << j
				done[j] = true
			}
		}
		text := inputGroups[group]
		// Below a point in the lower half, above one in the upper half.
		mr := math.Max(rad, c.MarkerRadius())
		w, h := ui.MeasureText(text, px)
		y := yi + mr + c.Px(6)
		if _, cy := p.ToScreen([2]float64{p.CX, p.CY}); yi < cy {
			y = yi - mr - c.Px(6) - h
		}
		x := math.Max(p.Rect.X+c.Px(6), math.Min(p.Rect.Right()-c.Px(6)-w, xi-w/2))
		l.try(text, x, y, px, px*0.2, place.Around(xi, yi, mr), c.Theme.Text, true)
	}
}

// zNames are the hidden units' names, z₁ … z₈, written with subscript
// characters (no markup), so that they are laid out once and kept.
var zNames = [engine.MaxHidden]string{"z₁", "z₂", "z₃", "z₄", "z₅", "z₆", "z₇", "z₈"}

// inputGroups names every set of XOR inputs (bit i for model.XORInputs[i])
// that may land together in hidden space: "(0,1) (1,0)". Made once: the
// labels of every tick reuse them.
var inputGroups = func() (g [16]string) {
	for set := 1; set < len(g); set++ {
		for i, x := range model.XORInputs {
			if set&(1<<i) == 0 {
				continue
			}
			if g[set] != "" {
				g[set] += " "
			}
			g[set] += inputName(x)
		}
	}
	return g
}()

// rangeTick writes an end of hidden space's range (−1, 0 or 1) without
// allocating.
func rangeTick(v float64) string {
	switch v {
	case -1:
		return "−1"
	case 0:
		return "0"
	case 1:
		return "1"
	}
	return ui.Num(v)
}
