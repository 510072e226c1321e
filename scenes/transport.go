package scenes

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// transport is the strip of playback controls along the bottom of a wide
// window, shown whether or not the screen was touched, so that a teacher
// with only a mouse (or a presenter's remote pointer) can step, play and
// change the speed: step back, play/pause, step, reset, slower, the speed,
// faster. Each control sends the same keymap action as its key, so a
// click does exactly what the key does, and names that key in a tooltip
// while the pointer is over it. The strip's right-hand part holds the
// messages (toasts), out of the scene's way. On a phone, or once the
// screen was touched, the touch bar (chrome.go) takes its place.
type transport struct {
	hover int // index into transportControls under the pointer, -1 if none

	// Kept from frame to frame, so that drawing the strip makes no
	// garbage: the buttons' rectangles (transportButtons fills them in
	// place) and the speed readout's text for the speed and language shown.
	buttons []ui.Rect
	speed   ui.Memo[speedKey]
}

// speedKey is what the speed readout's text depends on.
type speedKey struct {
	sps  float64
	lang i18n.Lang
}

// transportUnits is the strip's height in layout units: 44, a comfortable
// mouse target that leaves the scene most of a 720-pixel projector.
const transportUnits = 44

// transportMinCSS is the narrowest window, in CSS pixels, that shows the
// strip; narrower windows are phones, which get the touch bar.
const transportMinCSS = 700

// transportControl is one button of the strip.
type transportControl struct {
	label  string  // a symbol, readable in any language ("" when drawn)
	units  float64 // width in layout units
	action keymap.Action
}

// transportControls are the strip's buttons, left to right. The speed's
// readout sits between slower and faster and is not a button.
var transportControls = []transportControl{
	{"◀◀", 52, keymap.Back},
	{"", 52, keymap.Play}, // drawn: ▶ when paused (press to play), ❚❚ while playing
	{"▶|", 52, keymap.Step},
	{"↺", 52, keymap.Reset},
	{"−", 40, keymap.Slower},
	{"+", 40, keymap.Faster},
}

// speedUnits is the width of the speed readout between − and +.
const speedUnits = 120

// controlShown reports whether the strip's or the touch bar's control
// for action a does something in scene sc, so that no button is dead:
// the player's controls (back, play, step, slower, faster) show in a
// scene that plays (a Player); reset, undo, help and the class toggle
// in every scene. The neuron, which has no steps, shows only reset in
// the strip; its keys are unchanged.
func controlShown(sc ui.Scene, a keymap.Action) bool {
	switch a {
	case keymap.Back, keymap.Play, keymap.Step, keymap.Slower, keymap.Faster:
		_, ok := sc.(Player)
		return ok
	}
	return true
}

// transportShown reports whether the strip is on screen: on windows at
// least transportMinCSS wide that show no touch bar.
func (ch *chrome) transportShown(v view) bool {
	return !ch.touchUI && v.w >= transportMinCSS*v.dsf
}

// transportScale is the strip's pixels per layout unit: the user's text
// scale, reduced when the strip would not fit the window's width.
func transportScale(v view) float64 {
	s := v.dsf * v.zoom
	need := 12.0 + speedUnits + 320 // the buttons and the speed, with room for a message
	for _, c := range transportControls {
		need += c.units + 4
	}
	return min(s, v.w/need)
}

// transportRect is the strip, along the bottom of the window.
func (ch *chrome) transportRect(v view) ui.Rect {
	h := transportUnits * transportScale(v)
	return ui.Rect{X: 0, Y: v.h - h, W: v.w, H: h}
}

// transportButtons returns the screen rectangle of each control, in the
// order of transportControls, and the rectangle of the speed readout; a
// control the scene does not show (controlShown) has an empty rectangle,
// and the shown ones close up. The rectangles are the chrome's own, filled
// again by the next call (the strip is laid out several times a frame):
// a caller reads them and keeps nothing.
func (ch *chrome) transportButtons(v view) (buttons []ui.Rect, speed ui.Rect) {
	s := transportScale(v)
	bar := ch.transportRect(v)
	x := bar.X + 6*s
	if cap(ch.transport.buttons) < len(transportControls) {
		ch.transport.buttons = make([]ui.Rect, len(transportControls))
	}
	buttons = ch.transport.buttons[:len(transportControls)]
	clear(buttons)
	sc := v.scene()
	for i, c := range transportControls {
		if !controlShown(sc, c.action) {
			continue
		}
		if c.action == keymap.Slower {
			x += 12 * s // a gap between the stepping and the speed
		}
		if c.action == keymap.Faster {
			speed = ui.Rect{X: x, Y: bar.Y + 4*s, W: speedUnits * s, H: bar.H - 8*s}
			x += speedUnits * s
		}
		w := c.units * s
		buttons[i] = ui.Rect{X: x, Y: bar.Y + 4*s, W: w - 4*s, H: bar.H - 8*s}
		x += w
	}
	return buttons, speed
}

// transportHit returns the index of the control at (x, y), -1 if none.
func (ch *chrome) transportHit(v view, x, y float64) int {
	buttons, _ := ch.transportButtons(v)
	for i, r := range buttons {
		if r.Contains(x, y) {
			return i
		}
	}
	return -1
}

