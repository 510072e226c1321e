package scenes

import (
	"fmt"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// chrome is what the game draws around the current scene: the title bar
// with its tabs and buttons, the help overlay, the messages (toasts) and
// the on-screen controls of a touch screen. It keeps its own state; the
// game hands it a view of what it shows and the pointer events aimed at it.
type chrome struct {
	help     bool
	helpView helpOverlay // the help overlay's scroll and layout (help.go)
	touchUI  bool        // show the on-screen controls
	touchCls int         // class of the next tapped point
	toasts   []toast
	// transport is the strip of playback controls on wide screens
	// (transport.go).
	transport transport
	// menu is whether the phone's list of scenes is open; menuGesture,
	// whether the pointer gesture that closed it goes on (tabs.go).
	menu, menuGesture bool
	// titlePic and transportPic are the two strips' pictures, painted
	// again only when what they show changes (strips.go).
	titlePic     stripPicture[titleKey]
	transportPic stripPicture[transportKey]
}

// view is what the chrome and the document layer read of the game in one
// tick or frame.
type view struct {
	w, h      float64 // canvas size in canvas pixels
	dsf, zoom float64 // canvas pixels per CSS pixel, the user's scale
	lang      i18n.Lang
	theme     *ui.Theme
	scenes    sceneSet
	cur       int
	frame     uint64  // the tick
	plane     ui.Rect // where the scene put its data plane, in canvas pixels
}

func (v view) scene() ui.Scene     { return v.scenes.at(v.cur) }
func (v view) t(key string) string { return i18n.T(v.lang, key) }

// toast is a message shown for a few seconds, laid out once (layout) when
// it is queued or the screen's scale or width changes, never per frame.
type toast struct {
	msg   string
	until uint64
	bad   bool

	key   toastKey // what the layout below was made for
	shown string   // msg, shortened with "…" to fit the width
	size  float64  // its text size
	w     float64  // its width at that size
}

// toastKey is what a toast's layout depends on: the row's text size and
// the width it may take.
type toastKey struct{ px, width float64 }

// Bounds of the messages: at most maxToasts at a time, each at most
// maxToastBytes long (engine.Truncate), however much text a refused input
// brought with it.
const (
	maxToasts     = 4
	maxToastBytes = 240
)

// warn shows a message about a problem for five seconds from frame.
func (ch *chrome) warn(frame uint64, msg string) {
	ch.push(toast{msg: msg, until: frame + 5*ui.TPS, bad: true})
}

// note shows a message for three seconds from frame.
func (ch *chrome) note(frame uint64, msg string) {
	ch.push(toast{msg: msg, until: frame + 3*ui.TPS})
}

func (ch *chrome) push(t toast) {
	t.msg = engine.Truncate(t.msg, maxToastBytes)
	ch.toasts = append(ch.toasts, t)
	if len(ch.toasts) > maxToasts {
		ch.toasts = append(ch.toasts[:0], ch.toasts[len(ch.toasts)-maxToasts:]...)
	}
}

// shown returns the messages shown: the two newest, or the newest alone
// when the one before says the same (a preset loaded twice showed its
// name twice, each row at a smaller size).
func (ch *chrome) shown() []toast {
	n := len(ch.toasts)
	if n >= 2 && ch.toasts[n-2].msg == ch.toasts[n-1].msg {
		return ch.toasts[n-1:]
	}
	return ch.toasts[max(0, n-2):]
}

// messages returns how many messages are queued.
func (ch *chrome) messages() int { return len(ch.toasts) }

// dropOlder drops the first n messages queued, keeping those queued since.
func (ch *chrome) dropOlder(n int) { ch.toasts = ch.toasts[n:] }

// dropNotes drops the messages that are not warnings: written in the
// language just left, they would stay in it for their seconds (a preset's
// name is on the scene's panel in the new language). Warnings stay, as a
// problem must not go unsaid.
func (ch *chrome) dropNotes() {
	keep := ch.toasts[:0]
	for _, t := range ch.toasts {
		if t.bad {
			keep = append(keep, t)
		}
	}
	ch.toasts = keep
}

// clearMessages drops every message: they were about the scene left.
func (ch *chrome) clearMessages() { ch.toasts = nil }

// helpShown reports whether the help overlay is open.
func (ch *chrome) helpShown() bool { return ch.help }

// toggleHelp opens or closes the help overlay (H).
func (ch *chrome) toggleHelp() { ch.help = !ch.help }

// closeHelp closes the help overlay and reports whether it was open (Esc
// closes it before it leaves fullscreen).
func (ch *chrome) closeHelp() bool {
	was := ch.help
	ch.help = false
	return was
}

// input shows the on-screen controls after a touch and hides them after
// typing.
func (ch *chrome) input(touched, typed bool) {
	if touched {
		ch.touchUI = true
	} else if typed {
		ch.touchUI = false
	}
}

// touchShown reports whether the on-screen controls are shown.
func (ch *chrome) touchShown() bool { return ch.touchUI }

// touchClass is the class of the next tapped point (the on-screen
// toggle's).
func (ch *chrome) touchClass() int { return ch.touchCls }

// flipTouchClass switches the class of the next tapped point.
func (ch *chrome) flipTouchClass() { ch.touchCls = -ch.touchCls }

// expire drops the messages whose time is up at frame and lays out those
// that are new or whose screen changed.
func (ch *chrome) expire(v view, frame uint64) {
	keep := ch.toasts[:0]
	for _, t := range ch.toasts {
		if t.until > frame {
			keep = append(keep, t)
		}
	}
	ch.toasts = keep
	if len(ch.toasts) == 0 {
		return
	}
	s := v.dsf * v.zoom
	area := ch.toastArea(v)
	shown := ch.shown()
	_, px := toastRows(area, len(shown), s)
	for i := range shown {
		shown[i].layout(px, area.W-24*s)
	}
}

// layout shortens and measures the toast's text for a row of text size px
// and the given width, unless it already has: a message is laid out when
// it comes and when the screen changes, not every frame.
func (t *toast) layout(px, width float64) {
	k := toastKey{px, width}
	if t.key == k {
		return
	}
	t.shown = elide(t.msg, px, width)
	t.size = ui.FitText(t.shown, px, width)
	t.w, _ = ui.MeasureText(t.shown, t.size)
	t.key = k
}

// Layout height of the title bar, in layout units.
// touchClassToggle is the on-screen class button's action.

// sceneArea is the part of the canvas the scene owns: below the title bar
// and above the on-screen controls.
func (ch *chrome) sceneArea(v view) ui.Rect {
	s := titleScale(v)
	top := titleBarUnits * s
	h := v.h - top
	if ch.touchUI {
		h -= touchBarUnits * s
	} else if ch.transportShown(v) {
		h -= ch.transportRect(v).H
	}
	return ui.Rect{X: 0, Y: top, W: v.w, H: max(h, 1)}
}

// ClassPicker is implemented by scenes whose clicks add points of one of
// several classes 0…K−1 rather than ±1 (their toggle cycles the class):
// the touch bar's toggle shows the scene's class, not ±1.
type ClassPicker interface {
	PointClass() int
}

// touchToggleFace is what the touch bar's class toggle shows for the
// current scene: the class a tap adds, as its marker and its name.
func touchToggleFace(sc ui.Scene, touchCls int) (label string, k int, classes bool) {
	if p, ok := sc.(ClassPicker); ok {
		k := p.PointClass()
		return ui.Int(k), k, true
	}
	if touchCls < 0 {
		return "−1", -1, false
	}
	return "+1", 1, false
}

// Player is implemented by scenes that play steps, so that the title bar
// can show whether they play and how fast.
type Player interface {
	Playback() *ui.Player
}

// titleButton is a clickable control at the right of the title bar; it
// sends the same action as its key, so a mouse-only or touch-only teacher
// can reach every presenting feature.
type titleButton struct {
	r      ui.Rect
	label  string
	action keymap.Action
}

type buttonSpec struct {
	label  string
	units  float64 // width in layout units
	action keymap.Action
}

// titleButtons lays out the title bar's right-hand controls from the right
// edge: help, language, the notebook export (Shift+E), and on wider
// screens fullscreen, theme and the text scale.
func (ch *chrome) titleButtons(v view) []titleButton {
	s := titleScale(v)
	h := titleBarUnits * s
	lang := "ES · en"
	if v.lang == i18n.EN {
		lang = "es · EN"
	}
	specs := []buttonSpec{{"?", 40, keymap.Help}, {lang, 86, keymap.Language}, {".ipynb", 66, keymap.Notebook}}
	if v.w < phoneMinCSS*v.dsf {
		// On a phone, as narrow as their labels allow at the bar's text
		// size, so that the scene's name keeps its room (tabs.go).
		specs[1].units, specs[2].units = 66, 60
	} else {
		specs = append(specs,
			buttonSpec{"⛶", 40, keymap.Fullscreen},
			buttonSpec{"◐", 40, keymap.Theme},
			buttonSpec{"A+", 40, keymap.ZoomIn},
			buttonSpec{"A−", 40, keymap.ZoomOut})
	}
	x := v.w - 6*s
	out := make([]titleButton, 0, len(specs))
	for _, sp := range specs {
		w := sp.units * s
		x -= w
		out = append(out, titleButton{r: ui.Rect{X: x, Y: 4 * s, W: w - 4*s, H: h - 8*s}, label: sp.label, action: sp.action})
	}
	return out
}

// statusUnits is the room the play status takes in the title bar.
const statusUnits = 150

// tabRects returns the screen rectangles of the scene tabs in the title bar,
// between the app name and the right-hand controls.
func (ch *chrome) tabRects(v view) []ui.Rect { return tabLayout(v).rects }

// layoutTabRects is tabRects, worked out.
func (ch *chrome) layoutTabRects(v view) []ui.Rect {
	return ch.tabRectsFrom(v, ch.showsAppName(v))
}

// showsAppName reports whether the title bar shows the app's name left
// of the tabs: on a wide window, where the tabs keep their names at 16
// CSS px or more beside it; the tabs come first.
func (ch *chrome) showsAppName(v view) bool {
	if !ch.wide(v) {
		return false
	}
	s := titleScale(v)
	_, size, fit := tabLabels(v, ch.tabRectsFrom(v, true), 19*s*0.9)
	return fit && size >= 16*v.dsf
}

// tabRectsFrom is tabRects with or without the app's name before the tabs.
func (ch *chrome) tabRectsFrom(v view, appName bool) []ui.Rect {
	s := titleScale(v)
	h := titleBarUnits * s
	x0 := 6 * s // no app name: the tabs take the room
	if appName {
		x0 = 130 * s
	}
	right := v.w - 6*s
	if bs := ch.titleButtons(v); len(bs) > 0 {
		right = bs[len(bs)-1].r.X - 6*s
	}
	if ch.wide(v) {
		right -= statusUnits * s // the play status
	}
	n := float64(len(v.scenes))
	w := math.Min(200*s, math.Max(right-x0, n)/n)
	out := make([]ui.Rect, len(v.scenes))
	for i := range out {
		out[i] = ui.Rect{X: x0 + w*float64(i), Y: 0, W: w - 4*s, H: h}
	}
	return out
}

// wide reports whether the title bar has room for the app's name and the
// play status besides the tabs.
func (ch *chrome) wide(v view) bool { return v.w >= slideW*titleScale(v) }

// titleUnits is the least width, in layout units, the title bar needs on
// a wide window: its buttons and seven tabs with their short names.
const titleUnits = 6 + 352 + 12 + 7*tabUnits

// tabUnits is the least width of a tab with a short name ("3 · XOR").
const tabUnits = 88

// titleScale is the title bar's pixels per layout unit: the user's text
// scale, but no larger than lets the tabs keep a name (on a window at
// least 700 CSS pixels wide), so that Ctrl+= never turns the tabs into
// bare numbers at 1280 px. On a phone the bar keeps the text scale.
//
// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func titleScale(v view) float64 {
	s := v.dsf * v.zoom
	if v.w < 700*v.dsf {
		return s
	}
	return min(s, max(v.dsf, v.w/titleUnits))
}

