package place

import (
	"math"
	"math/rand/v2"
	"testing"
)

// scene is a random frame: obstacles and the labels to place.
type scene struct {
	bounds  Box
	markers []Box
	boxes   []Box
	segs    []Seg
	labels  []want
}

type want struct {
	text    string
	anchor  Point
	w, h    float64
	onLine  []Point // non-nil: PlaceOnLine along these points
	lineAtT float64
	near    bool // PlaceNear around the marker box nearBox
	nearBox Box
}

// anchorBox is the label's anchor as a box (a point is a box of no size).
func (l want) anchorBox() Box {
	if l.near {
		return l.nearBox
	}
	return Box{l.anchor.X, l.anchor.Y, l.anchor.X, l.anchor.Y}
}

func randomScene(rng *rand.Rand) scene {
	s := scene{bounds: Box{20, 30, 20 + 400 + rng.Float64()*600, 30 + 300 + rng.Float64()*400}}
	rx := func() float64 { return s.bounds.X0 + rng.Float64()*s.bounds.W() }
	ry := func() float64 { return s.bounds.Y0 + rng.Float64()*s.bounds.H() }
	for range rng.IntN(120) {
		s.markers = append(s.markers, Around(rx(), ry(), 3+rng.Float64()*5))
	}
	for range rng.IntN(4) {
		x, y := rx(), ry()
		s.boxes = append(s.boxes, BoxAt(x, y, 10+rng.Float64()*60, 10+rng.Float64()*30))
	}
	for range rng.IntN(12) {
		s.segs = append(s.segs, Seg{Point{rx(), ry()}, Point{rx(), ry()}})
	}
	for i := range 1 + rng.IntN(30) {
		l := want{text: string(rune('a' + i%26)), anchor: Point{rx(), ry()}, w: 10 + rng.Float64()*90, h: 12 + rng.Float64()*12}
		if len(s.markers) > 0 && rng.IntN(2) == 0 {
			l.near, l.nearBox = true, s.markers[rng.IntN(len(s.markers))]
		} else if rng.IntN(6) == 0 {
			l.onLine = []Point{{rx(), ry()}, {rx(), ry()}, {rx(), ry()}}
			l.lineAtT = rng.Float64()
		}
		s.labels = append(s.labels, l)
	}
	return s
}

func (s scene) run(p *Placer) []Placed {
	p.Reset(s.bounds)
	for _, m := range s.markers {
		p.AddMarkerBox(m)
	}
	for _, b := range s.boxes {
		p.AddBox(b)
	}
	for _, g := range s.segs {
		p.AddSegment(g.A, g.B)
	}
	out := make([]Placed, 0, len(s.labels))
	for _, l := range s.labels {
		if l.onLine != nil {
			p.AddPolyline(l.onLine)
			out = append(out, p.PlaceOnLine(l.text, l.onLine, l.lineAtT, l.w, l.h))
		} else if l.near {
			out = append(out, p.PlaceNear(l.text, l.nearBox, l.w, l.h))
		} else {
			out = append(out, p.Place(l.text, l.anchor, l.w, l.h))
		}
	}
	return out
}

// segHitsOpenBox is an independent test of a segment against a box's
// interior by separating axes: the x and y axes and the segment's normal.
func segHitsOpenBox(s Seg, b Box) bool {
	if math.Max(s.A.X, s.B.X) <= b.X0 || math.Min(s.A.X, s.B.X) >= b.X1 ||
		math.Max(s.A.Y, s.B.Y) <= b.Y0 || math.Min(s.A.Y, s.B.Y) >= b.Y1 {
		return false
	}
	nx, ny := s.A.Y-s.B.Y, s.B.X-s.A.X
	if nx == 0 && ny == 0 {
		return true // a point strictly inside on both axes
	}
	pos, neg := false, false
	for _, c := range [4]Point{{b.X0, b.Y0}, {b.X1, b.Y0}, {b.X0, b.Y1}, {b.X1, b.Y1}} {
		d := nx*(c.X-s.A.X) + ny*(c.Y-s.A.Y)
		pos = pos || d > 1e-9
		neg = neg || d < -1e-9
	}
	return pos && neg
}

