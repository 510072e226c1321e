package scenetest

import (
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/gameloop"
)

// These helpers run a scene's frames inside a real Ebiten game loop (the
// package's TestMain must be gameloop.Main), one frame per tick of the
// loop as the game runs them, so that Ebiten flushes each frame's draws
// and reuses its command buffers between frames.

// OnLoop returns a rig for s made inside the package's game loop
// (gameloop.Main), after setup (keys, data) has run there too.
func OnLoop[S ui.Scene](tb testing.TB, s S, setup func(r *Rig[S])) *Rig[S] {
	var r *Rig[S]
	gameloop.Do(func() {
		r = New(tb, s)
		setup(r)
	})
	return r
}

// Play presses Enter (play): the setup of OnLoop for a scene measured
// while it plays.
func Play[S ui.Scene](r *Rig[S]) { r.Do(keymap.Play) }

// BenchPlaying is BenchFrames for the frames of s while it plays (made
// on the game loop, Enter pressed).
func BenchPlaying[S ui.Scene](b *testing.B, s S) {
	BenchFrames(b, OnLoop(b, s, Play).Frame)
}

// PlayingFrames checks what s allocates while it plays: a tick between
// steps nothing at all, and over 60 frames the frame with the fewest
// allocations (one between steps: Ebiten's own bookkeeping of its draw
// calls) at most least, the one with the most (a step's) at most most.
func PlayingFrames[S ui.Scene](t *testing.T, s S, least, most uint64) {
	t.Helper()
	r := OnLoop(t, s, Play)
	if n, b := DrawAllocs(func() {}, r.Tick); n != 0 {
		t.Errorf("a playing tick allocates %d times (%d bytes)", n, b)
	}
	FrameAllocsWithin(t, r.Frame, least, most)
}

// Frame is one frame of the game: a tick with no input, then a draw.
func (r *Rig[S]) Frame() {
	r.Tick()
	r.Draw()
}

// warmFrames is how many frames run before a frame's cost is measured:
// enough for caches, glyph atlases and Ebiten's buffers to reach their
// steady size.
const warmFrames = 30

// timeFrames runs b.N frames of parts in turn, after a warm-up, and
// returns each part's own times in ms, sorted (measured inside the tick,
// without the wait for the loop's next one).
func timeFrames(b *testing.B, parts ...func()) [][]float64 {
	for range warmFrames {
		gameloop.Do(func() {
			for _, p := range parts {
				p()
			}
		})
	}
	ts := make([][]float64, len(parts))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		gameloop.Do(func() {
			for i, p := range parts {
				t0 := time.Now()
				p()
				ts[i] = append(ts[i], float64(time.Since(t0))/1e6)
			}
		})
	}
	b.StopTimer()
	for _, t := range ts {
		slices.Sort(t)
	}
	return ts
}

// quantile is the q-quantile of sorted values v.
func quantile(v []float64, q float64) float64 {
	return v[min(len(v)-1, int(q*float64(len(v))))]
}

// Frames runs b.N frames of update and draw and reports the p50 and p95
// of each in ms, as neurona.perf() does in the page; run the benchmark
// with -cpuprofile and -memprofile to see where the time goes.
func Frames(b *testing.B, update, draw func()) {
	ts := timeFrames(b, update, draw)
	b.ReportMetric(quantile(ts[0], 0.5), "update-p50-ms")
	b.ReportMetric(quantile(ts[0], 0.95), "update-p95-ms")
	b.ReportMetric(quantile(ts[1], 0.5), "draw-p50-ms")
	b.ReportMetric(quantile(ts[1], 0.95), "draw-p95-ms")
}

// BenchFrames times frame (an Update and a Draw, typically through a Rig)
// and reports the frames' own time as "frame-p50-µs", "frame-p95-µs" and
// "frame-max-µs": the native counterpart of neurona.perf()'s Update +
// Draw. ns/op includes the wait for the loop's next tick: read the CPU
// profile (-cpuprofile), not ns/op.
func BenchFrames(b *testing.B, frame func()) {
	ts := timeFrames(b, frame)[0]
	b.ReportMetric(1000*quantile(ts, 0.5), "frame-p50-µs")
	b.ReportMetric(1000*quantile(ts, 0.95), "frame-p95-µs")
	b.ReportMetric(1000*ts[len(ts)-1], "frame-max-µs")
}

// allocsPerFrame runs n frames (after a warm-up) of before and then
// counted, each in its own tick of the loop, and returns the allocations
// and bytes counted's runs made, sorted.
func allocsPerFrame(n int, before, counted func()) (allocs, bytes []uint64) {
	for range warmFrames {
		gameloop.Do(func() { before(); counted() })
	}
	var a, b runtime.MemStats
	allocs, bytes = make([]uint64, n), make([]uint64, n)
	for i := range n {
		gameloop.Do(func() {
			before()
			runtime.ReadMemStats(&a)
			counted()
			runtime.ReadMemStats(&b)
		})
		allocs[i], bytes[i] = b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc
	}
	slices.Sort(allocs)
	slices.Sort(bytes)
	return allocs, bytes
}

