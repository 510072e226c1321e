package scenes

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/internal/version"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// The help overlay (H or ?) lists every global key, the scene's own keys
// and its mouse and touch actions, in the current language. Its rows are
// never smaller than a slide's smallest text (ui.TextMin): where they do
// not fit one page (a phone, a large text scale, a scene with many keys)
// the rows scroll as a side panel does, by the wheel, a finger, the
// scrollbar and the panel keys (Shift+PageDown / Shift+PageUp, Home /
// End). The overlay is modal: the pointer events over it are its own, and
// a click or a tap on it closes it, as H and Esc do, so that a tap meant
// to close it on a phone does not add a point to the plane beneath.

// helpOverlay is the overlay's state: its scroll, the press that may
// close it, and its layout, kept until what it depends on changes.
type helpOverlay struct {
	scroll ui.Scroll
	in     ui.Input // the pointer events over the overlay in this tick
	press  struct {
		on, moved bool
		x, y      float64
	}
	lay  helpLayout
	clip ui.Clip // the rows' part of the screen, kept between frames
}

// helpKey is what the overlay's layout depends on.
type helpKey struct {
	lang  i18n.Lang
	scene string
	r     ui.Rect // the overlay's rectangle
	s     float64 // the text scale
}

// helpLayout is where the overlay writes its title, its close hint and
// its rows, in screen pixels.
type helpLayout struct {
	key   helpKey
	valid bool

	title   []string // the title's lines: one, more on a narrow screen
	titleFS float64
	hintFS  float64
	hintY   float64 // the close hint's top; right-aligned on the title's line, else at the left
	hintOwn bool    // the close hint has a line of its own under the title

	rows    ui.Rect // the scrolled area of the rows
	fs      float64 // the rows' text size
	colW    float64 // a column's width
	keyW    float64 // the keys' part of a column
	content float64 // the rows' height
	lines   []helpLine
}

// helpLine is one key or mouse action: its keys and its description
// wrapped to the column, in column col, starting at text line at. Keys
// wider than the keys' part of the column have a line of their own, above
// the description, rather than shrink.
type helpLine struct {
	keys    string
	help    string   // the description, translated
	what    []string // help wrapped to the column
	col     int
	at      int
	keysOwn bool
	blank   bool // the gap between the scene's rows and the global ones
}

// height is how many text lines l takes.
func (l helpLine) height() int {
	n := max(len(l.what), 1)
	if l.keysOwn {
		n++
	}
	return n
}

// helpRowsMax is the largest size of the rows, in layout units; they
// shrink from it to ui.TextMin to fit one page, and scroll below that.
const helpRowsMax = 17

// helpTitle is the help overlay's title line: the scene, and which build
// of Neurona this is, so that a teacher reporting a problem can say.
func helpTitle(v view) string {
	return v.t("help.title") + " — " + v.t("scene."+v.scene().ID()) + " · Neurona " + version.String()
}

// helpScale is the overlay's text scale, the scene's (Game.scale).
func helpScale(v view) float64 { return v.dsf * v.zoom }

// helpRect is the overlay's rectangle: the scene's area, inset. Update
// and Draw both take it from here, so that the layout made in one is the
// layout the other finds.
func (ch *chrome) helpRect(v view) ui.Rect {
	return ch.sceneArea(v).Inset(24 * helpScale(v))
}

