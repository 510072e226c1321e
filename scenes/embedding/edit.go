package embedding

import (
	"bytes"
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/ui"
)

// maxUndo is how many edits of the data Ctrl+Z can take back.
const maxUndo = 50

// edits is the undo and redo stacks of the data (whole point sets: edits
// are rare and sets small).
type edits struct{ past, future [][]model.Point }

// push records the data before an edit.
func (e *edits) push(p []model.Point) {
	e.past = append(e.past, p)
	if len(e.past) > maxUndo {
		e.past = e.past[1:]
	}
	e.future = e.future[:0]
}

// undo returns the data before the last edit, keeping cur for redo.
func (e *edits) undo(cur []model.Point) ([]model.Point, bool) {
	return move(&e.past, &e.future, cur)
}

// redo returns the data of the last undone edit.
func (e *edits) redo(cur []model.Point) ([]model.Point, bool) {
	return move(&e.future, &e.past, cur)
}

// move pops the last data set of from and pushes cur onto to: one step of
// undo or redo. It reports false, and changes nothing, when from is empty.
func move(from, to *[][]model.Point, cur []model.Point) ([]model.Point, bool) {
	n := len(*from)
	if n == 0 {
		return nil, false
	}
	p := (*from)[n-1]
	*from = (*from)[:n-1]
	*to = append(*to, cur)
	return p, true
}

// edit replaces the data by an edited copy: the data set becomes Custom.
func (s *Scene) edit(p []model.Point) {
	s.dataset = Custom
	s.setPoints(p, true)
}

// removePoint removes point i.
func (s *Scene) removePoint(i int) {
	p := append(append([]model.Point(nil), s.pts[:i]...), s.pts[i+1:]...)
	s.hoverPt = -1
	s.edit(p)
}

// nearest returns the index of the point within the marker's reach of
// screen (x, y) on the data plane, or −1.
func (s *Scene) nearest(c *ui.Context, x, y float64) int {
	p := &s.v.plane
	reach := c.MarkerRadius() * 1.6
	best, bd := -1, reach
	for i, q := range s.pts {
		sx, sy := p.ToScreen(q.X)
		if d := math.Hypot(sx-x, sy-y); d <= bd {
			best, bd = i, d
		}
	}
	return best
}

// pointer handles this tick's pointer events: on the data plane, a click
// adds a point of the chosen class (right click or Shift+click: class 0), a
// press on a point drags it, Ctrl/Alt+click removes one; a click on a
// parameter cell selects it (and on the selected one, steps it: its right
// half up, its left half down); a click on a class button picks the class;
// a click on a hidden unit chooses its layer.
func (s *Scene) pointer(c *ui.Context) {
	p := &s.v.plane
	for _, ev := range c.In.Pointer {
		switch ev.Kind {
		case ui.PointerDown:
			if s.clickPanel(c, ev) {
				continue
			}
			if u := s.unitAt(ev.X, ev.Y); u.l >= 1 && u.l <= s.layers {
				s.layer = u.l
				continue
			}
			if !p.Rect.Contains(ev.X, ev.Y) || ev.Button == ui.ButtonMiddle {
				continue
			}
			near := s.nearest(c, ev.X, ev.Y)
			if ev.Ctrl || ev.Alt {
				if near >= 0 {
					s.removePoint(near)
				}
				continue
			}
			if near >= 0 {
				s.drag, s.dragFrom = near, append([]model.Point(nil), s.pts...)
				continue
			}
			if len(s.pts) >= model.MaxPoints {
				c.Notify(c.Tf("embedding.msg.full", model.MaxPoints))
				continue
			}
			k := s.class
			if !ev.Touch && (ev.Button == ui.ButtonRight || ev.Shift) {
				k = 0
			}
			x := p.Clamp(p.DataAt(ev.X, ev.Y))
			s.edit(append(append([]model.Point(nil), s.pts...), model.Point{X: x, Class: k}))
		case ui.PointerMove:
			if s.drag >= 0 && s.drag < len(s.pts) {
				s.pts[s.drag].X = p.Clamp(p.DataAt(ev.X, ev.Y))
			}
		case ui.PointerUp, ui.PointerCancel:
			if s.drag >= 0 && s.drag < len(s.pts) {
				s.pts[s.drag].X = p.Clamp(p.DataAt(ev.X, ev.Y))
				moved := s.pts
				s.pts = s.dragFrom
				if moved[s.drag].X != s.dragFrom[s.drag].X {
					s.edit(moved)
				}
			}
			s.drag = -1
		}
	}
	s.hoverPt, s.hoverU = -1, unitRef{l: -1}
	if c.In.HasCursor {
		if p.Rect.Contains(c.In.CursorX, c.In.CursorY) {
			s.hoverPt = s.nearest(c, c.In.CursorX, c.In.CursorY)
			s.probe = p.DataAt(c.In.CursorX, c.In.CursorY)
		}
		s.hoverU = s.unitAt(c.In.CursorX, c.In.CursorY)
	}
}

// clickPanel handles a press on the panel's cells and class buttons.
func (s *Scene) clickPanel(c *ui.Context, ev ui.PointerEvent) bool {
	if !s.v.side.Contains(ev.X, ev.Y) {
		return false // a cell scrolled out of the panel's view
	}
	for i, r := range s.v.cells {
		if !r.Contains(ev.X, ev.Y) {
			continue
		}
		if i == s.sel {
			s.nudge(c, i, ev.X >= r.X+r.W/2)
		}
		s.sel = i
		return true
	}
	for k, r := range s.v.classBtn {
		if r.Contains(ev.X, ev.Y) {
			s.class = k
			return true
		}
	}
	return false
}

// ReadCSV implements ui.CSVReader: a dropped file x1,x2,y with y a class
// index 0…3 replaces the data (undoably), a fraction split held out.
func (s *Scene) ReadCSV(name string, data []byte) error {
	cps, err := engine.ReadClassPointsCSV(bytes.NewReader(data), name, engine.MaxClasses)
	if err != nil {
		return err
	}
	if len(cps) > model.MaxPoints {
		return &csvError{name: name, n: len(cps)}
	}
	p := make([]model.Point, len(cps))
	for i, q := range cps {
		p[i] = model.Point{X: q.X, Class: q.Class}
	}
	model.Resplit(p, s.split, s.seed)
	s.edit(p)
	return nil
}

// csvError refuses a file with more points than t-SNE takes.
type csvError struct {
	name string
	n    int
}

func (e *csvError) Error() string {
	return e.name + ":1: " + ui.Int(e.n) + " points; the embedding scene takes at most " + ui.Int(model.MaxPoints)
}
