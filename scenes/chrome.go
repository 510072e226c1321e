package scenes

import (
	"fmt"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

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
// edge: help, language, and on wider screens fullscreen, theme and the text
// scale.
func (g *Game) titleButtons() []titleButton {
	s := g.dsf * g.zoom
	h := titleBarUnits * s
	lang := "ES · en"
	if g.lang == i18n.EN {
		lang = "es · EN"
	}
	specs := []buttonSpec{{"?", 40, keymap.Help}, {lang, 86, keymap.Language}}
	if g.w >= 700*g.dsf {
		specs = append(specs,
			buttonSpec{"⛶", 40, keymap.Fullscreen},
			buttonSpec{"◐", 40, keymap.Theme},
			buttonSpec{"A+", 40, keymap.ZoomIn},
			buttonSpec{"A−", 40, keymap.ZoomOut})
	}
	x := g.w - 6*s
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
func (g *Game) tabRects() []ui.Rect {
	s := g.dsf * g.zoom
	h := titleBarUnits * s
	x0 := 130 * s
	right := g.w - 6*s
	if bs := g.titleButtons(); len(bs) > 0 {
		right = bs[len(bs)-1].r.X - 6*s
	}
	if g.wide() {
		right -= statusUnits * s
	} else {
		x0 = 6 * s // narrow screens (phones): tabs show numbers only
	}
	n := float64(len(g.scenes))
	w := math.Min(200*s, math.Max(right-x0, n)/n)
	out := make([]ui.Rect, len(g.scenes))
	for i := range out {
		out[i] = ui.Rect{X: x0 + w*float64(i), Y: 0, W: w - 4*s, H: h}
	}
	return out
}

// wide reports whether the title bar has room for names and the status.
func (g *Game) wide() bool { return g.w >= 1000*g.dsf*g.zoom }

// chromePointer handles a pointer event aimed at the title bar or the
// on-screen controls; used is false when the event belongs to the scene.
func (g *Game) chromePointer(ev ui.PointerEvent) (a ui.Action, used bool) {
	s := g.dsf * g.zoom
	if ev.Y < titleBarUnits*s {
		if ev.Kind == ui.PointerDown {
			for i, r := range g.tabRects() {
				if r.Contains(ev.X, ev.Y) {
					return ui.Action{Action: keymap.SceneGoto, Arg: i + 1}, true
				}
			}
			for _, b := range g.titleButtons() {
				if b.r.Contains(ev.X, ev.Y) {
					return ui.Action{Action: b.action}, true
				}
			}
		}
		return ui.Action{}, ev.Kind == ui.PointerDown
	}
	if g.touchUI {
		return g.touchBarPointer(ev)
	}
	return ui.Action{}, false
}

func (g *Game) drawTitleBar(dst *ebiten.Image, c *ui.Context) {
	th := g.theme
	s := c.Scale
	h := titleBarUnits * s
	ui.FillRect(dst, ui.Rect{W: g.w, H: h}, th.Panel)
	ui.Line(dst, 0, h, g.w, h, s, th.PanelEdge)
	fs := 19 * s
	wide := g.wide()
	if wide {
		ui.DrawText(dst, "Neurona", 14*s, (h-fs*1.2)/2, fs*1.1, th.Text, ui.AlignLeft)
	}
	tabs := g.tabRects()
	for i, r := range tabs {
		label := fmt.Sprintf("%d", i+1)
		if wide {
			label = fmt.Sprintf("%d · %s", i+1, i18n.T(g.lang, "tab."+g.scenes[i].ID()))
		}
		clr := th.TextDim
		if i == g.cur {
			ui.FillRect(dst, ui.Rect{X: r.X, Y: r.Y + 4*s, W: r.W, H: r.H - 4*s}, th.Background)
			ui.Line(dst, r.X, r.Bottom()-2*s, r.Right(), r.Bottom()-2*s, 3*s, th.Accent)
			clr = th.Text
		}
		size := ui.FitText(label, fs*0.9, r.W-10*s)
		ui.DrawText(dst, label, r.X+r.W/2, (h-size*1.2)/2, size, clr, ui.AlignCenter)
	}
	if p, ok := g.Scene().(Player); ok && wide {
		pl := p.Playback()
		x := tabs[len(tabs)-1].Right() + 18*s
		ui.PlayIcon(dst, x, h/2, 16*s, pl.Playing, th.Accent)
		status := fmt.Sprintf("%g %s", pl.StepsPerSecond(), g.t("ui.steps.per.second"))
		ui.DrawText(dst, status, x+16*s, (h-fs*1.0)/2, ui.FitText(status, fs*0.8, (statusUnits-40)*s), th.TextDim, ui.AlignLeft)
	}
	for _, b := range g.titleButtons() {
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

func (g *Game) drawToasts(dst *ebiten.Image, c *ui.Context) {
	s := c.Scale
	y := c.Bounds.Bottom() - 16*s
	for i := len(g.toasts) - 1; i >= 0; i-- {
		t := g.toasts[i]
		fs := 18 * s
		w, _ := ui.MeasureText(t.msg, fs)
		w = math.Min(w, g.w-40*s)
		fs = ui.FitText(t.msg, fs, w)
		h := fs * 1.7
		y -= h + 6*s
		r := ui.Rect{X: g.w/2 - w/2 - 14*s, Y: y, W: w + 28*s, H: h}
		ui.FillRect(dst, r, g.theme.Panel)
		edge := g.theme.Accent
		if t.bad {
			edge = g.theme.Warning
		}
		ui.StrokeRect(dst, r, 2*s, edge)
		ui.DrawText(dst, t.msg, g.w/2, y+(h-fs*1.25)/2, fs, g.theme.Text, ui.AlignCenter)
	}
}

// drawHelp draws the help overlay: every global key, the scene's own keys
// and its mouse and touch actions, in the current language.
func (g *Game) drawHelp(dst *ebiten.Image, c *ui.Context) {
	th := g.theme
	s := c.Scale
	r := c.Bounds.Inset(24 * s)
	ui.FillRect(dst, r, ui.WithAlpha(th.Panel, 0xf4))
	ui.StrokeRect(dst, r, 2*s, th.Accent)
	title := g.t("help.title") + " — " + g.t("scene."+g.Scene().ID())
	ui.DrawText(dst, title, r.X+20*s, r.Y+14*s, ui.FitText(title, 24*s, r.W-40*s), th.Text, ui.AlignLeft)
	ui.DrawText(dst, g.t("help.close"), r.Right()-20*s, r.Y+18*s, 15*s, th.TextDim, ui.AlignRight)

	type line struct{ keys, what string }
	var lines []line
	for _, row := range keymap.Rows(g.Scene().Bindings(), string(g.lang)) {
		lines = append(lines, line{row.Keys, g.t(row.Help)})
	}
	for _, m := range g.Scene().MouseHelp() {
		lines = append(lines, line{g.t("help.mouse"), g.t(m)})
	}
	lines = append(lines, line{"", ""})
	for _, row := range keymap.Rows(keymap.Global, string(g.lang)) {
		lines = append(lines, line{row.Keys, g.t(row.Help)})
	}
	top := r.Y + 56*s
	cols := 2
	if r.W < 900*s {
		cols = 1
	}
	colW := (r.W - 40*s) / float64(cols)
	keyW := colW * 0.34
	textW := colW - keyW - 12*s
	// Lay out at the largest size (17 units at most) at which every line,
	// wrapped to its column, fits the overlay's height.
	var wrapped [][]string
	var fs float64
	for fs = 17 * s; fs > 7*s; fs *= 0.92 {
		wrapped = wrapped[:0]
		rows := 0
		for _, l := range lines {
			w := ui.WrapText(l.what, fs, textW)
			wrapped = append(wrapped, w)
			rows += max(len(w), 1)
		}
		if float64((rows+cols-1)/cols)*fs*1.3 <= r.Bottom()-top-10*s {
			break
		}
	}
	total := 0
	for _, w := range wrapped {
		total += max(len(w), 1)
	}
	perCol := (total + cols - 1) / cols
	row, col := 0, 0
	for i, l := range lines {
		n := max(len(wrapped[i]), 1)
		if row+n > perCol && row > 0 && col < cols-1 {
			row, col = 0, col+1
		}
		x := r.X + 20*s + colW*float64(col)
		y := top + float64(row)*fs*1.3
		ui.DrawText(dst, l.keys, x, y, ui.FitText(l.keys, fs, keyW-8*s), th.Accent, ui.AlignLeft)
		for k, part := range wrapped[i] {
			ui.DrawText(dst, part, x+keyW, y+float64(k)*fs*1.3, ui.FitText(part, fs, textW), th.Text, ui.AlignLeft)
		}
		row += n
	}
}
