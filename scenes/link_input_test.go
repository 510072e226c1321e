package scenes

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// linkCounter counts the links the game writes.
type linkCounter struct {
	*memPlatform
	n int
}

func (p *linkCounter) SetLink(h string) { p.n++; p.memPlatform.SetLink(h) }

// linkTheta is θ in the state a link carries.
func linkTheta(t *testing.T, link string) []float64 {
	t.Helper()
	l, _ := state.ParseLink(link)
	var m struct{ Theta []float64 }
	if err := json.Unmarshal(l.State, &m); err != nil {
		t.Fatal(err)
	}
	return m.Theta
}

// TestLinkFollowsNudgesAsPlaying: while ↑ / ↓ change θ₁ every tick (the
// bench's neuron case), the link is written every two seconds, as while
// a scene plays, not twice a second (each a state encoded and
// compressed, a few milliseconds as WebAssembly); within half a second
// of the last key it shows the θ on screen.
func TestLinkFollowsNudgesAsPlaying(t *testing.T) {
	p := &linkCounter{memPlatform: newMem()}
	g := New(Options{Scene: "neuron"}, p)
	g.resize(640, 400, 2)
	for range ui.TPS {
		tick(t, g)
	}
	if p.n == 0 {
		t.Fatal("no link written in the first second")
	}
	n0 := p.n
	for i := range 8 * ui.TPS {
		k := "ArrowUp"
		if i%3 == 0 { // not back and forth: every link would differ
			k = "ArrowDown"
		}
		key(g, k, false)
		tick(t, g)
	}
	if got := p.n - n0; got > 4 {
		t.Errorf("8 s of ↑ / ↓ every tick wrote the link %d times, want at most 4 (every two seconds)", got)
	}
	for range ui.TPS / 2 {
		tick(t, g)
	}
	want := stateOf(t, g)["theta"].([]any)
	got := linkTheta(t, p.link)
	if len(got) != 2 || !slices.Equal([]float64{want[0].(float64), want[1].(float64)}, got) {
		t.Errorf("half a second after the last key the link has θ = %v, the scene %v", got, want)
	}
}