// tabLabels returns the tabs' labels and their one text size: "1 · Name"
// where every name fits at a size near the bar's and at least 16 CSS px,
// else the short names ("1 · Neur."), so that the tabs never mix sizes or
// forms; fit is false when even the short names do not fit near the bar's
// size (then the bar shows the phone's switcher, see phoneTabs).
func tabLabels(v view, tabs []ui.Rect, fs float64) (labels []string, size float64, fit bool) {
	s := titleScale(v)
	legible := max(fs*0.75, 16*v.dsf)
	for _, form := range [2]string{"tab.", "tabshort."} {
		labels = make([]string, len(tabs))
		size = fs
		for i, r := range tabs {
			labels[i] = fmt.Sprintf("%d · %s", i+1, i18n.T(v.lang, form+v.scenes.id(i)))
			size = min(size, ui.FitText(labels[i], fs, r.W-10*s))
		}
		if size >= legible {
			return labels, size, true
		}
	}
	return labels, size, size >= fs*0.75
}

// chromePointer handles a pointer event aimed at the title bar or the
// on-screen controls; used is false when the event belongs to the scene.
func (ch *chrome) pointer(v view, ev ui.PointerEvent) (a ui.Action, used bool) {
	if a, used := ch.menuPointer(v, ev); used {
		return a, true
	}
	s := titleScale(v)
	if ev.Y < titleBarUnits*s {
		if ev.Kind == ui.PointerDown {
			if len(ch.toasts) > 0 && ch.toastArea(v).Contains(ev.X, ev.Y) {
				ch.toasts = nil // messages over the title bar: a press dismisses them
				return ui.Action{}, true
			}
			if r, ok := ch.playStatusRect(v); ok && r.Contains(ev.X, ev.Y) {
				return ui.Action{Action: keymap.Play}, true
			}
			if a, ok := ch.tabPointer(v, ev.X, ev.Y); ok {
				return a, true
			}
			for _, b := range ch.titleButtons(v) {
				if b.r.Contains(ev.X, ev.Y) {
					return ui.Action{Action: b.action}, true
				}
			}
		}
		return ui.Action{}, ev.Kind == ui.PointerDown
	}
	if ch.touchUI {
		if a, used := ch.touchBarPointer(v, ev); used {
			return a, true
		}
	} else if ch.transportShown(v) {
		if a, used := ch.transportPointer(v, ev); used {
			return a, true
		}
	}
	if ch.help {
		return ch.helpPointer(v, ev), true // the overlay is modal
	}
	return ui.Action{}, false
}

