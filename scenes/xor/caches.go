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
type caches struct {
	panel, loss           ui.Layer
	panelKey, lossKey     ui.LayerKey[uint64]
	drawPanel, drawLoss   func(*ebiten.Image, *ui.Context)
	panelPart, lossPart   ui.Clip
	panelState            panelState
	lossState             lossState
	panelGen, lossGen     uint64
	panelShown, lossShown uint64 // the generations the layers show
	lossFirst             bool   // the loss curve goes first when both are behind
	panelReps             []ui.PanelReport
	panelDraws, lossDraws int // how many times each was drawn (tests)
}

// panelState is what the panel writes besides the context: the network
// (the truth table, the matrices, the title), the settings, the run's
// step and status, and the loss curve when the panel holds it.
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
	loss        lossState // when the panel holds the loss curve
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
	if s.v.lossInPanel {
		ps.loss = ls
	}
	if ps != k.panelState {
		k.panelState = ps
		k.panelGen++
	}
}

// drawNumbers shows the loss curve (beside the planes) and the panel from
// their layers, drawing again the ones behind: while playing, one a frame.
func (s *Scene) drawNumbers(dst *ebiten.Image, c *ui.Context) {
	k := &s.cache
	if k.drawPanel == nil { // made once: a frame that copies allocates nothing
		k.drawPanel = func(img *ebiten.Image, lc *ui.Context) {
			k.panelDraws++
			k.panelReps = k.panelReps[:0]
			lc.SetPanels(&k.panelReps) // the scroll reports the panel every frame instead
			s.drawPanel(img, lc)
		}
		k.drawLoss = func(img *ebiten.Image, lc *ui.Context) {
			k.lossDraws++
			s.drawLoss(img, lc)
		}
	}
	panelGen, lossGen := k.panelGen, k.lossGen
	if s.player.Playing && panelGen != k.panelShown && lossGen != k.lossShown && !s.v.lossInPanel {
		if k.lossFirst {
			panelGen = k.panelShown
		} else {
			lossGen = k.lossShown
		}
		k.lossFirst = !k.lossFirst
	}
	if !s.v.lossInPanel {
		k.loss.RefreshReported(c, k.lossKey.Of(lossGen), k.drawLoss)
		k.lossShown = lossGen
		k.loss.DrawPart(dst, s.v.lossRect, &k.lossPart)
		k.loss.Report(c)
	}
	k.panel.RefreshReported(c, k.panelKey.Of(panelGen), k.drawPanel)
	k.panelShown = panelGen
	k.panel.DrawPart(dst, s.v.side, &k.panelPart)
	k.panel.Report(c)
	s.scroll.Report(c)
}
