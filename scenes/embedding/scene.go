// Package embedding is the scene "embedding": the lecture's closing look at
// the network "como un bloque", a converter of the data into a vector space
// of interest, where a classifier tends to compress the data. A network
// 2 → h₁ → … → h_L → K (up to 4 hidden layers of up to 8 units, 2 to 4
// classes) trains on a data set of the plane (blobs, XOR, circle, moons,
// spirals; clicked points; a dropped CSV) with a held-out test part. The
// scene shows the output's decision regions over the plane, every unit's
// output over the plane as a small picture beside its node, the chosen
// hidden layer's space (the layer itself when it has two units, with the
// next layer's lines in it; its principal components otherwise; t-SNE of
// the raw inputs and of the layer side by side on request), a morph between
// the input plane and that space, and the training and test loss and
// accuracy over the steps.
package embedding

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// ID is the scene's identifier.
const ID = "embedding"

// The scene's own actions.
const (
	actActivation keymap.Action = ID + ".activation" // A: next activation
	actData       keymap.Action = ID + ".data"       // D: next data set
	actView       keymap.Action = ID + ".view"       // V: layer, PCA, t-SNE
	actMorph      keymap.Action = ID + ".morph"      // M: input plane ↔ layer space
	actClass      keymap.Action = ID + ".class"      // K: class of the next clicked point
)

// activations are the hidden activations the scene offers, in A's order.
var activations = []engine.Activation{engine.Tanh, engine.Sigmoid, engine.ReLU, engine.Arctan}

// lrLadder is the learning rate's 1-2-5 sequence (↑ / ↓).
var lrLadder = ui.Ladder125(0.001, 10)

// l2Ladder is L2's sequence; 0 is below its first rung.
var l2Ladder = append(ui.Ladder{0}, ui.Ladder125(0.0001, 1)...)

// batches are the batch sizes ↑ / ↓ step through; 0 is the full batch.
var batches = []int{0, 1, 4, 8, 16, 32, 64, 128}

// perplexities are t-SNE's perplexity settings.
var perplexities = ui.Ladder{2, 5, 10, 15, 20, 30, 50, 75, 100}

// Custom names data that were clicked, dropped or loaded rather than
// generated (the "dataset" field).
const Custom = "custom"

// Scene is the embedding scene.
type Scene struct {
	ui.About
	scroll ui.Scroll // the side panel's scroll
	// Settings (the state document's fields).
	dataset string // a DataKind's name or Custom
	noise   float64
	split   float64
	seed    int64
	n       int // points a generated data set has
	k       int // classes K
	hidden  [engine.MaxLayers]int
	layers  int
	act     engine.Activation
	lr      float64
	batch   int
	l2      float64
	layer   int // the chosen hidden layer, 1…layers
	view    string
	perp    float64

	dataHalf float64 // half the data plane's extent the data need

	pts     []model.Point
	version int // bumped whenever pts change
	undo    edits
	class   int // class of the next clicked point
	// touchSeen is the touch bar's class toggle (±1) as last seen: the
	// scene has up to four classes, so each press of the toggle moves to
	// the next class, as K does.
	touchSeen int
	sel       int // selected parameter cell
	preset    int

	run         *model.Run
	train, test []engine.ClassPoint
	all         []engine.ClassPoint
	emb         model.Embedding
	tsne        model.TSNEPair
	player      ui.Player
	tween       ui.Tween
	morphFrom   float64
	morphTo     float64
	changed     bool // the network moved this tick
	netVersion  int  // bumped whenever the network at the cursor changes

	drag     int // index of the point being dragged, −1 if none
	dragFrom []model.Point
	hoverPt  int
	hoverU   unitRef // the unit under the pointer, if any
	probe    [2]float64

	fol         follower // computes what a frame shows of the network, a part at a time
	embNew      bool     // the follower placed the points anew this tick
	trainCredit int      // work units saved up towards the next training step
	trainOwed   int      // steps the player granted that the budget has not paid for yet
	work        int      // work units spent in the last tick (tests read it)
	charged     int      // of which charged for work outside training, the follower and t-SNE (chargeRedraw)

	v                 view              // what Draw shows, computed in Update
	pics              pictures          // the region map and the units' pictures
	markers           ui.ClassMarkerSet // the points' markers, drawn in one batch
	lossPlot, accPlot ui.Plot
	netLayer          ui.Layer // the background and the network's edges
	netKey            ui.LayerKey[netLayerKey]
	netDrawn          struct { // what netLayer shows
		key   netLayerKey
		valid bool
	}
	panel still[panelStillKey] // the side panel's settings
	live  still[panelStillKey] // the side panel's numbers and curves, over them
	// plotsAt is where the panel's curves go, as drawPanel placed them.
	plotsAt ui.Rect
	edges   [2]ui.Segments // the diagram's positive and negative edges
	frames  [2]ui.Segments // the units' frames: the other layers', the chosen layer's
	// clip is the layer space's part of the screen, kept between frames
	// (a sub-image made anew each frame grows new vertex buffers).
	clip ui.Clip
	// stills are the markers of the data plane, the layer's space and the
	// raw inputs' t-SNE, each drawn once for its positions (stills.go).
	stills [3]still[markersKey]
	// redrawn counts the cached pictures the frame being drawn redrew
	// (waitStill).
	redrawn int
	// grid is the data plane's grid, axes and numbers (stills.go), and
	// gridRep the axis names it placed, for every frame's layout report.
	grid    still[gridKey]
	gridRep place.Report
}

