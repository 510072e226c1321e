package place

import "math"

// Direction is where a label sits relative to its anchor.
type Direction uint8

// The directions in the placer's order of preference: beside the anchor
// first (text reads on from a point), then above, left, below, then the
// diagonals.
const (
	Right Direction = iota
	Above
	Left
	Below
	AboveRight
	AboveLeft
	BelowRight
	BelowLeft
	numDirections
)

// Default settings of a Placer; a scene may change the fields after New.
const (
	DefaultGap   = 4 // px between an anchor and its label in the near ring
	DefaultPad   = 2 // px kept clear around every obstacle
	DefaultRings = 4 // farther rings tried after the near one
)

// Placed is one label's place in the frame.
type Placed struct {
	Text string
	Box  Box
	Dir  Direction
	// Ring is 0 for a label next to its anchor, k > 0 for one moved out to
	// the k-th farther ring; such a label has a Leader back to its anchor.
	Ring      int
	Leader    Seg
	HasLeader bool
	// Free is false when no candidate was free of obstacles and inside
	// the bounds: the label then sits where it covers the fewest
	// obstacles, shifted inside the bounds.
	Free bool
}

// Placer places a frame's labels where they cover no point marker, no
// line, no other label, and stay inside the bounds. Collect the frame's
// obstacles, then place the labels one by one (each placed label becomes
// an obstacle for the next); Reset starts the next frame and reuses the
// memory, so a frame allocates nothing once the slices have grown.
type Placer struct {
	// Bounds is the area every label must stay inside (the plane or the
	// panel); an empty box (the zero Box) means no bound.
	Bounds Box
	// Gap is the distance from an anchor to its label in the near ring;
	// each farther ring is the label's width (beside) or height (above
	// and below) plus Gap further out.
	Gap float64
	// Pad is the clearance kept around every obstacle.
	Pad float64
	// Rings is how many farther rings are tried after the near one (at
	// most 32).
	Rings int
	// LeadersClear keeps leaders off the point markers and obstacle
	// boxes too, not only off other labels (a graph whose nodes a leader
	// must not cross).
	LeadersClear bool

	// Side, when set, keeps every label's centre in a half-plane: a label
	// that names a side of a line ("a < 0") stays on that side, whatever
	// its size, and has no leader (it names the side, wherever it sits).
	// A label with no place there is not placed (Place and its kin return
	// it with an empty box and record nothing).
	Side HalfPlane

	markers []Box // point markers: obstacles that the layout report lists
	boxes   []Box // other obstacle boxes (buttons, node boxes, fixed panels)
	segs    []Seg // lines: the hyperplane, curves, axes, leaders
	segBox  []Box // each segment's bounding box, for a quick rejection
	placed  []Placed
}

// HalfPlane is the open half-plane A·x + B·y + C > 0 (screen
// coordinates); the zero HalfPlane (Set false) is the whole plane.
type HalfPlane struct {
	A, B, C float64
	Set     bool
}

// Contains reports whether q lies in h.
func (h HalfPlane) Contains(q Point) bool { return !h.Set || h.A*q.X+h.B*q.Y+h.C > 0 }

// New returns a placer for labels inside bounds with the default settings.
func New(bounds Box) *Placer {
	return &Placer{Bounds: bounds, Gap: DefaultGap, Pad: DefaultPad, Rings: DefaultRings}
}

// Reset forgets the frame's obstacles and labels and sets new bounds,
// keeping the memory for the next frame.
func (p *Placer) Reset(bounds Box) {
	p.Bounds = bounds
	p.markers, p.boxes = p.markers[:0], p.boxes[:0]
	p.segs, p.segBox = p.segs[:0], p.segBox[:0]
	p.placed = p.placed[:0]
	p.Side = HalfPlane{}
}

// AddMarker adds a point marker of radius r centred on (x, y). It counts
// as its bounding square, as the layout report does.
func (p *Placer) AddMarker(x, y, r float64) { p.AddMarkerBox(Around(x, y, r)) }

// AddMarkerBox adds a point marker (or a graph's node) by its box.
func (p *Placer) AddMarkerBox(b Box) {
	if b.Valid() {
		p.markers = append(p.markers, b)
	}
}

