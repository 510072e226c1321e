package perceptron

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/perceptron/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Text sizes of the placed labels, in layout units (≥ 16 px at 1280×720).
const (
	hyperSize    = 18
	captionSize  = 18
	calloutSize  = 18
	lineNameSize = 18   // w*, the pocket line and the circle
	tagSize      = 19   // θ, Δθ, −b/‖θ‖, x_i and "no update"
	circleSize   = 17   // R = max‖x‖ by the circle
	maxMarkers   = 2000 // more points than this are not obstacles (a cloud leaves no free place anyway)
)

// labels are the plane's labels whose places the shared placer chooses in
// Update, clear of the points, the lines and each other; Draw only draws
// them.
type labels struct {
	pl   *place.Placer
	segs []place.Seg // the lines on the plane, also given to the placer

	// The lines' names shrink, at a large zoom, where they find no room
	// at their own size (never under the legible minimum): they name what
	// nothing else on the plane names.
	hyper             place.Placed // "θ·x + b = 0" beside the hyperplane
	hyperPx, hyperPad float64
	hyperOK           bool
	pocket, wstar     sizedLabel // the names of the pocket line and of w*, beside them
	pocketOK, wstarOK bool
	circle            sizedLabel // "R = max‖x‖" by the circle
	circleOK          bool
	visit             place.Placed // the visited point's name x_i
	visitOK           bool
	flash             place.Placed // "no update" after a correct point, while it shows
	flashOK           bool
	tags              []placedTag // θ, Δθ and −b/‖θ‖ on their plates
	caption           place.Box   // the preset's caption
	capText           string
	foot              []string  // the footnote on the notes' sign slip, wrapped
	footBox           place.Box // where it went
	footInPanel       bool      // no room on the plane: the panel writes it
	noLine            place.Box // "θ = 0: no hay hiperplano…"
	noText            string
	capLines, noLines []string // the caption and the message, wrapped to the plane
	// The sizes (layout units) the blocks were placed at: smaller than
	// their own at a large zoom where they found no room otherwise.
	capSize, noSize, footSize, repeatSize float64

	// The repeat of the weights: a callout and, on the plane, the points
	// whose updates add up to zero (their yᵢxᵢ, whose hull holds 0).
	repeat      place.Box
	repeatLines []string
	cycleYX     [][2]float64   // yᵢxᵢ of the cycle's updates, data coordinates
	hulls       [][][2]float64 // the polygons drawn (data coordinates)
	ghosts      [][2]float64   // the reflected −yᵢxᵢ of class −1 drawn, without a bias
	meet        [2]float64     // the point the sum names: the origin, or the classes' common mean
	sum         sizedLabel     // "x₁ + x₂ = 0" by the origin, or "x₃ + x₄ = x₁ + x₂" by the mean
	hasRepeat   bool
	cycleIdx    []int       // the points of the cycle's updates, in order
	cands       []place.Box // blockAt's buffer of candidate places
	cycleKey    cycleKey    // the run and repeat the cycle was found for
	cycleSet    bool

	// Placing the labels every frame makes no garbage: the tags' buffer,
	// and the names that change with a step or a move, kept for their
	// values.
	tagBuf    []tagAt
	visitName ui.Memo[int]     // x_i, for the point's index
	thetaName ui.Memo[float64] // "θ ×k", for the scale k
	footName  ui.Memo[float64] // "−b/‖θ‖ = d", for d
	noName    ui.Memo[noKey]   // "θ = 0 …", for b
}

// noKey is what the message of a plane without a line says: b, in a
// language.
type noKey struct {
	b    float64
	lang i18n.Lang
}

// sizedLabel is a placed label with the text size and plate padding it
// was placed at (screen pixels).
type sizedLabel struct {
	at      place.Placed
	px, pad float64
}

// placedTag is a tag of the θ drawing where the placer put it.
type placedTag struct {
	at  place.Placed
	clr color.Color
}

