package regression

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// TestPicturesFollowSteps: while the descent plays, a frame between steps
// draws neither the plane's picture nor the panel (it copies them), a
// step draws each once, and never both in one frame: the plane's picture
// in the step's frame and the panel in the next (the worst frame pays for
// one picture, not two).
func TestPicturesFollowSteps(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.Do(keymap.Play)
	r.Draw()
	k0, pics, panels := s.run.StepNo(), s.picDraws, s.panelDraws
	for i := range 240 {
		p, q, k := s.picDraws, s.panelDraws, s.run.StepNo()
		r.Tick()
		r.Draw()
		dp, dq := s.picDraws-p, s.panelDraws-q
		if dp > 0 && dq > 0 {
			t.Fatalf("frame %d drew the plane's picture and the panel", i)
		}
		if s.run.StepNo() == k && dp > 0 && s.editor.Hover < 0 {
			t.Errorf("frame %d drew the plane's picture without a step", i)
		}
	}
	steps := s.run.StepNo() - k0
	if !s.player.Playing || steps < 4 {
		t.Fatalf("%d steps in 240 frames (playing %v): nothing measured", steps, s.player.Playing)
	}
	if got := s.picDraws - pics; got != steps {
		t.Errorf("%d steps drew the plane's picture %d times", steps, got)
	}
	if got := s.panelDraws - panels; got != steps {
		t.Errorf("%d steps drew the panel %d times", steps, got)
	}
}

// TestCachedFramesAsDrawnAnew: a frame shown from the cached pictures is
// the frame drawn from scratch, pixel for pixel, after steps, a new
// setting, the squares, a selected unit, a step back, a new point and a
// scroll of the panel: nothing the pictures show is missing from what
// tells them to be drawn again.
func TestCachedFramesAsDrawnAnew(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	scenetest.CachedFramesAsDrawnAnew(t, r, func() {
		s.picGen++
		s.panelGen++
		s.tickGen++ // every picture drawn anew
	},
		scenetest.LayerChange{What: "three steps", Do: func() { r.Steps(3) }},
		scenetest.LayerChange{What: "α up", Do: func() { r.Do(keymap.ParamInc) }},
		scenetest.LayerChange{What: "the squares", Do: func() { r.Do(actSquares) }},
		scenetest.LayerChange{What: "a unit", Do: func() { r.Do(actUnit) }},
		scenetest.LayerChange{What: "a step back", Do: func() { r.Do(keymap.Back) }},
		scenetest.LayerChange{What: "the log scale", Do: func() { r.Do(actLog) }},
		scenetest.LayerChange{What: "a new point", Do: func() { r.ClickIn(s.plane.Rect, 0.3, 0.3) }},
		scenetest.LayerChange{What: "σ", Do: func() { r.Do(keymap.ParamNext); r.Do(keymap.ParamNext); r.Do(keymap.ParamInc) }},
		scenetest.LayerChange{What: "the panel scrolled", Do: func() { s.scroll.Off = 40; r.Tick() }},
	)
}

// TestGridLayerKeptWhilePlaying: the grid is drawn once and kept while the
// descent plays, and drawn again when the plane or the points change. (It
// is drawn again as well when a residual comes to cross a tick number or
// leaves it, which moves the number: those redraws, rare and not made by
// every step, are not counted here; TestTicksMoveOnlyWhenCrossed counts them.)
func TestGridLayerKeptWhilePlaying(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	play := func() { r.Do(keymap.Play) }
	scenetest.LayerKeptWhilePlaying(t, r, func() int { return s.gridDraws - s.tickDraws }, play, play,
		scenetest.LayerChange{What: "a new point", Do: func() { r.ClickIn(s.plane.Rect, 0.3, 0.3) }},
		scenetest.LayerChange{What: "a shorter window", Do: func() { r.C.Bounds.H -= 40; r.Tick() }},
	)
}

// TestTicksMoveOnlyWhenCrossed: while the descent plays, the grid's layer
// is drawn again only when the tick numbers move, which a step does only
// now and then (a residual or a curve comes to cross a number or leaves
// it): over 200 steps of the default preset, far fewer redraws than steps
// (23 with the curves counted, 5 with the residuals alone).
func TestTicksMoveOnlyWhenCrossed(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	r.Draw()
	n, k := s.gridDraws, s.run.StepNo()
	for range 200 {
		r.Do(keymap.Step)
		r.Draw()
	}
	steps, draws := s.run.StepNo()-k, s.gridDraws-n
	t.Logf("%d steps, %d redraws of the grid", steps, draws)
	if steps != 200 || draws > steps/8 {
		t.Errorf("%d steps redrew the grid %d times", steps, draws)
	}
}
