package engine

import (
	"math"
	"slices"
	"testing"
)

func TestDatasetUndoRedo(t *testing.T) {
	a := Point{X: [2]float64{0, 0}, Y: 1}
	b := Point{X: [2]float64{1, 0}, Y: -1}
	c := Point{X: [2]float64{0, 1}, Y: 1}
	d := NewDataset([]Point{a})
	var states [][]Point
	snap := func() { states = append(states, slices.Clone(d.Points())) }
	snap()
	v := d.Version()
	bump := func(what string) {
		t.Helper()
		if d.Version() == v {
			t.Fatalf("%s: version did not change", what)
		}
		v = d.Version()
	}
	if d.Add(b) != 1 {
		t.Fatal("Add index")
	}
	bump("add")
	snap()
	d.Drag(0, [2]float64{5, 5})
	bump("drag")
	d.Drag(0, [2]float64{6, 6})
	d.EndDrag(0, [2]float64{0, 0})
	snap()
	if !d.Remove(0) {
		t.Fatal("Remove")
	}
	snap()
	d.Replace([]Point{c, a, b})
	snap()
	d.Drag(1, [2]float64{2, 2})
	d.EndDrag(1, a.X)
	snap()
	if !d.Clear() {
		t.Fatal("Clear")
	}
	snap()
	if d.Clear() {
		t.Fatal("Clear of empty set must return false")
	}
	// Walk all the way back and forward twice: replays must be exact.
	for range 2 {
		for i := len(states) - 1; i > 0; i-- {
			if !slices.Equal(d.Points(), states[i]) {
				t.Fatalf("before undo %d: got %v want %v", i, d.Points(), states[i])
			}
			if !d.Undo() {
				t.Fatalf("undo %d failed", i)
			}
			bump("undo")
		}
		if !slices.Equal(d.Points(), states[0]) || d.Undo() || d.CanUndo() {
			t.Fatalf("initial state: %v", d.Points())
		}
		for i := 1; i < len(states); i++ {
			if !d.Redo() {
				t.Fatalf("redo %d failed", i)
			}
			bump("redo")
			if !slices.Equal(d.Points(), states[i]) {
				t.Fatalf("after redo %d: got %v want %v", i, d.Points(), states[i])
			}
		}
		if d.Redo() || d.CanRedo() {
			t.Fatal("redo past the end")
		}
	}
	// A new edit drops the redo tail.
	d.Undo()
	d.Add(a)
	if d.CanRedo() {
		t.Fatal("edit must drop redo")
	}
}

func TestDatasetBadInput(t *testing.T) {
	d := NewDataset([]Point{{X: [2]float64{math.NaN(), 0}, Y: 1}, {Y: 2}, {Y: -1}})
	if d.Len() != 1 {
		t.Fatalf("invalid points kept: %v", d.Points())
	}
	if d.Add(Point{X: [2]float64{math.Inf(1), 0}, Y: 1}) != -1 || d.Add(Point{Y: 0}) != -1 {
		t.Fatal("invalid point added")
	}
	if d.Remove(-1) || d.Remove(1) {
		t.Fatal("out of range remove")
	}
	v := d.Version()
	d.Drag(5, [2]float64{1, 1})
	d.Drag(0, [2]float64{math.NaN(), 1})
	d.EndDrag(7, [2]float64{1, 1})
	d.EndDrag(0, d.Points()[0].X) // unchanged: no edit
	if d.Version() != v || d.CanUndo() {
		t.Fatal("ignored operations changed the set")
	}
	if d.Nearest([2]float64{math.NaN(), 0}, 1) != -1 || d.Nearest([2]float64{}, math.NaN()) != -1 {
		t.Fatal("NaN nearest")
	}
}

func TestDatasetNearest(t *testing.T) {
	d := NewDataset([]Point{{X: [2]float64{0, 0}, Y: 1}, {X: [2]float64{1, 0}, Y: 1}, {X: [2]float64{1, 0}, Y: -1}})
	if got := d.Nearest([2]float64{0.2, 0}, 0.5); got != 0 {
		t.Errorf("Nearest = %d, want 0", got)
	}
	if got := d.Nearest([2]float64{0.9, 0}, 0.5); got != 2 {
		t.Errorf("Nearest on a tie = %d, want the later point 2", got)
	}
	if got := d.Nearest([2]float64{5, 5}, 0.5); got != -1 {
		t.Errorf("Nearest far away = %d, want -1", got)
	}
	if got := NewDataset(nil).Nearest([2]float64{}, 1); got != -1 {
		t.Errorf("Nearest in empty set = %d", got)
	}
}

func TestDatasetUndoLimit(t *testing.T) {
	d := NewDataset(nil)
	for i := range MaxUndo + 10 {
		d.Add(Point{X: [2]float64{float64(i), 0}, Y: 1})
	}
	n := 0
	for d.Undo() {
		n++
	}
	if n != MaxUndo || d.Len() != 10 {
		t.Fatalf("undid %d edits leaving %d points, want %d and 10", n, d.Len(), MaxUndo)
	}
}
