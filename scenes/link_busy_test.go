package scenes

import (
	"encoding/json"
	"runtime"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
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
	least := leastLinkBytes(h, &d, false)
	if got := d.plat.(*memPlatform).link; got != first {
		t.Fatal("the same state gave another link")
	}
	if least > 512<<10 {
		t.Errorf("writing the same link again allocated %d bytes", least)
	}
}

// TestLinkOfALargePlayingSetIsNotBuilt: while a scene last seen with more
// than linkBusyPoints points animates, the link's turn does not build its
// state at all (it was built to be thrown away, twice a second: 3.5 kB
// here, a millisecond and a half natively for embedding's 1,000 points);
// at rest it is written again.
func TestLinkOfALargePlayingSetIsNotBuilt(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem()}
	if err := d.load(h, []byte(gridDoc(2000))); err != nil {
		t.Fatal(err)
	}
	h.v.frame = 1000
	d.syncLink(h.v, false)
	if least := leastLinkBytes(h, &d, true); least > 1<<10 {
		t.Errorf("the link's turn while 2,000 points animate allocated %d bytes", least)
	}
	d.plat.(*memPlatform).link = ""
	h.v.frame += 30
	d.syncLink(h.v, false)
	if d.plat.(*memPlatform).link == "" {
		t.Error("at rest the link was not written")
	}
}

// TestLargeStateIsNotRemadeWhileAnimating: the state document kept for
// the page's requests during a tick is not remade every two seconds while
// a scene with a large state animates (1,000 points took 3–5 ms natively
// in one frame), and is once it rests.
func TestLargeStateIsNotRemadeWhileAnimating(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem()}
	if err := d.load(h, []byte(gridDoc(2000))); err != nil {
		t.Fatal(err)
	}
	h.v.frame = 1000
	d.refresh(h.v, true)
	first := d.last()
	if len(first) < freshStateBytes {
		t.Fatalf("the document of 2,000 points has %d bytes: not a large one", len(first))
	}
	h.v.frame += 3 * askedTicks
	if d.refresh(h.v, true); d.last() != first {
		t.Error("a large document was remade while the scene animates")
	}
	if d.refresh(h.v, false); d.last() == first {
		t.Error("a large document was not remade once the scene rests")
	}
}

// leastLinkBytes returns the bytes allocated by the least of three of d's
// turns to write the link (the game loop's goroutine allocates too), each
// when its turn comes (animating: every two seconds).
func leastLinkBytes(h *fakeHost, d *documents, animating bool) uint64 {
	least := uint64(1 << 62)
	for range 3 {
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		h.v.frame += 2 * ui.TPS
		d.syncLink(h.v, animating)
		runtime.ReadMemStats(&b)
		least = min(least, b.TotalAlloc-a.TotalAlloc)
	}
	return least
}