// layout returns the overlay's layout in r at text scale s, laid out
// again only when the language, the scene, r or s changed.
func (h *helpOverlay) layout(v view, r ui.Rect, s float64) *helpLayout {
	k := helpKey{v.lang, v.scene().ID(), r, s}
	if h.lay.valid && h.lay.key == k {
		return &h.lay
	}
	l := &h.lay
	l.key, l.valid = k, true
	pad := 20 * s
	wide := r.W - 2*pad

	// The title and the close hint share a line where the title keeps
	// most of its size; on a narrow screen the title wraps and the hint
	// goes under it.
	title, hint := helpTitle(v), v.t("help.close")
	l.hintFS = 15 * s
	hintW, _ := ui.MeasureText(hint, l.hintFS)
	top := r.Y + 14*s
	if fs := ui.FitText(title, 24*s, wide-hintW-16*s); fs >= 20*s {
		l.title, l.titleFS, l.hintOwn = append(l.title[:0], title), fs, false
		l.hintY = r.Y + 18*s
		top = r.Y + 56*s
	} else {
		l.titleFS = 20 * s
		l.title = append(l.title[:0], ui.WrapText(title, l.titleFS, wide)...)
		l.hintOwn = true
		l.hintY = top + float64(len(l.title))*l.titleFS*1.25 + 2*s
		top = l.hintY + l.hintFS*1.3 + 12*s
	}
	l.rows = ui.Rect{X: r.X + 2*s, Y: top, W: r.W - 4*s, H: math.Max(r.Bottom()-2*s-top, 1)}

	l.lines = l.lines[:0]
	for _, row := range keymap.Rows(v.scene().Bindings(), string(v.lang)) {
		l.lines = append(l.lines, helpLine{keys: row.Keys, help: v.t(row.Help)})
	}
	for _, m := range v.scene().MouseHelp() {
		l.lines = append(l.lines, helpLine{keys: v.t("help.mouse"), help: v.t(m)})
	}
	l.lines = append(l.lines, helpLine{blank: true})
	for _, row := range keymap.Rows(keymap.Global, string(v.lang)) {
		l.lines = append(l.lines, helpLine{keys: row.Keys, help: v.t(row.Help)})
	}

	// The largest size, from helpRowsMax down to ui.TextMin, at which
	// every line wrapped to its column fits the page; at ui.TextMin the
	// rows scroll.
	cols := 2
	if r.W < 900*s {
		cols = 1
	}
	l.colW = (wide - 12*s) / float64(cols) // 12: the scrollbar's margin
	page := l.rows.H - 12*s
	for l.fs = helpRowsMax * s; ; l.fs = math.Max(l.fs*0.95, ui.TextMin*s) {
		widest := 0.0
		for _, ln := range l.lines {
			w, _ := ui.MeasureText(ln.keys, l.fs)
			widest = math.Max(widest, w)
		}
		// The keys' part: as wide as the widest keys, up to 42 % of a
		// column, or 30 % of a narrow one (a phone), where the
		// descriptions need the room more.
		share := 0.42
		if l.colW < 500*s {
			share = 0.3
		}
		l.keyW = math.Min(widest+16*s, l.colW*share)
		total := 0
		for i := range l.lines {
			ln := &l.lines[i]
			if !ln.blank {
				w, _ := ui.MeasureText(ln.keys, l.fs)
				ln.keysOwn = w > l.keyW-8*s
				ln.what = ui.WrapText(ln.help, l.fs, l.colW-l.keyW-12*s)
			}
			total += ln.height()
		}
		perCol := (total + cols - 1) / cols
		row, col, most := 0, 0, 0
		for i := range l.lines {
			n := l.lines[i].height()
			if row+n > perCol && row > 0 && col < cols-1 {
				row, col = 0, col+1
			}
			l.lines[i].col, l.lines[i].at = col, row
			row += n
			most = max(most, row)
		}
		l.content = float64(most)*l.fs*1.3 + 12*s
		if l.content <= page+12*s || l.fs <= ui.TextMin*s {
			break
		}
	}
	return l
}