// playStatusRect is the title bar's play status (▶ or ❚❚ and the speed),
// which plays or pauses when clicked; ok is false when it is not shown.
func (ch *chrome) playStatusRect(v view) (r ui.Rect, ok bool) {
	if _, player := v.scene().(Player); !player || !ch.wide(v) {
		return ui.Rect{}, false
	}
	s := titleScale(v)
	tabs := ch.tabRects(v)
	x := tabs[len(tabs)-1].Right() + 4*s
	return ui.Rect{X: x, Y: 0, W: (statusUnits - 10) * s, H: titleBarUnits * s}, true
}

func (ch *chrome) drawTitleBar(v view, dst *ebiten.Image, c *ui.Context) {
	th := v.theme
	s := titleScale(v)
	h := titleBarUnits * s
	ui.FillRect(dst, ui.Rect{W: v.w, H: h}, th.Panel)
	ui.Line(dst, 0, h, v.w, h, s, th.PanelEdge)
	fs := 19 * s
	wide := ch.wide(v)
	if tabLayout(v).appName {
		ui.DrawText(dst, "Neurona", 14*s, (h-fs*1.2)/2, fs*1.1, th.Text, ui.AlignLeft)
	}
	ch.drawTabs(v, dst)
	tabs := ch.tabRects(v)
	if p, ok := v.scene().(Player); ok && wide {
		pl := p.Playback()
		x := tabs[len(tabs)-1].Right() + 18*s
		ui.PlayIcon(dst, x, h/2, 16*s, pl.Playing, th.Accent) // ▶ paused, ❚❚ playing
		status := fmt.Sprintf("%g %s", pl.StepsPerSecond(), v.t("ui.steps.per.second"))
		ui.DrawText(dst, status, x+16*s, (h-fs*1.0)/2, ui.FitText(status, fs*0.8, (statusUnits-40)*s), th.TextDim, ui.AlignLeft)
	}
	for _, b := range ch.titleButtons(v) {
		ui.StrokeRect(dst, b.r, s, th.PanelEdge)
		clr := th.Text
		if b.action == keymap.Help {
			clr = th.Accent
		}
		if b.action == keymap.Fullscreen {
			ui.FullscreenIcon(dst, b.r.X+b.r.W/2, b.r.Y+b.r.H/2, 16*s, clr)
			continue
		}
		size := ui.FitText(b.label, fs*0.85, b.r.W-6*s)
		ui.DrawText(dst, b.label, b.r.X+b.r.W/2, b.r.Y+(b.r.H-size*1.2)/2, size, clr, ui.AlignCenter)
	}
}