// covered lists what box b, grown by pad, covers among the frame's
// obstacles and the labels placed before it.
func covered(b Box, pad float64, s scene, before []Placed, lines [][]Point) []string {
	g := b.Grow(pad)
	var out []string
	for _, m := range s.markers {
		if g.Overlaps(m) {
			out = append(out, "marker")
		}
	}
	for _, o := range s.boxes {
		if g.Overlaps(o) {
			out = append(out, "box")
		}
	}
	for _, q := range before {
		if g.Overlaps(q.Box) {
			out = append(out, "label "+q.Text)
		}
		if q.HasLeader && segHitsOpenBox(q.Leader, g) {
			out = append(out, "leader of "+q.Text)
		}
	}
	for _, sg := range s.segs {
		if segHitsOpenBox(sg, g) {
			out = append(out, "segment")
		}
	}
	for _, l := range lines {
		for i := 1; i < len(l); i++ {
			if segHitsOpenBox(Seg{l[i-1], l[i]}, g) {
				out = append(out, "line")
			}
		}
	}
	return out
}

// TestPlacedLabelsCoverNothing places labels in many random frames and
// checks every result against an independent geometry: a label reported
// free covers no marker, box, line, leader or earlier label and stays in
// bounds; a label not free had no free candidate; a leader is there
// exactly when the label left the near ring, and runs from the anchor to
// the box.
func TestPlacedLabelsCoverNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 3))
	p := New(Box{})
	free, moved, blocked := 0, 0, 0
	for trial := range 400 {
		s := randomScene(rng)
		got := s.run(p)
		var lines [][]Point
		for i, pl := range got {
			l := s.labels[i]
			if l.onLine != nil {
				lines = append(lines, l.onLine)
			}
			if !pl.Box.Inside(s.bounds) {
				t.Fatalf("trial %d: label %d %v outside the bounds %v", trial, i, pl.Box, s.bounds)
			}
			if math.Abs(pl.Box.W()-l.w) > 1e-9 || math.Abs(pl.Box.H()-l.h) > 1e-9 {
				t.Fatalf("trial %d: label %d is %v×%v, asked %v×%v", trial, i, pl.Box.W(), pl.Box.H(), l.w, l.h)
			}
			if pl.HasLeader != (pl.Ring > 0) {
				t.Fatalf("trial %d: label %d in ring %d has leader %v", trial, i, pl.Ring, pl.HasLeader)
			}
			if pl.HasLeader {
				moved++
				if d := distToBox(pl.Leader.A, l.anchorBox()); d > 1e-9 {
					t.Fatalf("trial %d: leader of %d starts %v away from its anchor", trial, i, d)
				}
				if d := distToBox(pl.Leader.B, pl.Box); d > 1e-9 {
					t.Fatalf("trial %d: leader of %d ends %v away from its box", trial, i, d)
				}
			} else if l.onLine == nil && pl.Free {
				// The near ring: the box is Gap from the anchor.
				if d := boxGap(l.anchorBox(), pl.Box); math.Abs(d-p.Gap) > 1e-9 {
					t.Fatalf("trial %d: near label %d is %v from its anchor, want %v", trial, i, d, p.Gap)
				}
			}
			if l.onLine != nil && pl.Free {
				if d, tol := distToLine(pl.Box, l.onLine); d > p.Gap+tol {
					t.Fatalf("trial %d: line label %d is %v from its line, want at most %v", trial, i, d, p.Gap)
				}
			}
			c := covered(pl.Box, p.Pad, s, got[:i], lines)
			if pl.Free {
				free++
				if len(c) > 0 {
					t.Fatalf("trial %d: label %d %q %v reported free covers %v", trial, i, pl.Text, pl.Box, c)
				}
				continue
			}
			blocked++
			// Not free: every candidate the placer may use was taken.
			if l.onLine == nil {
				for ring := 0; ring <= p.Rings; ring++ {
					for d := Direction(0); d < numDirections; d++ {
						a := l.anchorBox()
						b := candidate(a, d, ring, p.Gap, l.w, l.h)
						from := a.nearest(b.Center())
						if b.Inside(s.bounds) && len(covered(b, p.Pad, s, got[:i], lines)) == 0 &&
							(ring == 0 || !leaderThrough(Seg{from, b.nearest(from)}, got[:i])) {
							t.Fatalf("trial %d: label %d not free but ring %d %v is free", trial, i, ring, b)
						}
					}
				}
			}
		}
	}
	if free == 0 || moved == 0 || blocked == 0 {
		t.Fatalf("the random frames do not exercise every case: %d free, %d moved, %d blocked", free, moved, blocked)
	}
}

