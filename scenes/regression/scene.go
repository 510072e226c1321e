// Package regression is the scene "regression": the notes' other cost.
// For a regression the notes take J(θ) = Σᵢ (ŷ_θ(xᵢ) − yᵢ)² (they call it
// the mean squared error but write the sum, so J here is the sum and the
// mean J/m is shown beside it). A network 1 → H → 1 with a hidden
// activation σ and an identity output fits points (x, y) that the teacher
// places on the plane: its prediction ŷ(x) is drawn across the view, each
// point's residual ŷᵢ − yᵢ as a segment (and, on request, its square), and
// each hidden unit's contribution θ_j^[2]·σ(θ_j x + b_j) as its own faint
// curve beside the output bias b^[2], so that the fit is seen as a sum of
// bent pieces. Space takes one full-batch gradient step; the panel shows J,
// every parameter's gradient and the update θ^(k+1) = θ^(k) − α ∂J/∂θ, and
// J per iteration. With H = 0 the model is the straight line θx + b and
// the closed-form least-squares line is drawn dashed beside it.
package regression

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/regression/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// ID is the scene's identifier.
const ID = "regression"

// The scene's own actions.
const (
	actActivation keymap.Action = ID + ".activation" // A: next hidden activation
	actSquares    keymap.Action = ID + ".squares"    // Q: residuals' squares on / off
	actUnit       keymap.Action = ID + ".unit"       // U: select the next hidden unit
	actLog        keymap.Action = ID + ".log"        // G: J plot on a log scale
	actNew        keymap.Action = ID + ".new"        // N: new random weights (next seed)
)

// The cells ↑ / ↓ change, in the order [ / ] visit them.
const (
	paramAlpha = iota
	paramHidden
	paramAct
	numParams
)

// paramIDs name the cells in the state document ("param").
var paramIDs = [numParams]string{"alpha", "hidden", "activation"}

// alphaLadder is what ↑ / ↓ step α through: J is a sum, so a useful α
// shrinks with the number of points, and 10⁶ is there to show divergence.
var alphaLadder = ui.Ladder125(1e-5, engine.MaxLR)

// workPerTick bounds the samples a tick's steps may visit while playing
// (one step at H = 8 costs about 0.3 µs per sample), so that the frame
// rate holds with 10,000 points.
const workPerTick = 40_000

// Scene is the regression scene.
type Scene struct {
	ui.About
	scroll ui.Scroll       // the side panel's scroll
	data   *engine.Dataset // the points: X[0] is x, X[1] is y (the class is not used)
	samp   []engine.Sample // data as samples, refreshed when data changes
	ver    uint64          // data.Version() samp was made from
	run    *model.Run
	hidden int
	act    engine.Activation
	alpha  float64
	seed   int64
	preset int // index of the last preset loaded

	sel      int  // selected parameter cell (paramAlpha …)
	unit     int  // selected hidden unit, −1 for none
	hoverU   int  // hidden unit under the pointer in the panel, −1 for none
	squares  bool // residuals' squares shown
	logScale bool // J plot on a log scale

	view   model.View
	plane  ui.Plane
	editor ui.Editor
	player ui.Player
	marks  ui.MarkerSet

	ls       engine.Regressor
	lsOK     bool    // the least-squares line exists (H = 0 and two distinct x)
	lsJ      float64 // J of the least-squares line
	v        view    // what Draw shows, computed in Update
	lastNote string  // the last message, for tests

	ptext  panelText   // the panel's text that changes now and then
	text   []byte      // the buffer numbers that change are written in
	num    []byte      // a second one, for a number inside a line
	plot   ui.Plot     // the J plot, its buffers kept between frames
	series []ui.Series // its series
	lsXY   [4]float64  // the least-squares level's ends

	grid      ui.Layer // the plane's grid (draw.go)
	gridKey   ui.LayerKey[gridKey]
	drawGrid  func(*ebiten.Image, *ui.Context)
	tickPl    *place.Placer                   // the residual segments, which the tick numbers keep clear of
	ticks     []place.Placed                  // where the grid's tick numbers are (placeTicks)
	ticksNew  []place.Placed                  // and where they would go this tick
	tickGen   uint64                          // counts the changes of ticks
	tickIn    tickInputs                      // what ticks were placed for
	tickResid []float64                       // and the residuals they were placed clear of
	tickCurve [engine.MaxHidden + 1][]float64 // and the curves (ŷ, the units)
	clip      ui.Clip                         // the plane's part of its picture, kept between frames

	// The plane's picture and the panel, cached (draw.go); the
	// generations count the changes of what each shows (caches.go).
	pic, panel           ui.Layer
	picKey               ui.LayerKey[picKey]
	panelKey             ui.LayerKey[uint64]
	drawPic              func(*ebiten.Image, *ui.Context)
	drawPanelPic         func(*ebiten.Image, *ui.Context)
	gridPart, picPart    ui.Clip
	panelPart            ui.Clip
	picState             picState
	panelState           panelState
	picGen, panelGen     uint64
	panelShown           uint64 // the generation the panel's layer shows
	picRedrawn           bool   // this frame drew the plane's picture
	panelReps            []ui.PanelReport
	picDraws, panelDraws int     // how many times each was drawn (tests)
	gridDraws            int     // how many times the grid layer was drawn (tests)
	tickDraws            int     // and how many of them only because the ticks moved
	gridDrawn            gridKey // the key of the last frame's grid
}

