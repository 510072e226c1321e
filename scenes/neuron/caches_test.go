package neuron

import (
	"slices"
	"testing"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// anew makes the scene's grid layer, the panel's layer and the table's x
// columns stale, so that the next frame draws and makes them from
// scratch.
func anew(s *Scene) {
	s.grid.key = gridKey{}
	s.panelImg.key = panelKey{}
	s.xs.made = false
}

// addPoint clicks a new point onto the plane at data point x.
func addPoint(r *scenetest.Rig[*Scene], x [2]float64) {
	at := screen(r.S, x)
	r.Click(at[0], at[1], ui.ButtonLeft)
}

// With θ₁ nudged every frame (the bench's case) neither the grid, the
// panel's still parts nor the table's x columns are made again; a new
// point, another theme and a larger scale each make them once.
func TestGridAndXColumnsKeptWhileNudged(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.Draw()
	g, x, p := s.grid.draws, s.xs.makes, s.panelImg.draws
	frame := nudgedFrame(r)
	for range 30 {
		frame()
	}
	if s.grid.draws != g || s.xs.makes != x || s.panelImg.draws != p {
		t.Fatalf("30 nudged frames drew the grid %d times, the panel's layer %d times and made the x columns %d times, want 0, 0 and 0",
			s.grid.draws-g, s.panelImg.draws-p, s.xs.makes-x)
	}
	for i, ch := range []scenetest.LayerChange{
		{What: "a new point", Do: func() { addPoint(r, [2]float64{-1.5, 1.5}) }},
		{What: "the light theme", Do: func() { r.C.Theme = ui.Light; r.Tick() }},
		// (At 1.25 the probe's potential wraps on this panel.)
		{What: "a larger scale", Do: func() { r.C.Scale = 1.25; r.Tick() }},
	} {
		ch.Do()
		r.Draw()
		r.Draw()
		if got := s.grid.draws - g; got != i+1 {
			t.Errorf("%s: the grid was drawn %d times in all, want %d", ch.What, got, i+1)
		}
		if got := s.panelImg.draws - p; got != i+1 {
			t.Errorf("%s: the panel's layer was drawn %d times in all, want %d", ch.What, got, i+1)
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
		{What: "θ₂ selected", Do: func() { r.Do(keymap.ParamNext) }},
		{What: "θ₂ down", Do: func() { r.Do(keymap.ParamDec, keymap.ParamDec) }},
		{What: "the probe moved", Do: func() {
			at := screen(s, [2]float64{-0.5, 0.7})
			r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: at[0], Y: at[1]})
			r.Tick()
		}},
		{What: "a point hovered", Do: func() {
			at := screen(s, [2]float64{1, 1})
			r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: at[0], Y: at[1]})
			r.Tick()
		}},
		{What: "preset 2", Do: func() { r.DoArg(keymap.Preset, 2) }},
		{What: "English", Do: func() { r.C.Lang = i18n.EN; r.Tick() }},
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

// The panel drawn from its layer, with the live parts over it, is (to the
// GPU's rounding) the panel written straight, part after part: at the
// start, after nudges of θ₁ and θ₂, with a table row hovered, in English,
// in the light theme and at a scale where the probe's lines wrap.
func TestPanelLayerAsWrittenStraight(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	for _, ch := range []scenetest.LayerChange{
		{What: "the start", Do: func() {}},
		{What: "θ₁ up", Do: func() { r.Do(keymap.ParamInc, keymap.ParamInc) }},
		{What: "θ₂ down", Do: func() { r.Do(keymap.ParamNext, keymap.ParamDec) }},
		{What: "a point hovered", Do: func() {
			at := screen(s, [2]float64{1, 1})
			r.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: at[0], Y: at[1]})
			r.Tick()
		}},
		{What: "English", Do: func() { r.C.Lang = i18n.EN; r.Tick() }},
		{What: "the light theme", Do: func() { r.C.Theme = ui.Light; r.Tick() }},
		{What: "a scale that wraps the potential", Do: func() { r.C.Scale = 1.25; r.Tick() }},
		{What: "θ₂ up, wrapped", Do: func() { r.Do(keymap.ParamInc, keymap.ParamInc) }},
	} {
		ch.Do()
		r.Draw()
		layered := scenetest.Pixels(r.Draw())
		if s.panelImg.draws == 0 {
			t.Fatalf("%s: the panel was not drawn from its layer", ch.What)
		}
		s.panelImg.straight = true
		img := r.Draw()
		s.panelImg.straight = false
		if box, n := scenetest.PixelsApart(layered, scenetest.Pixels(img), img.Bounds().Dx()); n > 0 {
			t.Errorf("after %s the panel from its layer differs from the panel written straight in %d pixels, within %v", ch.What, n, box)
		}
	}
}
