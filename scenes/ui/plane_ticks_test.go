package ui

import (
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui/place"
)

// tickRig is a 1280×720 slide's plane, ±2 along its shorter side, drawn at
// scale.
func tickRig(scale float64) (*ebiten.Image, *Context, Plane) {
	dst := ebiten.NewImage(1280, 720)
	c := &Context{Theme: Dark, Scale: scale, Bounds: Rect{0, 46, 1280, 674}}
	pl := NewPlane(0, 0, 2)
	pl.Layout(Rect{0, 46, 860, 674})
	return dst, c, pl
}

// xTick returns the tick number of the horizontal axis at the data value
// x among labels (the one centred on x's grid line), if there is one.
func xTick(p *Plane, labels []place.Label, x float64) (place.Box, bool) {
	sx, _ := p.ToScreen([2]float64{x, 0})
	want := tick(x)
	for _, l := range labels {
		b := place.Box{X0: l.Box[0], Y0: l.Box[1], X1: l.Box[2], Y1: l.Box[3]}
		if l.Text == want && math.Abs(b.Center().X-sx) < 0.5 {
			return b, true
		}
	}
	return place.Box{}, false
}

// nearTick is xTick for a number moved beside its grid line: within two
// of its widths.
func nearTick(p *Plane, labels []place.Label, x float64) (place.Box, bool) {
	sx, _ := p.ToScreen([2]float64{x, 0})
	for _, l := range labels {
		b := place.Box{X0: l.Box[0], Y0: l.Box[1], X1: l.Box[2], Y1: l.Box[3]}
		if l.Text == tick(x) && math.Abs(b.Center().X-sx) < 2*b.W()+1 && b.Center().X != sx {
			return b, true
		}
	}
	return place.Box{}, false
}

// The grid's tick numbers are labels of the frame's layout report, where
// the grid writes them, clear of each other and of the axis names.
func TestGridReportsItsTickNumbers(t *testing.T) {
	dst, c, p := tickRig(1)
	defer dst.Deallocate()
	p.DrawGrid(dst, c)
	rep := c.Layout()
	ticks := p.TickLabels(c, nil)
	if len(ticks) < 6 {
		t.Fatalf("%d tick numbers on a ±2 plane, want the numbers of both axes", len(ticks))
	}
	for _, tk := range ticks {
		found := false
		for _, l := range rep.Labels {
			found = found || (l.Text == tk.Text && l.Box == tk.Box.Array())
		}
		if !found {
			t.Errorf("tick %q %v is not in the layout report", tk.Text, tk.Box)
		}
	}
	for _, x := range []float64{-2, -1, 1, 2} {
		if _, ok := xTick(&p, rep.Labels, x); !ok {
			t.Errorf("no tick number %q under the horizontal axis", tick(x))
		}
	}
	if o := place.Overlaps(*rep); len(o) > 0 {
		t.Errorf("the grid's labels overlap: %v", o)
	}
}

// With DrawGridAvoiding a tick number that would cover a point's marker
// goes to the other side of its axis; when a point covers that side too,
// beside the point under the axis, just past its marker (XOR's "1" by
// its point (1, 0)); when points cover both sides of it too, to the
// plane's bottom edge; and it is left out when a point covers the edge as
// well. The report then has no label over a marker.
func TestTickNumberGivesWayToPoints(t *testing.T) {
	_, c0, p0 := tickRig(1)
	edgeY := p0.YMin + (p0.YMax-p0.YMin)*12/p0.Rect.H // 12 px above the bottom
	under := engine.Point{X: [2]float64{1, -0.12}, Y: 1}
	over := engine.Point{X: [2]float64{1, 0.12}, Y: -1}
	atEdge := engine.Point{X: [2]float64{1, edgeY}, Y: 1}
	// A point where the number would go beside the point under the axis,
	// on its right.
	sx, ay := p0.ToScreen([2]float64{1, 0})
	w, h := MeasureText("1", c0.Px(TextMin))
	past := PointRadius(c0, 4) + c0.Px(3) + w/2
	rx, ry := p0.ToData(sx+past, ay+c0.Px(3)+h/2)
	right := engine.Point{X: [2]float64{rx, ry}, Y: 1}
	const (
		above  = iota // written above the axis
		beside        // under the axis, beside the point
		edge          // written at the plane's bottom edge
		none          // left out
	)
	for _, tc := range []struct {
		name  string
		pts   []engine.Point
		where int
	}{
		{"a point under the tick", []engine.Point{under}, above},
		{"points on both sides", []engine.Point{under, over}, beside},
		{"points on both sides and beside", []engine.Point{under, over, right}, edge},
		{"points on both sides, beside and at the edge", []engine.Point{under, over, right, atEdge}, none},
	} {
		dst, c, p := tickRig(1)
		p.DrawGridAvoiding(dst, c, tc.pts)
		p.ReportPoints(c, tc.pts)
		rep := c.Layout()
		if o := place.Overlaps(*rep); len(o) > 0 {
			t.Errorf("%s: %v", tc.name, o)
		}
		b, ok := xTick(&p, rep.Labels, 1)
		bb, near := nearTick(&p, rep.Labels, 1)
		switch {
		case tc.where == beside && (ok || !near):
			t.Errorf("%s: tick \"1\" on its grid line %v or not beside it %v", tc.name, ok, near)
		case tc.where == beside && (bb.Y0 < ay || bb.Y0 > ay+c0.Px(8) || bb.X1 > sx && bb.X0 < sx):
			t.Errorf("%s: tick \"1\" %v not under the axis y = %g beside x = %g", tc.name, bb, ay, sx)
		case tc.where != beside && ok != (tc.where != none):
			t.Errorf("%s: tick \"1\" written %v, want %v", tc.name, ok, tc.where != none)
		case tc.where == above && b.Y1 > ay:
			t.Errorf("%s: tick \"1\" %v still below the axis at y = %g", tc.name, b, ay)
		case tc.where == edge && (b.Y1 > p.Rect.Bottom() || b.Y0 < p.Rect.Bottom()-c.Px(40)):
			t.Errorf("%s: tick \"1\" %v not at the plane's bottom edge %g", tc.name, b, p.Rect.Bottom())
		}
		if _, ok := xTick(&p, rep.Labels, 2); !ok {
			t.Errorf("%s: tick \"2\", clear of the points, is gone", tc.name)
		}
		dst.Deallocate()
	}
}

