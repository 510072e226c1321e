package scenes

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

func TestRegistryIDsAreTheScenesOwn(t *testing.T) {
	seen := map[string]bool{}
	for i, s := range All() {
		if s.ID() != registry[i].id {
			t.Errorf("registry entry %d is %q, its scene says %q", i, registry[i].id, s.ID())
		}
		if seen[s.ID()] {
			t.Errorf("scene id %q twice", s.ID())
		}
		seen[s.ID()] = true
	}
}

// Start-up makes only the scene it shows: the others are made when first
// shown (or given a document), not on the path to the first frame.
func TestStartMakesOnlyTheSceneShown(t *testing.T) {
	screen := ebiten.NewImage(640, 400)
	defer screen.Deallocate()
	for _, c := range []struct {
		opt  Options
		want string
	}{
		{Options{}, registry[0].id},
		{Options{Scene: "xor"}, "xor"},
		{Options{Link: "#scene=backprop&lang=en"}, "backprop"},
		{Options{Document: []byte(`{"scene":"gradient"}`)}, "gradient"},
		{Options{Scene: "bogus"}, registry[0].id},
	} {
		g, _ := newTestGame(t, c.opt)
		frames(t, g, screen, 2)
		if got := g.Scene().ID(); got != c.want {
			t.Errorf("%+v: shows %q, want %q", c.opt, got, c.want)
		}
		if n := g.scenes.made(); n != 1 {
			t.Errorf("%+v: %d scenes made after the first frames, want 1", c.opt, n)
		}
		// Help, the tabs and the state document read the other scenes'
		// ids, not the scenes.
		key(g, "H", false)
		_ = g.StateJSON()
		frames(t, g, screen, 1)
		if n := g.scenes.made(); n != 1 {
			t.Errorf("%+v: %d scenes made after help and state(), want 1", c.opt, n)
		}
		key(g, "Digit3", false)
		frames(t, g, screen, 1)
		if g.Scene().ID() != "xor" {
			t.Fatalf("%+v: key 3 shows %q", c.opt, g.Scene().ID())
		}
		want := 2
		if c.want == "xor" {
			want = 1
		}
		if n := g.scenes.made(); n != want {
			t.Errorf("%+v: %d scenes made after switching to xor, want %d", c.opt, n, want)
		}
	}
}