func leaderThrough(s Seg, labels []Placed) bool {
	for _, q := range labels {
		if segHitsOpenBox(s, q.Box) {
			return true
		}
	}
	return false
}

// distToLine returns the distance from b to the polyline pts, sampled,
// and the sampling's tolerance.
func distToLine(b Box, pts []Point) (d, tol float64) {
	d = math.Inf(1)
	const n = 2000
	for i := 1; i < len(pts); i++ {
		s := Seg{pts[i-1], pts[i]}
		tol = math.Max(tol, s.Len()/n)
		for k := 0; k <= n; k++ {
			f := float64(k) / n
			q := Point{s.A.X + f*(s.B.X-s.A.X), s.A.Y + f*(s.B.Y-s.A.Y)}
			d = math.Min(d, distToBox(q, b))
		}
	}
	return d, tol + 1e-9
}

// boxGap is the distance between two boxes (0 when they meet).
func boxGap(a, b Box) float64 {
	dx := math.Max(0, math.Max(a.X0-b.X1, b.X0-a.X1))
	dy := math.Max(0, math.Max(a.Y0-b.Y1, b.Y0-a.Y1))
	return math.Hypot(dx, dy)
}

func distToBox(p Point, b Box) float64 {
	dx := math.Max(0, math.Max(b.X0-p.X, p.X-b.X1))
	dy := math.Max(0, math.Max(b.Y0-p.Y, p.Y-b.Y1))
	return math.Hypot(dx, dy)
}

// TestSameInputSameLayout places the same frames with a fresh placer and
// with one reused across frames, and requires identical layouts.
func TestSameInputSameLayout(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	reused := New(Box{})
	for trial := range 100 {
		s := randomScene(rng)
		a := s.run(New(Box{}))
		b := s.run(reused)
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("trial %d label %d: %+v then %+v", trial, i, a[i], b[i])
			}
		}
		if rp := reused.Placed(); len(rp) != len(a) {
			t.Fatalf("trial %d: the placer recorded %d labels, placed %d", trial, len(rp), len(a))
		}
	}
}