// cycleKey is what the cycle's points depend on.
type cycleKey struct {
	gen int
	rep engine.WeightRepeat
}

// placeLabels places the frame's labels: the axis names stay where the
// plane draws them, then, in order of importance, the hyperplane's name,
// the "no hyperplane" message, the repeat callout and its sum, and the
// preset's caption.
func (s *Scene) placeLabels(c *ui.Context) {
	l := &s.lab
	r := s.plane.Rect
	if l.pl == nil {
		l.pl = place.New(r.Box())
	}
	pl := l.pl
	pl.Reset(r.Box())
	l.segs = l.segs[:0]
	pts := s.run.Data.Points()
	if len(pts) <= maxMarkers {
		rad := c.MarkerRadius()
		for _, q := range pts {
			x, y := s.plane.ToScreen(q.X)
			pl.AddMarker(x, y, rad)
		}
	}
	// The axis names, where the grid writes them (it reports them to the
	// frame's layout itself).
	for _, a := range s.plane.AxisLabels(c, s.gridPoints()) {
		pl.AddBox(a.Box)
	}

	w := s.shown()
	l.hyperOK = false
	if x0, y0, x1, y1, ok := s.plane.ClipLine(w.w[0], w.w[1], w.b); ok {
		seg := place.Seg{A: place.Point{X: x0, Y: y0}, B: place.Point{X: x1, Y: y1}}
		l.segs = append(l.segs, seg)
		pl.AddSegment(seg.A, seg.B)
		name := "θ·x + b = 0"
		if !s.run.Bias() {
			name = "θ·x = 0"
		}
		pad := c.Px(3)
		// Near the line's upper end, as the notes draw h.
		line := []place.Point{seg.A, seg.B}
		t := 0.15
		if y1 < y0 {
			t = 0.85
		}
		l.hyper, l.hyperPx, l.hyperPad = ui.PlaceOnLineFit(pl, name, line, t, c.Px(hyperSize), c.LegiblePx(), pad)
		l.hyperOK = true
	}
	s.addArrows(w)
	s.addLines(c)
	// With θ = 0 there is no hyperplane to name, and the message saying so
	// comes first: the names of the other lines find room around it.
	l.noText = ""
	if w.w == [2]float64{} && s.run.Data.Len() > 0 && !s.tween.Running() {
		l.noText = c.T("perceptron.noline.origin")
		if s.run.Bias() {
			b := w.b
			l.noText = l.noName.Text(noKey{b, c.Lang}, func() string { return c.Tf("perceptron.noline", ui.Num(b)) })
		}
		l.noLine, l.noLines, l.noSize, _ = s.placeBlock(c, "noline", []string{l.noText}, calloutSize, false)
	}
	s.placeTags(c, w)
	s.placeLineNames(c)

	s.placeRepeat(c)

	l.capText = ""
	if n := s.presetActive(); n > 0 {
		l.capText = c.T(presets[n-1].name)
		var free bool
		l.caption, l.capLines, l.capSize, free = s.placeBlock(c, "caption", []string{l.capText}, captionSize, true)
		if !free {
			// Nowhere free: the caption (the notice named the preset
			// already) gives way to the picture.
			l.capText, l.capLines = "", nil
		}
	}
	l.foot = s.footLines(c, math.Min(r.W*0.5, c.Px(420)))
	l.footInPanel = false
	if len(l.foot) > 0 {
		var free bool
		if l.footBox, l.foot, l.footSize, free = s.placeBlock(c, "footnote", l.foot, footSize, true); !free {
			// No free place on the plane (a phone's small plane, a large
			// text scale): the footnote goes to the panel's end rather
			// than over the data.
			l.foot, l.footInPanel = nil, true
		}
	}
}

// gridPoints are the points the grid's names and ticks keep clear of (none
// in a cloud of more than maxMarkers, which leaves no free place anyway).
func (s *Scene) gridPoints() []engine.Point {
	if pts := s.run.Data.Points(); len(pts) <= maxMarkers {
		return pts
	}
	return nil
}

