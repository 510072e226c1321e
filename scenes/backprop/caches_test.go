package backprop

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// TestCachedFramesAsDrawnAnew: a frame shown from the cached pictures
// (the graph's, the panel's, and their parts: the small plane, the title
// and the strip) is the frame drawn from scratch, to the GPU's rounding,
// after a step, the walk up to the update, the next example, a new point,
// α changed and a step back: nothing they show is missing from what tells
// them to be drawn again.
func TestCachedFramesAsDrawnAnew(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	toUpdate := func() {
		for i := 0; i < 30 && s.w.Cur().St.Phase != "update"; i++ {
			r.Do(keymap.Step)
		}
		if s.w.Cur().St.Phase != "update" {
			t.Fatal("the walk did not reach the update")
		}
	}
	scenetest.CachedFramesAsDrawnAnew(t, r, func() {
		s.gen++ // the graph's and the panel's pictures
		s.pics.plane.drawn = false
		s.pics.title.drawn = false
		s.pics.strip.drawn = false
	},
		scenetest.LayerChange{What: "a step", Do: func() { r.Do(keymap.Step) }},
		scenetest.LayerChange{What: "the walk up to the update", Do: toUpdate},
		scenetest.LayerChange{What: "the next example's start", Do: func() { r.Do(keymap.Step) }},
		scenetest.LayerChange{What: "the next example", Do: func() { r.Do(nextExample) }},
		scenetest.LayerChange{What: "a new point", Do: func() { r.ClickIn(s.plane.Rect, 0.2, 0.8) }},
		scenetest.LayerChange{What: "α up", Do: func() { r.Do(keymap.ParamInc) }},
		scenetest.LayerChange{What: "a step back", Do: func() { r.Do(keymap.Back) }},
	)
}

// TestPartsRedrawnOnlyWhenTheyChange: walking through examples, the
// panel's small plane is drawn anew only when the network or the example
// changed (the update, a new example), not at every step that redraws the
// panel's table, and the graph's title and strip once a step, not for
// each of the step's two graph pictures.
func TestPartsRedrawnOnlyWhenTheyChange(t *testing.T) {
	r := scenetest.OnLoop(t, New(), func(*scenetest.Rig[*Scene]) {})
	s := r.S
	for range 3 {
		r.Frame()
	}
	plane0, title0, strip0 := s.pics.plane.redrawn, s.pics.title.redrawn, s.pics.strip.redrawn
	changes, steps := 0, 0
	last := s.w.Cur()
	for range 60 { // past two updates: a walk is 23 steps
		r.Do(keymap.Step)
		steps++
		for range 40 { // the pulse runs out, the pictures ahead are drawn
			r.Frame()
		}
		cur := s.w.Cur()
		if cur.Ex != last.Ex || cur.G.Model() != last.G.Model() {
			changes++
		}
		last = cur
	}
	if changes < 2 {
		t.Fatalf("%d changes of the network or example in %d steps: not walking as the test expects", changes, steps)
	}
	if n := s.pics.plane.redrawn - plane0; n > changes || n == 0 {
		t.Errorf("the small plane was drawn %d times over %d steps with %d changes of the network or example", n, steps, changes)
	}
	for _, p := range []struct {
		what string
		n    int
	}{{"title", s.pics.title.redrawn - title0}, {"strip", s.pics.strip.redrawn - strip0}} {
		if p.n > steps {
			t.Errorf("the %s was drawn %d times over %d steps (at most once a step)", p.what, p.n, steps)
		}
	}
}