// New returns the scene at its first preset: two moons and a 2-8-2-2
// network, whose last hidden layer is drawn as it is.
func New() *Scene {
	s := &Scene{About: about, drag: -1, hoverPt: -1, hoverU: unitRef{l: -1}, player: ui.NewPlayer(), morphTo: 1, morphFrom: 1}
	s.tween.Finish()
	s.applyPreset(0)
	return s
}

// about is the scene's id, keys and mouse help.
var about = ui.About{
	Name: ID,
	Keys: append([]keymap.Binding{
		{Action: actActivation, Key: "A", Help: "embedding.key.activation"},
		{Action: actData, Key: "D", Help: "embedding.key.data"},
		{Action: actView, Key: "V", Help: "embedding.key.view"},
		{Action: actMorph, Key: "M", Help: "embedding.key.morph"},
		{Action: actClass, Key: "K", Help: "embedding.key.class"},
	}, keymap.ParamBindings...),
	Mouse: []string{"embedding.mouse.add", "mouse.drag", "mouse.remove", "embedding.mouse.unit", "embedding.mouse.cell", "embedding.mouse.drop"},
}

// Playback is the scene's player, for the title bar's status and the
// transport strip's play and speed controls.
func (s *Scene) Playback() *ui.Player { return &s.player }

// PointClass is the class a click or a tap adds (0…K−1), which the touch
// bar's toggle shows.
func (s *Scene) PointClass() int { return s.class }

// Update implements ui.Scene.
func (s *Scene) Update(c *ui.Context) {
	laid := s.v.panelLaid
	s.layout(c)
	c.Plane = s.v.plane.Rect
	s.changed = false

	if s.touchSeen != 0 && c.TouchClass != s.touchSeen {
		s.class = (s.class + 1) % engine.MaxClasses
	}
	s.touchSeen = c.TouchClass
	s.player.HandleActions(c)
	for _, a := range c.Actions {
		s.action(c, a)
	}
	s.pointer(c)
	if s.tween.Running() {
		s.tween.Advance()
		c.Animating() // the morph moves the points every tick
	}
	if s.view == model.ViewTSNE {
		c.Animating() // t-SNE calibrates and iterates live, even while paused
	}
	s.work, s.charged = 0, 0
	laidAnew := s.v.panelLaid != laid
	if laidAnew {
		// The panel's text was laid out anew (once a pass of the
		// follower, with its numbers): charged to the tick, so that the
		// follower and t-SNE leave room for it.
		s.work, s.charged = panelUnits, panelUnits
	}
	playing := s.player.Playing
	budget := s.tickBudget() * s.trainShare() / 100
	// The title bar and the panel show the speed actually played: no more
	// steps a second than training's part of the budget pays for.
	s.player.Cap = ui.TPS * float64(budget) / float64(s.stepUnits())
	if n := s.player.Tick(); s.player.Playing {
		s.work += s.trainTick(n, budget)
	} else {
		s.trainOwed = 0
	}
	if laidAnew && playing {
		s.chargeRedraw() // the next Draw redraws the panel's picture
	}
	s.refresh(c, playing)
}

