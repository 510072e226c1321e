package xor

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// TestNumbersTakeTurnsAtTopSpeed: training at the top speed changes the
// panel and the loss curve every tick; each frame draws one of them
// (copying the other), in turn, never both, so that each is at most a
// frame behind the network.
// With the loss curve in the panel (a small window), the panel leaves a
// slot for it and the two still take turns.
func TestNumbersTakeTurnsAtTopSpeed(t *testing.T) {
	for _, sz := range rigSizes {
		t.Run(sz.name, func(t *testing.T) { numbersTakeTurns(t, sz) })
	}
}

// rigSizes are the scene areas the cache tests run in: the loss curve
// beside the planes, and in the panel.
var rigSizes = []struct {
	name    string
	w, h    float64
	inPanel bool
}{
	{"beside", scenetest.Width, scenetest.Height, false},
	{"in panel", 640, 360, true},
}

func numbersTakeTurns(t *testing.T, sz struct {
	name    string
	w, h    float64
	inPanel bool
}) {
	r := scenetest.NewSize(t, New(), sz.w, sz.h)
	topSpeed(r)
	if r.S.v.lossInPanel != sz.inPanel {
		t.Fatalf("loss curve in the panel: %v, want %v", r.S.v.lossInPanel, sz.inPanel)
	}
	k := &r.S.cache
	r.Draw()
	p0, l0 := k.panelDraws, k.lossDraws
	for i := range 60 {
		p, l := k.panelDraws, k.lossDraws
		r.Tick()
		r.Draw()
		dp, dl := k.panelDraws-p, k.lossDraws-l
		if dp+dl != 1 {
			t.Fatalf("frame %d drew the panel %d times and the loss curve %d times, want one of them", i, dp, dl)
		}
		if k.panelShown != k.panelGen && k.lossShown != k.lossGen {
			t.Fatalf("frame %d left both behind", i)
		}
	}
	// In turn: neither drawn in more than half the frames (the panel
	// holding the curve, once drawn every frame, no exception).
	if dp, dl := k.panelDraws-p0, k.lossDraws-l0; dp > 31 || dl > 31 {
		t.Errorf("60 frames drew the panel %d times and the loss curve %d times, want at most 31 each", dp, dl)
	}
	if !r.S.player.Playing {
		t.Fatal("training stopped: the case measured is not playing")
	}
	// Paused, the frame after a step shows both as they are.
	r.Do(keymap.Play)
	r.Do(keymap.Step)
	r.Draw()
	if k.panelShown != k.panelGen || k.lossShown != k.lossGen {
		t.Error("paused, a step left the panel or the loss curve behind")
	}
}

// TestCachedFramesAsDrawnAnew: a frame shown from the cached panel and
// loss curve is the frame drawn from scratch, pixel for pixel (to the
// GPU's rounding), after a step, the activation, a parameter, a new
// width, training, a step back, a new point and a scroll of the panel:
// nothing they show is missing from what tells them to be drawn again.
func TestCachedFramesAsDrawnAnew(t *testing.T) {
	for _, sz := range rigSizes {
		t.Run(sz.name, func(t *testing.T) {
			r := scenetest.NewSize(t, New(), sz.w, sz.h)
			if r.S.v.lossInPanel != sz.inPanel {
				t.Fatalf("loss curve in the panel: %v, want %v", r.S.v.lossInPanel, sz.inPanel)
			}
			cachedFramesAsDrawnAnew(t, r)
		})
	}
}

func cachedFramesAsDrawnAnew(t *testing.T, r *scenetest.Rig[*Scene]) {
	s := r.S
	scenetest.CachedFramesAsDrawnAnew(t, r, func() {
		s.cache.panelGen++
		s.cache.stillGen++
		s.cache.lossGen++ // all drawn anew
	},
		scenetest.LayerChange{What: "a step", Do: func() { r.Do(keymap.Step) }},
		scenetest.LayerChange{What: "the activation", Do: func() { r.Do(actActivation) }},
		scenetest.LayerChange{What: "α up", Do: func() { r.Do(keymap.ParamInc) }},
		scenetest.LayerChange{What: "a wider network", Do: func() { r.Do(keymap.ParamNext); r.Do(keymap.ParamInc) }},
		scenetest.LayerChange{What: "ten steps", Do: func() { r.Steps(10) }},
		scenetest.LayerChange{What: "a step back", Do: func() { r.Do(keymap.Back) }},
		scenetest.LayerChange{What: "a new point", Do: func() { r.ClickIn(s.plane.Rect, 0.2, 0.2) }},
		scenetest.LayerChange{What: "the panel scrolled", Do: func() { s.scroll.Off = 30; r.Tick() }},
	)
}

// TestStillPanelKeptWhileTraining: training at the top speed redraws only
// the panel's numbers (drawPanelNumbers, over a copy of the still panel);
// the still panel — its titles, settings, formulas and hints, some forty
// lines — is drawn once and kept, and drawn again when what it shows
// changes: α, the activation, the width, the scroll.
func TestStillPanelKeptWhileTraining(t *testing.T) {
	for _, sz := range rigSizes {
		t.Run(sz.name, func(t *testing.T) {
			r := scenetest.NewSize(t, New(), sz.w, sz.h)
			s := r.S
			changes := []scenetest.LayerChange{
				{What: "α up", Do: func() { r.Do(keymap.ParamInc) }},
				{What: "the activation", Do: func() { r.Do(actActivation) }},
				{What: "a wider network", Do: func() { r.Do(keymap.ParamNext); r.Do(keymap.ParamInc) }},
			}
			if sz.inPanel { // a panel that has more than fits scrolls
				changes = append(changes, scenetest.LayerChange{What: "the panel scrolled", Do: func() { s.scroll.Off = 10; r.Tick() }})
			}
			scenetest.LayerKeptWhilePlaying(t, r, func() int { return s.cache.stillDraws }, func() { topSpeed(r) }, func() { r.Do(keymap.Play) }, changes...)
		})
	}
}

// TestGridLabelsFoundOncePerGrid: the units' labels are placed every
// tick while training, clear of the grid's labels, whose boxes are found
// once for the grid shown and again only when it changes (a new point).
func TestGridLabelsFoundOncePerGrid(t *testing.T) {
	r := scenetest.New(t, New())
	s := r.S
	topSpeed(r)
	n := s.v.gridLabels.found
	for range 30 {
		r.Tick()
	}
	if got := s.v.gridLabels.found - n; got != 0 {
		t.Errorf("30 training ticks found the grid's labels %d times", got)
	}
	r.ClickIn(s.plane.Rect, 0.2, 0.2)
	if got := s.v.gridLabels.found - n; got != 1 {
		t.Errorf("a new point found the grid's labels %d times, want 1", got)
	}
}