// DrawAllocs runs frames of tick and draw and returns the median
// allocations and bytes of one draw (the tick runs before the count).
// The median, not the mean: a buffer that grows once in a while
// (Ebiten's, the runtime's) is not garbage made every frame, and must not
// make the count depend on what ran before.
func DrawAllocs(tick, draw func()) (allocs, bytes uint64) {
	a, b := allocsPerFrame(21, tick, draw)
	return a[len(a)/2], b[len(b)/2]
}

// FrameAllocs returns the fewest and the most allocations a whole frame
// made over n frames in a steady state.
func FrameAllocs(n int, frame func()) (least, most uint64) {
	a, _ := allocsPerFrame(n, func() {}, frame)
	return a[0], a[len(a)-1]
}

// FrameAllocsWithin fails t when, over 60 frames in a steady state, the
// frame with the fewest allocations made more than least or the one with
// the most made more than most (0: no bound).
func FrameAllocsWithin(t *testing.T, frame func(), least, most uint64) {
	t.Helper()
	lo, hi := FrameAllocs(60, frame)
	t.Logf("allocations per frame: %d to %d", lo, hi)
	if least > 0 && lo > least || most > 0 && hi > most {
		t.Errorf("frames allocated %d to %d times, want at most %d and %d", lo, hi, least, most)
	}
}

// DrawsWithoutGarbage counts a frame of draw as DrawAllocs does, logs the
// count, and fails t when it is over maxAllocs allocations or maxBytes
// bytes. what names the case in the messages ("paused", "playing").
func DrawsWithoutGarbage(t testing.TB, what string, tick, draw func(), maxAllocs, maxBytes uint64) {
	t.Helper()
	n, b := DrawAllocs(tick, draw)
	t.Logf("%s: %d allocations, %d bytes a frame", what, n, b)
	if n > maxAllocs || b > maxBytes {
		t.Errorf("%s: a frame allocates %d times, %d bytes (at most %d and %d)", what, n, b, maxAllocs, maxBytes)
	}
}

// PausedAndPlayingWithoutGarbage counts a part of r's drawing — the
// drawing functions parts (a scene's own, as r.S.drawPlane), in turn, onto
// the screen of a frame r drew with r's context, after a tick and with the
// layout report emptied as a frame empties it — as DrawsWithoutGarbage
// does: paused, and then after play has set the scene playing. It fails t
// when either is over maxAllocs allocations or maxBytes bytes.
func PausedAndPlayingWithoutGarbage[S ui.Scene](t testing.TB, r *Rig[S], play func(), maxAllocs, maxBytes uint64, parts ...func(screen *ebiten.Image, c *ui.Context)) {
	t.Helper()
	screen := r.Draw()
	part := func() {
		r.C.Layout().Reset()
		for _, draw := range parts {
			draw(screen, r.C)
		}
	}
	DrawsWithoutGarbage(t, "paused", r.Tick, part, maxAllocs, maxBytes)
	play()
	DrawsWithoutGarbage(t, "playing", r.Tick, part, maxAllocs, maxBytes)
}

// PlayingFramesWithoutGarbage counts a whole frame (Update and Draw) of
// r, which OnLoop's setup set playing, as DrawsWithoutGarbage does, and
// fails t if the scene no longer plays afterwards (then the case measured
// was not the one named).
func PlayingFramesWithoutGarbage[S ui.Scene](t *testing.T, r *Rig[S], what string, maxAllocs, maxBytes uint64) {
	t.Helper()
	DrawsWithoutGarbage(t, what, func() {}, r.Frame, maxAllocs, maxBytes)
	if p, ok := any(r.S).(interface{ Playback() *ui.Player }); !ok || !p.Playback().Playing {
		t.Fatalf("%s: the scene stopped playing: the case measured is not the one named", what)
	}
}

// A LayerChange is what must redraw a scene's cached layer once: a new
// point, a resized window, a view that hides part of the layer.
type LayerChange struct {
	What string
	Do   func()
}

// LayerKeptWhilePlaying checks a scene's cached layer, whose redraws
// draws counts: after play, 30 frames do not redraw it; then (after
// pause, if not nil) each change, followed by a frame, redraws it once.
func LayerKeptWhilePlaying[S ui.Scene](t *testing.T, r *Rig[S], draws func() int, play, pause func(), changes ...LayerChange) {
	t.Helper()
	play()
	r.Draw()
	n := draws()
	for range 30 {
		r.Tick()
		r.Draw()
	}
	if got := draws(); got != n {
		t.Errorf("playing redrew the layer %d times", got-n)
	}
	if pause != nil {
		pause()
	}
	for i, ch := range changes {
		ch.Do()
		r.Draw()
		if got := draws(); got != n+i+1 {
			t.Errorf("%s: the layer was drawn %d times in all, want %d", ch.What, got-n, i+1)
		}
	}
}

// ReportMedianMax reports the median and the largest of v (µs), a kind of
// frame or tick a benchmark sorted its samples into, as "name-p50-µs" and
// "name-max-µs"; nothing when there are none.
func ReportMedianMax(b *testing.B, name string, v []float64) {
	if len(v) == 0 {
		return
	}
	slices.Sort(v)
	b.ReportMetric(v[len(v)/2], name+"-p50-µs")
	b.ReportMetric(v[len(v)-1], name+"-max-µs")
}
