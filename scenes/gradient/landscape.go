package gradient

import (
	"math"
	"slices"
	"sort"

	"github.com/neurona/neurona/engine"
)

// Size of the loss grid over (θ₁, θ₂) and number of contour bands.
const (
	gridN  = 96
	nBands = 12
)

// gridBudget is about how many per-point losses one map may cost: a large
// data set gets a coarser grid (down to gridMin) so that stepping stays
// quick.
const (
	gridBudget = 2e6
	gridMin    = 24
)

// gridSize is the side of the grid for m points.
func gridSize(m int) int {
	n := int(math.Sqrt(gridBudget / float64(max(m, 1))))
	return min(max(n, gridMin), gridN)
}

// tickBudget is about how many per-point losses a tick may spend on a map
// whose only change is b: while playing, b moves at every step, and a whole
// map at once (up to gridBudget losses, some 20 ms natively and more as
// WebAssembly, before engine's LossGrid took fewer exponentials) made the
// slow frames of a step. Such a map is computed a run of cells per tick
// (about 0.1 ms natively for BCE) while the last one stays shown; any
// other change (data, loss, view) is computed at once.
const tickBudget = 8e3

// viewHalves are the half-widths the loss map may show, so that the grid is
// recomputed only when the path leaves the view, not at every step.
var viewHalves = []float64{4, 6, 8, 12, 16, 25, 40, 60, 100, 160, 250, 400, 600, 1000}

// viewHalf returns the smallest view half-width showing every |θᵢ| in xy
// (θ₁, θ₂, θ₁, θ₂, …) with a margin; the largest one if none does.
func viewHalf(xy []float64) float64 {
	m := 0.0
	for _, v := range xy {
		if a := math.Abs(v); a > m && !math.IsInf(a, 0) {
			m = a
		}
	}
	for _, h := range viewHalves {
		if m*1.15 <= h {
			return h
		}
	}
	return viewHalves[len(viewHalves)-1]
}

// landKey is what the loss map depends on.
type landKey struct {
	B, Half float64
	N       int
	Data    uint64
	Loss    engine.Loss
	Valid   bool
}

// landscape is J(θ₁, θ₂) at a fixed b on an N×N grid (N = gridSize) over
// [−Half, Half]², split into nBands bands of equal area (quantiles), with
// the iso-lines between bands. Its buffers are reused: it is recomputed
// only when b, the data, the loss or the view change.
type landscape struct {
	key    landKey
	Vals   []float64 // row-major, first row at θ₂ = +Half (engine.LossGrid)
	Band   []uint8   // the band of each cell, 0 = lowest loss
	Levels []float64 // the nBands−1 thresholds between bands
	// Segs holds the iso-line segments x0, y0, x1, y1 in grid units: x from
	// 0 (left edge) to N (right edge), y from 0 (top) to N.
	Segs   []float32
	sorted sort.Float64Slice
	ranks  [nBands - 1]int // the ranks of the thresholds in sorted
	span   [][2]float64    // cellSpans's, kept for its buffer
	Lo, Hi float64         // the smallest and largest J on the grid

	// A map in progress: the key it is for, its values so far and the
	// next cell to compute (row-major); once every cell is done, its
	// bands and iso-lines, a stage per tick (finishStages), into buffers
	// of their own so that the map shown stays whole meanwhile.
	next       landKey
	nextVal    []float64
	nextCell   int
	stage      int
	nextBand   []uint8
	nextLevels []float64
	nextSegs   []float32
	nextLo     float64
	nextHi     float64
}

// finishStages is how many ticks a map of a new b takes after its last
// cell: its quantiles, its bands, its iso-lines, its picture's bands and
// iso-lines (drawn ahead, rasters.prepare) and the tick that shows it.
// Each was about a third of the 0.9 ms (natively) that finishing a map
// took in one tick, a tick that also drew the new map and redrew the
// picture: the slowest ticks while playing; drawing the map alone then
// still took as long as the slowest stage.
const finishStages = 6

// Ahead reports how many ticks are left before the map in progress is
// shown, once its bands and iso-lines are in NextMap's buffers (2: the
// picture's two halves are drawn in the next two ticks, 1: in the next
// tick the map is shown); 0 before that, and with no map in progress.
func (l *landscape) Ahead() int {
	if !l.next.Valid || l.stage < finishStages-2 {
		return 0
	}
	return finishStages - l.stage
}

// NextMap returns the map in progress's grid side, bands, band count and
// iso-lines (valid once Ahead is not 0), as refreshMap draws a map.
func (l *landscape) NextMap() (n int, band []uint8, levels int, segs []float32) {
	return l.next.N, l.nextBand, len(l.nextLevels), l.nextSegs
}

// Pending reports whether a map is being computed over several ticks.
func (l *landscape) Pending() bool { return l.next.Valid }

