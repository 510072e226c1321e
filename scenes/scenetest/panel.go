package scenetest

import (
	"fmt"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// LargestZoom is the largest text scale Ctrl+= reaches (scenes/game.go
// clamps it at 3).
const LargestZoom = 3

// ZoomedWidth and ZoomedHeight are the scene area the panel checks use: a
// 1280×720 window at the largest zoom, less a title bar and the control
// strip at that scale, rounded down (a smaller area than the game's, so
// the check is the stricter).
const (
	ZoomedWidth  = 1280
	ZoomedHeight = 480
)

// PanelPartsReachable loads each of the scene's presets (Shift+1 … n) in
// a 1280×720 window at the largest zoom, in both languages, and checks
// that every part parts names for the scene as loaded is in the side panel's report (the
// panel left nothing out) and that scrolling with the panel keys brings
// each one fully into view (or, for a part taller than the panel, makes
// it fill the panel). It also checks that the wheel over the panel
// scrolls it.
func PanelPartsReachable[S ui.Scene](t *testing.T, mk func() S, n int, parts func(s S) []string) {
	t.Helper()
	for _, lang := range []string{"es", "en"} {
		for i := 1; i <= n; i++ {
			// A fresh scene for each preset: what one preset shows must
			// not depend on the one loaded before.
			r := NewSize(t, mk(), ZoomedWidth, ZoomedHeight)
			r.C.Scale = LargestZoom
			if lang == "en" {
				r.C.Lang = r.C.Lang.Other()
			}
			what := fmt.Sprintf("%s %s preset %d at zoom %d", r.S.ID(), lang, i, LargestZoom)
			r.DoArg(keymap.Preset, i)
			r.Do(keymap.PanelTop)
			r.Draw()
			r.Tick() // Update clamps against what Draw measured
			checkPanelParts(t, r, what, parts(r.S))
		}
	}
}

// checkPanelParts scrolls the rig's panel from its top to its end a page
// at a time and fails with every wanted part that is missing or never
// fully seen.
func checkPanelParts[S ui.Scene](t *testing.T, r *Rig[S], what string, want []string) {
	t.Helper()
	r.Draw()
	reps := *r.C.Panels()
	if len(reps) == 0 {
		t.Errorf("%s: the panel reports nothing", what)
		return
	}
	have := map[string]bool{}
	for _, p := range reps {
		for _, part := range p.Parts {
			have[part.Name] = true
		}
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("%s: the panel left out %q (it has %v)", what, w, names(reps))
		}
	}
	if p := reps[0]; p.Max > 0 && p.Scroll == 0 {
		x, y := (p.Box[0]+p.Box[2])/2, (p.Box[1]+p.Box[3])/2
		r.Wheel(x, y, 40)
		r.Tick()
		r.Draw()
		if got := (*r.C.Panels())[0].Scroll; got <= 0 {
			t.Errorf("%s: the wheel over the panel did not scroll it (offset %g of %g)", what, got, p.Max)
		}
		r.Do(keymap.PanelTop)
		r.Draw()
	}
	// Every page down moves the panel until its end.
	for range 200 {
		p := (*r.C.Panels())[0]
		if p.Scroll >= p.Max-0.5 {
			break
		}
		r.Do(keymap.PanelDown)
		r.Draw()
		if q := (*r.C.Panels())[0]; q.Scroll <= p.Scroll {
			t.Errorf("%s: Shift+PageDown did not move the panel (offset %g of %g)", what, q.Scroll, q.Max)
			break
		}
	}
	// Each wanted part, brought into view with the wheel: the offset that
	// shows it whole (its top, if it is taller than the panel) is within
	// reach, and after the wheel turn the part is on screen.
	for _, w := range want {
		if !have[w] {
			continue
		}
		p := (*r.C.Panels())[0]
		part, ok := findPart(p, w)
		if !ok {
			continue // in a second column that does not scroll
		}
		target := p.Scroll + part.Box[1] - p.Box[1]
		if tall := part.Box[3] - part.Box[1]; tall <= p.Box[3]-p.Box[1] {
			target = max(0, min(target-1, p.Scroll+part.Box[3]-p.Box[3]+1))
		}
		if target > p.Max+0.5 {
			t.Errorf("%s: %q is beyond the panel's end (it needs an offset of %g, the panel scrolls %g)", what, w, target, p.Max)
			continue
		}
		r.Wheel((p.Box[0]+p.Box[2])/2, (p.Box[1]+p.Box[3])/2, target-p.Scroll)
		r.Tick()
		r.Draw()
		q := (*r.C.Panels())[0]
		got, _ := findPart(q, w)
		fills := got.Box[1] <= q.Box[1]+1.5 && got.Box[3] >= q.Box[3]-1.5
		if !q.Visible(got) && !fills {
			t.Errorf("%s: scrolled to %g, %q is at y %g…%g, the panel shows %g…%g", what, q.Scroll, w, got.Box[1], got.Box[3], q.Box[1], q.Box[3])
		}
	}
}

// findPart returns the part of p named name.
func findPart(p ui.PanelReport, name string) (ui.PartReport, bool) {
	for _, part := range p.Parts {
		if part.Name == name {
			return part, true
		}
	}
	return ui.PartReport{}, false
}

// names lists the parts of reports, for messages.
func names(reps []ui.PanelReport) []string {
	var out []string
	for _, p := range reps {
		for _, part := range p.Parts {
			out = append(out, part.Name)
		}
	}
	return out
}
