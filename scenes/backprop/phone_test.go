package backprop

import (
	"fmt"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// phone is the upright phone of the presenting checks (390×844).
var phone = scenetest.Windows[2]

// phones are the phones the checks walk: upright, and held sideways
// (844×390 and 740×360).
var phones = []scenetest.Window{phone, {W: 844, H: 390, Scale: 1}, {W: 740, H: 360, Scale: 1}}

// On a phone, upright or sideways, the graph's text was about 7 px and
// the key hint tiny (issue 13). Through a whole walk, in both languages:
// no text is under the legible minimum, no label covers a node or another
// label, every label lies on the screen, and the part shown is the one
// the step's edges lie in.
func TestPhoneShowsEachStepLegibly(t *testing.T) {
	if phone.W != 390 || phone.H != 844 {
		t.Fatalf("the phone window is %gx%g", phone.W, phone.H)
	}
	for _, win := range phones {
		for _, en := range []bool{false, true} {
			r := scenetest.NewWindow(t, New(), win)
			if en {
				r.C.Lang = r.C.Lang.Other()
			}
			if !r.S.lay.phone {
				t.Fatalf("%gx%g: not the phone's layout", win.W, win.H)
			}
			for i := 0; i <= walkLen; i++ {
				if i > 0 {
					r.Do(keymap.Step)
				}
				for range 40 { // let the pulse arrive, so the values show
					r.Tick()
				}
				what := fmt.Sprintf("%gx%g %s step %d (%v)", win.W, win.H, r.C.Lang, i, r.State()["focus"])
				checkPhoneFrame(t, r, what)
				if k := stepPart(&r.S.v.cur); k >= 0 && r.S.lay.sec != k {
					t.Errorf("%s: the phone shows part %d, the step is in part %d", what, r.S.lay.sec, k)
				}
			}
		}
	}
}

// checkPhoneFrame draws a frame and fails with every text under the
// legible minimum, every label over a node or another label, and every
// label or node off the screen.
func checkPhoneFrame(t *testing.T, r *scenetest.Rig[*Scene], what string) {
	t.Helper()
	for _, s := range scenetest.TextsUnder(r.C.LegiblePx(), func() { r.Draw() }) {
		t.Errorf("%s: %q at %.1f px, under %.1f", what, s.Text, s.Px, r.C.LegiblePx())
	}
	for _, o := range r.Overlaps(what) {
		t.Error(o)
	}
	b := r.C.Bounds
	screen := place.Box{X0: b.X, Y0: b.Y, X1: b.Right(), Y1: b.Bottom()}
	// A phone held sideways shows a graph taller than the screen: its
	// labels may lie below, as far as the page scrolls.
	screen.Y1 += r.S.scroll.Max(r.S.lay.list) - r.S.scroll.Off
	rep := r.C.Layout()
	for _, l := range rep.Labels {
		if l.Box[0] < screen.X0-0.5 || l.Box[1] < screen.Y0-0.5 || l.Box[2] > screen.X1+0.5 || l.Box[3] > screen.Y1+0.5 {
			t.Errorf("%s: label %q %v leaves the screen %v", what, l.Text, l.Box, screen)
		}
	}
	for _, m := range rep.Markers {
		if m[0] < screen.X0-0.5 || m[2] > screen.X1+0.5 {
			t.Errorf("%s: a marker %v leaves the screen's width", what, m)
		}
	}
}

// Every part of the graph the desktop shows is reachable on a phone: a
// tap on a tab shows its part (every node of the graph is drawn in one
// part or the other) until the next step, which shows its own part
// again; the other part is as legible and as clear.
func TestPhoneTabsShowEveryPart(t *testing.T) {
	r := scenetest.NewWindow(t, New(), phone)
	for range 10 { // the backward pass at ∂L/∂θ₁^[2]: the second part
		r.Do(keymap.Step)
	}
	for range 40 {
		r.Tick()
	}
	if r.S.lay.sec != 1 {
		t.Fatalf("at ∂L/∂θ₁^[2] the phone shows part %d", r.S.lay.sec)
	}
	seen := map[string]bool{}
	for want := range parts {
		tab := r.S.lay.tabs[want]
		r.ClickIn(tab, 0.5, 0.5)
		if r.S.lay.sec != want {
			t.Fatalf("a tap on tab %d shows part %d", want, r.S.lay.sec)
		}
		checkPhoneFrame(t, r, fmt.Sprintf("part %d chosen", want))
		for id := range r.S.lay.pos {
			seen[id] = true
		}
	}
	for id := range spots {
		if !seen[id] {
			t.Errorf("node %s is in neither part", id)
		}
	}
	r.Click(r.S.lay.tabs[0].X+2, r.S.lay.tabs[0].Y+2, ui.ButtonLeft)
	r.Do(keymap.Step) // ∂L/∂θ₂^[2]: the second part again
	if r.S.lay.sec != 1 {
		t.Errorf("after a step the phone shows part %d, not the step's", r.S.lay.sec)
	}
	// A wide window keeps the whole graph.
	wide := scenetest.NewWindow(t, New(), scenetest.Windows[0])
	if wide.S.lay.phone || len(wide.S.lay.pos) != len(spots) {
		t.Errorf("1280x720: phone layout %v, %d nodes", wide.S.lay.phone, len(wide.S.lay.pos))
	}
}