// chargeRedraw charges a playing tick after whose changes the next Draw
// redraws a still picture (the panel, its live part, the diagram's edges)
// with what training left of its budget: in the page such a Draw takes a
// millisecond or more longer than the others, and a frame costs its Draw
// and its tick, so the follower and t-SNE wait for the next tick (two
// ticks of the fifty or so of a follower's pass with a thousand points).
func (s *Scene) chargeRedraw() {
	if rest := s.tickBudget() - s.work; rest > 0 {
		s.work += rest
		s.charged += rest
	}
}

// tickUnits is the work of one tick, in engine's work units (about one pair
// of t-SNE's gradient each, some 10 ns natively and as WebAssembly under
// Node, BENCHMARKS.md): about 0.4 ms there. In the page the same work
// takes two to three times as long (the main thread shares two cores with
// the software renderer's threads), so that with a thousand points, a 4×8
// network and t-SNE a tick stays near a millisecond and a frame (Update
// and Draw) within the 4 ms it may take. Training, the follower and t-SNE
// share it while playing; a paused scene follows a change at once and
// gives t-SNE the rest. A smaller budget gives the same results, later:
// the work is cut into the same pieces.
const tickUnits = 40000

// tsneTickUnits is the work of a tick while the t-SNE view plays: less
// than tickUnits, so that a frame of four to six ticks and a Draw stays
// within its share of the page's 4 ms (issue 17). Training keeps the
// units it had (its speed is the same), and so does the follower, which
// in this view no longer computes the layer's outputs that t-SNE does not
// take (follow.go); t-SNE, which calibrates and iterates in the
// background, has the rest: its picture comes later while training plays,
// at full speed as soon as it pauses.
const tsneTickUnits = 24000

// tickBudget is the work of this tick: tsneTickUnits while the t-SNE view
// plays, tickUnits otherwise.
func (s *Scene) tickBudget() int {
	if s.player.Playing && s.view == model.ViewTSNE {
		return tsneTickUnits
	}
	return tickUnits
}

// panelUnits is the work units charged to a tick that lays out the side
// panel's text anew: measured natively, about a quarter of a tick's work
// (some 100 µs, the cost of 10,000 units of t-SNE's gradient).
const panelUnits = 10000

// tsneShare is the part of a tick's work, in percent, that t-SNE keeps while
// playing (it has the whole tick while paused and nothing changes).
const tsneShare = 33

// trainShare is training's share of a tick's work while playing, in percent;
// the follower has what training and t-SNE leave.
func (s *Scene) trainShare() int {
	if s.view == model.ViewTSNE {
		return 50 // of tsneTickUnits: the 12,000 units 30 % of tickUnits were
	}
	return 55
}

// trainTick takes the player's steps (n this tick, and any it granted
// that the budget had not yet paid for) within budget work units a tick:
// the units are saved up, up to one step more than a tick's budget, so
// that a step dearer than a tick's budget (a full batch of a thousand
// points) is taken every few ticks, and a step a little dearer than a
// tick's part is taken nine ticks in ten rather than every other tick. It
// returns the units spent.
func (s *Scene) trainTick(n, budget int) int {
	cost := s.stepUnits()
	s.trainCredit = min(s.trainCredit+budget, cost+budget)
	s.trainOwed = min(s.trainOwed+n, n+1)
	steps := min(s.trainOwed, s.trainCredit/cost)
	if steps == 0 {
		return 0
	}
	s.trainCredit -= steps * cost
	s.trainOwed -= steps
	s.run.Train(steps)
	s.netChanged()
	if s.run.Diverged() {
		s.player.Pause()
	}
	return steps * cost
}

// stepUnits is the work units of one training step (its batch, or all
// the training points).
func (s *Scene) stepUnits() int {
	b := s.batch
	if b <= 0 || b > len(s.train) {
		b = len(s.train)
	}
	return s.run.Net().StepUnits(b)
}

// advance takes n steps and notes the change (Space: measured at once).
func (s *Scene) advance(n int) {
	s.run.Advance(n)
	s.netChanged()
	if s.run.Diverged() {
		s.player.Pause()
	}
}

// netChanged notes that the network at the cursor changed.
func (s *Scene) netChanged() { s.changed = true; s.netVersion++ }

