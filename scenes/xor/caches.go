package xor

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// The panel and the loss curve are cached pictures (ui.Layer), drawn
// again only when what they show changes: a generation, counted in Update
// (countChanges), is each one's key. Training at the top speed changes
// both every tick; then a frame draws one of them and copies the other,
// in turn, so that no frame pays for both (the page's p95, issue 17): each
// shows the network at most a frame late, which, with hundreds of steps a
// tick, the eye cannot tell. Paused, a change draws both at once.
//
// The panel is two layers: the still panel (stillPanel, everything but
// the numbers that change with each step) and the panel shown, a copy of
// it with those numbers written over it in one draw call
// (drawPanelNumbers). Training redraws only the second: a few dozen
// numbers, not the panel's some forty lines.
type caches struct {
	panel, loss           ui.Layer
	still                 ui.Layer // the panel without its changing numbers
	panelKey              ui.LayerKey[uint64]
	stillKey              ui.LayerKey[uint64]
	stillState            stillPanelKey
	drawStillPanel        func(*ebiten.Image, *ui.Context)
	ctx                   *ui.Context // the frame's, for drawPanel
	stillPart, numsClip   ui.Clip
	spots                 numberSpots // where the still panel left the numbers
	status                []byte      // the status line, written each time the numbers are
	statusWraps           bool        // the status line is too long for one line: the still panel writes it
	stillGen              uint64      // counts changes of stillState: the still panel's key
	stillDraws            int         // how many times the still panel was drawn (tests)
	lossKey               ui.LayerKey[lossLayerKey]
	drawPanel, drawLoss   func(*ebiten.Image, *ui.Context)
	panelPart, lossPart   ui.Clip
	panelState            panelState
	lossState             lossState
	panelGen, lossGen     uint64
	panelShown, lossShown uint64 // the generations the layers show
	lossFirst             bool   // the loss curve goes first when both are behind
	panelReps             []ui.PanelReport
	lossSlot              ui.Rect     // where the panel left room for the loss curve (lossInPanel)
	lossDst               ui.Clip     // the slot's part of the loss layer, drawn on
	panelDraws, lossDraws int         // how many times each was drawn (tests)
	brackets              ui.Segments // the matrices' brackets, drawn in one call
}

// panelState is what the panel writes besides the context: the network
// (the truth table, the matrices, the title), the settings, the run's
// step and status, and whether it leaves a slot for the loss curve
// (drawn in the slot from the loss curve's own layer).
type panelState struct {
	m           engine.MLP
	act         engine.Activation
	training    bool
	seed        int64
	hidden, sel int
	lr          float64
	step        int
	data        uint64
	diverged    bool
	side        ui.Rect
	off         float64
	lossInPanel bool
}

// lossState is what the loss curve shows: J at the cursor and the
// history's losses (their number, the first one's step, the cursor).
type lossState struct {
	j             float64
	rect          ui.Rect
	n, first, pos int
	inPanel       bool
	data          uint64
}

// countChanges counts a change of what the panel or the loss curve shows.
// A state with a NaN never equals the last one: drawn every frame.
func (s *Scene) countChanges() {
	k := &s.cache
	js, first, pos := s.run.Losses()
	ls := lossState{j: s.v.loss, rect: s.v.lossRect, n: len(js), first: first, pos: pos, inPanel: s.v.lossInPanel, data: s.data.Version()}
	if ls != k.lossState {
		k.lossState = ls
		k.lossGen++
	}
	ps := panelState{
		m: s.run.Net(), act: s.act, training: s.training, seed: s.seed, hidden: s.hidden, sel: s.sel, lr: s.lr,
		step: s.run.StepNo(), data: s.data.Version(), diverged: s.run.Diverged,
		side: s.v.side, off: s.scroll.Off, lossInPanel: s.v.lossInPanel,
	}
	if ps != k.panelState {
		k.panelState = ps
		k.panelGen++
	}
	if sk := s.stillPanelKey(); sk != k.stillState {
		k.stillState = sk
		k.stillGen++
	}
}

// lossLayerKey is what the loss curve's layer shows: its generation and,
// when the panel holds it, the slot the panel left for it (it moves with
// the panel's scroll and content) and the panel's rectangle it is clipped to.
type lossLayerKey struct {
	gen        uint64
	slot, side ui.Rect
}

