package scenes

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// This file holds the title bar's scene switcher. A window wide enough
// shows a tab per scene (tabRects, tabLabels); a narrower one (a phone
// held upright) has no room for seven named tabs, so it shows the current
// scene's name between "previous" and "next" buttons, and the name opens
// the list of every scene, as a phone's menus do. Either way every scene
// is named, never numbered only.

// phoneMinCSS is the narrowest window, in CSS pixels, whose title bar
// shows a named tab per scene.
const phoneMinCSS = 700

// phoneTabs reports whether the title bar shows the phone's switcher
// rather than a tab per scene: on a window narrower than phoneMinCSS, and
// on any whose tabs would be too narrow for even the short names.
func phoneTabs(v view) bool { return tabLayout(v).phone }

// tabLayout returns the switcher's controls for v and whether they are
// the phone's, laid out again only when the window, the scale, the
// language or the scene changed (the title bar asks several times a
// frame, and laying out measures and formats every name).
func tabLayout(v view) *tabMemo {
	k := tabKey{w: v.w, h: v.h, dsf: v.dsf, zoom: v.zoom, lang: v.lang, cur: v.cur, n: len(v.scenes)}
	if len(v.scenes) > 0 {
		k.id = v.scene().ID()
	}
	if m := &lastTabs; m.ok && m.key == k {
		return m
	}
	var ch chrome
	rects := ch.layoutTabRects(v)
	phone := phoneLayout(v, rects)
	lastTabs = tabMemo{key: k, phone: phone, rects: rects, appName: ch.showsAppName(v), ok: true}
	lastTabs.ctl = layoutTabs(v, rects, phone)
	return &lastTabs
}

// tabKey is what the switcher's layout depends on.
type tabKey struct {
	w, h, dsf, zoom float64
	lang            i18n.Lang
	cur, n          int
	id              string
}

// tabMemo is the last layout of the switcher; callers only read ctl.
type tabMemo struct {
	key     tabKey
	phone   bool         // the phone's switcher
	appName bool         // the app's name before the tabs
	rects   []ui.Rect    // the tabs' strip, a rectangle per scene
	ctl     []tabControl // the switcher's controls
	ok      bool
}

var lastTabs tabMemo

// phoneLayout is phoneTabs, worked out from the tabs' strip.
func phoneLayout(v view, rects []ui.Rect) bool {
	if v.w < phoneMinCSS*v.dsf {
		return true
	}
	_, _, fit := tabLabels(v, rects, 19*titleScale(v)*0.9)
	return !fit
}

// Sizes of the phone's switcher and its list, in layout units: buttons
// and rows a finger can hit (at least 44 CSS pixels, as phone guidelines
// ask).
const (
	arrowUnits   = 44
	menuRowUnits = 52
)

// tabKind is what a switcher control does.
type tabKind int

const (
	tabScene tabKind = iota // go to scene i (a tab, or a row of the list)
	tabPrev                 // the previous scene
	tabNext                 // the next scene
	tabMenu                 // open or close the list
)

// tabControl is one control of the scene switcher, where it is drawn, its
// text and text size.
type tabControl struct {
	r     ui.Rect
	label string
	px    float64
	kind  tabKind
	scene int // the scene of a tabScene control
}

// tabControls returns the title bar's switcher: a tab per scene on a
// wide window; on a phone the previous button, the current scene's name
// (which opens the list) and the next button.
func (ch *chrome) tabControls(v view) []tabControl { return tabLayout(v).ctl }

// layoutTabs lays out tabControls in the tabs' strip rects: the phone's
// switcher if phone.
func layoutTabs(v view, rects []ui.Rect, phone bool) []tabControl {
	s := titleScale(v)
	fs := 19 * s * 0.9
	if !phone {
		labels, size, _ := tabLabels(v, rects, fs)
		out := make([]tabControl, len(rects))
		for i, r := range rects {
			out[i] = tabControl{r: r, label: labels[i], px: size, kind: tabScene, scene: i}
		}
		return out
	}
	// The strip the tabs would take, shared by ‹, the name and ›.
	x0, x1 := rects[0].X, rects[len(rects)-1].Right()
	h := titleBarUnits * s
	aw := arrowUnits * s
	name := ui.Rect{X: x0 + aw + 2*s, Y: 0, W: max(x1-x0-2*aw-4*s, 1), H: h}
	label, px := phoneTabName(v, name.W-caretRoom(s), fs)
	return []tabControl{
		{r: ui.Rect{X: x0, Y: 0, W: aw, H: h}, label: "‹", px: fs, kind: tabPrev},
		{r: name, label: label, px: px, kind: tabMenu, scene: v.cur},
		{r: ui.Rect{X: x1 - aw, Y: 0, W: aw, H: h}, label: "›", px: fs, kind: tabNext},
	}
}