// update recomputes the map if any of its inputs changed and reports
// whether the map changed. A change of b alone is computed over several
// ticks (tickBudget): the map shown changes when its last cell is done, and
// a b that moved meanwhile is taken up by the next map.
func (l *landscape) update(b, half float64, pts []engine.Point, version uint64, loss engine.Loss) bool {
	g := gridSize(len(pts))
	k := landKey{B: b, Half: half, N: g, Data: version, Loss: loss, Valid: true}
	switch {
	case k == l.key:
		l.next = landKey{} // back to the map shown (a step back): nothing to finish
	case !l.next.Valid:
		l.next, l.nextCell, l.stage = k, 0, 0
	}
	if !l.next.Valid {
		return false
	}
	onlyB := l.key.Valid && k.Half == l.key.Half && k.N == l.key.N && k.Data == l.key.Data && k.Loss == l.key.Loss
	if !onlyB || l.next.N != k.N || l.next.Half != k.Half || l.next.Data != k.Data || l.next.Loss != k.Loss {
		// Not a change of b alone, or the map in progress is for other
		// data or another view: the new map, all at once.
		l.next, l.nextCell, l.stage = k, 0, 0
	}
	n := g * g
	if len(l.nextVal) != n {
		l.nextVal = make([]float64, n)
	}
	cells := n - l.nextCell
	if onlyB {
		cells = min(cells, max(1, int(tickBudget/float64(max(len(pts), 1)))))
	}
	nk := l.next
	cell := 2 * nk.Half / float64(g)
	for end := l.nextCell + cells; l.nextCell < end; {
		// The rest of this row, or as much of it as the budget leaves.
		r, c0 := l.nextCell/g, l.nextCell%g
		c1 := min(g, c0+end-l.nextCell)
		engine.Logistic{B: nk.B}.LossGrid(l.nextVal[r*g+c0:r*g+c1], c1-c0, 1,
			-nk.Half+float64(c0)*cell, nk.Half-float64(r+1)*cell, -nk.Half+float64(c1)*cell, nk.Half-float64(r)*cell, pts, nk.Loss)
		l.nextCell += c1 - c0
	}
	if l.nextCell < n || onlyB && cells > 0 {
		return false // the cells of this tick, or more to come
	}
	for l.stage < finishStages {
		l.finish(l.stage)
		l.stage++
		if onlyB && l.stage < finishStages {
			return false // the next stage in the next tick
		}
	}
	l.key, l.next = nk, landKey{}
	l.Vals, l.nextVal = l.nextVal, l.Vals
	l.Band, l.nextBand = l.nextBand, l.Band
	l.Levels, l.nextLevels = l.nextLevels, l.Levels
	l.Segs, l.nextSegs = l.nextSegs, l.Segs
	l.Lo, l.Hi = l.nextLo, l.nextHi
	return true
}

// finish runs stage i of splitting the map in progress (nextVal, of
// l.next's grid) into bands and tracing the iso-lines between them.
func (l *landscape) finish(i int) {
	g, vals := l.next.N, l.nextVal
	n := len(vals)
	switch i {
	case 0: // the thresholds between bands: quantiles
		if len(l.sorted) != n {
			l.sorted = make([]float64, n)
		}
		copy(l.sorted, vals)
		for i := 1; i < nBands; i++ {
			l.ranks[i-1] = i * n / nBands
		}
		if !selectRanks(l.sorted, l.ranks[:]) {
			sort.Sort(&l.sorted) // a NaN: sorted whole, NaN first
		}
		lo, hi := l.sorted[0], l.sorted[n-1] // a sort's, with a NaN
		if lo == lo {
			for _, v := range l.sorted {
				lo, hi = min(lo, v), max(hi, v)
			}
		}
		l.nextLo, l.nextHi = lo, hi
		l.nextLevels = l.nextLevels[:0]
		for i := 1; i < nBands; i++ {
			v := l.sorted[i*n/nBands]
			if len(l.nextLevels) == 0 || v > l.nextLevels[len(l.nextLevels)-1] {
				l.nextLevels = append(l.nextLevels, v)
			}
		}
	case 1: // each cell's band, and each square's span for the iso-lines
		if len(l.nextBand) != n {
			l.nextBand = make([]uint8, n)
		}
		for i, v := range vals {
			band, _ := slices.BinarySearch(l.nextLevels, v)
			if band < len(l.nextLevels) && l.nextLevels[band] == v {
				band++
			}
			l.nextBand[i] = uint8(band)
		}
		l.span = cellSpans(l.span, vals, g, g)
	case 2:
		l.nextSegs = l.nextSegs[:0]
		for _, lv := range l.nextLevels {
			l.nextSegs = isoLines(l.nextSegs, vals, l.span, g, g, lv)
		}
	}
}