// New returns the scene at its default preset.
func New() *Scene {
	s := &Scene{
		About:  about,
		data:   engine.NewDataset(nil),
		plane:  ui.NewPlane(0, 0, 1),
		editor: ui.NewEditor(),
		player: ui.NewPlayer(),
		unit:   -1,
		hoverU: -1,
	}
	s.plane.XName, s.plane.YName = "x", "y"
	s.run = model.NewRun(engine.NewRegressor(0, engine.Tanh, 1), nil)
	s.applyPreset(defaultPreset)
	s.data = engine.NewDataset(s.data.Points()) // a fresh scene has nothing to undo
	s.ver = s.data.Version()
	return s
}

// about is the scene's id, keys and mouse help.
var about = ui.About{
	Name: ID,
	Keys: append([]keymap.Binding{
		{Action: actActivation, Key: "A", Help: "regression.key.activation"},
		{Action: actSquares, Key: "Q", Help: "regression.key.squares"},
		{Action: actUnit, Key: "U", Help: "regression.key.unit"},
		{Action: actLog, Key: "G", Help: "regression.key.log"},
		{Action: actNew, Key: "N", Help: "regression.key.new"},
	}, keymap.ParamBindings...),
	Mouse: []string{"regression.mouse.add", "mouse.drag", "mouse.remove", "regression.mouse.panel"},
}

// Playback lets the title bar show whether the scene plays and how fast.
func (s *Scene) Playback() *ui.Player { return &s.player }

// Update implements ui.Scene.
func (s *Scene) Update(c *ui.Context) {
	s.layout(c)
	c.Plane = s.plane.Rect

	s.player.Dispatch(c, s.action)
	s.panelPointer(c)
	s.editor.Update(c, &s.plane, s.data)
	s.syncData()

	if asked := s.player.Tick(); asked > 0 {
		s.train(c, min(asked, max(1, workPerTick/max(len(s.samp), 1))))
	}
	s.refresh(c)
	// Laid out again for Draw: this tick's actions may have changed the
	// panel's parts (H, a preset, the language); the pointer above used
	// the parts as the last frame showed them.
	s.layoutPanel(c)
	s.countChanges()
}

// layout places the plane and the panel: the panel on the right of a
// landscape screen, wider than the other scenes' for the table of
// gradients, and below the plane on a portrait one.
func (s *Scene) layout(c *ui.Context) {
	b := c.Bounds
	var main ui.Rect
	if b.W >= b.H*1.15 {
		w := math.Min(math.Max(b.W*0.42, c.Px(340)), c.Px(720))
		w = math.Min(w, b.W*0.55)
		main, s.v.side = b.SplitLeft(b.W - w)
	} else {
		main, s.v.side = b.SplitTop(b.H * 0.45)
	}
	s.plane.CX, s.plane.CY, s.plane.Half, s.plane.YHalf = s.view.CX, s.view.CY, s.view.HalfX, s.view.HalfY
	s.plane.Layout(main.Inset(c.Px(12)))
	s.scroll.Update(c, s.v.side)
	s.layoutPanel(c)
}