// caretRoom is the room the name's ▾ and the margins take in the phone's
// name button.
func caretRoom(s float64) float64 { return 20 * s }

// phoneTabName is the current scene's name for the phone's switcher: its
// tab name if it fits width at a size near fs, else its short form, at
// the size that fits (never under 16 CSS pixels on a phone at scale 1).
func phoneTabName(v view, width, fs float64) (string, float64) {
	id := v.scene().ID()
	full := i18n.T(v.lang, "tab."+id)
	if px := fitWithin(full, fs, width); px >= fs*0.9 {
		return full, px
	}
	short := i18n.T(v.lang, "tabshort."+id)
	return short, fitWithin(short, fs, width)
}

// fitWithin is ui.FitText made sure: text is not quite proportional to
// its size, so the size is trimmed until s fits width.
func fitWithin(s string, px, width float64) float64 {
	px = ui.FitText(s, px, width)
	for range 8 {
		if w, _ := ui.MeasureText(s, px); w <= width {
			break
		}
		px *= 0.98
	}
	return px
}

// tabMenuRows returns the rows of the phone's list of scenes, under the
// title bar from its left edge: "n · name" for every scene.
func (ch *chrome) tabMenuRows(v view) []tabControl {
	s := titleScale(v)
	fs := 19 * s * 0.9
	top := titleBarUnits * s
	w := 0.0
	labels := make([]string, len(v.scenes))
	for i := range v.scenes {
		labels[i] = fmt.Sprintf("%d · %s", i+1, i18n.T(v.lang, "tab."+v.scenes.id(i)))
		lw, _ := ui.MeasureText(labels[i], fs)
		w = max(w, lw)
	}
	w = min(w+48*s, v.w-12*s)
	out := make([]tabControl, len(v.scenes))
	for i := range v.scenes {
		r := ui.Rect{X: 6 * s, Y: top + float64(i)*menuRowUnits*s, W: w, H: menuRowUnits * s}
		out[i] = tabControl{r: r, label: labels[i], px: fitWithin(labels[i], fs, w-32*s), kind: tabScene, scene: i}
	}
	return out
}

// tabPointer handles a press on the switcher's controls in the title
// bar; ok is false when the press is elsewhere.
func (ch *chrome) tabPointer(v view, x, y float64) (a ui.Action, ok bool) {
	for _, t := range ch.tabControls(v) {
		if !t.r.Contains(x, y) {
			continue
		}
		switch t.kind {
		case tabPrev:
			return ui.Action{Action: keymap.ScenePrev}, true
		case tabNext:
			return ui.Action{Action: keymap.SceneNext}, true
		case tabMenu:
			ch.menu = !ch.menu
			return ui.Action{}, true
		default:
			return ui.Action{Action: keymap.SceneGoto, Arg: t.scene + 1}, true
		}
	}
	return ui.Action{}, false
}

// menuPointer handles a pointer event while the phone's list of scenes is
// open (or the gesture that closed it goes on): a press on a row goes to
// that scene, a press anywhere else but the name closes the list, and
// the scene gets none of these events. used is false when the list is
// closed and the event is not the rest of a gesture it took.
func (ch *chrome) menuPointer(v view, ev ui.PointerEvent) (a ui.Action, used bool) {
	if !ch.menu || !phoneTabs(v) {
		ch.menu = ch.menu && phoneTabs(v)
		if ch.menuGesture {
			ch.menuGesture = ev.Kind != ui.PointerUp
			return ui.Action{}, true
		}
		return ui.Action{}, false
	}
	if ev.Kind != ui.PointerDown {
		return ui.Action{}, true
	}
	for _, r := range ch.tabMenuRows(v) {
		if r.r.Contains(ev.X, ev.Y) {
			ch.menu, ch.menuGesture = false, true
			return ui.Action{Action: keymap.SceneGoto, Arg: r.scene + 1}, true
		}
	}
	if ev.Y < titleBarUnits*titleScale(v) {
		// The title bar's own controls: the name closes the list, a
		// button does what it does.
		ch.menu = false
		for _, t := range ch.tabControls(v) {
			if t.kind == tabMenu && t.r.Contains(ev.X, ev.Y) {
				return ui.Action{}, true
			}
		}
		return ui.Action{}, false
	}
	ch.menu, ch.menuGesture = false, true
	return ui.Action{}, true
}