// addLines adds the other lines drawn on the plane as obstacles: w* (with
// Novikoff's drawing), the pocket line and the dotted segment from the
// origin to the hyperplane.
func (s *Scene) addLines(c *ui.Context) {
	l := &s.lab
	add := func(x0, y0, x1, y1 float64) {
		sg := place.Seg{A: place.Point{X: x0, Y: y0}, B: place.Point{X: x1, Y: y1}}
		l.segs = append(l.segs, sg)
		l.pl.AddSegment(sg.A, sg.B)
	}
	if s.showNov && s.run.Separable() && !s.novStale && s.run.Data.Len() > 0 {
		n := s.run.Nov
		if x0, y0, x1, y1, ok := s.plane.ClipLine(n.WStar[0], n.WStar[1], n.BStar); ok {
			add(x0, y0, x1, y1)
		}
	}
	if s.hasPocket() {
		w, b, _ := s.run.P.Pocket()
		if x0, y0, x1, y1, ok := s.plane.ClipLine(w[0], w[1], b); ok {
			add(x0, y0, x1, y1)
		}
	}
	if f, ok := s.foot(c, s.shown()); ok {
		add(f.ox, f.oy, f.fx, f.fy)
	}
}

// placeTags places the visited point's name, θ's and Δθ's tags, −b/‖θ‖
// and the "no update" flash: each at its usual place when that is clear,
// otherwise around what it names.
func (s *Scene) placeTags(c *ui.Context, w weights) {
	l := &s.lab
	pl := l.pl
	th := c.Theme
	l.tags = l.tags[:0]
	l.visitOK, l.flashOK = false, false
	st := s.run.Last
	visited := s.run.HasLast && st.Index >= 0
	var ring place.Box
	if visited {
		sx, sy := s.plane.ToScreen(st.X)
		rad, px := c.MarkerRadius()*2, c.Px(19)
		ring = place.Around(sx, sy, rad)
		name := l.visitName.Text(st.Index, func() string { return fmt.Sprintf("x_{%d}", st.Index+1) })
		nw, nh := ui.MeasureText(name, px)
		l.visit, l.visitOK = pl.Prefer(name, place.BoxAt(sx+rad+c.Px(2), sy-rad-px*0.6, nw, nh), ring), true
	}
	l.tagBuf = s.thetaTags(c, w, l.tagBuf[:0])
	for _, t := range l.tagBuf {
		l.tags = append(l.tags, placedTag{s.fitTag(c, t.label, t.x, t.y, t.anchor), t.clr})
	}
	if f, ok := s.foot(c, w); ok && f.named {
		mx, my := (f.ox+f.fx)/2, (f.oy+f.fy)/2
		label := l.footName.Text(f.d, func() string { return "−b/‖θ‖ = " + ui.Num(f.d) })
		l.tags = append(l.tags, placedTag{s.fitTag(c, label, f.tx, f.ty, place.Around(mx, my, c.Px(2))), th.Normal})
	}
	if visited && s.flashShown() {
		// A passing message: at its usual place below and right of the
		// visited point, else on another side of it, else not at all (the
		// panel's table says the same).
		msg := c.T("perceptron.noupdate")
		fs := c.Px(tagSize)
		mw, _ := ui.MeasureText(msg, fs)
		sx, sy := ring.Center().X, ring.Center().Y
		rad := ring.W() / 2
		w, h := mw+c.Px(12), fs*1.45
		bx := math.Min(sx+rad+c.Px(4), s.plane.Rect.Right()-mw-c.Px(16))
		for _, b := range []place.Box{
			place.BoxAt(bx, sy+rad*0.3, w, h),
			place.BoxAt(sx-w/2, sy+rad+c.Px(4), w, h),
			place.BoxAt(sx-w/2, sy-rad-c.Px(4)-h, w, h),
			place.BoxAt(sx-rad-c.Px(4)-w, sy-h/2, w, h),
		} {
			if pl.Clear(b) {
				pl.AddLabel(msg, b)
				l.flash, l.flashOK = place.Placed{Text: msg, Box: b, Free: true}, true
				break
			}
		}
	}
}