// AddBox adds an obstacle that is not a data mark (a button, a legend, a
// fixed text block): labels avoid it, the layout report does not list it.
//
// Not inlined (bundle size): layout runs when text changes, and a call costs
// little beside the placing; a copy of its body at each call site grew the
// web bundle.
//
//go:noinline
func (p *Placer) AddBox(b Box) {
	if b.Valid() {
		p.boxes = append(p.boxes, b)
	}
}

// AddSegment adds the line segment from a to b as an obstacle.
func (p *Placer) AddSegment(a, b Point) {
	if !finite(a.X) || !finite(a.Y) || !finite(b.X) || !finite(b.Y) {
		return
	}
	s := Seg{a, b}
	p.segs = append(p.segs, s)
	p.segBox = append(p.segBox, s.bounds())
}

// AddPolyline adds the segments joining pts in order (a curve or a plot's
// trace) as obstacles.
func (p *Placer) AddPolyline(pts []Point) {
	for i := 1; i < len(pts); i++ {
		p.AddSegment(pts[i-1], pts[i])
	}
}

// AddLabel records a label whose box is fixed (an axis name, a title, a
// footnote): later labels avoid it and the layout report lists it.
//
// Not inlined (bundle size): layout runs when text changes, and a call costs
// little beside the placing; a copy of its body at each call site grew the
// web bundle.
//
//go:noinline
func (p *Placer) AddLabel(text string, b Box) {
	if b.Valid() {
		p.placed = append(p.placed, Placed{Text: text, Box: b, Free: true})
	}
}

// Placed returns the frame's labels in the order they were placed or
// added; the slice is valid until the next Reset.
func (p *Placer) Placed() []Placed { return p.placed }

// Markers returns the frame's point-marker boxes; valid until Reset.
func (p *Placer) Markers() []Box { return p.markers }

// candidate returns the box of a w×h label in direction d around the
// anchor box a (a point is a box of no size): in the near ring (ring 0) g
// from the anchor; each farther ring one label size plus g further out,
// so that rings do not overlap.
func candidate(a Box, d Direction, ring int, g, w, h float64) Box {
	k := float64(ring)
	gx, gy := g+k*(w+g), g+k*(h+g)                           // distance to a box beside / above
	dx, dy := g*math.Sqrt2/2+k*(w+g), g*math.Sqrt2/2+k*(h+g) // diagonals keep the corner distance g
	c := a.Center()
	var x, y float64
	switch d {
	case Right:
		x, y = a.X1+gx, c.Y-h/2
	case Above:
		x, y = c.X-w/2, a.Y0-gy-h
	case Left:
		x, y = a.X0-gx-w, c.Y-h/2
	case Below:
		x, y = c.X-w/2, a.Y1+gy
	case AboveRight:
		x, y = a.X1+dx, a.Y0-dy-h
	case AboveLeft:
		x, y = a.X0-dx-w, a.Y0-dy-h
	case BelowRight:
		x, y = a.X1+dx, a.Y1+dy
	default: // BelowLeft
		x, y = a.X0-dx-w, a.Y1+dy
	}
	return BoxAt(x, y, w, h)
}

// candidateAt is the w×h candidate in direction d of ring around the
// anchor box a, with a leader back to a from a farther ring; false when it
// is outside the bounds.
func (p *Placer) candidateAt(text string, a Box, d Direction, ring int, w, h float64) (Placed, bool) {
	b := candidate(a, d, ring, p.Gap, w, h)
	if !p.bounded(b) || !p.Side.Contains(b.Center()) {
		return Placed{}, false
	}
	pl := Placed{Text: text, Box: b, Dir: d, Ring: ring}
	if ring > 0 && !p.Side.Set { // a label kept in a half-plane names it, not a point: no leader
		from := a.nearest(b.Center())
		pl.Leader, pl.HasLeader = Seg{from, b.nearest(from)}, true
	}
	return pl, true
}

// bounded reports whether b is inside the placer's bounds (always, when
// there are none).
func (p *Placer) bounded(b Box) bool {
	if p.Bounds.W() <= 0 || p.Bounds.H() <= 0 {
		return true
	}
	return b.Inside(p.Bounds)
}

