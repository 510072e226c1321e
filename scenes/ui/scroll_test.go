package ui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui/place"
)

// scrollRig draws a panel of 30 lines in a 300×200 rectangle, far more
// than fits.
type scrollRig struct {
	t   *testing.T
	dst *ebiten.Image
	c   *Context
	r   Rect
	s   Scroll
}

func newScrollRig(t *testing.T) *scrollRig {
	dst := ebiten.NewImage(800, 600)
	t.Cleanup(dst.Deallocate)
	c := &Context{Theme: Dark, Scale: 1, Bounds: Rect{0, 0, 800, 600}, In: &Input{}}
	return &scrollRig{t: t, dst: dst, c: c, r: Rect{500, 100, 300, 200}}
}

// draw lays the panel out: parts "a" (5 lines) and "b" (25 lines), and
// a label at the end of b, reported to the layout.
func (g *scrollRig) draw() PanelReport {
	*g.c.Panels() = (*g.c.Panels())[:0]
	g.c.Layout().Reset()
	p := NewScrollPanel(g.dst, g.c, g.r, &g.s)
	p.Part("a")
	for range 5 {
		p.Line("línea de a")
	}
	p.Part("b")
	for range 25 {
		p.Line("línea de b")
	}
	g.c.Layout().AddLabel("end of b", place.BoxAt(p.R.X+20, p.Y, 40, 10))
	p.Gap()
	p.End()
	reps := *g.c.Panels()
	if len(reps) != 1 {
		g.t.Fatalf("the panel made %d reports", len(reps))
	}
	return reps[0]
}

// tick runs Update with these actions and pointer events and the wheel.
func (g *scrollRig) tick(wheel float64, cursor [2]float64, acts []keymap.Action, evs ...PointerEvent) {
	g.c.Actions = g.c.Actions[:0]
	for _, a := range acts {
		g.c.Actions = append(g.c.Actions, Action{Action: a})
	}
	g.c.In.Reset()
	g.c.In.Pointer = append(g.c.In.Pointer, evs...)
	g.c.In.WheelY = wheel
	g.c.In.CursorX, g.c.In.CursorY, g.c.In.HasCursor = cursor[0], cursor[1], true
	g.s.Update(g.c, g.r)
}

func TestScrollKeysWheelAndClamp(t *testing.T) {
	g := newScrollRig(t)
	in, out := [2]float64{650, 200}, [2]float64{100, 200}
	g.tick(0, in, []keymap.Action{keymap.PanelDown})
	if g.s.Off != 0 {
		t.Fatalf("before the panel was measured, a page down moved it to %g", g.s.Off)
	}
	rep := g.draw()
	if rep.Max <= 0 || rep.Scroll != 0 {
		t.Fatalf("30 lines in 200 px: max %g, scroll %g", rep.Max, rep.Scroll)
	}
	g.tick(0, in, []keymap.Action{keymap.PanelDown})
	if want := g.r.H * 0.85; g.s.Off != want {
		t.Errorf("a page down moved the panel to %g, want %g", g.s.Off, want)
	}
	g.tick(0, in, []keymap.Action{keymap.PanelEnd})
	if g.s.Off != rep.Max {
		t.Errorf("End moved the panel to %g, want its end %g", g.s.Off, rep.Max)
	}
	g.tick(0, in, []keymap.Action{keymap.PanelDown})
	if g.s.Off != rep.Max {
		t.Errorf("a page down past the end moved the panel to %g (max %g)", g.s.Off, rep.Max)
	}
	g.tick(0, in, []keymap.Action{keymap.PanelTop})
	if g.s.Off != 0 {
		t.Errorf("Home left the panel at %g", g.s.Off)
	}
	g.tick(0, in, []keymap.Action{keymap.PanelUp})
	if g.s.Off != 0 {
		t.Errorf("a page up from the top moved the panel to %g", g.s.Off)
	}
	g.tick(30, out, nil)
	if g.s.Off != 0 {
		t.Errorf("the wheel outside the panel scrolled it to %g", g.s.Off)
	}
	g.tick(30, in, nil)
	if g.s.Off != 30 {
		t.Errorf("the wheel over the panel scrolled it to %g, want 30", g.s.Off)
	}
	g.tick(-100, in, nil)
	if g.s.Off != 0 {
		t.Errorf("the wheel up past the top left the panel at %g", g.s.Off)
	}
}

