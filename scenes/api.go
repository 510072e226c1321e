package scenes

import (
	"errors"
	"fmt"

	"github.com/neurona/neurona/engine"
)

// The page's API (window.neurona, platform.API) and the front ends reach
// the document layer through these methods, which hold the game's lock
// for it. The Try… forms are for the browser's own event handlers: if a
// tick is under way and waiting on the browser (Ebiten reading dropped
// files waits for the browser's promises), blocking there would stop the
// browser from ever answering.

// errBusy is returned to the page when a tick is waiting on the browser.
var errBusy = errors.New("busy: the app is waiting for the browser (reading dropped files); try again")

// StateJSON returns the state document of the current scene.
func (g *Game) StateJSON() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.docs.stateJSON(g.view())
}

// TryStateJSON is StateJSON for callers that must not block: while a tick
// waits on the browser it returns the last document instead.
func (g *Game) TryStateJSON() string {
	if !g.mu.TryLock() {
		// Only a request that finds a tick under way makes the ticks
		// keep the document fresh (refresh): one that takes the lock
		// makes its own, and remaking it every tick for a page that
		// polls (the benchmark does) was a playing scene's garbage.
		g.docs.ask()
		return g.docs.last()
	}
	defer g.mu.Unlock()
	return g.docs.stateJSON(g.view())
}

// LoadJSON restores a state document; on error nothing changes.
func (g *Game) LoadJSON(data []byte) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.loadFromPage(data)
}

// TryLoadJSON is LoadJSON for the browser's event handlers: it refuses,
// changing nothing, while a tick waits.
func (g *Game) TryLoadJSON(data []byte) error {
	if !g.mu.TryLock() {
		return errBusy
	}
	defer g.mu.Unlock()
	return g.loadFromPage(data)
}

// loadFromPage loads a document the page hands over; if it changed the
// scene, the messages shown were about the scene left.
func (g *Game) loadFromPage(data []byte) error {
	before := g.cur
	err := g.docs.load(g, data)
	if g.cur != before {
		g.chrome.clearMessages()
	}
	return err
}

// TrySwitchTo makes the scene with the given id current, for the browser's
// event handlers: it refuses, changing nothing, while a tick waits.
func (g *Game) TrySwitchTo(id string) error {
	if !g.mu.TryLock() {
		return errBusy
	}
	defer g.mu.Unlock()
	if !g.switchTo(id) {
		return fmt.Errorf("unknown scene %q (use %s)", engine.Excerpt(id), sceneIDs())
	}
	g.chrome.clearMessages() // messages are about the scene left behind
	return nil
}

// NotebookJSON returns the Jupyter notebook (.ipynb JSON) that reproduces
// the current scene's state in Python (engine/notebook). A state document
// waiting to be loaded on the first tick (Options.Document, a link's) is
// loaded first, so that the desktop's -notebook needs no window; if the
// scene refuses it, that is the error.
func (g *Game) NotebookJSON() ([]byte, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.docs.loadPending(g); err != nil {
		return nil, err
	}
	return notebookJSON(g.view())
}

// TryNotebookJSON is NotebookJSON for the browser's event handlers: it
// refuses while a tick waits.
func (g *Game) TryNotebookJSON() ([]byte, error) {
	if !g.mu.TryLock() {
		return nil, errBusy
	}
	defer g.mu.Unlock()
	return notebookJSON(g.view())
}