// drawToasts draws the two newest messages in the toast area (the
// transport strip's free part, or over the title bar), one above the
// other, never over the scene: a message must not hide the data or the
// footnote it may be about. A press on them over the title bar dismisses
// them (see pointer). It appends each message shown and its box to
// boxes, for the layout report, and returns the list.
func (ch *chrome) drawToasts(v view, dst *ebiten.Image, c *ui.Context, boxes []place.Label) []place.Label {
	if len(ch.toasts) == 0 {
		return boxes
	}
	s := c.Scale
	area := ch.toastArea(v)
	if !ch.transportShown(v) {
		ui.FillRect(dst, area, v.theme.Panel) // the title bar's tabs give way for a moment
	}
	shown := ch.shown()
	pad := s
	rowH, fs := toastRows(area, len(shown), s)
	for i := range shown {
		t := &shown[i]
		t.layout(fs, area.W-24*s) // a no-op unless the screen changed since the last tick
		msg, size, w := t.shown, t.size, t.w
		y := area.Y + pad + float64(i)*(rowH+pad)
		r := ui.Rect{X: area.X, Y: y, W: w + 20*s, H: rowH}
		if !ch.transportShown(v) {
			r.X = area.X + (area.W-r.W)/2
		}
		ui.FillRect(dst, r, v.theme.Background)
		edge := v.theme.Accent
		if t.bad {
			edge = v.theme.Warning
		}
		ui.StrokeRect(dst, r, 2*s, edge)
		ui.DrawText(dst, msg, r.X+10*s, y+(rowH-size*1.2)/2, size, v.theme.Text, ui.AlignLeft)
		boxes = append(boxes, place.Label{Text: msg, Box: [4]float64{r.X, r.Y, r.Right(), r.Bottom()}})
	}
	return boxes
}

