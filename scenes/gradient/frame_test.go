package gradient

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// BenchmarkFramePlaying is the CPU side of a frame of the bench's
// gradient case (the first preset, playing). Under Xvfb:
//
//	go test -run '^$' -bench Frame -cpuprofile cpu.out ./scenes/gradient/
func BenchmarkFramePlaying(b *testing.B) { scenetest.BenchPlaying(b, New()) }

// While playing, a tick between steps allocates nothing (the layout, with
// its measured captions and legends, is kept until the window or the
// language changes), and a frame between steps only copies the cached
// picture. A step's frame redraws it within a bound (the loss map's
// iso-lines are one batch: they were thousands of lines, some 11,500
// allocations in the frame that redrew the map; the path's dots, a
// vector path each, another hundred or more).
func TestFrameAllocs(t *testing.T) { scenetest.PlayingFrames(t, New(), 4, 1500) }

// BenchmarkTickDrawPlaying reports the p50 and p95 of a playing tick's
// Update and of a frame's Draw apart, as neurona.perf() does in the page.
func BenchmarkTickDrawPlaying(b *testing.B) {
	r := scenetest.OnLoop(b, New(), scenetest.Play)
	scenetest.Frames(b, r.Tick, func() { r.Draw() })
}

// While playing, a frame redraws at most one of the two pictures (the
// views', the panel's), a new loss map redraws only the views, and each
// step the panel once: one picture of everything, redrawn at every step
// and at every new map, set the slowest frames of issue 17. Paused, a key
// that changes what the panel shows (α) redraws it in its frame.
func TestPlayingSpreadsTheRedrawing(t *testing.T) {
	r := scenetest.OnLoop(t, New(), scenetest.Play[*Scene])
	for range 40 {
		r.Frame()
	}
	k0, maps0, drawn0 := r.S.tr.K(), r.S.mapGen, r.S.redrawn
	for range 300 {
		before := r.S.redrawn
		r.Frame()
		if d := [2]int{r.S.redrawn[0] - before[0], r.S.redrawn[1] - before[1]}; d[0]+d[1] > 1 {
			t.Errorf("step %d: a frame redrew %d views' and %d panel's pictures", r.S.tr.K(), d[0], d[1])
		}
	}
	steps, maps := r.S.tr.K()-k0, r.S.mapGen-maps0
	views, panels := r.S.redrawn[0]-drawn0[0], r.S.redrawn[1]-drawn0[1]
	if steps < 8 || maps < steps-1 {
		t.Fatalf("%d steps and %d new maps in 300 frames: not playing as the test expects", steps, maps)
	}
	if views > steps+maps+1 || panels > steps+1 {
		t.Errorf("over %d steps and %d new maps, %d views' and %d panel's pictures redrawn", steps, maps, views, panels)
	}
	gameloop.Do(func() {
		r.Do(keymap.Play)
		r.Draw()
		r.Frame()
		panels := r.S.redrawn[1]
		r.Do(keymap.ParamInc)
		r.Draw()
		if r.S.redrawn[1] == panels {
			t.Error("α changed and the panel's picture was not redrawn")
		}
	})
}
