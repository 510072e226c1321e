package ui

import (
	"math"

	"github.com/neurona/neurona/scenes/keymap"
)

// Speeds are the steps-per-second settings that + and − move between: from
// one step every two seconds (to talk over each) to 60,000 a second (1,000
// per frame, to watch a network train).
var Speeds = []float64{0.5, 1, 2, 4, 8, 15, 30, 60, 120, 240, 500, 1000, 2000, 5000, 15000, 60000}

// DefaultSpeed is the index in Speeds a scene starts at (2 steps per second:
// slow enough to talk over).
const DefaultSpeed = 2

// Player turns "play at n steps per second" into a number of steps per
// tick. The speed is in steps per second, not per frame, so that playing
// looks the same on any display.
type Player struct {
	Playing bool
	Speed   int // index into Speeds
	// Cap, when positive, is the most steps per second the scene's work
	// budget allows (a scene that bounds its work per tick sets it each
	// tick): the speed played and shown is then the smaller of the two,
	// so the title bar never claims steps that are not taken.
	Cap float64
	acc float64 // fractional steps carried between ticks
}

// NewPlayer returns a paused player at the default speed.
func NewPlayer() Player { return Player{Speed: DefaultSpeed} }

// StepsPerSecond is the current speed: the setting, or Cap if that is
// lower.
//
// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (p *Player) StepsPerSecond() float64 {
	p.Speed = max(0, min(p.Speed, len(Speeds)-1))
	if p.Cap > 0 && p.Cap < Speeds[p.Speed] {
		return p.Cap
	}
	return Speeds[p.Speed]
}

// Toggle plays or pauses.
func (p *Player) Toggle() { p.Playing = !p.Playing; p.acc = 0 }

// Pause stops playing.
func (p *Player) Pause() { p.Playing = false; p.acc = 0 }

// Faster and Slower move one speed setting up or down.
func (p *Player) Faster() { p.Speed = min(p.Speed+1, len(Speeds)-1) }

// Slower moves one speed setting down.
func (p *Player) Slower() { p.Speed = max(p.Speed-1, 0) }

// Tick returns how many steps to take in this tick (0 when paused).
func (p *Player) Tick() int {
	if !p.Playing {
		return 0
	}
	p.acc += p.StepsPerSecond() / TPS
	n := math.Floor(p.acc)
	p.acc -= n
	return int(n)
}

// HandleActions applies the global play, faster and slower actions; it
// returns true if any was present. While playing it asks for the frame to
// be drawn (Context.Animating).
func (p *Player) HandleActions(c *Context) bool {
	handled := false
	for _, a := range c.Actions {
		switch a.Action {
		case keymap.Play:
			p.Toggle()
		case keymap.Faster:
			p.Faster()
		case keymap.Slower:
			p.Slower()
		default:
			continue
		}
		handled = true
	}
	if p.Playing {
		c.Animating()
	}
	return handled
}

// Dispatch applies the player's own actions (HandleActions) and then hands
// every action of the tick to the scene's act, in order.
func (p *Player) Dispatch(c *Context, act func(*Context, Action)) {
	p.HandleActions(c)
	for _, a := range c.Actions {
		act(c, a)
	}
}

// Run takes this tick's steps (Tick), one call of step each, and stops
// early at the first step that returns false (the run has ended or a
// step was refused).
func (p *Player) Run(step func() bool) {
	for n := p.Tick(); n > 0; n-- {
		if !step() {
			return
		}
	}
}

// Browser is a run with a history to step through; Back and Forward
// report whether they moved.
type Browser interface {
	Back() bool
	Forward() bool
}

// Browse pauses and moves run one entry back for keymap.Back, forward for
// keymap.Forward (← and →).
func (p *Player) Browse(a keymap.Action, run Browser) {
	switch a {
	case keymap.Back:
		p.Pause()
		run.Back()
	case keymap.Forward:
		p.Pause()
		run.Forward()
	}
}

// Tween is a short animation from 0 to 1 over a number of ticks; a new
// step finishes the one in progress at once.
type Tween struct {
	T     float64 // progress, 0 … 1
	ticks float64
}

// Start begins a tween lasting the given number of ticks.
func (w *Tween) Start(ticks int) { w.T, w.ticks = 0, float64(max(ticks, 1)) }

// Finish jumps to the end.
func (w *Tween) Finish() { w.T = 1 }

// Running reports whether the tween has not reached its end.
func (w *Tween) Running() bool { return w.ticks > 0 && w.T < 1 }

// Advance moves the tween one tick on.
func (w *Tween) Advance() {
	if w.Running() {
		w.T = math.Min(1, w.T+1/w.ticks)
	}
}

// Eased returns the progress through a smooth ease-in-out curve.
func (w *Tween) Eased() float64 {
	if w.ticks == 0 {
		return 1
	}
	t := w.T
	return t * t * (3 - 2*t)
}
