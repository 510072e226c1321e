package ui

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
)

func TestPlayerRunStopsAtTheFirstRefusedStep(t *testing.T) {
	p := NewPlayer()
	p.Speed = len(Speeds) - 1 // several steps a tick
	p.Toggle()
	calls := 0
	p.Run(func() bool { calls++; return calls < 2 })
	if calls != 2 {
		t.Fatalf("%d calls of step, want 2 (the second refused)", calls)
	}
	p.Pause()
	calls = 0
	p.Run(func() bool { calls++; return true })
	if calls != 0 {
		t.Fatalf("a paused player took %d steps", calls)
	}
}

func TestPlayerDispatchHandsEveryActionOnInOrder(t *testing.T) {
	p := NewPlayer()
	c := &Context{Actions: []Action{{Action: keymap.Play}, {Action: keymap.Step}, {Action: keymap.Preset, Arg: 3}}}
	var got []Action
	p.Dispatch(c, func(_ *Context, a Action) { got = append(got, a) })
	if !p.Playing || !c.Animates() {
		t.Fatal("the player did not take its play action")
	}
	if len(got) != 3 || got[1].Action != keymap.Step || got[2].Arg != 3 {
		t.Fatalf("the scene got %v", got)
	}
}

// steps is a history of n+1 positions.
type steps struct{ at, n int }

func (s *steps) Back() bool {
	if s.at == 0 {
		return false
	}
	s.at--
	return true
}

func (s *steps) Forward() bool {
	if s.at == s.n {
		return false
	}
	s.at++
	return true
}

func TestPlayerBrowsePausesAndMoves(t *testing.T) {
	p, h := NewPlayer(), &steps{at: 1, n: 2}
	p.Toggle()
	p.Browse(keymap.Forward, h)
	if p.Playing || h.at != 2 {
		t.Fatalf("→: playing %v at %d", p.Playing, h.at)
	}
	p.Browse(keymap.Back, h)
	p.Browse(keymap.Back, h)
	if h.at != 0 {
		t.Fatalf("← ←: at %d", h.at)
	}
	p.Toggle()
	p.Browse(keymap.Step, h)
	if !p.Playing || h.at != 0 {
		t.Fatal("another action paused or moved")
	}
}

// A scene whose work budget allows fewer steps than the setting asks for
// plays, and shows, the budget's rate; a faster cap leaves the setting.
func TestPlayerCapBoundsTheSpeedPlayedAndShown(t *testing.T) {
	p := NewPlayer()
	p.Speed = len(Speeds) - 1
	p.Cap = 15000
	if got := p.StepsPerSecond(); got != 15000 {
		t.Fatalf("capped speed %g, want 15000", got)
	}
	p.Toggle()
	steps := 0
	for range int(TPS) {
		steps += p.Tick()
	}
	if steps != 15000 {
		t.Fatalf("%d steps in a second at a cap of 15000", steps)
	}
	p.Speed = DefaultSpeed
	if got := p.StepsPerSecond(); got != Speeds[DefaultSpeed] {
		t.Fatalf("a cap above the setting changed the speed to %g", got)
	}
}
