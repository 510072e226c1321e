package ui

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
)

// Edit says what the editor did to the data set in one tick.
type Edit int

// Edit results; scenes restart training from the new data when the data
// changed (compare Dataset.Version for the general case).
const (
	EditNone Edit = iota
	EditAdded
	EditRemoved
	EditMoved   // a drag finished
	EditDragged // a drag is in progress
)

// Editor turns pointer events on a Plane into edits of a Dataset, the same
// way in every scene: left click adds class +1, right click or Shift+click
// adds class −1, a press on a point drags it, Ctrl/Alt+click (or Delete
// over it) removes it, and a tap adds a point of the on-screen toggle's
// class. C clears and Ctrl+Z / Ctrl+Y undo and redo.
type Editor struct {
	drag     int // index being dragged, −1 if none
	dragFrom [2]float64
	Hover    int // index of the point under the cursor, −1 if none
	// Disabled turns editing off (a scene showing fixed data).
	Disabled bool
}

// NewEditor returns an idle editor.
func NewEditor() Editor { return Editor{drag: -1, Hover: -1} }

// Dragging reports whether a point is being dragged.
func (e *Editor) Dragging() bool { return e.drag >= 0 }

// Update applies this tick's pointer events and the editing actions (clear,
// undo, redo, delete) to ds.
func (e *Editor) Update(c *Context, p *Plane, ds *engine.Dataset) Edit {
	result := EditNone
	set := func(r Edit) {
		if r > result || result == EditDragged {
			result = r
		}
	}
	hit := c.MarkerRadius() * 1.6 // in screen pixels, so that a stretched plane picks what the eye sees
	if e.Disabled {
		return EditNone
	}
	for _, ev := range c.In.Pointer {
		x := p.Clamp(p.DataAt(ev.X, ev.Y))
		switch ev.Kind {
		case PointerDown:
			if !p.Rect.Contains(ev.X, ev.Y) {
				continue
			}
			near := p.Nearest(ds.Points(), ev.X, ev.Y, hit)
			if ev.Ctrl || ev.Alt {
				if near >= 0 && ds.Remove(near) {
					set(EditRemoved)
				}
				continue
			}
			if near >= 0 && ev.Button != ButtonMiddle {
				e.drag, e.dragFrom = near, ds.Points()[near].X
				continue
			}
			y := 1
			switch {
			case ev.Touch:
				y = c.TouchClass
			case ev.Button == ButtonRight || ev.Shift:
				y = -1
			case ev.Button == ButtonMiddle:
				continue
			}
			if y != 1 && y != -1 {
				y = 1
			}
			if ds.Add(engine.Point{X: x, Y: y}) >= 0 {
				set(EditAdded)
			}
		case PointerMove:
			if e.drag >= 0 && e.drag < ds.Len() {
				ds.Drag(e.drag, x)
				set(EditDragged)
			}
		case PointerUp, PointerCancel:
			if e.drag >= 0 && e.drag < ds.Len() {
				ds.Drag(e.drag, x)
				ds.EndDrag(e.drag, e.dragFrom)
				if ds.Points()[e.drag].X != e.dragFrom {
					set(EditMoved)
				}
			}
			e.drag = -1
		}
	}
	e.Hover = -1
	if c.In.HasCursor && p.Rect.Contains(c.In.CursorX, c.In.CursorY) {
		e.Hover = p.Nearest(ds.Points(), c.In.CursorX, c.In.CursorY, hit)
	}
	for _, a := range c.Actions {
		switch a.Action {
		case keymap.Clear:
			if ds.Clear() {
				set(EditRemoved)
			}
		case keymap.Undo:
			if ds.Undo() {
				set(EditRemoved)
			}
		case keymap.Redo:
			if ds.Redo() {
				set(EditAdded)
			}
		case keymap.Delete:
			if e.Hover >= 0 && ds.Remove(e.Hover) {
				e.Hover = -1
				set(EditRemoved)
			}
		}
	}
	return result
}