// drawNumbers shows the panel and the loss curve (beside the planes or in
// the panel's slot) from their layers, drawing again the ones behind:
// while playing, one a frame. With the curve in the panel, the panel goes
// first: it says where the slot is.
func (s *Scene) drawNumbers(dst *ebiten.Image, c *ui.Context) {
	k := &s.cache
	if k.drawPanel == nil { // made once: a frame that copies allocates nothing
		k.drawStillPanel = func(img *ebiten.Image, lc *ui.Context) {
			k.stillDraws++
			k.panelReps = k.panelReps[:0]
			lc.SetPanels(&k.panelReps) // the scroll reports the panel every frame instead
			s.drawPanel(img, lc)
		}
		k.drawPanel = func(img *ebiten.Image, _ *ui.Context) {
			k.panelDraws++
			c := k.ctx
			s.appendStatus(c)
			k.still.RefreshReported(c, k.stillKey.Of(k.stillGen), k.drawStillPanel)
			k.still.DrawPart(img, s.v.side, &k.stillPart)
			s.drawPanelNumbers(img, c)
		}
		k.drawLoss = func(img *ebiten.Image, lc *ui.Context) {
			k.lossDraws++
			s.drawLoss(img, lc)
		}
	}
	panelGen, lossGen := k.panelGen, k.lossGen
	if s.player.Playing && panelGen != k.panelShown && lossGen != k.lossShown {
		if k.lossFirst {
			panelGen = k.panelShown
		} else {
			lossGen = k.lossShown
		}
		k.lossFirst = !k.lossFirst
	}
	k.ctx = c
	k.panel.RefreshReported(c, k.panelKey.Of(panelGen), k.drawPanel)
	k.panelShown = panelGen
	k.panel.DrawPart(dst, s.v.side, &k.panelPart)
	k.still.Report(c)

	lk := lossLayerKey{gen: lossGen}
	part := s.v.lossRect
	if s.v.lossInPanel {
		lk.slot, lk.side = k.lossSlot, s.v.side
		// DrawPart copies a margin around the part it is given: the
		// slot's own margin, within the panel.
		part = intersect(k.lossSlot.Inset(-slotMargin), s.v.side).Inset(slotMargin)
	}
	k.loss.RefreshReported(c, k.lossKey.Of(lk), k.drawLoss)
	k.lossShown = lossGen
	if !part.Empty() {
		k.loss.DrawPart(dst, part, &k.lossPart)
	}
	k.loss.Report(c)
	s.scroll.Report(c)
}

// slotMargin is the margin around the loss curve's slot in the panel
// that its layer fills and copies: the antialiasing of lines along the
// slot's edges reaches past it; the panel leaves at least this much empty
// around the slot.
const slotMargin = 3

// intersect is the part of a inside b (empty when they do not meet).
func intersect(a, b ui.Rect) ui.Rect {
	x0, y0 := max(a.X, b.X), max(a.Y, b.Y)
	x1, y1 := min(a.Right(), b.Right()), min(a.Bottom(), b.Bottom())
	return ui.Rect{X: x0, Y: y0, W: max(x1-x0, 0), H: max(y1-y0, 0)}
}

// clipLabels keeps of c's layout report only the labels and markers
// inside v, cut to it, as a scrolling panel reports its own parts.
func clipLabels(c *ui.Context, v ui.Rect) {
	rep := c.Layout()
	clip := func(b [4]float64) ([4]float64, bool) {
		b = [4]float64{max(b[0], v.X), max(b[1], v.Y), min(b[2], v.Right()), min(b[3], v.Bottom())}
		return b, b[0] < b[2] && b[1] < b[3]
	}
	labels := rep.Labels[:0]
	for _, l := range rep.Labels {
		if b, ok := clip(l.Box); ok {
			l.Box = b
			labels = append(labels, l)
		}
	}
	rep.Labels = labels
	marks := rep.Markers[:0]
	for _, m := range rep.Markers {
		if b, ok := clip(m); ok {
			marks = append(marks, b)
		}
	}
	rep.Markers = marks
}