// DrawGridClearOf's tick numbers give way to the labels a scene placed
// before the grid, as to points.
func TestTickNumberGivesWayToPlacedLabels(t *testing.T) {
	dst, c, p := tickRig(1)
	defer dst.Deallocate()
	under := p.TickLabels(c, nil)
	var one place.Box
	for _, tk := range under {
		if b, ok := xTick(&p, []place.Label{{Text: tk.Text, Box: tk.Box.Array()}}, 1); ok {
			one = b
		}
	}
	if !one.Valid() {
		t.Fatal("no tick \"1\" under the horizontal axis to cover")
	}
	pl := place.New(p.Rect.Box())
	pl.AddLabel("h", one.Grow(2))
	p.DrawGridClearOf(dst, c, nil, pl)
	rep := c.Layout()
	rep.Add(pl)
	if o := place.Overlaps(*rep); len(o) > 0 {
		t.Errorf("a tick number covers the placed label: %v", o)
	}
	if b, ok := xTick(&p, rep.Labels, 1); !ok || b.Overlaps(one) {
		t.Errorf("tick \"1\" at %v (written %v), want it above the axis, off the label", b, ok)
	}
}

// At the largest text scale on a small plane the tick numbers, which grow
// with the text, still never cover each other or the axis names: a
// number with no room is left out, but some remain.
func TestTickNumbersKeepClearOfEachOtherWhenLarge(t *testing.T) {
	for _, scale := range []float64{1, 3, 4.5} {
		dst := ebiten.NewImage(800, 800)
		c := &Context{Theme: Dark, Scale: scale, Bounds: Rect{0, 0, 800, 800}}
		p := NewPlane(0.3, -0.2, 1.7)
		p.Layout(Rect{10, 10, 380, 300})
		p.DrawGrid(dst, c)
		rep := c.Layout()
		if o := place.Overlaps(*rep); len(o) > 0 {
			t.Errorf("scale %g: %v", scale, o)
		}
		if len(rep.Labels) < 2+2 {
			t.Errorf("scale %g: only %d labels (two axis names and the tick numbers)", scale, len(rep.Labels))
		}
		labels := p.GridLabels(c, nil)
		if len(labels) != len(rep.Labels) {
			t.Errorf("scale %g: GridLabels gives %d labels, the grid wrote %d", scale, len(labels), len(rep.Labels))
		}
		dst.Deallocate()
	}
}

// A number the data pushes off its place does not crowd a neighbour: on a
// small plane with a grid step of 0.5, points on both sides of tick "1"
// would put it just past its point, a space from "1.5" ("1 1.5" reads as
// "11.5"). "1.5" keeps its place on its grid line, "1" goes elsewhere,
// and no two numbers come closer than half their height.
func TestTickNumbersKeepApart(t *testing.T) {
	dst := ebiten.NewImage(1280, 720)
	defer dst.Deallocate()
	c := &Context{Theme: Dark, Scale: 1, Bounds: Rect{0, 46, 1280, 674}}
	p := NewPlane(0, 0, 2)
	p.Layout(Rect{0, 46, 320, 320})
	if step, _ := p.gridSteps(); step != 0.5 {
		t.Fatalf("rig: grid step %g, want 0.5", step)
	}
	pts := []engine.Point{{X: [2]float64{1, -0.12}, Y: 1}, {X: [2]float64{1, 0.12}, Y: -1}}
	fs := c.Px(TextMin)
	// The rig must crowd: "1" just past its point would stand clear of
	// "1.5" on its grid line, but closer than half the text height.
	sx, _ := p.ToScreen([2]float64{1, 0})
	s15, _ := p.ToScreen([2]float64{1.5, 0})
	w1, _ := MeasureText("1", fs)
	w15, _ := MeasureText("1.5", fs)
	if gap := (s15 - w15/2) - (sx + PointRadius(c, len(pts)) + c.Px(3) + w1); gap < 0 || gap >= fs/2 {
		t.Fatalf("rig: \"1\" beside its point would be %g px from \"1.5\", want 0 … %g", gap, fs/2)
	}
	p.DrawGridAvoiding(dst, c, pts)
	p.ReportPoints(c, pts)
	rep := c.Layout()
	if o := place.Overlaps(*rep); len(o) > 0 {
		t.Errorf("overlaps: %v", o)
	}
	if _, ok := xTick(&p, rep.Labels, 1.5); !ok {
		t.Errorf("tick \"1.5\" is not on its grid line: %v", rep.Labels)
	}
	ticks := p.TickLabels(c, pts)
	for i, a := range ticks {
		for _, b := range ticks[i+1:] {
			if a.Box.Grow(fs/2 - 0.01).Overlaps(b.Box) {
				t.Errorf("ticks %q %v and %q %v closer than %g px", a.Text, a.Box, b.Text, b.Box, fs/2)
			}
		}
	}
}
