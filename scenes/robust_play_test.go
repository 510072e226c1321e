package scenes

import (
	"encoding/json"
	"testing"

	"github.com/neurona/neurona/internal/pointscsv"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// TestPlayAfterLoadKeepsStepping starts xor training (N) at the top speed
// in the ways a page gets there (on a fresh page, after a link, after a
// loaded document, after a dropped CSV): every tick takes steps, and the
// document the page reads while a tick holds the lock (TryStateJSON)
// is never more than a tick behind.
func TestPlayAfterLoadKeepsStepping(t *testing.T) {
	for name, before := range map[string]func(g *Game){
		"fresh": func(*Game) {},
		"link":  nil,
		"load": func(g *Game) {
			if err := g.LoadJSON([]byte(`{"scene":"xor","step":2,"lr":1}`)); err != nil {
				t.Fatal(err)
			}
		},
		"csv": func(g *Game) {
			if err := g.docs.importData(g, "p.csv", pointscsv.Make("xor", 40)); err != nil {
				t.Fatal(err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			opt := Options{Scene: "xor"}
			if before == nil {
				opt = Options{Link: "#scene=xor&lang=es&s=" + "eyJzdGVwIjoyfQ"}
				before = func(*Game) {}
			}
			g, _ := newTestGame(t, opt)
			tick(t, g)
			before(g)
			g.inject.Key(keymap.Event{Key: "N", Char: 'n'})
			tick(t, g)
			for range 16 {
				g.inject.Key(keymap.Event{Key: "Equal", Char: '='})
			}
			last := -1.0
			for i := 0; i < 120; i++ {
				tick(t, g)
				// As the page's state() sees it while a tick is under way.
				g.mu.Lock()
				js := g.TryStateJSON()
				g.mu.Unlock()
				var m map[string]any
				if err := json.Unmarshal([]byte(js), &m); err != nil {
					t.Fatal(err)
				}
				step, _ := m["step"].(float64)
				if step <= last {
					t.Fatalf("tick %d: step %v after %v: play stalled", i, step, last)
				}
				last = step
			}
		})
	}
}

// TestStateRequestsKeepTicksFreshOnlyWhenBusy: a request for the state
// document that takes the lock makes its own, and the ticks after it do
// not remake it (a page polling state() made a playing scene encode its
// document every tick); one that finds a tick under way makes the next
// ticks keep it fresh.
func TestStateRequestsKeepTicksFreshOnlyWhenBusy(t *testing.T) {
	g, _ := newTestGame(t, Options{Scene: "xor"})
	tick(t, g)
	g.inject.Key(keymap.Event{Key: "N", Char: 'n'})
	tick(t, g)
	js := g.TryStateJSON()
	for range 10 {
		tick(t, g)
	}
	if g.docs.last() != js {
		t.Error("ticks after a request that took the lock remade the document")
	}
	g.mu.Lock()
	busy := g.TryStateJSON()
	g.mu.Unlock()
	if busy != js {
		t.Error("a request during a tick did not get the last document")
	}
	tick(t, g)
	if g.docs.last() == js {
		t.Error("after a request during a tick, the next tick kept a stale document")
	}
}

// TestPlayingTicksAllocateNothing: the game's own part of a tick (input,
// keys, the scene's Update, the documents) makes no garbage while xor
// trains at the top speed: a tick without keys does not build the scene's
// key bindings, which some scenes make anew. The median of 21 ticks, so
// that the link written twice a second is not what is counted.
func TestPlayingTicksAllocateNothing(t *testing.T) {
	g, _ := newTestGame(t, Options{Scene: "xor"})
	tick(t, g)
	g.inject.Key(keymap.Event{Key: "N", Char: 'n'})
	for range 16 {
		g.inject.Key(keymap.Event{Key: "Equal", Char: '='})
	}
	for range 200 {
		tick(t, g)
	}
	if n, b := scenetest.DrawAllocs(func() {}, func() { _ = g.Update() }); n != 0 {
		t.Errorf("a playing tick allocates %d times (%d bytes)", n, b)
	}
}
