package ui

import (
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
)

// NewTestContext returns a context for driving a scene's Update in tests,
// the way the game would: a w×h screen area at scale 1, Spanish, dark theme,
// no input yet. Add input with Click, Drag and Do, then call Update; call
// Next before the following tick.
func NewTestContext(w, h float64) *Context {
	return &Context{Lang: i18n.ES, Theme: Dark, Scale: 1, Bounds: Rect{0, 0, w, h}, In: &Input{}, TouchClass: 1}
}

// Next clears the input and actions of the previous tick and counts a tick.
func (c *Context) Next() {
	c.In.Reset()
	c.Actions = c.Actions[:0]
	c.Tick++
}

// Click queues a press and a release at (x, y) within the same tick, as a
// tap or a quick trackpad click produces.
func (c *Context) Click(x, y float64, b Button) {
	c.In.Pointer = append(c.In.Pointer,
		PointerEvent{Kind: PointerDown, X: x, Y: y, Button: b},
		PointerEvent{Kind: PointerUp, X: x, Y: y, Button: b})
	c.In.CursorX, c.In.CursorY, c.In.HasCursor = x, y, true
}

// Pointer queues one pointer event.
func (c *Context) Pointer(e PointerEvent) {
	c.In.Pointer = append(c.In.Pointer, e)
	c.In.CursorX, c.In.CursorY, c.In.HasCursor = e.X, e.Y, true
}

// Do queues a key action.
func (c *Context) Do(a keymap.Action, arg int) {
	c.Actions = append(c.Actions, Action{Action: a, Arg: arg})
}