// action applies one key action.
func (s *Scene) action(c *ui.Context, a ui.Action) {
	switch a.Action {
	case actActivation:
		s.setAct(model.NextAct(s.act))
		c.Notify(c.Tf("regression.msg.act", c.T("regression.act."+s.act.String())))
	case actSquares:
		s.squares = !s.squares
	case actUnit:
		s.unit++
		if s.unit >= s.hidden {
			s.unit = -1
		}
	case actLog:
		s.logScale = !s.logScale
	case actNew:
		s.seed++
		s.restart()
		c.Notify(c.Tf("regression.msg.new", s.seed))
	case keymap.ParamNext, keymap.ParamPrev:
		s.sel = keymap.Cycle(a.Action, s.sel, numParams)
	case keymap.ParamInc, keymap.ParamDec:
		s.nudge(c, a.Action == keymap.ParamInc)
	case keymap.Step:
		s.player.Pause()
		s.train(c, 1)
	case keymap.Back, keymap.Forward:
		s.player.Browse(a.Action, s.run)
	case keymap.Reset:
		// Back to the seeded network: the start a teacher remembers, even
		// after α or the points changed (each of which starts the run
		// again from where it is).
		s.player.Pause()
		s.restart()
	case keymap.Preset:
		if a.Arg >= 1 && a.Arg <= len(presets) {
			s.player.Pause()
			s.applyPreset(a.Arg - 1)
			c.Notify(c.T(presets[a.Arg-1].name))
		}
	}
}

// nudge moves the selected cell one notch: α along its 1-2-5 ladder, H by
// one (a new network), σ to the next activation.
func (s *Scene) nudge(c *ui.Context, up bool) {
	switch s.sel {
	case paramAlpha:
		// The run goes on from here with the new α as its new start, so
		// that a state document (start, step, one α) replays it exactly
		// and divergence is measured afresh.
		s.alpha = alphaLadder.Step(s.alpha, up)
		s.run.Reset(s.run.Model(), s.samples())
	case paramHidden:
		h := s.hidden - 1
		if up {
			h = s.hidden + 1
		}
		if h < 0 || h > engine.MaxHidden {
			return
		}
		s.hidden = h
		s.restart()
	case paramAct:
		a := model.NextAct(s.act)
		if !up {
			for model.NextAct(a) != s.act {
				a = model.NextAct(a)
			}
		}
		s.setAct(a)
	}
}

// setAct changes the hidden activation: a new network from the same seed
// (whose weights do not depend on σ), so that the change shows σ alone.
func (s *Scene) setAct(a engine.Activation) {
	s.act = a
	s.restart()
}

// restart starts a new run from the seeded network for the current H, σ
// and seed, keeping the data; the unit selection is kept when it exists.
func (s *Scene) restart() {
	s.run.Reset(engine.NewRegressor(s.hidden, s.act, s.seed), s.samples())
	if s.unit >= s.hidden {
		s.unit = -1
	}
}

// samples returns the points as regression samples, refreshed when the
// data changed.
//
// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (s *Scene) samples() []engine.Sample {
	if s.samp == nil || s.ver != s.data.Version() {
		s.samp = model.Samples(s.samp, s.data.Points())
		s.ver = s.data.Version()
	}
	return s.samp
}

// syncData restarts the descent from the current network when the points
// changed (an edit, undo, clear): every J of the history belongs to the
// old points, and the divergence check must measure from the new ones.
func (s *Scene) syncData() {
	if s.ver == s.data.Version() && s.samp != nil {
		return
	}
	s.run.Reset(s.run.Model(), s.samples())
}

// train takes up to n steps, pausing and saying why when a step is
// refused or there is nothing left to learn.
func (s *Scene) train(c *ui.Context, n int) {
	data := s.samples()
	if len(data) == 0 {
		s.player.Pause()
		s.note(c, c.T("regression.msg.nodata"))
		return
	}
	for range n {
		was := s.run.Why
		st, moved := s.run.Step(data, s.alpha)
		if st.Diverged {
			s.player.Pause()
			if st.Why != was { // said once; the panel keeps saying it
				s.note(c, c.T("regression.why."+st.Why.String()))
			}
			return
		}
		if !moved {
			s.player.Pause()
			s.note(c, c.T("regression.msg.converged"))
			return
		}
	}
}

// note shows a message and keeps it for tests.
func (s *Scene) note(c *ui.Context, msg string) {
	s.lastNote = msg
	c.Notify(msg)
}