// drawTabs draws the switcher into the title bar.
func (ch *chrome) drawTabs(v view, dst *ebiten.Image) {
	th := v.theme
	s := titleScale(v)
	h := titleBarUnits * s
	for _, t := range ch.tabControls(v) {
		r := t.r
		switch t.kind {
		case tabPrev, tabNext:
			box := r.Inset(4 * s)
			ui.StrokeRect(dst, box, s, th.PanelEdge)
			cx, cy, k := box.X+box.W/2, box.Y+box.H/2, 7*s
			dir := 1.0 // › points right
			if t.kind == tabPrev {
				dir = -1
			}
			ui.Line(dst, cx-dir*k/2, cy-k, cx+dir*k/2, cy, 2.5*s, th.Text)
			ui.Line(dst, cx+dir*k/2, cy, cx-dir*k/2, cy+k, 2.5*s, th.Text)
		case tabMenu:
			ui.FillRect(dst, ui.Rect{X: r.X, Y: r.Y + 4*s, W: r.W, H: r.H - 4*s}, th.Background)
			ui.Line(dst, r.X, r.Bottom()-2*s, r.Right(), r.Bottom()-2*s, 3*s, th.Accent)
			tw, _ := ui.MeasureText(t.label, t.px)
			x := r.X + (r.W-caretRoom(s)-tw)/2 + 4*s
			ui.DrawText(dst, t.label, x, (h-t.px*1.2)/2, t.px, th.Text, ui.AlignLeft)
			cx, cy, k := x+tw+10*s, h/2, 5*s // ▾: the name opens a list
			if ch.menu {
				k = -k // ▴ while it is open
			}
			ui.Polygon(dst, []float64{cx - k, cy - k/2, cx + k, cy - k/2, cx, cy + k/2}, th.Accent)
		default:
			clr := th.TextDim
			if t.scene == v.cur {
				ui.FillRect(dst, ui.Rect{X: r.X, Y: r.Y + 4*s, W: r.W, H: r.H - 4*s}, th.Background)
				ui.Line(dst, r.X, r.Bottom()-2*s, r.Right(), r.Bottom()-2*s, 3*s, th.Accent)
				clr = th.Text
			}
			ui.DrawText(dst, t.label, r.X+r.W/2, (h-t.px*1.2)/2, t.px, clr, ui.AlignCenter)
		}
	}
}

// drawTabMenu draws the phone's list of scenes over the scene while it is
// open, the current one marked.
func (ch *chrome) drawTabMenu(v view, dst *ebiten.Image) {
	if !ch.menu || !phoneTabs(v) {
		return
	}
	th := v.theme
	s := titleScale(v)
	rows := ch.tabMenuRows(v)
	if len(rows) == 0 {
		return
	}
	all := rows[0].r
	all.H = rows[len(rows)-1].r.Bottom() - all.Y
	ui.FillRect(dst, all, th.Panel)
	for _, t := range rows {
		r := t.r
		clr := th.Text
		if t.scene == v.cur {
			ui.FillRect(dst, r.Inset(2*s), th.Background)
			ui.FillRect(dst, ui.Rect{X: r.X + 2*s, Y: r.Y + 6*s, W: 4 * s, H: r.H - 12*s}, th.Accent)
		}
		ui.Line(dst, r.X, r.Bottom(), r.Right(), r.Bottom(), s, th.PanelEdge)
		ui.DrawText(dst, t.label, r.X+16*s, r.Y+(r.H-t.px*1.2)/2, t.px, clr, ui.AlignLeft)
	}
	ui.StrokeRect(dst, all, s, th.PanelEdge)
}
