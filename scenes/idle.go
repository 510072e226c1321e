package scenes

import "github.com/hajimehoshi/ebiten/v2"

// An idle page costs nothing: a teacher's laptop projects for an hour and
// a half, mostly paused. When a tick brings no input and the scene asks
// for no frame (ui.Context.Animating: playing, a tween, a fading message)
// and no message is on screen, the game stops redrawing (the screen keeps
// the last frame: ebiten.SetScreenClearedEveryFrame(false)), and after
// idleAfter such ticks it lowers the tick rate to idleTPS. Draw still runs
// every frame, returning at once; it asks the input source whether
// anything is waiting and, if so, wakes the game: the tick rate is set to
// one tick per frame, so that the very next frame runs Update with that
// input (Ebiten's clock, at a low rate, may otherwise wait up to half an
// idle tick), and that Update restores 60 ticks a second.

const (
	idleAfter = 60 // ticks without change before the tick rate drops (1 s)
	idleTPS   = 10
	// redrawFrames is how many frames are drawn after the last change:
	// the frame of the change and one more, so that a frame that Ebiten
	// shows late is never the last one drawn.
	redrawFrames = 2
)

// tickRate is what the game has asked of Ebiten's clock.
type tickRate int

const (
	rateNormal tickRate = iota // ebiten.DefaultTPS
	rateIdle                   // idleTPS
	rateWoken                  // one tick per frame until the next Update
)

// idler is the game's idle state.
type idler struct {
	still  int // ticks since the last change
	redraw int // frames still to draw
	rate   tickRate
}

// setTPS is ebiten.SetTPS, replaceable in tests.
var setTPS = ebiten.SetTPS

// markChanged says that the next frames must be drawn. Callers hold g.mu.
// A change made between ticks (a document loaded through the page's API)
// wakes a game that ticks at the idle rate.
func (g *Game) markChanged() {
	g.idle.still = 0
	g.idle.redraw = redrawFrames
	g.wake()
}

// wake makes the next frame run a tick, when the game ticks at the idle
// rate. Callers hold g.mu.
func (g *Game) wake() {
	if g.idle.rate == rateIdle {
		g.idle.rate = rateWoken
		setTPS(ebiten.SyncWithFPS)
	}
}

// tickIdle ends a tick: busy says whether it changed anything. Callers
// hold g.mu.
func (g *Game) tickIdle(busy bool) {
	if busy {
		g.markChanged()
	}
	if g.idle.rate == rateWoken {
		g.idle.rate = rateNormal
		setTPS(ebiten.DefaultTPS)
	}
	if busy {
		return
	}
	g.idle.still++
	if g.idle.still >= idleAfter && g.idle.rate == rateNormal {
		g.idle.rate = rateIdle
		setTPS(idleTPS)
	}
}

// KeepScreen tells Ebiten not to clear the screen before each frame, so
// that the game can leave it as it is while idle. The front ends call it
// before ebiten.RunGame.
func KeepScreen() { ebiten.SetScreenClearedEveryFrame(false) }

// skipFrame reports whether Draw may leave the screen as it is, and wakes
// the game when input is waiting. Callers hold g.mu.
func (g *Game) skipFrame() bool {
	if g.idle.rate == rateIdle && (g.src.Pending() || g.inject.Pending()) {
		g.wake()
	}
	if g.drawn == 0 || g.capture || g.wantPNG || g.idle.redraw > 0 || ebiten.IsScreenClearedEveryFrame() {
		g.idle.redraw = max(g.idle.redraw-1, 0)
		return false
	}
	return true
}

// Idle reports whether the game has stopped redrawing (for tests and
// benchmarks).
func (g *Game) Idle() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.idle.redraw == 0 && g.idle.still > 0
}
