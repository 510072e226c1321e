package ui

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Scene is one interactive view of the lecture. The game owns the scenes,
// reads input once per tick and hands it down; a scene changes its state
// only in Update and only reads it in Draw.
type Scene interface {
	// ID is the scene's stable identifier: "neuron", "perceptron", "xor",
	// "gradient" or "backprop". It names the scene in URLs and documents.
	ID() string
	// Bindings are the scene's own keys; they may not reuse a global key.
	Bindings() []keymap.Binding
	// MouseHelp lists translation keys describing the scene's mouse and
	// touch actions, for the help overlay.
	MouseHelp() []string
	// Update advances the scene by one tick (1/60 s).
	Update(c *Context)
	// Draw renders the scene into dst within c.Bounds.
	Draw(dst *ebiten.Image, c *Context)
	// State returns the scene's part of the state document: "step",
	// "points" and the scene's own fields, in data coordinates. The game
	// adds "scene", "lang" and "frame".
	State() map[string]any
	// Load restores the scene from a state document. On error the scene is
	// left exactly as it was and the error names the offending field.
	Load(d state.Doc) error
}

// Action is one resolved key press handed to a scene.
type Action struct {
	Action keymap.Action
	Arg    int
}

// Context is what a scene sees of the world in one tick: the input already
// resolved into actions, the language, the theme, the scale and the part of
// the screen it owns. Draw receives the same context and must not change it.
type Context struct {
	Lang  i18n.Lang
	Theme *Theme
	Scale float64 // screen pixels per layout unit: device scale × the user's text scale
	// Zoom is the user's text scale within Scale (Ctrl+= / Ctrl+−); 0
	// means 1. Labels that do not fit at the zoomed size may shrink back
	// towards the legible minimum (LegiblePx).
	Zoom   float64
	Bounds Rect   // the scene's area of the screen, below the title bar
	In     *Input // this tick's pointer events and cursor (scene area only)
	// Actions are this tick's key actions meant for the scene: the global
	// stepping and editing actions and the scene's own.
	Actions []Action
	Tick    uint64 // ticks since start
	// TouchClass is the class (+1 or −1) the on-screen toggle gives a
	// tapped point; mouse clicks use the buttons instead.
	TouchClass int
	// Plane is where the scene reports its main data plane (screen pixels)
	// during Update, so tests and the JS API can aim clicks at it.
	Plane Rect

	notes     []string
	layout    *place.Report
	panels    *[]PanelReport
	animating bool
}

// Panels returns the frame's panel reports, where a scrolling Panel's End
// adds its rectangle, offset and parts; like Layout, an output of Draw
// for the page's tests (window.neurona.layout()).
func (c *Context) Panels() *[]PanelReport {
	if c.panels == nil {
		c.panels = &[]PanelReport{}
	}
	return c.panels
}

// SetPanels makes r the list that Panels returns; the game gives every
// frame's Context its own, emptied before the frame is drawn.
func (c *Context) SetPanels(r *[]PanelReport) { c.panels = r }

// Layout returns the frame's layout report, where Draw adds the labels it
// placed and the point markers they must not cover (Report.Add with a
// scene's placer, or AddLabel and AddMarker); the page publishes it as
// window.neurona.layout() for the geometry tests. Like the frame's
// pixels, it is an output of Draw, not state of the scene. Without a game
// (a lone test) it is a report of its own.
func (c *Context) Layout() *place.Report {
	if c.layout == nil {
		c.layout = &place.Report{}
	}
	return c.layout
}

// SetLayout makes r the report that Layout returns; the game gives every
// frame's Context its own, reset before the frame is drawn.
func (c *Context) SetLayout(r *place.Report) { c.layout = r }

// TPS is the number of ticks per second.
const TPS = 60

// T returns the message key in the context's language.
//
// Not inlined (bundle size): a lookup or text drawing costs far more than
// the call itself, and a copy of its body at each of its many call sites
// grew the web bundle.
//
//go:noinline
func (c *Context) T(key string) string { return i18n.T(c.Lang, key) }

// Tf formats the message key in the context's language.
//
// Not inlined (bundle size): a formatting call costs far more than the call
// itself, and a copy of its body at each of its many call sites grew the web
// bundle.
//
//go:noinline
func (c *Context) Tf(key string, args ...any) string { return i18n.Tf(c.Lang, key, args...) }

// Px converts layout units (what a 96-dpi screen calls pixels) to screen pixels.
//
// Not inlined (bundle size): in Go's WebAssembly a call is smaller than the
// inlined body at each of the several hundred call sites (about 2.7 kB
// brotli), and a frame makes only a few hundred calls (microseconds).
//
//go:noinline
func (c *Context) Px(units float64) float64 { return units * c.Scale }

// LegiblePx is the screen size of TextMin before the user's zoom: the
// smallest a label may shrink to when it finds no free place at its
// zoomed size (16 px at the 1280×720 slide, whatever the zoom).
func (c *Context) LegiblePx() float64 {
	z := c.Zoom
	if !(z > 1) {
		z = 1
	}
	return c.Px(TextMin) / z
}

// AtScale returns a copy of c drawing at scale s, with the same legible
// minimum (LegiblePx): a view that gives back some of the user's zoom to
// fit its window does not lower the size under which its labels may not
// shrink.
//
// Not inlined (bundle size): it copies the whole Context, and a copy of that
// copy at each call site grew the web bundle; it is called once per view or
// layout pass, not per point.
//
//go:noinline
func (c *Context) AtScale(s float64) Context {
	g := *c
	if c.Zoom > 1 && s < c.Scale {
		g.Zoom = c.Zoom * s / c.Scale
	}
	g.Scale = s
	return g
}

// Notify shows a short message (already translated) to the user: a toast
// for the teacher ("no update", "not separable", "file refused: …").
//
// Not inlined (bundle size): called on input or once per frame at most, not
// per point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (c *Context) Notify(msg string) { c.notes = append(c.notes, msg) }

// Animating asks, from Update, for this tick's frame to be drawn although
// no input came: a scene calls it while something moves on its own (a
// tween, a fading message, playing). A game with nothing to animate and no
// input stops redrawing and lowers its tick rate, so an idle page costs
// nothing; ui.Player.HandleActions calls it for a playing player.
func (c *Context) Animating() { c.animating = true }

// Animates reports whether Animating was called since the context was made.
func (c *Context) Animates() bool { return c.animating }

// TakeNotes returns and clears the messages queued by Notify.
func (c *Context) TakeNotes() []string {
	n := c.notes
	c.notes = nil
	return n
}

// Has reports whether action a was asked for this tick and returns its argument.
func (c *Context) Has(a keymap.Action) (int, bool) {
	for _, x := range c.Actions {
		if x.Action == a {
			return x.Arg, true
		}
	}
	return 0, false
}

// CSVReader is implemented by a scene whose points are not the plane's
// classes (header x1,x2,y): a CSV file dropped on the page or window while
// it shows is handed to it whole, and it says what is wrong with it.
type CSVReader interface {
	ReadCSV(name string, data []byte) error
}

// AppendTf appends the message key in the context's language, formatted
// with args as Tf formats it, to b: a line whose numbers change every
// frame, drawn from the buffer (DrawBytes, Panel.TextBytes) rather than
// made a new string.
func (c *Context) AppendTf(b []byte, key string, args ...any) []byte {
	return fmt.Appendf(b, c.T(key), args...)
}
