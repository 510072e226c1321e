package scenes

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

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

func (g *Game) touchBarRect() ui.Rect {
	s := g.dsf * g.zoom
	return ui.Rect{X: 0, Y: g.h - touchBarUnits*s, W: g.w, H: touchBarUnits * s}
}

func (g *Game) touchButtonRects() []ui.Rect {
	bar := g.touchBarRect()
	n := float64(len(touchButtons))
	w := bar.W / n
	out := make([]ui.Rect, len(touchButtons))
	for i := range out {
		out[i] = ui.Rect{X: bar.X + w*float64(i), Y: bar.Y, W: w, H: bar.H}.Inset(4 * g.dsf)
	}
	return out
}

func (g *Game) touchBarPointer(ev ui.PointerEvent) (ui.Action, bool) {
	if !g.touchBarRect().Contains(ev.X, ev.Y) {
		return ui.Action{}, false
	}
	if ev.Kind != ui.PointerDown {
		return ui.Action{}, true
	}
	for i, r := range g.touchButtonRects() {
		if r.Contains(ev.X, ev.Y) {
			return ui.Action{Action: touchButtons[i].action}, true
		}
	}
	return ui.Action{}, true
}

func (g *Game) drawTouchBar(dst *ebiten.Image, c *ui.Context) {
	th := g.theme
	s := c.Scale
	ui.FillRect(dst, g.touchBarRect(), th.Panel)
	for i, r := range g.touchButtonRects() {
		b := touchButtons[i]
		ui.FillRect(dst, r, th.Background)
		ui.StrokeRect(dst, r, 1.5*s, th.PanelEdge)
		if b.action == touchClassToggle {
			ui.Marker(dst, r.X+r.W/2, r.Y+r.H*0.4, 10*s, g.touchCls, th)
			label := "+1"
			if g.touchCls < 0 {
				label = "−1"
			}
			ui.DrawText(dst, label, r.X+r.W/2, r.Y+r.H*0.62, 13*s, th.Text, ui.AlignCenter)
			continue
		}
		if b.action == keymap.Play {
			playing := false
			if p, ok := g.Scene().(Player); ok {
				playing = p.Playback().Playing
			}
			ui.PlayIcon(dst, r.X+r.W/2, r.Y+r.H*0.36, 18*s, !playing, th.Text)
		} else {
			ui.DrawText(dst, b.label, r.X+r.W/2, r.Y+r.H*0.12, 22*s, th.Text, ui.AlignCenter)
		}
		name := g.t(b.help)
		ui.DrawText(dst, name, r.X+r.W/2, r.Y+r.H*0.64, ui.FitText(name, 13*s, r.W-6*s), th.TextDim, ui.AlignCenter)
	}
}