// TestPreferenceOrder blocks the candidates one by one and checks that the
// next in the order of preference is taken.
func TestPreferenceOrder(t *testing.T) {
	const w, h = 40, 16
	a := Point{500, 400}
	// block puts a small marker in the near candidate in direction d, at
	// the middle of its far edge (beside, above, below) or its far corner
	// (diagonals), where no other near candidate reaches.
	block := func(p *Placer, d Direction) {
		b := candidate(Box{a.X, a.Y, a.X, a.Y}, d, 0, p.Gap, w, h)
		c := b.Center()
		switch d {
		case Right:
			c.X = b.X1 - 3
		case Left:
			c.X = b.X0 + 3
		case Above:
			c.Y = b.Y0 + 3
		case Below:
			c.Y = b.Y1 - 3
		case AboveRight:
			c = Point{b.X1 - 3, b.Y0 + 3}
		case AboveLeft:
			c = Point{b.X0 + 3, b.Y0 + 3}
		case BelowRight:
			c = Point{b.X1 - 3, b.Y1 - 3}
		case BelowLeft:
			c = Point{b.X0 + 3, b.Y1 - 3}
		}
		p.AddMarker(c.X, c.Y, 0.5)
	}
	order := []Direction{Right, Above, Left, Below, AboveRight, AboveLeft, BelowRight, BelowLeft}
	for n := range order {
		p := New(Box{0, 0, 1000, 800})
		for _, d := range order[:n] {
			block(p, d)
		}
		got := p.Place("x", a, w, h)
		if got.Dir != order[n] || got.Ring != 0 || !got.Free || got.HasLeader {
			t.Errorf("%d blocked: got %+v, want %v in the near ring", n, got, order[n])
		}
	}
	// All of the near ring blocked: the first farther candidate, with a leader.
	p := New(Box{0, 0, 1000, 800})
	for _, d := range order {
		block(p, d)
	}
	got := p.Place("x", a, w, h)
	if got.Dir != Right || got.Ring != 1 || !got.HasLeader || !got.Free {
		t.Errorf("near ring full: got %+v, want Right in ring 1 with a leader", got)
	}
	tests := []struct {
		name   string
		anchor Point
		want   Direction
	}{
		{"room everywhere", Point{500, 400}, Right},
		{"at the left edge", Point{5, 400}, Right},
		{"at the right edge", Point{990, 400}, Left},
		{"at the bottom edge", Point{500, 795}, Above},
		{"at the top edge", Point{500, 5}, Below},
		{"at the top right corner", Point{990, 5}, BelowLeft},
		{"at the bottom left corner", Point{5, 795}, AboveRight},
	}
	for _, tc := range tests {
		p := New(Box{0, 0, 1000, 800})
		got := p.Place("x", tc.anchor, w, h)
		if got.Dir != tc.want || !got.Free {
			t.Errorf("%s: got %v (free %v), want %v", tc.name, got.Dir, got.Free, tc.want)
		}
	}
}

// TestPlaceOnLineSlides blocks the place a line's name wants and checks
// that the name slides along the line to the nearest free place, beside
// the line and not across it.
func TestPlaceOnLineSlides(t *testing.T) {
	line := []Point{{100, 300}, {700, 300}} // horizontal, 600 px
	p := New(Box{0, 0, 800, 600})
	p.AddPolyline(line)
	got := p.PlaceOnLine("w·x + b = 0", line, 0.5, 60, 16)
	if !got.Free || got.HasLeader {
		t.Fatalf("free line: got %+v", got)
	}
	if d := distToBox(Point{400, 300}, got.Box); math.Abs(d-p.Gap) > 1e-9 {
		t.Errorf("free line: the name is %v from the middle of the line, want %v", d, p.Gap)
	}
	// A wall of markers above and below the middle third of the line.
	p.Reset(Box{0, 0, 800, 600})
	p.AddPolyline(line)
	for x := 300.0; x <= 500; x += 8 {
		p.AddMarker(x, 285, 8)
		p.AddMarker(x, 315, 8)
	}
	got = p.PlaceOnLine("w·x + b = 0", line, 0.5, 60, 16)
	if !got.Free || got.HasLeader {
		t.Fatalf("blocked middle: got %+v", got)
	}
	if got.Box.Y1 > 300 && got.Box.Y0 < 300 {
		t.Errorf("the name %v lies across its line", got.Box)
	}
	c := got.Box.Center()
	if c.X > 300 && c.X < 500 {
		t.Errorf("the name %v did not slide off the blocked middle", got.Box)
	}
	if dx := math.Min(math.Abs(c.X-300), math.Abs(c.X-500)); dx > 100 {
		t.Errorf("the name slid to %v, far past the free place next to the wall", c)
	}
}