// fitTag places a tag at its usual plate centred at (x, y) if that is
// clear, else around the anchor a; at a large zoom, where neither is free,
// at smaller sizes down to the legible minimum before it covers anything
// (θ, Δθ and −b/‖θ‖ name arrows that nothing else names).
func (s *Scene) fitTag(c *ui.Context, text string, x, y float64, a place.Box) place.Placed {
	pl := s.lab.pl
	least := math.Min(c.Px(tagSize), c.LegiblePx())
	for px := c.Px(tagSize); px > least; px *= 0.88 {
		b := s.tagBoxAt(c, text, x, y, px).Box()
		if pl.Clear(b) {
			return pl.Prefer(text, b, a)
		}
		if at, ok := pl.TryNear(text, a, b.W(), b.H()); ok {
			return at
		}
	}
	return pl.Prefer(text, s.tagBoxAt(c, text, x, y, least).Box(), a)
}

// placeLineNames places the names of w* and of the pocket line beside
// their lines, near their lower ends, and the circle's name by the circle.
func (s *Scene) placeLineNames(c *ui.Context) {
	l := &s.lab
	l.pocketOK, l.wstarOK, l.circleOK = false, false, false
	onLine := func(name string, x0, y0, x1, y1 float64) sizedLabel {
		if y0 < y1 { // from the lower end
			x0, y0, x1, y1 = x1, y1, x0, y0
		}
		at, px, pad := ui.PlaceOnLineFit(l.pl, name, []place.Point{{X: x0, Y: y0}, {X: x1, Y: y1}}, 0.1, c.Px(lineNameSize), c.LegiblePx(), c.Px(3))
		return sizedLabel{at, px, pad}
	}
	r := s.run
	if s.showNov && r.Data.Len() > 0 && !s.novStale {
		if r.Separable() {
			n := r.Nov
			if x0, y0, x1, y1, ok := s.plane.ClipLine(n.WStar[0], n.WStar[1], n.BStar); ok {
				l.wstar, l.wstarOK = onLine("w*", x0, y0, x1, y1), true
			}
		}
		if b, a, ok := s.circleLabel(c); ok {
			if l.pl.Clear(b.box) {
				l.circle = sizedLabel{l.pl.Prefer(b.text, b.box, a), c.Px(circleSize), 0}
				l.circleOK = true
			} else {
				// The panel's Novikoff part names R and the circle: where
				// even the legible minimum finds no room, the name gives
				// way to the picture.
				at, px, _, ok := ui.TryTextFit(l.pl, b.text, a, c.Px(circleSize), c.LegiblePx(), 0)
				l.circle, l.circleOK = sizedLabel{at, px, 0}, ok
			}
		}
	}
	if s.hasPocket() {
		w, b, _ := r.P.Pocket()
		if x0, y0, x1, y1, ok := s.plane.ClipLine(w[0], w[1], b); ok {
			l.pocket, l.pocketOK = onLine(c.T("perceptron.pocket.label"), x0, y0, x1, y1), true
		}
	}
}