// conflicts counts the obstacles b would cover, stopping at limit.
func (p *Placer) conflicts(b Box, limit int) int {
	n := 0
	g := b.Grow(p.Pad)
	for _, m := range p.markers {
		if g.Overlaps(m) {
			if n++; n >= limit {
				return n
			}
		}
	}
	for _, m := range p.boxes {
		if g.Overlaps(m) {
			if n++; n >= limit {
				return n
			}
		}
	}
	for i := range p.placed {
		if g.Overlaps(p.placed[i].Box) {
			if n++; n >= limit {
				return n
			}
		}
	}
	for i, s := range p.segs {
		if g.Overlaps(p.segBox[i].Grow(1e-9)) && s.Crosses(g) {
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// cost scores a box that covers something, for the fallback when no
// candidate is free: covering a point or a label costs far more than
// crossing a line, so a label that must cover something crosses a line.
func (p *Placer) cost(b Box) int {
	n := 0
	g := b.Grow(p.Pad)
	for _, m := range p.markers {
		if g.Overlaps(m) {
			n += 1000
		}
	}
	for _, m := range p.boxes {
		if g.Overlaps(m) {
			n += 1000
		}
	}
	for i := range p.placed {
		if g.Overlaps(p.placed[i].Box) {
			n += 1000
		}
	}
	for i, s := range p.segs {
		if g.Overlaps(p.segBox[i].Grow(1e-9)) && s.Crosses(g) {
			n++
		}
	}
	return n
}

// leaderCrossesLabel reports whether pl's leader would run through a label
// already placed (or, with LeadersClear, a marker or an obstacle box).
func (p *Placer) leaderCrossesLabel(pl Placed) bool {
	if !pl.HasLeader {
		return false
	}
	for i := range p.placed {
		if pl.Leader.Crosses(p.placed[i].Box) {
			return true
		}
	}
	if p.LeadersClear {
		for _, b := range p.markers {
			if pl.Leader.Crosses(b) {
				return true
			}
		}
		for _, b := range p.boxes {
			if pl.Leader.Crosses(b) {
				return true
			}
		}
	}
	return false
}

// fallback keeps the least bad candidate seen while every one was taken.
type fallback struct {
	ok    bool
	score int
	pl    Placed
}

func (f *fallback) offer(score int, pl Placed) {
	if !f.ok || score < f.score {
		f.ok, f.score, f.pl = true, score, pl
	}
}

// Place places a w×h label for the anchor point a: the first candidate,
// in the order of preference around a (Right, Above, Left, Below, the
// diagonals), first in the near ring and then in farther rings, that is
// inside the bounds and covers no obstacle. A label in a farther ring gets
// a leader from its anchor to its box, and the leader becomes an obstacle
// for later labels. The placed label is recorded and returned. A label
// with a non-finite anchor or size is returned with Free false and is not
// recorded.
func (p *Placer) Place(text string, a Point, w, h float64) Placed {
	return p.PlaceNear(text, Box{a.X, a.Y, a.X, a.Y}, w, h)
}

// PlaceNear is Place for an anchor that has a size (a point's marker, a
// graph's node): the candidates are Gap from the anchor's box, and a
// leader starts at the anchor box's point nearest to the label. A point
// marker added with AddMarker is an obstacle too, so its own label goes
// around it instead of over it.
func (p *Placer) PlaceNear(text string, a Box, w, h float64) Placed {
	if !a.Valid() || !finite(w) || !finite(h) || w < 0 || h < 0 {
		return Placed{Text: text}
	}
	// The first free candidate; only when there is none does the
	// fallback count what each one covers.
	if pl, ok := p.TryNear(text, a, w, h); ok {
		return pl
	}
	rings := min(max(p.Rings, 0), maxRings)
	var worst fallback
	for ring := 0; ring <= rings; ring++ {
		for d := Direction(0); d < numDirections; d++ {
			if pl, ok := p.candidateAt(text, a, d, ring, w, h); ok {
				worst.offer(p.cost(pl.Box), pl)
			}
		}
	}
	if !worst.ok { // nothing inside the bounds: the near Right box, shifted in
		b := p.shiftInside(candidate(a, Right, 0, p.Gap, w, h))
		if !p.Side.Contains(b.Center()) {
			return Placed{Text: text} // no room on its side: left out
		}
		worst.pl = Placed{Text: text, Box: b, Dir: Right}
	}
	return p.record(worst.pl)
}

// TryNear is PlaceNear without the fallback: it records and returns the
// first free candidate, or records nothing and returns false when none is
// free (so that the caller may try a smaller label).
func (p *Placer) TryNear(text string, a Box, w, h float64) (Placed, bool) {
	if !a.Valid() || !finite(w) || !finite(h) || w < 0 || h < 0 {
		return Placed{Text: text}, false
	}
	rings := min(max(p.Rings, 0), maxRings)
	for ring := 0; ring <= rings; ring++ {
		for d := Direction(0); d < numDirections; d++ {
			pl, ok := p.candidateAt(text, a, d, ring, w, h)
			if ok && p.conflicts(pl.Box, 1) == 0 && !p.leaderCrossesLabel(pl) {
				pl.Free = true
				return p.record(pl), true
			}
		}
	}
	return Placed{Text: text}, false
}

// TryOnLine is PlaceOnLine without the fallback: when no place beside the
// line is free it records nothing and returns false.
func (p *Placer) TryOnLine(text string, pts []Point, t, w, h float64) (Placed, bool) {
	n := len(p.placed)
	pl := p.PlaceOnLine(text, pts, t, w, h)
	if pl.Free {
		return pl, true
	}
	if len(p.placed) > n { // forget the fallback PlaceOnLine recorded
		p.placed = p.placed[:n]
	}
	return Placed{Text: text}, false
}

// PlaceOnLine places a w×h label that must stay beside the polyline pts
// (a hyperplane's name stays on the hyperplane): it tries anchors along
// the line from the fraction t of its length (0 the first point, 1 the
// last) outwards in both directions, one label height plus Gap apart, and
// at each anchor the near-ring directions in order. Add the line itself
// as an obstacle first, so that the label does not cover it. No leader is
// drawn; if no place is free, the least covering one is returned with Free
// false.
func (p *Placer) PlaceOnLine(text string, pts []Point, t, w, h float64) Placed {
	total := 0.0
	for i := 1; i < len(pts); i++ {
		total += Seg{pts[i-1], pts[i]}.Len()
	}
	if len(pts) == 0 || !finite(total) || !finite(t) || !finite(w) || !finite(h) || w < 0 || h < 0 {
		return Placed{Text: text}
	}
	t = math.Max(0, math.Min(1, t))
	step := math.Max(h+p.Gap, 1)
	var worst fallback
	for k := 0; k < maxSlides; k++ {
		// k = 0, 1, 2, … visits t, t+δ, t−δ, t+2δ, t−2δ, …
		off := float64((k+1)/2) * step
		if k%2 == 0 {
			off = -off
		}
		s := t*total + off
		if off != 0 && (s < 0 || s > total) {
			if float64((k+1)/2)*step > total { // both ends passed
				break
			}
			continue
		}
		a := pointAlong(pts, s)
		for d := Direction(0); d < numDirections; d++ {
			b := candidate(Box{a.X, a.Y, a.X, a.Y}, d, 0, p.Gap, w, h)
			if !p.bounded(b) || !p.Side.Contains(b.Center()) {
				continue
			}
			pl := Placed{Text: text, Box: b, Dir: d}
			if p.conflicts(b, 1) == 0 {
				pl.Free = true
				return p.record(pl)
			}
			worst.offer(p.cost(b), pl)
		}
	}
	if !worst.ok {
		q := pointAlong(pts, t*total)
		b := p.shiftInside(candidate(Box{q.X, q.Y, q.X, q.Y}, Right, 0, p.Gap, w, h))
		if !p.Side.Contains(b.Center()) {
			return Placed{Text: text} // no room on its side: left out
		}
		worst.pl = Placed{Text: text, Box: b}
	}
	return p.record(worst.pl)
}

// maxRings bounds the farther rings a label may try.
const maxRings = 32

// maxSlides bounds the anchors PlaceOnLine tries on a very long line.
const maxSlides = 512

// pointAlong returns the point at arc length s along pts.
func pointAlong(pts []Point, s float64) Point {
	for i := 1; i < len(pts); i++ {
		l := Seg{pts[i-1], pts[i]}.Len()
		if s <= l && l > 0 {
			f := s / l
			return Point{pts[i-1].X + f*(pts[i].X-pts[i-1].X), pts[i-1].Y + f*(pts[i].Y-pts[i-1].Y)}
		}
		s -= l
	}
	return pts[len(pts)-1]
}

// shiftInside moves b into the bounds as far as it fits (its top-left
// corner stays inside when it is larger than the bounds).
func (p *Placer) shiftInside(b Box) Box {
	if p.Bounds.W() <= 0 || p.Bounds.H() <= 0 {
		return b
	}
	w, h := b.W(), b.H()
	x := math.Max(p.Bounds.X0, math.Min(b.X0, p.Bounds.X1-w))
	y := math.Max(p.Bounds.Y0, math.Min(b.Y0, p.Bounds.Y1-h))
	return BoxAt(x, y, w, h)
}

// record keeps pl as an obstacle for later labels (its leader too) and
// returns it.
//
// Not inlined (bundle size): layout runs when text changes, and a call costs
// little beside the placing; a copy of its body at each call site grew the
// web bundle.
//
//go:noinline
func (p *Placer) record(pl Placed) Placed {
	p.placed = append(p.placed, pl)
	if pl.HasLeader {
		p.AddSegment(pl.Leader.A, pl.Leader.B)
	}
	return pl
}

// Clear reports whether a label box b would be inside the bounds and
// cover no obstacle.
func (p *Placer) Clear(b Box) bool {
	return b.Valid() && p.bounded(b) && p.conflicts(b, 1) == 0
}

// Occupied reports whether b overlaps a marker, a fixed box or a placed
// label of p (its lines and bounds aside): what a label that gives way to
// p's, such as a grid's tick number, must keep clear of.
func (p *Placer) Occupied(b Box) bool {
	for _, m := range p.markers {
		if b.Overlaps(m) {
			return true
		}
	}
	for _, m := range p.boxes {
		if b.Overlaps(m) {
			return true
		}
	}
	for i := range p.placed {
		if b.Overlaps(p.placed[i].Box) {
			return true
		}
	}
	return false
}

// Prefer keeps a label at its usual box b when that box is clear (a
// layout the reader knows stays put), and otherwise places it as
// PlaceNear does around the anchor a.
func (p *Placer) Prefer(text string, b, a Box) Placed {
	if p.Clear(b) {
		return p.record(Placed{Text: text, Box: b, Free: true})
	}
	return p.PlaceNear(text, a, b.W(), b.H())
}

// PreferOnLines is Prefer for a label drawn on a plate over the lines
// it names (an edge's formula on its edge): its usual box b, and the
// candidates around a after it, may cross lines, but not a point, a fixed
// box or another label.
func (p *Placer) PreferOnLines(text string, b, a Box) Placed {
	if pl, ok := p.TryOnLines(text, b, a); ok {
		return pl
	}
	return p.PlaceNear(text, a, b.W(), b.H())
}

// TryOnLines is PreferOnLines without the last resort: when neither b nor
// any candidate around a is clear of points and labels, it records
// nothing and returns false, for a label that may be left out (one that
// repeats what a panel says).
func (p *Placer) TryOnLines(text string, b, a Box) (Placed, bool) {
	if b.Valid() && p.bounded(b) && p.cost(b) < 1000 {
		return p.record(Placed{Text: text, Box: b, Free: true}), true
	}
	w, h := b.W(), b.H()
	if a.Valid() && finite(w) && finite(h) && w >= 0 && h >= 0 {
		rings := min(max(p.Rings, 0), maxRings)
		for ring := 0; ring <= rings; ring++ {
			for d := Direction(0); d < numDirections; d++ {
				pl, ok := p.candidateAt(text, a, d, ring, w, h)
				if ok && p.cost(pl.Box) < 1000 && !p.leaderCrossesLabel(pl) {
					pl.Free = true
					return p.record(pl), true
				}
			}
		}
	}
	return Placed{Text: text}, false
}
