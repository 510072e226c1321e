package backprop

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
)

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// backprop case (playing). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/backprop/
func BenchmarkFramePlaying(b *testing.B) { scenetest.BenchPlaying(b, New()) }

// While playing, a tick between steps derives nothing again and allocates
// nothing, and a frame between steps only copies the cached pictures and
// draws the pulse (a dot from a picture, numbers written once a step). A
// step's frame redraws the graph's picture within a bound (2,288
// allocations before lines and rectangles stopped building paths, about
// 850 while the step's frame redrew the whole still picture, the panel
// included, about 400 with the panel a frame later and the unchanged
// nodes copied from their pictures).
func TestFrameAllocs(t *testing.T) { scenetest.PlayingFrames(t, New(), 6, 450) }

// While playing, a frame redraws at most one of the cached pictures (the
// graph's, the panel's, the title's and strip's, or the graph as the pulse
// will leave it), a step costs four such frames and the pulse's arrival
// none (the picture drawn ahead is shown), and a redrawn graph redraws only the nodes that look
// different, and the labels that look as before are copied from their
// pictures: the worst frames of issue 17 redrew everything, twice a
// step.
func TestPlayingSpreadsTheRedrawing(t *testing.T) {
	r := scenetest.OnLoop(t, New(), scenetest.Play[*Scene])
	for range 40 { // past the first step's redrawing
		r.Frame()
	}
	const frames = 300 // ten steps at the default two a second
	gen0, redraws, nodes0 := r.S.gen, 0, r.S.nodes.redrawn
	drawn0, made0 := r.S.labelPics.drawn, r.S.labelPics.made
	edges0 := r.S.edges.draws
	arrivals := 0
	for range frames {
		hidden := r.S.v.hidden
		r.Frame()
		n := r.S.pics.redrew
		if n > 1 {
			t.Errorf("step %d: a frame redrew %d pictures", r.S.w.Hist.Pos(), n)
		}
		redraws += n
		if hidden != "" && r.S.v.hidden == "" {
			arrivals++
			if n > 0 {
				t.Errorf("step %d: the pulse's arrival redrew %d pictures", r.S.w.Hist.Pos(), n)
			}
		}
	}
	steps := r.S.gen - gen0
	if steps < 8 || arrivals < steps-1 {
		t.Fatalf("%d steps and %d pulses arrived in %d frames: not playing as the test expects", steps, arrivals, frames)
	}
	// A redrawn graph draws its edges with one call.
	if n := r.S.edges.draws - edges0; n > redraws {
		t.Errorf("the edges were drawn with %d calls over %d redrawn pictures", n, redraws)
	}
	if redraws > 4*steps {
		t.Errorf("%d pictures redrawn over %d steps (at most 4 a step)", redraws, steps)
	}
	// Each graph picture of a step redraws the node computed and the one
	// before it (their rings), and the hidden node's value once shown.
	if nodes := r.S.nodes.redrawn - nodes0; nodes > 4*steps {
		t.Errorf("%d node pictures redrawn over %d steps (at most 4 a step)", nodes, steps)
	}
	// Most labels look as they did: their pictures are copied.
	drawn, made := r.S.labelPics.drawn-drawn0, r.S.labelPics.made-made0
	if drawn < 10*steps || made*3 > drawn {
		t.Errorf("%d labels drawn over %d steps, %d of them drawn anew (at most a third)", drawn, steps, made)
	}
}