// action applies one key action.
func (s *Scene) action(c *ui.Context, a ui.Action) {
	switch a.Action {
	case actActivation:
		s.act = activations[(indexOf(activations, s.act)+1)%len(activations)]
		s.restart()
	case actData:
		i := -1
		if k, err := engine.ParseDataKind(s.dataset); err == nil {
			i = indexOf(engine.DataKinds, k)
		}
		s.setData(engine.DataKinds[(i+1)%len(engine.DataKinds)].String())
		c.Notify(c.T("embedding.data." + s.dataset))
	case actView:
		s.view = model.Views[(indexOf(model.Views, s.view)+1)%len(model.Views)]
	case actMorph:
		s.morph()
	case actClass:
		s.class = (s.class + 1) % engine.MaxClasses
	case keymap.ParamNext:
		s.sel = (s.sel + 1) % numParams
	case keymap.ParamPrev:
		s.sel = (s.sel + numParams - 1) % numParams
	case keymap.ParamInc, keymap.ParamDec:
		s.nudge(c, s.sel, a.Action == keymap.ParamInc)
	case keymap.Step:
		if s.tween.Running() {
			s.tween.Finish()
			break
		}
		s.player.Pause()
		s.advance(1)
	case keymap.Back:
		s.player.Pause()
		if s.run.Back() {
			s.netChanged()
		}
	case keymap.Forward:
		s.player.Pause()
		if s.run.Forward() {
			s.netChanged()
		}
	case keymap.Reset:
		s.restart()
	case keymap.Clear:
		s.edit(nil)
	case keymap.Undo:
		if p, ok := s.undo.undo(s.pts); ok {
			s.setPoints(p, false)
		}
	case keymap.Redo:
		if p, ok := s.undo.redo(s.pts); ok {
			s.setPoints(p, false)
		}
	case keymap.Delete:
		if s.hoverPt >= 0 {
			s.removePoint(s.hoverPt)
		}
	case keymap.Preset:
		if a.Arg >= 1 && a.Arg <= len(presets) {
			s.applyPreset(a.Arg - 1)
			c.Notify(c.T(presets[a.Arg-1].name))
		}
	}
}

// morph starts the animation between the input plane and the layer's space.
func (s *Scene) morph() {
	from := s.morphPos()
	s.morphFrom, s.morphTo = from, 1-math.Round(s.morphTo)
	s.tween.Start(max(1, int(50*math.Abs(s.morphTo-from))))
}

// morphPos is where the morph is: 0 the input plane, 1 the layer's space.
func (s *Scene) morphPos() float64 {
	return s.morphFrom + (s.morphTo-s.morphFrom)*s.tween.Eased()
}

// restart starts training again from a new network drawn with the seed.
func (s *Scene) restart() {
	s.layer = min(max(s.layer, 1), s.layers)
	s.k = max(s.k, model.Classes(s.pts))
	s.train, s.test = model.Sets(s.pts, s.train, s.test)
	s.all = model.All(s.pts, s.all)
	net := engine.NewNet(s.hidden[:s.layers], s.k, s.act, s.seed)
	s.run = model.NewRun(net, s.train, s.test, s.config())
	s.netChanged()
	s.emb.Compute(s.run.Net(), s.all, s.layer, s.view == model.ViewPCA)
}

// config is the training configuration of the settings.
func (s *Scene) config() engine.NetConfig {
	return engine.NetConfig{LR: s.lr, L2: s.l2, Batch: s.batch, Seed: s.seed}
}

// setData generates the named data set (or keeps the points for Custom).
func (s *Scene) setData(name string) {
	s.dataset = name
	if k, err := engine.ParseDataKind(name); err == nil {
		s.k = k.Classes()
		s.setPoints(model.Generate(k, s.n, s.noise, s.split, s.seed), true)
	}
}

// setPoints replaces the data (undoably when asked) and restarts training.
func (s *Scene) setPoints(p []model.Point, undoable bool) {
	if undoable {
		s.undo.push(s.pts)
	}
	s.pts = p
	s.version++
	s.k = model.Classes(p)
	if kind, err := engine.ParseDataKind(s.dataset); err == nil {
		s.k = max(s.k, kind.Classes())
	}
	s.restart()
}

// indexOf returns the index of v in list, or −1.
func indexOf[T comparable](list []T, v T) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}