// TestBadInput: non-finite numbers neither panic nor enter the layout.
func TestBadInput(t *testing.T) {
	p := New(Box{0, 0, 100, 100})
	nan, inf := math.NaN(), math.Inf(1)
	p.AddMarker(nan, 3, 2)
	p.AddSegment(Point{0, 0}, Point{inf, 3})
	p.AddBox(Box{5, 5, 1, 1}) // inverted
	p.AddLabel("bad", Box{nan, 0, 1, 1})
	if len(p.markers)+len(p.segs)+len(p.boxes)+len(p.placed) != 0 {
		t.Fatalf("invalid obstacles were kept: %+v", p)
	}
	for _, pl := range []Placed{
		p.Place("nan anchor", Point{nan, 1}, 10, 10),
		p.Place("inf size", Point{1, 1}, inf, 10),
		p.Place("negative", Point{1, 1}, -1, 10),
		p.PlaceOnLine("no line", nil, 0.5, 10, 10),
		p.PlaceOnLine("nan t", []Point{{0, 0}, {1, 1}}, nan, 10, 10),
	} {
		if pl.Free {
			t.Errorf("%s: placed as free", pl.Text)
		}
	}
	if len(p.placed) != 0 {
		t.Errorf("invalid labels were recorded: %+v", p.placed)
	}
	// Larger than the bounds: kept at the bounds' corner, not free.
	big := p.Place("big", Point{50, 50}, 300, 10)
	if big.Free || big.Box.X0 != 0 {
		t.Errorf("a label wider than the bounds: %+v", big)
	}
	// Huge coordinates and a zero-size label on a degenerate line end.
	p.Reset(Box{})
	p.Place("far", Point{1e300, -1e300}, 1e300, 1)
	p.PlaceOnLine("dot", []Point{{1, 1}}, 0, 0, 0)
	p.PlaceOnLine("long", []Point{{0, 0}, {1e300, 0}}, 0.5, 10, 10)
}

// TestNoAllocationAfterWarmUp: a frame reuses the placer's memory.
func TestNoAllocationAfterWarmUp(t *testing.T) {
	s := randomScene(rand.New(rand.NewPCG(1, 2)))
	p := New(Box{})
	out := make([]Placed, 0, 64)
	frame := func() {
		out = out[:0]
		p.Reset(s.bounds)
		for _, m := range s.markers {
			p.AddMarkerBox(m)
		}
		for _, g := range s.segs {
			p.AddSegment(g.A, g.B)
		}
		for _, l := range s.labels {
			out = append(out, p.Place(l.text, l.anchor, l.w, l.h))
		}
	}
	frame()
	if n := testing.AllocsPerRun(20, frame); n != 0 {
		t.Errorf("%v allocations per frame after warm-up", n)
	}
}

// BenchmarkFrame places 40 labels among 200 markers, 100 line segments
// (a curve) and each other.
func BenchmarkFrame(b *testing.B) {
	rng := rand.New(rand.NewPCG(42, 42))
	bounds := Box{0, 0, 1280, 720}
	var markers []Point
	for range 200 {
		markers = append(markers, Point{rng.Float64() * 1280, rng.Float64() * 720})
	}
	curve := make([]Point, 101)
	for i := range curve {
		x := float64(i) * 12.8
		curve[i] = Point{x, 360 + 200*math.Sin(x/100)}
	}
	type lab struct {
		a    Point
		w, h float64
	}
	var labels []lab
	for range 40 {
		labels = append(labels, lab{markers[rng.IntN(len(markers))], 30 + rng.Float64()*80, 20})
	}
	p := New(bounds)
	b.ReportAllocs()
	for b.Loop() {
		p.Reset(bounds)
		for _, m := range markers {
			p.AddMarker(m.X, m.Y, 6)
		}
		p.AddPolyline(curve)
		for _, l := range labels {
			p.Place("label", l.a, l.w, l.h)
		}
	}
}