// addArrows adds the dashed line before the current update, θ and Δθ as
// obstacles, where drawGhost and drawTheta draw them.
func (s *Scene) addArrows(w weights) {
	l := &s.lab
	st := s.run.Last
	sf, upd := s.thetaScale(w)
	add := func(a, b [2]float64) {
		ax, ay := s.plane.ToScreen(a)
		bx, by := s.plane.ToScreen(b)
		sg := place.Seg{A: place.Point{X: ax, Y: ay}, B: place.Point{X: bx, Y: by}}
		l.segs = append(l.segs, sg)
		l.pl.AddSegment(sg.A, sg.B)
	}
	if upd {
		if x0, y0, x1, y1, ok := s.plane.ClipLine(st.WBefore[0], st.WBefore[1], st.BBefore); ok {
			sg := place.Seg{A: place.Point{X: x0, Y: y0}, B: place.Point{X: x1, Y: y1}}
			l.segs = append(l.segs, sg)
			l.pl.AddSegment(sg.A, sg.B)
		}
	}
	scaled := func(v [2]float64) [2]float64 { return [2]float64{v[0] * sf, v[1] * sf} }
	if upd {
		add(scaled(st.WBefore), scaled(st.WAfter))
	}
	if w.w != [2]float64{} {
		add([2]float64{}, scaled(w.w))
	}
}

// placeRepeat places the callout that says the weights repeat and why, and
// the sum of the cycle's updates by the origin.
func (s *Scene) placeRepeat(c *ui.Context) {
	l := &s.lab
	rep, ok := s.run.Repeat()
	l.hasRepeat = ok
	if !ok {
		return
	}
	key := cycleKey{s.run.Gen, rep}
	if !l.cycleSet || l.cycleKey != key {
		l.cycleIdx, l.cycleYX = s.run.Cycle(rep)
		l.cycleKey, l.cycleSet = key, true
	}
	idx := l.cycleIdx
	pts := s.run.Data.Points()
	l.hulls, l.ghosts = l.hulls[:0], l.ghosts[:0]
	var sum string
	if s.run.Bias() {
		// Σ yᵢ[xᵢ, 1] = 0: as many +1 as −1 updates, and the mean of the
		// +1 points equals the mean of the −1 points, so the classes' hulls
		// meet there and no line separates them.
		var pos, neg [][2]float64
		var mean [2]float64
		n := 0
		for _, i := range idx {
			if pts[i].Y > 0 {
				pos = append(pos, pts[i].X)
				mean[0] += pts[i].X[0]
				mean[1] += pts[i].X[1]
				n++
			} else {
				neg = append(neg, pts[i].X)
			}
		}
		if n > 0 {
			mean[0], mean[1] = mean[0]/float64(n), mean[1]/float64(n)
		}
		l.hulls = append(l.hulls, hullOf(pos), hullOf(neg))
		l.meet = mean
		sum = cycleSum(idx, pts, 1) + " = " + cycleSum(idx, pts, -1)
	} else {
		// Σ yᵢxᵢ = 0: the origin lies in the hull of these yᵢxᵢ, so no
		// line through it has them all on its positive side.
		l.hulls = append(l.hulls, hullOf(l.cycleYX))
		for _, i := range idx {
			if pts[i].Y < 0 {
				x := pts[i].X
				l.ghosts = append(l.ghosts, [2]float64{-x[0], -x[1]})
			}
		}
		l.meet = [2]float64{}
		sum = cycleSum(idx, pts, 0) + " = 0"
	}
	// The hulls are drawn; they are obstacles for the labels.
	for _, hull := range l.hulls {
		for i := range hull {
			a, b := hull[i], hull[(i+1)%len(hull)]
			ax, ay := s.plane.ToScreen(a)
			bx, by := s.plane.ToScreen(b)
			seg := place.Seg{A: place.Point{X: ax, Y: ay}, B: place.Point{X: bx, Y: by}}
			l.segs = append(l.segs, seg)
			l.pl.AddSegment(seg.A, seg.B)
		}
	}
	l.repeatLines = l.repeatLines[:0]
	l.repeatLines = append(l.repeatLines,
		c.Tf("perceptron.repeat.head", rep.Mistakes, rep.EarlierMistakes),
		c.T("perceptron.repeat.cycle"))
	if s.run.Bias() {
		l.repeatLines = append(l.repeatLines, c.T("perceptron.repeat.noline"))
	} else {
		l.repeatLines = append(l.repeatLines, c.T("perceptron.repeat.noorigin"))
	}
	// Where no place is free (a phone's small plane), the callout gives
	// way to the points: the panel says the same.
	var free bool
	if l.repeat, l.repeatLines, l.repeatSize, free = s.placeBlock(c, "repeat", l.repeatLines, calloutSize, true); !free {
		l.repeatLines = l.repeatLines[:0]
	}
	ox, oy := s.plane.ToScreen(l.meet)
	at, px, pad := ui.PlaceTextFit(l.pl, sum, place.Around(ox, oy, c.Px(6)), c.Px(calloutSize), c.LegiblePx(), c.Px(3))
	l.sum = sizedLabel{at, px, pad}
}

