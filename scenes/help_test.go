package scenes

import (
	"fmt"
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// helpGame is a game of w×h CSS pixels showing scene id.
func helpGame(t *testing.T, w, h int, id string) *Game {
	t.Helper()
	g := New(Options{}, newMem())
	g.resize(float64(w), float64(h), 1)
	if !g.switchTo(id) {
		t.Fatalf("no scene %q", id)
	}
	tick(t, g)
	return g
}

func pointsOf(t *testing.T, g *Game) int {
	t.Helper()
	pts, _ := stateOf(t, g)["points"].([]any)
	return len(pts)
}

// tap presses and releases the mouse at x, y within one tick.
func tap(t *testing.T, g *Game, x, y float64) {
	t.Helper()
	g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
	g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y})
	tick(t, g)
}

// A click on the open help overlay closes it and does not reach the
// plane beneath: on a phone, a tap meant to close the help added a point
// the student could not see.
func TestHelpOverlayKeepsItsClicks(t *testing.T) {
	for _, size := range [][2]int{{1280, 720}, {390, 844}} {
		g := helpGame(t, size[0], size[1], "neuron")
		plane := g.view().plane
		x, y := plane.X+plane.W*0.08, plane.Y+plane.H*0.5 // clear of the points, θ and the line
		n := pointsOf(t, g)
		g.inject.Key(keyFor(t, keymap.Help))
		tick(t, g)
		if !g.chrome.helpShown() {
			t.Fatalf("%v: H did not open the help", size)
		}
		tap(t, g, x, y)
		if g.chrome.helpShown() {
			t.Errorf("%v: a click on the help overlay left it open", size)
		}
		if m := pointsOf(t, g); m != n {
			t.Errorf("%v: a click on the help overlay changed the points from %d to %d", size, n, m)
		}
		// The same click with the help closed adds a point: the click
		// above was over the plane.
		tap(t, g, x, y)
		if m := pointsOf(t, g); m != n+1 {
			t.Errorf("%v: the click with the help closed left %d points, want %d", size, m, n+1)
		}
	}
}

