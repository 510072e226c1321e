package scenes

import (
	"runtime/debug"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// gcPercent reads the collector's setting without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestPauseGCUntilReady(t *testing.T) {
	before := gcPercent()
	defer debug.SetGCPercent(before)
	g, _ := newTestGame(t, Options{})
	var order []string
	g.OnReady(func() { order = append(order, "page") })
	PauseGCUntilReady(g)
	g.OnReady(func() { order = append(order, "after") })
	if p := gcPercent(); p != -1 {
		t.Fatalf("before the first frame the collector's setting is %d, want off (-1)", p)
	}
	screen := ebiten.NewImage(640, 400)
	defer screen.Deallocate()
	onGame(func() {
		_ = g.Update()
		g.Draw(screen)
	})
	if p := gcPercent(); p != before {
		t.Errorf("after the first frame the collector's setting is %d, want %d", p, before)
	}
	if len(order) != 2 || order[0] != "page" || order[1] != "after" {
		t.Errorf("ready functions ran as %v, want [page after], once each", order)
	}
	onGame(func() {
		_ = g.Update()
		g.Draw(screen)
	})
	if len(order) != 2 {
		t.Errorf("ready functions ran again on the second frame: %v", order)
	}
}
