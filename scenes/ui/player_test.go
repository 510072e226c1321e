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