// transportPointer handles a pointer event inside the strip: a press on
// a control is its action; everything else in the strip is used up, so
// that the scene never sees it.
func (ch *chrome) transportPointer(v view, ev ui.PointerEvent) (ui.Action, bool) {
	if !ch.transportRect(v).Contains(ev.X, ev.Y) {
		return ui.Action{}, false
	}
	if ev.Kind == ui.PointerDown {
		if i := ch.transportHit(v, ev.X, ev.Y); i >= 0 {
			return ui.Action{Action: transportControls[i].action}, true
		}
	}
	return ui.Action{}, true
}

// transportHover records the control under the cursor, for its tooltip.
func (ch *chrome) transportHover(v view, in *ui.Input) {
	ch.transport.hover = -1
	if ch.transportShown(v) && in.HasCursor {
		ch.transport.hover = ch.transportHit(v, in.CursorX, in.CursorY)
	}
}

// tooltip is a control's name and its key in the current language, e.g.
// "reproducir / pausar — Intro / P".
func tooltip(a keymap.Action, lang i18n.Lang) string {
	var bs []keymap.Binding
	for _, b := range keymap.Global {
		if b.Action == a {
			bs = append(bs, b)
		}
	}
	rows := keymap.Rows(bs, string(lang))
	if len(rows) == 0 {
		return ""
	}
	return i18n.T(lang, rows[0].Help) + " — " + rows[0].Keys
}

// toastArea is where messages are shown: the free right-hand part of the
// strip, or, without the strip, over the title bar. Both are outside the
// scene, so a message never covers its data or its footnote.
func (ch *chrome) toastArea(v view) ui.Rect {
	if ch.transportShown(v) {
		s := transportScale(v)
		buttons, _ := ch.transportButtons(v)
		bar := ch.transportRect(v)
		x := 0.0
		for _, b := range buttons {
			x = max(x, b.Right())
		}
		x += 16 * s
		return ui.Rect{X: x, Y: bar.Y, W: bar.Right() - 6*s - x, H: bar.H}
	}
	s := titleScale(v)
	return ui.Rect{X: 0, Y: 0, W: v.w, H: titleBarUnits * s}
}

func (ch *chrome) drawTransport(v view, dst *ebiten.Image) {
	th := v.theme
	s := transportScale(v)
	bar := ch.transportRect(v)
	ui.FillRect(dst, bar, th.Panel)
	ui.Line(dst, 0, bar.Y, v.w, bar.Y, s, th.PanelEdge)
	var pl *ui.Player
	if p, ok := v.scene().(Player); ok {
		pl = p.Playback()
	}
	buttons, speed := ch.transportButtons(v)
	fs := 20 * s
	for i, r := range buttons {
		c := transportControls[i]
		if r.Empty() {
			continue // not a control of this scene
		}
		ui.FillRect(dst, r, th.Background)
		edge := th.PanelEdge
		if i == ch.transport.hover {
			edge = th.Accent
		}
		ui.StrokeRect(dst, r, 1.5*s, edge)
		clr := th.Text
		if c.action == keymap.Play {
			ui.PlayIcon(dst, r.X+r.W/2, r.Y+r.H/2, 18*s, pl != nil && pl.Playing, clr)
			continue
		}
		size := ui.FitText(c.label, fs, r.W-6*s)
		ui.DrawText(dst, c.label, r.X+r.W/2, r.Y+(r.H-size*1.2)/2, size, clr, ui.AlignCenter)
	}
	if pl != nil {
		txt := ch.transport.speed.Text(speedKey{pl.StepsPerSecond(), v.lang}, func() string {
			return fmt.Sprintf("%g %s", pl.StepsPerSecond(), v.t("ui.steps.per.second"))
		})
		size := ui.FitText(txt, 18*s, speed.W-8*s)
		ui.DrawText(dst, txt, speed.X+speed.W/2, speed.Y+(speed.H-size*1.2)/2, size, th.Text, ui.AlignCenter)
	}
}

// drawTooltip draws the hovered control's tooltip just above the strip
// (only while the pointer rests on the control).
func (ch *chrome) drawTooltip(v view, dst *ebiten.Image) {
	i := ch.transport.hover
	if i < 0 || !ch.transportShown(v) {
		return
	}
	s := transportScale(v)
	buttons, _ := ch.transportButtons(v)
	tip := tooltip(transportControls[i].action, v.lang)
	fs := ui.FitText(tip, 18*s, v.w-24*s)
	w, _ := ui.MeasureText(tip, fs)
	h := fs * 1.6
	r := ui.Rect{X: buttons[i].X, Y: buttons[i].Y - 8*s - h, W: w + 20*s, H: h}
	r.X = max(4*s, min(r.X, v.w-r.W-4*s))
	ui.FillRect(dst, r, v.theme.Panel)
	ui.StrokeRect(dst, r, 1.5*s, v.theme.Accent)
	ui.DrawText(dst, tip, r.X+10*s, r.Y+(h-fs*1.2)/2, fs, v.theme.Text, ui.AlignLeft)
}