// The help's rows are never smaller than a slide's smallest text, in any
// scene, on a projector or a phone, and the title and the close hint do
// not overlap; where the rows do not fit, the panel keys, the wheel and a
// finger scroll them (and not the scene's panel), down to the last row.
func TestHelpRowsStayLegibleAndScroll(t *testing.T) {
	scrollable, scrolled := 0, 0 // scene panels that could have scrolled; helps that did
	for _, size := range [][2]int{{1280, 720}, {1920, 1080}, {390, 844}} {
		for i := range len(New(Options{}, newMem()).scenes) {
			id := New(Options{}, newMem()).scenes.id(i)
			name := fmt.Sprintf("%s %dx%d", id, size[0], size[1])
			g := helpGame(t, size[0], size[1], id)
			g.inject.Key(keyFor(t, keymap.Help))
			tick(t, g)
			v := g.view()
			s := helpScale(v)
			r := g.chrome.helpRect(v)
			lay := g.chrome.helpView.layout(v, r, s)
			if lay.fs < ui.TextMin*s-1e-9 {
				t.Errorf("%s: help rows at %.1f px, under %g", name, lay.fs, ui.TextMin*s)
			}
			checkHelpHeader(t, name, v, r, lay)
			h := &g.chrome.helpView
			over := lay.content > lay.rows.H
			if over != (h.scroll.Max(lay.rows) > 0) {
				t.Errorf("%s: content %.0f in rows %.0f high, but the largest offset is %.0f", name, lay.content, lay.rows.H, h.scroll.Max(lay.rows))
			}
			if !over {
				continue
			}
			scrolled++
			screen := ebiten.NewImage(size[0], size[1])
			frame(t, g, screen)
			before := slices.Clone(g.panels)
			g.inject.Key(keyFor(t, keymap.PanelDown))
			frame(t, g, screen)
			if h.scroll.Off <= 0 {
				t.Errorf("%s: Shift+PageDown did not scroll the help", name)
			}
			for k, p := range g.panels {
				if k < len(before) && p.Scroll != before[k].Scroll {
					t.Errorf("%s: Shift+PageDown with the help open scrolled the scene's panel from %g to %g", name, before[k].Scroll, p.Scroll)
				}
				if p.Max > 0 {
					scrollable++
				}
			}
			screen.Deallocate()
			g.inject.Key(keyFor(t, keymap.PanelTop))
			tick(t, g)
			cx, cy := lay.rows.X+lay.rows.W/2, lay.rows.Y+lay.rows.H/2
			g.inject.Wheel(cx, cy, 40)
			tick(t, g)
			if want := min(40, h.scroll.Max(lay.rows)); h.scroll.Off != want {
				t.Errorf("%s: the wheel over the help moved it to %g, want %g", name, h.scroll.Off, want)
			}
			// A finger dragged up moves the rows up, and its release
			// does not close the help.
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: cx, Y: cy, Touch: true})
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: cx, Y: cy - 60, Touch: true})
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: cx, Y: cy - 60, Touch: true})
			tick(t, g)
			if want := min(100, h.scroll.Max(lay.rows)); h.scroll.Off != want || !g.chrome.helpShown() {
				t.Errorf("%s: a drag of 60 px left the help at %g (want %g), shown %v", name, h.scroll.Off, want, g.chrome.helpShown())
			}
			g.inject.Key(keyFor(t, keymap.PanelEnd))
			tick(t, g)
			last := lay.lines[len(lay.lines)-1]
			bottom := lay.rows.Y + 4*s - h.scroll.Off + float64(last.at+last.height())*lay.fs*1.3
			if bottom > lay.rows.Bottom()+0.5 {
				t.Errorf("%s: at the end, the last row ends at %.0f, below the rows' bottom %.0f", name, bottom, lay.rows.Bottom())
			}
			// Closed and opened again, the help starts at its top.
			g.inject.Key(keyFor(t, keymap.Help))
			tick(t, g)
			g.inject.Key(keyFor(t, keymap.Help))
			tick(t, g)
			if h.scroll.Off != 0 {
				t.Errorf("%s: the help opened again at offset %g", name, h.scroll.Off)
			}
		}
	}
	// The checks above must have run: a phone's help scrolls, and so do
	// some of its scenes' panels.
	if scrolled == 0 || scrollable == 0 {
		t.Errorf("%d helps scrolled, %d scene panels could: the scroll checks did not run", scrolled, scrollable)
	}
}

// checkHelpHeader fails when the help's title lines or close hint overlap
// or leave the overlay, or reach into the rows.
func checkHelpHeader(t *testing.T, name string, v view, r ui.Rect, lay *helpLayout) {
	t.Helper()
	s := helpScale(v)
	var titleRight, titleBottom float64
	for i, line := range lay.title {
		w, _ := ui.MeasureText(line, lay.titleFS)
		titleRight = max(titleRight, r.X+20*s+w)
		titleBottom = r.Y + 14*s + float64(i+1)*lay.titleFS*1.25
	}
	hw, _ := ui.MeasureText(v.t("help.close"), lay.hintFS)
	if titleRight > r.Right()-20*s {
		t.Errorf("%s: the title reaches %.0f, past the overlay's %.0f", name, titleRight, r.Right()-20*s)
	}
	if lay.hintOwn {
		if lay.hintY < titleBottom {
			t.Errorf("%s: the close hint at %.0f is within the title, down to %.0f", name, lay.hintY, titleBottom)
		}
		if r.X+20*s+hw > r.Right() {
			t.Errorf("%s: the close hint is wider than the overlay", name)
		}
	} else if titleRight > r.Right()-20*s-hw {
		t.Errorf("%s: the title reaches %.0f, into the close hint from %.0f", name, titleRight, r.Right()-20*s-hw)
	}
	if bottom := max(titleBottom, lay.hintY+lay.hintFS*1.2); bottom > lay.rows.Y {
		t.Errorf("%s: the header ends at %.0f, below the rows' top %.0f", name, bottom, lay.rows.Y)
	}
}
