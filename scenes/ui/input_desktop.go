//go:build !js

package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/neurona/neurona/scenes/keymap"
)

// desktopSource polls Ebiten. On desktop Ebiten keeps GLFW's sticky mouse
// buttons on (the default vsync mode), so a press released within one tick
// is still seen as pressed for that tick: polling loses no click here.
type desktopSource struct {
	down     [3]bool
	lastX    int
	lastY    int
	keys     []ebiten.Key
	chars    []rune
	touchIDs []ebiten.TouchID
	touchPos map[ebiten.TouchID][2]int

	touchScratch []ebiten.TouchID // for Pending
}

func newPlatformSource() PointerSource {
	return &desktopSource{lastX: -1, lastY: -1, touchPos: map[ebiten.TouchID][2]int{}}
}

var mouseButtons = [3]ebiten.MouseButton{ebiten.MouseButtonLeft, ebiten.MouseButtonRight, ebiten.MouseButtonMiddle}

func (s *desktopSource) Poll(in *Input, deviceScale float64) {
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	ctrl := ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	alt := ebiten.IsKeyPressed(ebiten.KeyAlt)

	x, y := ebiten.CursorPosition()
	ev := PointerEvent{X: float64(x), Y: float64(y), Shift: shift, Ctrl: ctrl, Alt: alt}
	if x != s.lastX || y != s.lastY {
		ev.Kind = PointerMove
		in.Pointer = append(in.Pointer, ev)
		s.lastX, s.lastY = x, y
	}
	in.CursorX, in.CursorY, in.HasCursor = float64(x), float64(y), true
	for i, b := range mouseButtons {
		p := ebiten.IsMouseButtonPressed(b)
		if p == s.down[i] {
			continue
		}
		s.down[i] = p
		ev.Button = Button(i)
		ev.Kind = PointerUp
		if p {
			ev.Kind = PointerDown
		}
		in.Pointer = append(in.Pointer, ev)
	}

	// A notch of the wheel scrolls about three lines of panel text.
	_, wy := ebiten.Wheel()
	in.WheelY -= wy * wheelLine * deviceScale

	s.pollTouches(in)
	s.pollKeys(in, shift, ctrl, alt)
}

// wheelLine is how many layout units one notch of the wheel scrolls.
const wheelLine = 48

// Pending reads Ebiten's state of this frame (which, unlike inpututil's,
// is fresh between ticks): a key held, a button changed, the cursor moved
// or a finger down.
func (s *desktopSource) Pending() bool {
	if _, wy := ebiten.Wheel(); wy != 0 {
		return true
	}
	if x, y := ebiten.CursorPosition(); x != s.lastX || y != s.lastY {
		return true
	}
	for i, b := range mouseButtons {
		if ebiten.IsMouseButtonPressed(b) != s.down[i] {
			return true
		}
	}
	for k := ebiten.Key(0); k <= ebiten.KeyMax; k++ {
		if ebiten.IsKeyPressed(k) && !isModifier(k) {
			return true
		}
	}
	s.touchScratch = ebiten.AppendTouchIDs(s.touchScratch[:0])
	return len(s.touchScratch) > 0 || len(s.touchIDs) > 0
}

func (s *desktopSource) pollTouches(in *Input) {
	s.touchIDs = inpututil.AppendJustPressedTouchIDs(s.touchIDs[:0])
	for _, id := range s.touchIDs {
		x, y := ebiten.TouchPosition(id)
		s.touchPos[id] = [2]int{x, y}
		in.Pointer = append(in.Pointer, PointerEvent{Kind: PointerDown, X: float64(x), Y: float64(y), Touch: true})
		in.Touched = true
		in.CursorX, in.CursorY = float64(x), float64(y)
	}
	s.touchIDs = ebiten.AppendTouchIDs(s.touchIDs[:0])
	for _, id := range s.touchIDs {
		x, y := ebiten.TouchPosition(id)
		if p := s.touchPos[id]; p != [2]int{x, y} {
			s.touchPos[id] = [2]int{x, y}
			in.Pointer = append(in.Pointer, PointerEvent{Kind: PointerMove, X: float64(x), Y: float64(y), Touch: true})
		}
	}
	s.touchIDs = inpututil.AppendJustReleasedTouchIDs(s.touchIDs[:0])
	for _, id := range s.touchIDs {
		x, y := inpututil.TouchPositionInPreviousTick(id)
		delete(s.touchPos, id)
		in.Pointer = append(in.Pointer, PointerEvent{Kind: PointerUp, X: float64(x), Y: float64(y), Touch: true})
	}
}

// repeatDelay and repeatEvery are in ticks: a held key repeats like a
// typed one, so that holding ↑ keeps nudging a parameter.
const (
	repeatDelay = 24
	repeatEvery = 4
)

func (s *desktopSource) pollKeys(in *Input, shift, ctrl, alt bool) {
	s.keys = inpututil.AppendPressedKeys(s.keys[:0])
	s.chars = ebiten.AppendInputChars(s.chars[:0])
	var fresh []ebiten.Key
	for _, k := range s.keys {
		if isModifier(k) {
			continue
		}
		d := inpututil.KeyPressDuration(k)
		if d == 1 || (d > repeatDelay && (d-repeatDelay)%repeatEvery == 0) {
			fresh = append(fresh, k)
		}
	}
	// Pair a single new key with the character it typed, so that the
	// layout's symbol ('+' on a Spanish keyboard) is known; otherwise report
	// keys and characters separately.
	if len(fresh) == 1 && len(s.chars) <= 1 {
		e := keymap.Event{Key: fresh[0].String(), Shift: shift, Ctrl: ctrl, Alt: alt}
		if len(s.chars) == 1 {
			e.Char = s.chars[0]
		}
		in.Keys = append(in.Keys, e)
	} else {
		for _, k := range fresh {
			in.Keys = append(in.Keys, keymap.Event{Key: k.String(), Shift: shift, Ctrl: ctrl, Alt: alt})
		}
		for _, c := range s.chars {
			in.Keys = append(in.Keys, keymap.Event{Char: c, Shift: shift, Ctrl: ctrl, Alt: alt})
		}
	}
	if len(in.Keys) > 0 {
		in.Typed = true
	}
}

func isModifier(k ebiten.Key) bool {
	switch k {
	case ebiten.KeyShift, ebiten.KeyShiftLeft, ebiten.KeyShiftRight,
		ebiten.KeyControl, ebiten.KeyControlLeft, ebiten.KeyControlRight,
		ebiten.KeyAlt, ebiten.KeyAltLeft, ebiten.KeyAltRight,
		ebiten.KeyMeta, ebiten.KeyMetaLeft, ebiten.KeyMetaRight:
		return true
	}
	return false
}
