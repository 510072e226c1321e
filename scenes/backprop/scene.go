// Package backprop is the scene "backprop": the lecture's 2-2-1 network
// drawn as its computational graph and walked one node at a time, the
// forward pass, the loss, the backward pass with every local derivative
// and the chain-rule product, the cached products reused, and the update.
package backprop

import (
	"image/color"
	"math"
	"strings"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/backprop/model"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// ID is the scene's identifier.
const ID = "backprop"

// nextExample skips to the start of the next example's walk.
const nextExample keymap.Action = ID + ".next"

// Scene is the backpropagation scene.
type Scene struct {
	ui.About
	w         *model.Walker
	plane     ui.Plane
	editor    ui.Editor
	player    ui.Player
	lay       layout
	scroll    ui.Scroll // the panel's part below the small plane
	pulse     ui.Tween
	formulas  map[[2]string]string // each edge's local derivative, in the lecture's notation
	v         view
	sigma     ui.OutputMap  // the network's output over the small plane
	pics      stillPictures // the still picture, in cached parts
	nodes     nodePictures  // each node's picture, redrawn when it changes
	labelPics labelPictures // the graph's labels' pictures, redrawn when they change
	edges     edgeBatch     // the graph's edges, drawn with one call
	gl        graphLabels   // the graph's labels, placed for the layer
	gen       int           // counts the ticks that may have changed something
	dot       pulseDot      // the pulse's dot, drawn from a picture
	pctx      ui.Context    // the pulse's context, kept to draw without allocating
	plate     color.RGBA    // the pulse label's plate colour
	sec       int           // the part of the graph a phone shows (phone.go)
	partAt    partKey       // the walk's position sec followed last
}

// New returns the scene with the XOR points and the default network.
func New() *Scene {
	s := &Scene{
		About:    about,
		w:        model.NewWalker(presets[0]),
		plane:    ui.NewPlane(0.5, 0.5, 1.6),
		editor:   ui.NewEditor(),
		player:   ui.NewPlayer(),
		formulas: edgeFormulas(),
	}
	s.pulse.Finish()
	return s
}

// edgeFormulas reads each edge's local derivative formula from a graph
// walked through its forward pass (the formulas do not depend on values).
func edgeFormulas() map[[2]string]string {
	g := engine.NewGraph(model.DefaultNet(), [2]float64{}, 1)
	for !g.Done() {
		g.Next()
	}
	out := make(map[[2]string]string, len(g.Edges))
	for _, e := range g.Edges {
		out[[2]string{e.From, e.To}] = strings.ReplaceAll(e.Formula, "^[2]", "^{[2]}")
	}
	return out
}

// about is the scene's id, keys and mouse help: N (next example) and ↑ / ↓
// for the learning rate α; a click on a point picks the example, the rest
// edits the data.
var about = ui.About{
	Name: ID,
	Keys: append([]keymap.Binding{
		{Action: nextExample, Key: "N", Help: "backprop.key.next"},
	}, ui.NudgeKeys()...),
	Mouse: []string{"backprop.mouse.pick", "mouse.add", "mouse.drag", "mouse.remove"},
}

// Playback is the player the title bar reports.
func (s *Scene) Playback() *ui.Player { return &s.player }

// Update lays out, applies keys and pointer, plays and derives the view.
func (s *Scene) Update(c *ui.Context) {
	s.tapTabs(c)
	off := s.scroll.Off
	s.layOut(c, off)
	s.scroll.Update(c, s.lay.list)
	if s.scroll.Off != off && s.lay.page {
		s.layOut(c, s.scroll.Off) // the page moved: the graph and plane with it
	}
	if len(c.Actions) > 0 || len(c.In.Pointer) > 0 || s.scroll.Off != off {
		s.gen++
	}
	if s.pulse.Running() {
		c.Animating()
	}
	s.pulse.Advance()
	s.player.Dispatch(c, s.action)
	s.pointer(c)
	s.player.Run(func() bool { return s.step(c) })
	s.derive(c)
	if s.lay.phone && s.lay.sec != s.sec { // the step moved to the other part
		s.layOut(c, s.scroll.Off)
	}
}

// layOut lays the scene out for c, the page scrolled by off.
func (s *Scene) layOut(c *ui.Context, off float64) {
	s.lay = computeLayout(c, off, s.lay.pos, s.sec)
	s.plane.Layout(s.lay.plane)
	c.Plane = s.plane.Rect
}

// action applies one key action.
func (s *Scene) action(c *ui.Context, a ui.Action) {
	w := s.w
	switch a.Action {
	case keymap.Step:
		s.step(c)
	case keymap.Back:
		s.player.Pause()
		if !w.Hist.Back() && w.Dropped > 0 {
			c.Notify(c.Tf("backprop.msg.oldest", w.Dropped, model.MaxHistory/2))
		}
		s.pulse.Finish()
	case keymap.Forward:
		if w.Hist.Forward() {
			s.startPulse()
		}
	case keymap.Reset:
		s.player.Pause()
		w.Reset()
		s.pulse.Finish()
	case keymap.Preset:
		if a.Arg >= 1 && a.Arg <= len(presets) {
			s.player.Pause()
			w.Data.Replace(presets[a.Arg-1])
			w.Rebase(w.Init, 0)
			s.pulse.Finish()
		}
	case nextExample:
		if n := w.Data.Len(); n > 0 {
			w.Choose((w.Cur().Ex + 1) % n)
			s.pulse.Finish()
		}
	case keymap.ParamInc, keymap.ParamDec:
		w.SetAlpha(alphaSteps.Step(w.Alpha, a.Action == keymap.ParamInc))
	}
}

// step takes one step of the walk with its pulse; without data it pauses
// and says so.
func (s *Scene) step(c *ui.Context) bool {
	if s.w.Step() != model.Stepped {
		s.player.Pause()
		c.Notify(c.T("backprop.nodata"))
		return false
	}
	s.gen++
	s.startPulse()
	return true
}

// startPulse animates the step just taken: about 0.6 s, shorter when
// playing fast so that each pulse ends before the next step.
func (s *Scene) startPulse() {
	ticks := 36.0
	if s.player.Playing {
		ticks = math.Min(ticks, 0.8*ui.TPS/s.player.StepsPerSecond())
	}
	if ticks < 2 {
		s.pulse.Finish()
		return
	}
	s.pulse.Start(int(ticks))
}

// pointer edits the data; a press on a point also makes it the example.
func (s *Scene) pointer(c *ui.Context) {
	pick := -1
	hit := c.MarkerRadius() * 1.6 / math.Max(s.plane.Unit(), 1e-9)
	for _, ev := range c.In.Pointer {
		if ev.Kind == ui.PointerDown && !ev.Ctrl && !ev.Alt && s.plane.Rect.Contains(ev.X, ev.Y) {
			pick = s.w.Data.Nearest(s.plane.DataAt(ev.X, ev.Y), hit)
		}
	}
	if e := s.editor.Update(c, &s.plane, s.w.Data); e != ui.EditNone {
		s.player.Pause()
		s.w.DataChanged()
		s.pulse.Finish()
	}
	if pick >= 0 && pick < s.w.Data.Len() {
		s.player.Pause()
		s.w.Choose(pick)
		s.pulse.Finish()
	}
}

// alphaSteps are the learning rates ↑ / ↓ move α between.
var alphaSteps = ui.Ladder125(0.01, engine.MaxLR)