// helpPointer takes a pointer event over the open overlay: the overlay's
// scroll gets it, and a press released where it began, off the
// scrollbar, closes the overlay (a Help action, as H).
func (ch *chrome) helpPointer(v view, ev ui.PointerEvent) ui.Action {
	h := &ch.helpView
	h.in.Pointer = append(h.in.Pointer, ev)
	slop := 10 * v.dsf
	switch ev.Kind {
	case ui.PointerDown:
		rows := h.layout(v, ch.helpRect(v), helpScale(v)).rows
		onBar := ev.X > rows.Right()-24*helpScale(v) && h.scroll.Max(rows) > 0
		h.press.on, h.press.moved, h.press.x, h.press.y = !onBar, false, ev.X, ev.Y
	case ui.PointerMove:
		if h.press.on && math.Hypot(ev.X-h.press.x, ev.Y-h.press.y) > slop {
			h.press.moved = true
		}
	case ui.PointerUp:
		tap := h.press.on && !h.press.moved && math.Hypot(ev.X-h.press.x, ev.Y-h.press.y) <= slop
		h.press.on = false
		if tap {
			return ui.Action{Action: keymap.Help}
		}
	case ui.PointerCancel:
		h.press.on = false
	}
	return ui.Action{}
}

// helpPanelAction reports whether a is one of the panel keys, which move
// the overlay's rows while it is open.
func helpPanelAction(a keymap.Action) bool {
	return a == keymap.PanelDown || a == keymap.PanelUp || a == keymap.PanelTop || a == keymap.PanelEnd
}

// updateHelp moves the overlay's rows by this tick's panel keys (actions),
// wheel and pointer events over the overlay, then forgets them.
func (ch *chrome) updateHelp(v view, actions []ui.Action, wheel float64, cx, cy float64, cursor bool) {
	h := &ch.helpView
	defer func() { h.in.Pointer = h.in.Pointer[:0] }()
	if !ch.help {
		h.scroll.Off, h.press.on = 0, false // it opens at its top
		return
	}
	s := helpScale(v)
	lay := h.layout(v, ch.helpRect(v), s)
	h.scroll.Measured(lay.rows, lay.content)
	h.in.WheelY, h.in.CursorX, h.in.CursorY, h.in.HasCursor = wheel, cx, cy, cursor
	c := ui.Context{Scale: s, Actions: actions, In: &h.in}
	h.scroll.Update(&c, lay.rows)
}

// drawHelp draws the help overlay.
func (ch *chrome) drawHelp(v view, dst *ebiten.Image, c *ui.Context) {
	th := v.theme
	s := helpScale(v)
	r := ch.helpRect(v)
	h := &ch.helpView
	lay := h.layout(v, r, s)
	ui.FillRect(dst, r, ui.WithAlpha(th.Panel, 0xf4))
	ui.StrokeRect(dst, r, 2*s, th.Accent)
	for i, line := range lay.title {
		ui.DrawText(dst, line, r.X+20*s, r.Y+14*s+float64(i)*lay.titleFS*1.25, lay.titleFS, th.Text, ui.AlignLeft)
	}
	hint := v.t("help.close")
	if lay.hintOwn {
		ui.DrawText(dst, hint, r.X+20*s, lay.hintY, lay.hintFS, th.TextDim, ui.AlignLeft)
	} else {
		ui.DrawText(dst, hint, r.Right()-20*s, lay.hintY, lay.hintFS, th.TextDim, ui.AlignRight)
	}

	rows := lay.rows
	out := h.clip.Of(dst, rows)
	top := rows.Y + 4*s - h.scroll.Off
	step := lay.fs * 1.3
	for _, ln := range lay.lines {
		if ln.blank {
			continue
		}
		x := r.X + 20*s + lay.colW*float64(ln.col)
		y := top + float64(ln.at)*step
		if y > rows.Bottom() || y+float64(ln.height())*step < rows.Y {
			continue // scrolled out of view
		}
		ui.DrawText(out, ln.keys, x, y, ui.FitText(ln.keys, lay.fs, lay.colW-12*s), th.Accent, ui.AlignLeft)
		if ln.keysOwn {
			y += step
		}
		for k, part := range ln.what {
			ui.DrawText(out, part, x+lay.keyW, y+float64(k)*step, lay.fs, th.Text, ui.AlignLeft)
		}
	}
	h.scroll.DrawBar(dst, c, rows)
}