// toastRows is the height of each of n rows of messages in area and
// their text size, at scale s: 18 units, or what fits (17 at the least in
// the strip or the title bar).
func toastRows(area ui.Rect, n int, s float64) (rowH, px float64) {
	rowH = (area.H - float64(n+1)*s) / float64(n)
	return rowH, min(18*s, rowH/1.2)
}

// elide shortens msg with "…" until it fits w at no less than 0.95 of px.
func elide(msg string, px, w float64) string {
	if mw, _ := ui.MeasureText(msg, px*0.95); mw <= w {
		return msg
	}
	r := []rune(msg)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if mw, _ := ui.MeasureText(string(r)+"…", px*0.95); mw <= w {
			break
		}
	}
	return string(r) + "…"
}

// Height of the on-screen control bar, in layout units: a comfortable
// finger target (at least 44 CSS pixels, as touch guidelines ask).
const touchBarUnits = 64

// touchButton is one on-screen control: it sends the same action as its key.
type touchButton struct {
	label  string // a symbol, readable in any language
	help   string // translation key of its name
	action keymap.Action
}

var touchButtons = []touchButton{
	{"◀◀", "touch.back", keymap.Back},
	{"▶|", "touch.step", keymap.Step},
	{"", "touch.play", keymap.Play}, // drawn: ▶ or ❚❚
	{"↺", "touch.reset", keymap.Reset},
	{"↶", "touch.undo", keymap.Undo},
	{"", "touch.class", touchClassToggle},
	{"?", "touch.help", keymap.Help},
}