// A part scrolled out of view is reported outside the panel's box, and
// its labels leave the layout report (they are not on screen).
func TestScrolledPartsAndLabels(t *testing.T) {
	g := newScrollRig(t)
	rep := g.draw()
	a, _ := partNamed(rep, "a")
	if !rep.Visible(a) {
		t.Fatalf("part a %v is not within the panel %v at the top", a.Box, rep.Box)
	}
	if len(g.c.Layout().Labels) != 0 {
		t.Errorf("the label at the end of part b, below the panel's view, is reported: %v", g.c.Layout().Labels)
	}
	g.tick(0, [2]float64{650, 200}, []keymap.Action{keymap.PanelEnd})
	rep = g.draw()
	a, _ = partNamed(rep, "a")
	b, _ := partNamed(rep, "b")
	if a.Box[3] > rep.Box[1]+0.5 {
		t.Errorf("at the end part a still ends at %g, inside the panel from %g", a.Box[3], rep.Box[1])
	}
	if b.Box[3] > rep.Box[3]+0.5 {
		t.Errorf("at the end part b ends at %g, below the panel's %g", b.Box[3], rep.Box[3])
	}
	if ls := g.c.Layout().Labels; len(ls) != 1 || ls[0].Box[3] > rep.Box[3] {
		t.Errorf("at the end the label at the end of b is reported as %v, want it in the panel %v", ls, rep.Box)
	}
}

// A finger dragged over the panel moves its content with it; the mouse
// dragging the scrollbar's thumb moves it the other way, in proportion.
func TestScrollDrag(t *testing.T) {
	g := newScrollRig(t)
	rep := g.draw()
	at := [2]float64{650, 250}
	g.tick(0, at, nil,
		PointerEvent{Kind: PointerDown, X: 650, Y: 250, Touch: true},
		PointerEvent{Kind: PointerMove, X: 650, Y: 190, Touch: true},
		PointerEvent{Kind: PointerUp, X: 650, Y: 190, Touch: true})
	if g.s.Off != 60 {
		t.Errorf("a finger dragged 60 px up scrolled the panel to %g", g.s.Off)
	}
	g.tick(0, at, []keymap.Action{keymap.PanelTop})
	g.draw()
	track, thumb := g.s.bar(g.c, g.r)
	x, y := thumb.X+thumb.W/2, thumb.Y+thumb.H/2
	free := track.H - thumb.H
	g.tick(0, at, nil,
		PointerEvent{Kind: PointerDown, X: x, Y: y},
		PointerEvent{Kind: PointerMove, X: x, Y: y + free/2},
		PointerEvent{Kind: PointerUp, X: x, Y: y + free/2})
	if want := rep.Max / 2; g.s.Off < want-1 || g.s.Off > want+1 {
		t.Errorf("the thumb dragged half its track scrolled the panel to %g, want about %g", g.s.Off, want)
	}
	// A mouse press on the content is the scene's, not a drag.
	g.tick(0, at, []keymap.Action{keymap.PanelTop})
	g.tick(0, at, nil,
		PointerEvent{Kind: PointerDown, X: 600, Y: 250},
		PointerEvent{Kind: PointerMove, X: 600, Y: 150})
	if g.s.Off != 0 || g.s.Dragging() {
		t.Errorf("a mouse drag on the content scrolled the panel to %g", g.s.Off)
	}
}

func partNamed(rep PanelReport, name string) (PartReport, bool) {
	for _, p := range rep.Parts {
		if p.Name == name {
			return p, true
		}
	}
	return PartReport{}, false
}

// A plot that takes the rest of a panel (Take) fills it without making it
// scroll: the gap after the plot is part of the room it took. Where the
// rest is shorter than the plot's least height, the panel scrolls by the
// difference.
func TestTakeFillsThePanelWithoutScrolling(t *testing.T) {
	g := newScrollRig(t)
	for _, least := range []float64{40, g.r.H} {
		p := NewScrollPanel(g.dst, g.c, g.r, &g.s)
		p.Line("a line")
		rest := p.Rest().H
		plot := p.Take(least)
		p.End()
		want := max(0, least-(rest-4)) // the plot's excess over the rest, less the gap
		if got := g.s.Max(g.r); got < want-1e-9 || got > want+1e-9 {
			t.Errorf("Take(%g) with %g left: the panel scrolls by %g, want %g", least, rest, got, want)
		}
		if plot.Bottom() > g.r.Bottom() && least <= rest-4 {
			t.Errorf("Take(%g) with %g left: the plot ends at %g, below the panel's %g", least, rest, plot.Bottom(), g.r.Bottom())
		}
	}
}