// selectRanks puts at each of the ascending ranks of v the value a sort
// would put there, as a sort with fewer moves: the bands need only the
// nBands−1 quantiles, and sorting all of a map's values was most of the
// tick that finished it. It reports false, with v only permuted, when v
// holds a NaN (whose place only a sort defines).
func selectRanks(v []float64, ranks []int) bool {
	for _, x := range v {
		if x != x {
			return false
		}
	}
	selectIn(v, 0, ranks)
	return true
}

// selectIn is selectRanks on v, the part of the whole starting at off:
// a three-way partition around a median of three, then each side holding
// a rank.
func selectIn(v []float64, off int, ranks []int) {
	for len(ranks) > 0 && len(v) > 1 {
		a, b, c := v[0], v[len(v)/2], v[len(v)-1]
		p := max(min(a, b), min(max(a, b), c))
		// v[:lt] < p, v[lt:i] == p, v[gt:] > p.
		lt, i, gt := 0, 0, len(v)
		for i < gt {
			switch x := v[i]; {
			case x < p:
				v[lt], v[i] = x, v[lt]
				lt++
				i++
			case x > p:
				gt--
				v[gt], v[i] = x, v[gt]
			default:
				i++
			}
		}
		k := 0 // ranks[:k] fall left of the pivots
		for k < len(ranks) && ranks[k]-off < lt {
			k++
		}
		j := k // ranks[k:j] fall on the pivots: done
		for j < len(ranks) && ranks[j]-off < gt {
			j++
		}
		selectIn(v[:lt], off, ranks[:k])
		v, off, ranks = v[gt:], off+gt, ranks[j:]
	}
}

// cellSpans fills span (grown as needed) with the smallest and largest of
// each square of four neighbouring values of the w×h grid vals, row-major
// over the (w−1)×(h−1) squares: a level crosses a square only when it lies
// in [smallest, largest), so isoLines skips the rest (most squares, for
// each of the levels) with two comparisons.
func cellSpans(span [][2]float64, vals []float64, w, h int) [][2]float64 {
	n := max(w-1, 0) * max(h-1, 0)
	if cap(span) < n {
		span = make([][2]float64, n)
	}
	span = span[:n]
	for r := 0; r+1 < h; r++ {
		for c := 0; c+1 < w; c++ {
			a, b, d, e := vals[r*w+c], vals[r*w+c+1], vals[(r+1)*w+c+1], vals[(r+1)*w+c]
			span[r*(w-1)+c] = [2]float64{min(a, b, d, e), max(a, b, d, e)}
		}
	}
	return span
}

// isoLines appends the segments of the level set v = lv of the w×h grid
// vals (values at cell centres) by marching squares; span is cellSpans's.
func isoLines(dst []float32, vals []float64, span [][2]float64, w, h int, lv float64) []float32 {
	at := func(c, r int) float64 { return vals[r*w+c] }
	// cross returns where the level crosses between values a and b, as a
	// fraction of the way from a.
	cross := func(a, b float64) float64 {
		if a == b {
			return 0.5
		}
		return (lv - a) / (b - a)
	}
	for r := 0; r+1 < h; r++ {
		for c := 0; c+1 < w; c++ {
			if sp := span[r*(w-1)+c]; lv < sp[0] || lv >= sp[1] {
				continue // all corners above the level, or none
			}
			v := [4]float64{at(c, r), at(c+1, r), at(c+1, r+1), at(c, r+1)} // clockwise from top left
			idx := 0
			for i, x := range v {
				if x > lv {
					idx |= 1 << i
				}
			}
			if idx == 0 || idx == 15 {
				continue
			}
			// Crossing points on the four sides: top, right, bottom, left.
			x0, y0 := float64(c)+0.5, float64(r)+0.5
			side := [4][2]float64{
				{x0 + cross(v[0], v[1]), y0},
				{x0 + 1, y0 + cross(v[1], v[2])},
				{x0 + 1 - cross(v[2], v[3]), y0 + 1},
				{x0, y0 + 1 - cross(v[3], v[0])},
			}
			for _, p := range marchTable[idx] {
				a, b := side[p[0]], side[p[1]]
				dst = append(dst, float32(a[0]), float32(a[1]), float32(b[0]), float32(b[1]))
			}
		}
	}
	return dst
}

// marchTable lists, for each corner pattern (bit i set when corner i is
// above the level; corners clockwise from the top left), the pairs of sides
// (0 top, 1 right, 2 bottom, 3 left) that its segments join.
var marchTable = [16][][2]int{
	{}, {{3, 0}}, {{0, 1}}, {{3, 1}},
	{{1, 2}}, {{3, 0}, {1, 2}}, {{0, 2}}, {{3, 2}},
	{{2, 3}}, {{2, 0}}, {{0, 1}, {2, 3}}, {{2, 1}},
	{{1, 3}}, {{1, 0}}, {{0, 3}}, {},
}
