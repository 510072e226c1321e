package neuron

import (
	"slices"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// anew makes the scene's grid layer and the table's x columns stale, so
// that the next frame draws and makes them from scratch.
func anew(s *Scene) {
	s.grid.key = gridKey{}
	s.xs.made = false
}

// addPoint clicks a new point onto the plane at data point x.
func addPoint(r *scenetest.Rig[*Scene], x [2]float64) {
	at := screen(r.S, x)
	r.Click(at[0], at[1], ui.ButtonLeft)
}

// With θ₁ nudged every frame (the bench's case) neither the grid nor the
// table's x columns are made again; a new point, another theme and a
// larger scale each make them once.
func TestGridAndXColumnsKeptWhileNudged(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.Draw()
	g, x := s.grid.draws, s.xs.makes
	frame := nudgedFrame(r)
	for range 30 {
		frame()
	}
	if s.grid.draws != g || s.xs.makes != x {
		t.Fatalf("30 nudged frames drew the grid %d times and made the x columns %d times, want 0 and 0", s.grid.draws-g, s.xs.makes-x)
	}
	for i, ch := range []scenetest.LayerChange{
		{What: "a new point", Do: func() { addPoint(r, [2]float64{-1.5, 1.5}) }},
		{What: "the light theme", Do: func() { r.C.Theme = ui.Light; r.Tick() }},
		{What: "a larger scale", Do: func() { r.C.Scale = 1.25; r.Tick() }},
	} {
		ch.Do()
		r.Draw()
		r.Draw()
		if got := s.grid.draws - g; got != i+1 {
			t.Errorf("%s: the grid was drawn %d times in all, want %d", ch.What, got, i+1)
		}
	}
	if got := s.xs.makes - x; got != 1 {
		t.Errorf("the x columns were made %d times after one new point, want 1", got)
	}
}

// A frame from the grid layer and the kept x columns is, pixel for pixel
// (to the GPU's rounding), the frame drawn from scratch, and reports the
// same layout: after a nudge, a new point, another activation, another
// theme and a scale.
func TestCachedFramesAsDrawnAnew(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	changes := []scenetest.LayerChange{
		{What: "θ₁ up", Do: func() { r.Do(keymap.ParamInc) }},
		{What: "a new point", Do: func() { addPoint(r, [2]float64{1.5, -1.5}) }},
		{What: "the activation", Do: func() { r.Do(actActivation) }},
		{What: "the light theme", Do: func() { r.C.Theme = ui.Light; r.Tick() }},
		{What: "a larger scale", Do: func() { r.C.Scale = 1.25; r.Tick() }},
	}
	scenetest.CachedFramesAsDrawnAnew(t, r, func() { anew(s) }, changes...)
	for _, ch := range changes {
		ch.Do()
		r.Draw()
		r.Draw()
		kept := slices.Clone(r.C.Layout().Labels)
		anew(s)
		r.Draw()
		if drawn := r.C.Layout().Labels; !slices.Equal(kept, drawn) {
			t.Errorf("after %s the layout from the caches differs from the one drawn anew:\n%v\n%v", ch.What, kept, drawn)
		}
	}
	if len(r.C.Layout().Labels) == 0 {
		t.Fatal("the frame reported no labels")
	}
}
