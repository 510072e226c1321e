package scenetest

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Width and Height are the size of the scene area New gives a scene: a
// 1280×800 window less the title bar.
const (
	Width  = 1280
	Height = 760
)

// Rig drives one scene the way the game does: input is queued (Key,
// Pointer, Press), Tick hands it to Update, Draw renders a frame of what
// Update left, and the state document is read as the page reads it.
//
// The input of a tick stays in the context until the next input is queued,
// so that a Draw after a Tick sees the pointer where the game's would.
type Rig[S ui.Scene] struct {
	T testing.TB
	S S           // the scene
	C *ui.Context // the context Update and Draw receive

	ran    bool // an Update has run with the context's input
	screen *ebiten.Image
}

// New returns a rig for s in a Width×Height scene area after the scene's
// first tick (so that it has laid itself out).
func New[S ui.Scene](t testing.TB, s S) *Rig[S] { return NewSize(t, s, Width, Height) }

// NewSize is New with a w×h scene area.
func NewSize[S ui.Scene](t testing.TB, s S, w, h float64) *Rig[S] {
	r := &Rig[S]{T: t, S: s, C: NewContext(w, h)}
	r.Tick()
	return r
}

// NewContext returns the context the game would give a scene owning a w×h
// area at scale 1: Spanish, the dark theme, no input yet, the class +1 for
// taps.
func NewContext(w, h float64) *ui.Context {
	return &ui.Context{Lang: i18n.ES, Theme: ui.Dark, Scale: 1, Bounds: ui.Rect{W: w, H: h}, In: &ui.Input{}, TouchClass: 1}
}

// fresh clears the last tick's input before new input is queued.
func (r *Rig[S]) fresh() {
	if r.ran {
		r.C.In.Reset()
		r.C.Actions = r.C.Actions[:0]
		r.C.Tick++
		r.ran = false
	}
}

// Key queues a key action (with its argument: the n of Shift+n) for the
// next tick.
func (r *Rig[S]) Key(a keymap.Action, arg int) {
	r.fresh()
	r.C.Actions = append(r.C.Actions, ui.Action{Action: a, Arg: arg})
}

// Pointer queues pointer events for the next tick; the cursor follows them.
func (r *Rig[S]) Pointer(es ...ui.PointerEvent) {
	r.fresh()
	for _, e := range es {
		r.C.In.Pointer = append(r.C.In.Pointer, e)
		r.C.In.CursorX, r.C.In.CursorY, r.C.In.HasCursor = e.X, e.Y, true
	}
}

// Wheel queues a turn of the mouse wheel with the cursor at (x, y) that
// scrolls dy screen pixels (positive: down), for the next tick.
func (r *Rig[S]) Wheel(x, y, dy float64) {
	r.fresh()
	r.C.In.CursorX, r.C.In.CursorY, r.C.In.HasCursor = x, y, true
	r.C.In.WheelY += dy
}

// Press queues a press and a release at (x, y) within one tick, as a tap
// or a quick trackpad click produces.
func (r *Rig[S]) Press(x, y float64, b ui.Button) {
	r.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y, Button: b},
		ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y, Button: b})
}

// Tick runs one Update with the queued input (none if nothing was queued).
func (r *Rig[S]) Tick() {
	r.fresh()
	r.S.Update(r.C)
	r.ran = true
}

// Do runs one tick with the given key actions.
func (r *Rig[S]) Do(as ...keymap.Action) {
	r.fresh()
	for _, a := range as {
		r.Key(a, 0)
	}
	r.Tick()
}

// DoArg runs one tick with one key action and its argument.
func (r *Rig[S]) DoArg(a keymap.Action, arg int) {
	r.Key(a, arg)
	r.Tick()
}

// Steps presses Space n times, one tick each.
func (r *Rig[S]) Steps(n int) {
	for range n {
		r.Do(keymap.Step)
	}
}

// Click runs one tick with a press and a release at (x, y).
func (r *Rig[S]) Click(x, y float64, b ui.Button) {
	r.Press(x, y, b)
	r.Tick()
}

// ClickIn runs one tick with a left click fx of the way across b and fy
// of the way down (0.5, 0.5: its centre): a click on a part of the scene
// (the plane, a cell, a tab) wherever the layout put it.
func (r *Rig[S]) ClickIn(b ui.Rect, fx, fy float64) {
	r.Click(b.X+b.W*fx, b.Y+b.H*fy, ui.ButtonLeft)
}

// Draw renders a frame of the scene as it is onto a screen the size of the
// scene area (cleared first, reused between calls) and returns it.
func (r *Rig[S]) Draw() *ebiten.Image {
	b := r.C.Bounds
	w, h := int(math.Ceil(b.Right())), int(math.Ceil(b.Bottom()))
	if r.screen == nil || r.screen.Bounds().Dx() != w || r.screen.Bounds().Dy() != h {
		r.screen = ebiten.NewImage(w, h)
	}
	r.screen.Clear()
	r.C.Layout().Reset()
	*r.C.Panels() = (*r.C.Panels())[:0]
	r.S.Draw(r.screen, r.C)
	return r.screen
}

// Overlaps draws a frame and returns what place.Overlaps finds in its
// layout report (labels over point markers or over each other), each
// prefixed with what: empty when nothing is covered.
func (r *Rig[S]) Overlaps(what string) []string {
	r.Draw()
	var out []string
	for _, o := range place.Overlaps(*r.C.Layout()) {
		out = append(out, what+": "+o)
	}
	return out
}

// StateJSON is the scene's state as the page's state() gives it.
func (r *Rig[S]) StateJSON() string {
	r.T.Helper()
	return JSON(r.T, r.S)
}

// State is the state document decoded from JSON, as a page reads it.
func (r *Rig[S]) State() map[string]any {
	r.T.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(r.StateJSON()), &m); err != nil {
		r.T.Fatal(err)
	}
	return m
}

// Doc is the state as a parsed document, through JSON.
func (r *Rig[S]) Doc() state.Doc {
	r.T.Helper()
	d, err := state.Parse([]byte(r.StateJSON()))
	if err != nil {
		r.T.Fatal(err)
	}
	return d
}

// Load loads the fields into the scene and runs a tick.
func (r *Rig[S]) Load(m map[string]any) error {
	r.T.Helper()
	d, err := state.FromMap(m)
	if err != nil {
		r.T.Fatal(err)
	}
	err = r.S.Load(d)
	r.Tick()
	return err
}

// Refuses loads doc, which must be refused with an error naming field,
// runs a tick and checks that the scene's state did not change.
func (r *Rig[S]) Refuses(field string, doc map[string]any) {
	r.T.Helper()
	before := r.StateJSON()
	d, err := state.FromMap(doc)
	if err != nil {
		r.T.Fatal(err)
	}
	err = r.S.Load(d)
	if err == nil || !strings.Contains(err.Error(), `"`+field+`"`) {
		r.T.Errorf("%s: error %v does not name the field", field, err)
	}
	r.Do()
	if r.StateJSON() != before {
		r.T.Errorf("%s: a refused document changed the scene", field)
	}
}