// placeBlock places a block of lines (a caption or a callout) at the first
// of the plane's corners, and then places further down its sides, that
// covers no point, line or label placed so far, and records it. Lines are
// wrapped (never shrunk) to half the plane, or narrower when that finds
// no free place. It returns the box, the lines as they go in it and
// whether the box is free; a block with no free place goes where it
// covers least, unless it is optional: then it is not recorded, and the
// caller leaves it out.
func (s *Scene) placeBlock(c *ui.Context, name string, lines []string, size float64, optional bool) (place.Box, []string, float64, bool) {
	r := s.plane.Rect
	m, pad := c.Px(8), c.Px(6)
	var best place.Box
	var bestLines []string
	bestSize := size
	// At a large zoom a block may find no free place at its zoomed size:
	// it shrinks then, down to the legible minimum (TextMin before the
	// zoom), before it gives way or covers anything.
	least := math.Min(size, c.LegiblePx()/c.Scale)
	for sz := size; ; sz = math.Max(least, sz*0.88) {
		// The narrower widths are for a small plane (a phone), where a
		// third of it is less than a line of 300 units.
		for k, width := range []float64{math.Max(r.W*0.5, c.Px(460)), math.Max(r.W*0.34, c.Px(300)), r.W * 0.45, r.W * 0.3} {
			width = math.Min(r.W-2*m-2*pad, width)
			b, wrapped, free := s.blockAt(c, lines, sz, width)
			if k == 0 { // the fallback: the widest block at the smallest size
				best, bestLines, bestSize = b, wrapped, sz
			}
			if free {
				s.lab.pl.AddLabel(name, b)
				return b, wrapped, sz, true
			}
		}
		if sz <= least {
			break
		}
	}
	if !optional {
		s.lab.pl.AddLabel(name, best)
	}
	return best, bestLines, bestSize, false
}

// blockAt wraps lines to width at size and returns the first free place
// for them (or the least covering one, free false).
func (s *Scene) blockAt(c *ui.Context, lines []string, size, width float64) (place.Box, []string, bool) {
	px := c.Px(size)
	pad := c.Px(6)
	r := s.plane.Rect
	m := c.Px(8)
	var wrapped []string
	if len(lines) == 1 {
		wrapped = wrap(lines[0], px, width) // the kit's cached lines: no garbage
	} else {
		for _, t := range lines {
			wrapped = append(wrapped, wrap(t, px, width)...)
		}
	}
	w := 0.0
	for _, t := range wrapped {
		w = math.Max(w, measure(t, px))
	}
	w = math.Min(w+2*pad, r.W-2*m)
	h := float64(len(wrapped))*px*1.3 + pad
	cands := s.lab.cands[:0]
	left, right := r.X+m, r.Right()-m-w
	for k := 0; ; k++ {
		top := r.Y + m + float64(k)*(px*1.3)
		bottom := r.Bottom() - m - h - float64(k)*(px*1.3)
		if top+h > r.Bottom()-m || bottom < r.Y+m {
			break
		}
		cands = append(cands, place.BoxAt(left, top, w, h), place.BoxAt(right, top, w, h),
			place.BoxAt(left, bottom, w, h), place.BoxAt(right, bottom, w, h))
	}
	s.lab.cands = cands
	b, free := s.firstFree(cands)
	return b, wrapped, free
}

