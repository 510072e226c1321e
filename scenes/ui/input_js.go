//go:build js

package ui

import (
	"strings"
	"sync"
	"syscall/js"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/platform"
)

// webSource queues the browser's own pointer and key events, in order, as
// they happen, and hands them over once per tick. Ebiten 2.8 samples the
// button and key state once per tick, so a tap (press and release within
// one tick, as trackpads, touch screens and whiteboards produce) or a key
// pressed and released quickly would be lost if we only polled it.
type webSource struct {
	mu      sync.Mutex
	pointer []PointerEvent
	keys    []keymap.Event
	touched bool
	wheel   float64 // wheel scroll since the last Poll, screen pixels
	x, y    float64
	has     bool
	funcs   []js.Func
	bound   bool
}

func newPlatformSource() PointerSource { return &webSource{} }

// preventedKeys are the keys whose browser default (scrolling, leaving the
// page, moving focus, quick find) would fight the app's key map.
var preventedKeys = map[string]bool{
	"Space": true, "Tab": true, "Backspace": true, "ArrowLeft": true, "ArrowRight": true,
	"ArrowUp": true, "ArrowDown": true, "PageUp": true, "PageDown": true, "Enter": true,
	"Slash": true, "Quote": true, "Equal": true, "Minus": true, "Delete": true,
	"Home": true, "End": true,
}

func (s *webSource) bind() {
	s.bound = true
	doc := js.Global().Get("document")
	canvas := doc.Call("querySelector", "canvas")
	if canvas.IsNull() || canvas.IsUndefined() {
		s.bound = false // Ebiten has not made its canvas yet; try next tick
		return
	}
	// Touch gestures must not scroll or zoom the page: the canvas owns them.
	canvas.Get("style").Set("touchAction", "none")
	canvas.Get("style").Set("userSelect", "none")

	pointer := func(kind PointerKind) js.Func {
		return platform.Func("pointer listener", func(this js.Value, args []js.Value) any {
			e := args[0]
			dpr := js.Global().Get("devicePixelRatio").Float()
			if dpr <= 0 {
				dpr = 1
			}
			r := canvas.Call("getBoundingClientRect")
			ev := PointerEvent{
				Kind:  kind,
				X:     (e.Get("clientX").Float() - r.Get("left").Float()) * dpr,
				Y:     (e.Get("clientY").Float() - r.Get("top").Float()) * dpr,
				Touch: e.Get("pointerType").String() != "mouse",
				Shift: e.Get("shiftKey").Bool(),
				Ctrl:  e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool(),
				Alt:   e.Get("altKey").Bool(),
			}
			switch e.Get("button").Int() {
			case 1:
				ev.Button = ButtonMiddle
			case 2:
				ev.Button = ButtonRight
			}
			if kind == PointerDown {
				// Keep receiving moves and the release when a drag leaves
				// the canvas.
				canvas.Call("setPointerCapture", e.Get("pointerId"))
				canvas.Call("focus")
			}
			s.mu.Lock()
			s.pointer = append(s.pointer, ev)
			s.x, s.y, s.has = ev.X, ev.Y, true
			if ev.Touch && kind == PointerDown {
				s.touched = true
			}
			s.mu.Unlock()
			return nil
		})
	}
	add := func(target js.Value, name string, f js.Func) {
		s.funcs = append(s.funcs, f)
		target.Call("addEventListener", name, f)
	}
	add(canvas, "pointerdown", pointer(PointerDown))
	add(canvas, "pointermove", pointer(PointerMove))
	add(canvas, "pointerup", pointer(PointerUp))
	add(canvas, "pointercancel", pointer(PointerCancel))
	// The wheel scrolls the side panel, not the page: listened to
	// actively (passive: false) so that preventDefault holds. (Ebiten's
	// own wheel listener on the canvas cancels the page's scroll anyway.)
	wheel := platform.Func("wheel listener", func(this js.Value, args []js.Value) any {
		e := args[0]
		e.Call("preventDefault")
		dpr := js.Global().Get("devicePixelRatio").Float()
		if dpr <= 0 {
			dpr = 1
		}
		dy := e.Get("deltaY").Float()
		switch e.Get("deltaMode").Int() {
		case 1: // lines
			dy *= 16
		case 2: // pages
			dy *= 400
		}
		r := canvas.Call("getBoundingClientRect")
		s.mu.Lock()
		s.wheel += dy * dpr
		s.x = (e.Get("clientX").Float() - r.Get("left").Float()) * dpr
		s.y = (e.Get("clientY").Float() - r.Get("top").Float()) * dpr
		s.has = true
		s.mu.Unlock()
		return nil
	})
	s.funcs = append(s.funcs, wheel)
	opts := js.Global().Get("Object").New()
	opts.Set("passive", false)
	canvas.Call("addEventListener", "wheel", wheel, opts)
	add(canvas, "contextmenu", platform.Func("contextmenu listener", func(this js.Value, args []js.Value) any {
		args[0].Call("preventDefault")
		return nil
	}))
	add(js.Global(), "keydown", platform.Func("keydown listener", func(this js.Value, args []js.Value) any {
		e := args[0]
		if e.Get("isComposing").Bool() {
			return nil
		}
		code := e.Get("code").String()
		ev := keymap.Event{
			Key:   webKeyName(code),
			Shift: e.Get("shiftKey").Bool(),
			Ctrl:  e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool(),
			Alt:   e.Get("altKey").Bool(),
		}
		if k := e.Get("key").String(); utf8.RuneCountInString(k) == 1 {
			ev.Char, _ = utf8.DecodeRuneInString(k)
		}
		if preventedKeys[ev.Key] || (ev.Ctrl && (ev.Key == "Z" || ev.Key == "Y")) {
			e.Call("preventDefault")
		}
		s.mu.Lock()
		s.keys = append(s.keys, ev)
		s.mu.Unlock()
		return nil
	}))
}

// webKeyName turns a DOM KeyboardEvent.code into Ebiten's key name: the two
// agree except that letters are "KeyA" in the DOM and "A" in Ebiten.
func webKeyName(code string) string {
	if strings.HasPrefix(code, "Key") && len(code) == 4 {
		return code[3:]
	}
	return code
}

func (s *webSource) Pending() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pointer) > 0 || len(s.keys) > 0 || s.touched || s.wheel != 0
}

func (s *webSource) Poll(in *Input, _ float64) {
	if !s.bound {
		s.bind()
	}
	s.mu.Lock()
	in.Pointer = append(in.Pointer, s.pointer...)
	in.Keys = append(in.Keys, s.keys...)
	in.Touched = in.Touched || s.touched
	if len(s.keys) > 0 {
		in.Typed = true
	}
	in.WheelY += s.wheel
	s.pointer, s.keys, s.touched, s.wheel = s.pointer[:0], s.keys[:0], false, 0
	if s.has {
		in.CursorX, in.CursorY, in.HasCursor = s.x, s.y, true
	}
	s.mu.Unlock()
	if !in.HasCursor {
		x, y := ebiten.CursorPosition()
		in.CursorX, in.CursorY = float64(x), float64(y)
	}
}
