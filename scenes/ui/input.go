package ui

import "github.com/neurona/neurona/scenes/keymap"

// PointerKind says what happened to a pointer.
type PointerKind int

// Pointer event kinds.
const (
	PointerDown PointerKind = iota
	PointerMove
	PointerUp
	PointerCancel // the pointer left for good (window lost focus, touch cancelled)
)

// Button is a mouse button; touches report ButtonLeft.
type Button int

// Mouse buttons.
const (
	ButtonLeft Button = iota
	ButtonRight
	ButtonMiddle
)

// PointerEvent is one press, move or release of the mouse or of a finger, in
// screen pixels. Events of one tick keep their order, so a press and release
// that fall within a single tick (a trackpad or whiteboard tap) still arrive
// as two events.
type PointerEvent struct {
	Kind   PointerKind
	X, Y   float64
	Button Button
	Touch  bool // from a finger or pen rather than a mouse
	Shift  bool
	Ctrl   bool // Ctrl or Cmd
	Alt    bool
}

// Input is everything the user did in one tick, read once by the game and
// handed down to the current scene.
type Input struct {
	Pointer []PointerEvent
	// CursorX, CursorY is the latest pointer position; HasCursor is false
	// before the pointer has entered the window.
	CursorX, CursorY float64
	HasCursor        bool
	Keys             []keymap.Event
	Touched          bool // a finger touched the screen this tick
	Typed            bool // a key was pressed this tick
	// WheelY is how far the mouse wheel (or a two-finger swipe) asked to
	// scroll this tick, in screen pixels at the cursor: positive moves
	// the content up, to show what is below.
	WheelY float64
}

// Reset empties the per-tick lists, keeping their storage.
func (in *Input) Reset() {
	in.Pointer = in.Pointer[:0]
	in.Keys = in.Keys[:0]
	in.Touched, in.Typed = false, false
	in.WheelY = 0
}

// PointerSource reads the platform's pointer and key events into an Input,
// once per tick. Positions are in the game's screen pixels.
type PointerSource interface {
	Poll(in *Input, deviceScale float64)
	// Pending reports whether the user did something that the next Poll
	// will read, without reading it: the game asks between ticks while
	// idle, to tick again at once.
	Pending() bool
}

// NewPointerSource returns the source for the platform the program runs on.
func NewPointerSource() PointerSource { return newPlatformSource() }

// Injector lets the JS API and tests feed synthetic events; they are
// delivered at the next Poll, in order, after the platform's own.
type Injector struct {
	pointer []PointerEvent
	keys    []keymap.Event
	wheel   float64
}

// Pointer queues a pointer event.
func (j *Injector) Pointer(e PointerEvent) { j.pointer = append(j.pointer, e) }

// Key queues a key event.
func (j *Injector) Key(e keymap.Event) { j.keys = append(j.keys, e) }

// Wheel queues a turn of the mouse wheel at (x, y) that scrolls dy screen
// pixels (positive: down).
func (j *Injector) Wheel(x, y, dy float64) {
	j.Pointer(PointerEvent{Kind: PointerMove, X: x, Y: y})
	j.wheel += dy
}

// Pending reports whether events are queued.
func (j *Injector) Pending() bool { return len(j.pointer) > 0 || len(j.keys) > 0 || j.wheel != 0 }

// Drain moves the queued events into in.
func (j *Injector) Drain(in *Input) {
	for _, e := range j.pointer {
		in.Pointer = append(in.Pointer, e)
		in.CursorX, in.CursorY, in.HasCursor = e.X, e.Y, true
		if e.Touch {
			in.Touched = true
		}
	}
	in.Keys = append(in.Keys, j.keys...)
	if len(j.keys) > 0 {
		in.Typed = true
	}
	in.WheelY += j.wheel
	j.pointer, j.keys, j.wheel = j.pointer[:0], j.keys[:0], 0
}