// measure is the width of one line of text at size px.
func measure(t string, px float64) float64 {
	w, _ := ui.MeasureText(t, px)
	return w
}

// firstFree returns the first candidate that covers no marker, no line and
// no label placed so far (free), or the one covering the fewest.
func (s *Scene) firstFree(cands []place.Box) (place.Box, bool) {
	pl := s.lab.pl
	best, bestN := place.Box{}, math.MaxInt
	for _, b := range cands {
		n := 0
		for _, m := range pl.Markers() {
			if b.Overlaps(m) {
				n++
			}
		}
		for _, q := range pl.Placed() {
			if b.Overlaps(q.Box) {
				n++
			}
		}
		for _, sg := range s.lab.segs {
			if sg.Crosses(b) {
				n++
			}
		}
		if n == 0 && pl.Clear(b) { // Clear: the fixed boxes (axis names) too
			return b, true
		}
		if n < bestN {
			best, bestN = b, n
		}
	}
	return best, false
}

// cycleSum writes the sum of the cycle's updates yᵢxᵢ in the notes'
// names: "x_{1} + x_{2}" (a point updated twice counts twice, "2x_{1}").
// With class ±1 it writes only the points of that class, as Σ xᵢ.
func cycleSum(idx []int, pts []engine.Point, class int) string {
	count := map[int]int{}
	var order []int
	for _, i := range idx {
		if class != 0 && pts[i].Y != class {
			continue
		}
		if count[i] == 0 {
			order = append(order, i)
		}
		count[i] += pts[i].Y
		if class != 0 {
			count[i] = max(count[i], -count[i])
		}
	}
	if len(order) > 6 {
		if class != 0 {
			return "Σ x_{i}"
		}
		return "Σ y_{i}x_{i}"
	}
	var b strings.Builder
	for _, i := range order {
		k := count[i]
		if k == 0 {
			continue
		}
		switch {
		case b.Len() == 0 && k < 0:
			b.WriteString("−")
		case b.Len() > 0 && k < 0:
			b.WriteString(" − ")
		case b.Len() > 0:
			b.WriteString(" + ")
		}
		if a := max(k, -k); a != 1 {
			fmt.Fprintf(&b, "%d", a)
		}
		fmt.Fprintf(&b, "x_{%d}", i+1)
	}
	if b.Len() == 0 {
		return "0"
	}
	return b.String()
}

// hullOf returns the convex hull of pts in counter-clockwise order
// (Andrew's monotone chain); fewer than three distinct points give the
// points themselves, in order.
func hullOf(pts [][2]float64) [][2]float64 {
	ps := append([][2]float64(nil), pts...)
	// Sort by x, then y (few points: insertion sort).
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && (ps[j][0] < ps[j-1][0] || ps[j][0] == ps[j-1][0] && ps[j][1] < ps[j-1][1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	uniq := ps[:0]
	for i, p := range ps {
		if i == 0 || p != ps[i-1] {
			uniq = append(uniq, p)
		}
	}
	ps = uniq
	if len(ps) < 3 {
		return ps
	}
	cross := func(o, a, b [2]float64) float64 {
		return (a[0]-o[0])*(b[1]-o[1]) - (a[1]-o[1])*(b[0]-o[0])
	}
	var h [][2]float64
	for _, p := range ps {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	lo := len(h) + 1
	for i := len(ps) - 2; i >= 0; i-- {
		p := ps[i]
		for len(h) >= lo && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	return h[:len(h)-1]
}

// isLectureRun reports whether the scene shows the notes' points without a
// bias, where the panel can name x₁ and x₂.
func (s *Scene) isLectureRun() bool {
	return !s.run.Bias() && model.IsLecture(s.run.Data.Points())
}