func (ch *chrome) touchBarRect(v view) ui.Rect {
	s := v.dsf * v.zoom
	return ui.Rect{X: 0, Y: v.h - touchBarUnits*s, W: v.w, H: touchBarUnits * s}
}

// touchButtonRects returns the rectangle of each touch button, in the
// order of touchButtons: the scene's own (controlShown) share the bar,
// the others have an empty rectangle.
func (ch *chrome) touchButtonRects(v view) []ui.Rect {
	bar := ch.touchBarRect(v)
	sc := v.scene()
	n := 0
	for _, b := range touchButtons {
		if controlShown(sc, b.action) {
			n++
		}
	}
	w := bar.W / float64(max(n, 1))
	out := make([]ui.Rect, len(touchButtons))
	k := 0
	for i, b := range touchButtons {
		if !controlShown(sc, b.action) {
			continue
		}
		out[i] = ui.Rect{X: bar.X + w*float64(k), Y: bar.Y, W: w, H: bar.H}.Inset(4 * v.dsf)
		k++
	}
	return out
}

func (ch *chrome) touchBarPointer(v view, ev ui.PointerEvent) (ui.Action, bool) {
	if !ch.touchBarRect(v).Contains(ev.X, ev.Y) {
		return ui.Action{}, false
	}
	if ev.Kind != ui.PointerDown {
		return ui.Action{}, true
	}
	for i, r := range ch.touchButtonRects(v) {
		if r.Contains(ev.X, ev.Y) {
			return ui.Action{Action: touchButtons[i].action}, true
		}
	}
	return ui.Action{}, true
}

func (ch *chrome) drawTouchBar(v view, dst *ebiten.Image, c *ui.Context) {
	th := v.theme
	s := c.Scale
	ui.FillRect(dst, ch.touchBarRect(v), th.Panel)
	for i, r := range ch.touchButtonRects(v) {
		b := touchButtons[i]
		if r.Empty() {
			continue // not a control of this scene
		}
		ui.FillRect(dst, r, th.Background)
		ui.StrokeRect(dst, r, 1.5*s, th.PanelEdge)
		if b.action == touchClassToggle {
			label, k, classes := touchToggleFace(v.scene(), ch.touchCls)
			if classes {
				ui.ClassMarker(dst, r.X+r.W/2, r.Y+r.H*0.4, 10*s, k, false, th)
			} else {
				ui.Marker(dst, r.X+r.W/2, r.Y+r.H*0.4, 10*s, k, th)
			}
			ui.DrawText(dst, label, r.X+r.W/2, r.Y+r.H*0.62, 13*s, th.Text, ui.AlignCenter)
			continue
		}
		if b.action == keymap.Play {
			playing := false
			if p, ok := v.scene().(Player); ok {
				playing = p.Playback().Playing
			}
			ui.PlayIcon(dst, r.X+r.W/2, r.Y+r.H*0.36, 18*s, playing, th.Text)
		} else {
			ui.DrawText(dst, b.label, r.X+r.W/2, r.Y+r.H*0.12, 22*s, th.Text, ui.AlignCenter)
		}
		name := v.t(b.help)
		ui.DrawText(dst, name, r.X+r.W/2, r.Y+r.H*0.64, ui.FitText(name, 13*s, r.W-6*s), th.TextDim, ui.AlignCenter)
	}
}
