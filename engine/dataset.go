package engine

import "math"

// MaxUndo is the number of edits a Dataset remembers for undo; older edits are
// forgotten so that a long class session does not grow without bound.
const MaxUndo = 1000

// editKind names the kind of an undoable Dataset edit.
type editKind uint8

// The kinds of edit.
const (
	editAdd editKind = iota
	editRemove
	editMove
	editReplace // also used by Clear: replace with the empty set
)

// edit is one undoable change. Add/remove/move keep the single point involved;
// replace keeps both whole sets, which is what makes Clear and presets undoable.
type edit struct {
	kind          editKind
	index         int
	before, after Point
	old, new      []Point
}

// Dataset is an editable set of points with undo and redo, as the scenes' mouse
// edits need. The zero value is not usable; call NewDataset.
type Dataset struct {
	pts     []Point
	undo    []edit
	redo    []edit
	version uint64
}

// NewDataset returns a dataset holding a copy of the valid points of pts
// (invalid ones, see ValidPoint, are dropped) with an empty undo history.
//
// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func NewDataset(pts []Point) *Dataset {
	return &Dataset{pts: validCopy(pts)}
}

// validCopy returns a fresh slice with the valid points of pts, in order.
func validCopy(pts []Point) []Point {
	out := make([]Point, 0, len(pts))
	for _, p := range pts {
		if ValidPoint(p) == nil {
			out = append(out, p)
		}
	}
	return out
}

// Points returns the current points. The slice is the dataset's own storage:
// callers must not modify it, and it is only valid until the next edit.
func (d *Dataset) Points() []Point { return d.pts }

// Len returns the number of points.
func (d *Dataset) Len() int { return len(d.pts) }

// Version returns a counter that changes whenever the points change: on every
// edit, undo, redo and also on every live Drag, so a scene can cache derived
// results keyed by it.
func (d *Dataset) Version() uint64 { return d.version }

// record pushes e on the undo stack, drops the redo stack and bumps the version.
//
// Not inlined (bundle size): called once per edit; a copy of its body in
// each editing method grew the web bundle.
//
//go:noinline
func (d *Dataset) record(e edit) {
	if len(d.undo) == MaxUndo {
		copy(d.undo, d.undo[1:])
		d.undo[len(d.undo)-1] = edit{}
		d.undo = d.undo[:len(d.undo)-1]
	}
	d.undo = append(d.undo, e)
	clear(d.redo)
	d.redo = d.redo[:0]
	d.version++
}

// Add appends p and returns its index, or returns −1 and changes nothing if p
// is not valid (see ValidPoint).
func (d *Dataset) Add(p Point) int {
	if ValidPoint(p) != nil {
		return -1
	}
	d.pts = append(d.pts, p)
	i := len(d.pts) - 1
	d.record(edit{kind: editAdd, index: i, after: p})
	return i
}

// Remove deletes point i, keeping the order of the others; it returns false if
// i is out of range.
func (d *Dataset) Remove(i int) bool {
	if i < 0 || i >= len(d.pts) {
		return false
	}
	p := d.pts[i]
	d.pts = removeAt(d.pts, i)
	d.record(edit{kind: editRemove, index: i, before: p})
	return true
}

// Drag moves point i to `to` during a mouse drag without recording an edit;
// EndDrag records the whole drag as one move. Out-of-range indices and targets
// that are not valid coordinates are ignored.
func (d *Dataset) Drag(i int, to [2]float64) {
	if i < 0 || i >= len(d.pts) || !validCoords(to) {
		return
	}
	if d.pts[i].X == to {
		return
	}
	d.pts[i].X = to
	d.version++
}

// EndDrag records one undoable move of point i from `from` (where the drag
// started) to its current position; it does nothing if the point did not move
// or i is out of range.
func (d *Dataset) EndDrag(i int, from [2]float64) {
	if i < 0 || i >= len(d.pts) || d.pts[i].X == from || !validCoords(from) {
		return
	}
	before := d.pts[i]
	before.X = from
	d.record(edit{kind: editMove, index: i, before: before, after: d.pts[i]})
}

// Clear removes every point as one undoable edit; it returns false if the set
// was already empty.
func (d *Dataset) Clear() bool {
	if len(d.pts) == 0 {
		return false
	}
	// d.pts is never written after this, so the edit may keep it as is.
	d.record(edit{kind: editReplace, old: d.pts})
	d.pts = nil
	return true
}

// Replace swaps the whole set for a copy of the valid points of pts (loading a
// preset or a file) as one undoable edit.
func (d *Dataset) Replace(pts []Point) {
	// The edit keeps its own copies: later edits write d.pts in place, and
	// the old slice is never written again once d.pts points elsewhere.
	old := d.pts
	d.pts = validCopy(pts)
	d.record(edit{kind: editReplace, old: old, new: append([]Point(nil), d.pts...)})
}

// Undo reverts the last recorded edit; it returns false if there is none.
func (d *Dataset) Undo() bool { return d.shift(&d.undo, &d.redo, true) }

// Redo re-applies the last undone edit; it returns false if there is none.
func (d *Dataset) Redo() bool { return d.shift(&d.redo, &d.undo, false) }

// shift pops the last edit of from, applies it (backwards when inverse) and
// pushes it on to: Undo and Redo are the same move between the two stacks.
func (d *Dataset) shift(from, to *[]edit, inverse bool) bool {
	n := len(*from)
	if n == 0 {
		return false
	}
	e := (*from)[n-1]
	(*from)[n-1] = edit{}
	*from = (*from)[:n-1]
	d.apply(e, inverse)
	*to = append(*to, e)
	d.version++
	return true
}

// apply performs e forwards, or backwards when inverse is set.
func (d *Dataset) apply(e edit, inverse bool) {
	switch e.kind {
	case editAdd, editRemove:
		// Adding forwards is removing backwards and vice versa.
		if (e.kind == editAdd) == inverse {
			d.pts = removeAt(d.pts, e.index)
		} else {
			p := e.after
			if e.kind == editRemove {
				p = e.before
			}
			d.pts = insertAt(d.pts, e.index, p)
		}
	case editMove:
		if inverse {
			d.pts[e.index] = e.before
		} else {
			d.pts[e.index] = e.after
		}
	case editReplace:
		// Copy on the way back in: the stored slices must stay untouched so
		// the edit can be replayed any number of times.
		if inverse {
			d.pts = append([]Point(nil), e.old...)
		} else {
			d.pts = append([]Point(nil), e.new...)
		}
	}
}

// Nearest returns the index of the point closest to x (Euclidean distance, in
// data units) if that distance is at most maxDist, and −1 otherwise. On ties
// the later point wins, since it is drawn on top.
func (d *Dataset) Nearest(x [2]float64, maxDist float64) int {
	best, bestD := -1, math.Inf(1)
	if math.IsNaN(maxDist) || maxDist < 0 || !validCoords(x) {
		return -1
	}
	for i, p := range d.pts {
		dd := math.Hypot(p.X[0]-x[0], p.X[1]-x[1])
		if dd <= maxDist && dd <= bestD {
			best, bestD = i, dd
		}
	}
	return best
}

// validCoords reports whether both coordinates are finite and within MaxCoord.
func validCoords(x [2]float64) bool {
	return ValidPoint(Point{X: x, Y: 1}) == nil
}

// removeAt deletes element i in place.
func removeAt(s []Point, i int) []Point {
	return append(s[:i], s[i+1:]...)
}

// insertAt inserts p at index i in place.
func insertAt(s []Point, i int, p Point) []Point {
	s = append(s, Point{})
	copy(s[i+1:], s[i:])
	s[i] = p
	return s
}
