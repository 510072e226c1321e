package regression

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/regression/model"
	"github.com/neurona/neurona/scenes/ui"
)

// picState is what the plane's picture shows besides the context and the
// grid: the curves and residuals follow from the network, the points and
// the window; the rest is what the user chose to see.
type picState struct {
	m       engine.Regressor
	view    model.View
	rect    ui.Rect
	data    uint64
	squares bool
	focus   int // the unit drawn bold
	hover   int // the point ringed
	lsOK    bool
	ls      engine.Regressor
	legend  ui.Rect
}

// panelState is what the panel writes besides the context: every number
// follows from the network, its gradient, α and the points; the J plot
// from the run's history; the rest is the settings and the selection.
type panelState struct {
	m                   engine.Regressor
	g                   engine.RegGrads
	alpha               float64
	hidden              int
	act                 engine.Activation
	sel, unit, hover    int
	squares, logScale   bool
	why                 engine.Divergence
	data                uint64
	step, pos, n, first int // the history: the J plot
	side                ui.Rect
	off                 float64
}

// countChanges counts a change of what the plane's picture or the panel
// shows (picGen, panelGen): Draw draws a cached picture again only then.
// A state with a NaN never equals the last one, so it is drawn every
// frame, as before.
func (s *Scene) countChanges() {
	ps := picState{
		m: s.v.m, view: s.view, rect: s.plane.Rect, data: s.data.Version(),
		squares: s.squares, focus: s.focusUnit(), hover: s.editor.Hover,
		lsOK: s.lsOK, ls: s.ls, legend: s.v.legend,
	}
	if ps != s.picState {
		s.picState = ps
		s.picGen++
	}
	js, first, pos := s.run.Js(), s.run.Base(), s.run.Pos()
	ns := panelState{
		m: s.v.m, g: s.v.g, alpha: s.alpha, hidden: s.hidden, act: s.act,
		sel: s.sel, unit: s.unit, hover: s.hoverU, squares: s.squares, logScale: s.logScale,
		why: s.v.why, data: s.data.Version(),
		step: s.run.StepNo(), pos: pos, n: len(js), first: first,
		side: s.v.side, off: s.scroll.Off,
	}
	if ns != s.panelState {
		s.panelState = ns
		s.panelGen++
	}
}