// Prefer keeps a clear box where it is and moves one that covers a point.
func TestPreferKeepsAClearBoxAndMovesACoveringOne(t *testing.T) {
	p := New(Box{0, 0, 400, 300})
	p.AddMarker(200, 150, 8)
	keep := BoxAt(20, 20, 60, 20)
	if got := p.Prefer("a", keep, Around(50, 60, 5)); got.Box != keep || !got.Free {
		t.Errorf("a clear box moved: %+v, want %v", got, keep)
	}
	over := BoxAt(180, 140, 60, 20)
	got := p.Prefer("b", over, Around(200, 150, 8))
	if got.Box == over || got.Box.Overlaps(Around(200, 150, 8)) || got.Box.Overlaps(keep) || !got.Free {
		t.Errorf("a box over the point was not moved clear: %+v", got)
	}
}

// When no candidate is free, a label crosses a line rather than covering
// a point or another label.
func TestFallbackCrossesALineRatherThanAPoint(t *testing.T) {
	p := New(Box{0, 0, 100, 40})
	p.Rings = 0
	p.AddMarker(20, 20, 6)
	for x := 5.0; x < 100; x += 10 { // lines everywhere
		p.AddSegment(Point{x, 0}, Point{x, 40})
	}
	got := p.Place("L", Point{50, 20}, 30, 12)
	if got.Free {
		t.Fatalf("a free place among the lines: %+v", got)
	}
	if got.Box.Overlaps(Around(20, 20, 6)) {
		t.Errorf("the label %v covers the point rather than a line", got.Box)
	}
}

// TestTryRecordsOnlyAFreePlace: TryNear and TryOnLine record a label only
// where it covers nothing, and otherwise leave the placer as it was.
func TestTryRecordsOnlyAFreePlace(t *testing.T) {
	p := New(Box{0, 0, 100, 100})
	p.AddMarker(50, 50, 5)
	if pl, ok := p.TryNear("big", Around(50, 50, 5), 200, 20); ok || len(p.Placed()) != 0 || pl.Box != (Box{}) {
		t.Errorf("a label wider than the bounds: %+v, %v, %d recorded", pl, ok, len(p.Placed()))
	}
	pl, ok := p.TryNear("a", Around(50, 50, 5), 10, 10)
	if !ok || !pl.Free || len(p.Placed()) != 1 || pl.Box.Overlaps(Around(50, 50, 5)) {
		t.Errorf("a small label: %+v, %v, %d recorded", pl, ok, len(p.Placed()))
	}
	line := []Point{{0, 50}, {100, 50}}
	if _, ok := p.TryOnLine("long", line, 0.5, 150, 10); ok || len(p.Placed()) != 1 {
		t.Errorf("a line name wider than the bounds was recorded (%d labels)", len(p.Placed()))
	}
	if pl, ok := p.TryOnLine("l", line, 0.1, 10, 10); !ok || !pl.Free || len(p.Placed()) != 2 {
		t.Errorf("a small line name: %+v, %v", pl, ok)
	}
}

// With Side set, a label goes to the first free place whose centre is
// in the half-plane, even when a nearer one across the line is free, and
// is left out (not recorded) when the half-plane has no room for it.
func TestSideKeepsLabelInItsHalfPlane(t *testing.T) {
	p := New(Box{0, 0, 200, 200})
	p.AddSegment(Point{100, 0}, Point{100, 200})   // the line x = 100
	p.Side = HalfPlane{A: -1, C: 100, Set: true}   // x < 100
	pl := p.Place("left", Point{104, 100}, 40, 20) // anchored just right of the line
	if c := pl.Box.Center(); c.X >= 100 || !pl.Free {
		t.Errorf("placed at %+v (free %v), want left of x = 100", pl.Box, pl.Free)
	}
	p.Reset(Box{0, 0, 200, 200})
	p.Side = HalfPlane{A: -1, C: 10, Set: true} // x < 10: no room for 40 px
	n := len(p.Placed())
	if pl := p.Place("none", Point{50, 100}, 40, 20); pl.Box.W() > 0 || len(p.Placed()) != n {
		t.Errorf("placed at %+v with no room on its side", pl.Box)
	}
	p.Reset(Box{0, 0, 200, 200})
	if p.Side.Set {
		t.Error("Reset keeps the side")
	}
}
