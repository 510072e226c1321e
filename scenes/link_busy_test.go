package scenes

import (
	"encoding/json"
	"runtime"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/state"
)

// gridDoc is a perceptron document of n points on a grid, a third of
// them of class −1 spread among the rest, so that no line separates them
// and playing goes on.
func gridDoc(n int) string {
	pts := make([][3]float64, n)
	for i := range pts {
		y := 1.0
		if i%3 == 0 {
			y = -1
		}
		pts[i] = [3]float64{float64(i%20)/10 - 1, float64(i/20)/10 - 1, y}
	}
	return pointsDoc("perceptron", pts, "")
}

// linkStep is the "step" of the state a link carries (−1 for none).
func linkStep(t *testing.T, link string) int {
	t.Helper()
	l, _ := state.ParseLink(link)
	if l.State == nil {
		return -1
	}
	var m struct{ Step int }
	if err := json.Unmarshal(l.State, &m); err != nil {
		t.Fatal(err)
	}
	return m.Step
}

// playFor presses play, runs ticks ticks and returns the links written
// (in order, repeats dropped) and the step reached.
func playFor(t *testing.T, g *Game, p *memPlatform, ticks int) (links []string, step int) {
	t.Helper()
	g.inject.Key(keyFor(t, keymap.Play))
	for range ticks {
		tick(t, g)
		if len(links) == 0 || links[len(links)-1] != p.link {
			links = append(links, p.link)
		}
	}
	return links, int(stateOf(t, g)["step"].(float64))
}

// TestLinkWaitsWhileALargeSetPlays: while the perceptron plays with more
// than linkBusyPoints points the link is not rewritten (its state is not
// encoded), and once paused it is written within half a second with the
// step shown; with a few points it follows the steps while playing.
func TestLinkWaitsWhileALargeSetPlays(t *testing.T) {
	p := newMem()
	g := New(Options{}, p)
	g.resize(1280, 720, 1)
	tick(t, g)
	if err := g.LoadJSON([]byte(gridDoc(linkBusyPoints + 100))); err != nil {
		t.Fatal(err)
	}
	for range 40 {
		tick(t, g)
	}
	links, step := playFor(t, g, p, 150)
	if step < 3 {
		t.Fatalf("playing took %d steps", step)
	}
	if len(links) != 1 || linkStep(t, links[0]) != 0 {
		t.Errorf("while a large set played, the link was written %d times (steps %d … of %d)", len(links)-1, linkStep(t, links[len(links)-1]), step)
	}
	g.inject.Key(keyFor(t, keymap.Play)) // pause
	for range 31 {
		tick(t, g)
	}
	if got, want := linkStep(t, p.link), int(stateOf(t, g)["step"].(float64)); got != want {
		t.Errorf("half a second after pausing, the link holds step %d, the scene shows %d", got, want)
	}

	small := newWideGame(t) // the lecture's three points
	sp := small.plat.(*memPlatform)
	links, _ = playFor(t, small, sp, 120)
	if len(links) < 2 || linkStep(t, links[len(links)-1]) == 0 {
		t.Errorf("while three points played, the link was not rewritten with the steps: %d links", len(links))
	}
}

// TestLinkOfAnUnchangedStateIsNotCompressedAgain: writing the link of a
// large state that has not changed (paused, the pointer moving, so the
// game is not idle) reuses the last link instead of compressing the state
// again: encoding 2,000 points allocates some 270 KB, compressing them
// 800 KB more.
func TestLinkOfAnUnchangedStateIsNotCompressedAgain(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem()}
	if err := d.load(h, []byte(gridDoc(2000))); err != nil {
		t.Fatal(err)
	}
	h.v.frame = 1000
	d.syncLink(h.v, false)
	first := d.plat.(*memPlatform).link
	least := leastLinkAlloc(h, &d, false)
	if got := d.plat.(*memPlatform).link; got != first {
		t.Fatal("the same state gave another link")
	}
	if least > 512<<10 {
		t.Errorf("writing the same link again allocated %d bytes", least)
	}
}

// TestLinkOfALargeAnimatingStateIsNotBuilt: once syncLink has seen that
// the scene's state holds more than linkBusyPoints points, later writes
// while it animates do not build the state document at all (for
// regression's 2,000 points that is some 800 KB, twice a second); at rest the link is
// written again.
func TestLinkOfALargeAnimatingStateIsNotBuilt(t *testing.T) {
	// Regression's state writes each point out anew (some 400 KB for
	// 1,000 points).
	pts := make([][3]float64, 2000)
	for i := range pts {
		pts[i] = [3]float64{float64(i)/1000 - 1, float64(i%7) / 7}
	}
	h, d := newFakeHost(), documents{plat: newMem()}
	if err := d.load(h, []byte(pointsDoc("regression", pts, ""))); err != nil {
		t.Fatal(err)
	}
	h.v.frame = 1000
	d.syncLink(h.v, true) // builds the state once, to count its points
	if got := d.plat.(*memPlatform).link; got != "" {
		t.Fatalf("a large animating state was linked: %.60q", got)
	}
	least := leastLinkAlloc(h, &d, true)
	if least > 16<<10 {
		t.Errorf("a write skipped while animating allocated %d bytes", least)
	}
	h.v.frame += 30
	d.syncLink(h.v, false)
	if l, _ := state.ParseLink(d.plat.(*memPlatform).link); l.State == nil {
		t.Error("at rest the large state was not linked")
	}
}

// leastLinkAlloc returns the fewest bytes allocated by one of three link
// writes half a second apart (the least, because the game loop's
// goroutine allocates too).
func leastLinkAlloc(h *fakeHost, d *documents, animating bool) uint64 {
	least := uint64(1 << 62)
	for range 3 {
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		h.v.frame += 30
		d.syncLink(h.v, animating)
		runtime.ReadMemStats(&b)
		least = min(least, b.TotalAlloc-a.TotalAlloc)
	}
	return least
}
