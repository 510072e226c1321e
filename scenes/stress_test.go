package scenes

import (
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// bigSet returns n points in x1 ∈ [x0, x0+w], x2 ∈ [y0, y0+h] from a fixed
// generator, labelled by a tilted line: a large set that fills the left part
// of a scene's plane and leaves its right edge free for clicks.
func bigSet(n int, x0, w, y0, h float64) [][3]float64 {
	pts := make([][3]float64, n)
	s := uint64(12345)
	next := func() float64 {
		s = s*6364136223846793005 + 1442695040888963407
		return float64(s>>11) / (1 << 53)
	}
	for i := range pts {
		x, y := x0+w*next(), y0+h*next()
		c := 1.0
		if y-(y0+h/2) < 0.3*(x-(x0+w/2)) {
			c = -1
		}
		pts[i] = [3]float64{x, y, c}
	}
	return pts
}

// bigSets are the 10,000-point sets for the scenes that must stay
// interactive with them: points left of the plane's centre, so that a click
// near the right edge of the plane lands on empty ground.
var bigSets = map[string][][3]float64{
	"perceptron": bigSet(10000, -2, 2, -2, 4),
	"xor":        bigSet(10000, -0.5, 0.9, -0.5, 2),
}

// docState is the state document without what changes by itself (the tick
// count) or depends on the window (the plane).
func docState(t *testing.T, g *Game) string {
	t.Helper()
	m := stateOf(t, g)
	delete(m, "frame")
	delete(m, "plane")
	b, _ := json.Marshal(m)
	return string(b)
}

func numPoints(t *testing.T, g *Game) int {
	t.Helper()
	return len(stateOf(t, g)["points"].([]any))
}

// TestTenThousandPointsStayInteractive loads 10,000 points into the
// perceptron and xor scenes and checks that stepping, playing, clicking,
// dragging, removing and drawing all still work (no timing asserts: the
// benchmark BenchmarkTick10k measures the cost).
func TestTenThousandPointsStayInteractive(t *testing.T) {
	for _, id := range []string{"perceptron", "xor"} {
		t.Run(id, func(t *testing.T) {
			g, _ := newTestGame(t, Options{Scene: id})
			screen := ebiten.NewImage(1280, 800)
			defer screen.Deallocate()
			if err := g.LoadJSON([]byte(pointsDoc(id, bigSets[id], ""))); err != nil {
				t.Fatal(err)
			}
			frames(t, g, screen, 2)
			if n := numPoints(t, g); n != 10000 {
				t.Fatalf("%d points loaded", n)
			}
			// Stepping.
			key(g, "Space", false)
			key(g, "Space", false)
			frames(t, g, screen, 1)
			if s := stateOf(t, g)["step"].(float64); s < 1 {
				t.Fatalf("Space did not step with 10,000 points (step %v)", s)
			}
			// Playing at full speed while drawing.
			key(g, "Enter", false)
			for range 12 {
				g.inject.Key(keymap.Event{Char: '+'})
			}
			framesEvery(t, g, screen, 6, 3)
			key(g, "Enter", false)
			frames(t, g, screen, 1)

			// A click near the right edge of the plane adds a point.
			r := g.ctx.Plane
			x, y := r.X+r.W*0.9, r.Y+r.H*0.12
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y})
			frames(t, g, screen, 1)
			if n := numPoints(t, g); n != 10001 {
				t.Fatalf("a click went to %d points", n)
			}
			last := func() []any {
				pts := stateOf(t, g)["points"].([]any)
				return pts[len(pts)-1].(map[string]any)["x"].([]any)
			}
			added := last()
			// Dragging it: press, move over several ticks, release.
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
			frames(t, g, screen, 1)
			for k := 1; k <= 3; k++ {
				g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: x, Y: y + r.H*0.1*float64(k)})
				frames(t, g, screen, 1)
			}
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y + r.H*0.3})
			frames(t, g, screen, 1)
			moved := last()
			if n := numPoints(t, g); n != 10001 || moved[1].(float64) >= added[1].(float64) {
				t.Fatalf("drag: %d points, the point went from %v to %v", n, added, moved)
			}
			// Ctrl+click removes it again; stepping still works afterwards.
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y + r.H*0.3, Ctrl: true})
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y + r.H*0.3, Ctrl: true})
			key(g, "Space", false)
			frames(t, g, screen, 1)
			if n := numPoints(t, g); n != 10000 {
				t.Fatalf("Ctrl+click left %d points", n)
			}
			if js := g.StateJSON(); strings.Contains(js, `"error"`) {
				t.Fatalf("state: %.200s", js)
			}
		})
	}
}

// BenchmarkTick10k measures one Update and Draw of the whole game, the
// frame finished (read back, so the software renderer's work is counted),
// with 10,000 points, playing, the pointer hovering over the plane; the
// "preset" variants are the same tick with the scene's own small data set,
// for comparison.
//
//	xvfb-run -a go test -run '^$' -bench Tick10k -benchtime 20x ./scenes/
func BenchmarkTick10k(b *testing.B) {
	for _, id := range []string{"perceptron", "xor"} {
		for _, big := range []bool{false, true} {
			name := id + "/preset"
			if big {
				name = id + "/10000"
			}
			b.Run(name, func(b *testing.B) { benchTick(b, id, big) })
		}
	}
}

func benchTick(b *testing.B, id string, big bool) {
	g := New(Options{Scene: id}, newMem())
	g.resize(640, 400, 2)
	screen := ebiten.NewImage(1280, 800)
	defer screen.Deallocate()
	if big {
		if err := g.LoadJSON([]byte(pointsDoc(id, bigSets[id], ""))); err != nil {
			b.Fatal(err)
		}
	}
	onGame(func() {
		g.Update()
		g.Draw(screen)
	})
	g.inject.Key(keymap.Event{Key: "Enter"})
	r := g.ctx.Plane
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		onGame(func() {
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: r.X + r.W*(0.2+0.6*float64(i%7)/7), Y: r.Y + r.H/2})
			if err := g.Update(); err != nil {
				b.Fatal(err)
			}
			g.Draw(screen)
			_ = screen.At(0, 0) // wait for the frame
		})
	}
}

// historyScenes are the scenes with a history of steps, the document each
// starts from (xor's first Space would otherwise switch the lecture's sign
// network to the sigmoid one it trains; gradient's default α reaches the
// minimum, where steps stop, after about 1,000), and the number of positions each
// keeps: every scene keeps at least the last 10,000 steps (see TESTING.md)
// and says so when ← reaches the oldest one kept past its cap.
var historyScenes = []struct {
	id, doc string
	keeps   int // the fewest positions kept after 10,000 steps
}{
	{"perceptron", `{"scene":"perceptron"}`, 10000},
	{"xor", `{"scene":"xor","activation":"sigmoid"}`, 10000},
	{"gradient", `{"scene":"gradient","alpha":0.001}`, 10000},
	{"backprop", `{"scene":"backprop"}`, 10000},
}

// TestTenThousandStepsBackAndForth steps each scene with a history 10,000
// times, steps back to position 0 and forward to the end again: the state
// at both ends must be identical to what it was. Scenes that keep fewer
// positions must still keep at least their documented number, with the
// iteration count going on.
func TestTenThousandStepsBackAndForth(t *testing.T) {
	const n = 10000
	const perTick = 250
	for _, hs := range historyScenes {
		t.Run(hs.id, func(t *testing.T) {
			g, _ := newTestGame(t, Options{Scene: hs.id})
			tick(t, g)
			if err := g.LoadJSON([]byte(hs.doc)); err != nil {
				t.Fatal(err)
			}
			tick(t, g)
			// Each tick runs inside the game loop, so that what a scene
			// draws into its cached layers in Update is flushed every
			// frame, as in the app.
			press := func(k string, times int) {
				for i := 0; i < times; i += perTick {
					for range min(perTick, times-i) {
						key(g, k, false)
					}
					var err error
					onGame(func() { err = g.Update() })
					if err != nil {
						t.Fatal(err)
					}
				}
			}
			start := docState(t, g)
			heap0 := liveHeap()
			press("Space", n)
			heap1 := liveHeap()
			st := stateOf(t, g)
			pos := int(st["step"].(float64))
			if pos < hs.keeps || pos > n {
				t.Fatalf("after %d steps the state says step %d, want %d to %d; k %v J %v grad %v", n, pos, hs.keeps, n, st["k"], st["J"], st["gradient"])
			}
			if k, ok := st["k"]; ok && k.(float64) != n {
				t.Errorf("the iteration count k is %v after %d steps", k, n)
			}
			end := docState(t, g)
			press("Backspace", pos+5) // past 0: the extra presses do nothing
			oldest := docState(t, g)
			if s := stateOf(t, g)["step"].(float64); s != 0 {
				t.Fatalf("stepping back %d times reached step %v", pos+5, s)
			}
			said := false
			for _, m := range g.chrome.toasts {
				said = said || strings.Contains(m.msg, "antiguo") && strings.Contains(m.msg, "R")
			}
			if said != (pos < n) {
				t.Errorf("%d of %d steps kept; message at the oldest kept step: %v (toasts %+v)", pos, n, said, g.chrome.toasts)
			}
			if pos == n && oldest != start {
				t.Fatalf("back at 0 the state differs:\n%.600s\nwant\n%.600s", oldest, start)
			}
			press("ArrowRight", pos+5)
			if got := docState(t, g); got != end {
				t.Fatalf("forward at %d the state differs:\n%.600s\nwant\n%.600s", n, got, end)
			}
			press("Backspace", pos)
			if got := docState(t, g); got != oldest {
				t.Fatalf("back at 0 a second time the state differs")
			}
			t.Logf("%s: %d of %d steps kept; live heap %+d KiB after the steps", hs.id, pos, n, (int64(heap1)-int64(heap0))>>10)
		})
	}
}

// liveHeap is the live heap after two collections.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestImportsOverTheCapAreRefused drops a document over state.MaxBytes and
// a CSV over engine.MaxPoints rows on the game: each is refused with a
// message naming the limit, and the current state is kept.
func TestImportsOverTheCapAreRefused(t *testing.T) {
	g, _ := newTestGame(t, Options{Scene: "perceptron"})
	tick(t, g)
	before := docState(t, g)
	big := `{"scene":"perceptron","pad":"` + strings.Repeat("x", 2<<20) + `"}`
	var csv strings.Builder
	csv.WriteString("x1,x2,y\n")
	for i := 0; i <= 100000; i++ {
		fmt.Fprintf(&csv, "%d,0,1\n", i%1000)
	}
	var many strings.Builder
	many.WriteString(`{"points":[`)
	for i := 0; i <= 100000; i++ {
		if i > 0 {
			many.WriteByte(',')
		}
		many.WriteString(`{"x":[0,0],"y":1}`)
	}
	many.WriteString("]}")
	for _, c := range []struct{ name, data, want string }{
		{"big.json", big, "limit is 2097152"},
		{"many.csv", csv.String(), "more than 100000 points"},
		{"many.json", many.String(), "limit is 100000"},
	} {
		err := g.docs.importData(g, c.name, []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s (%d bytes): got %v, want an error with %q", c.name, len(c.data), err, c.want)
		}
		if got := docState(t, g); got != before {
			t.Errorf("%s: a refused import changed the state", c.name)
		}
	}
	if err := g.LoadJSON([]byte(big)); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("LoadJSON of %d bytes: %v", len(big), err)
	}
	// A file dropped on the window is measured before it is read.
	files := fstest.MapFS{"big.json": {Data: []byte(big)}, "many.csv": {Data: []byte(csv.String())}}
	for name, want := range map[string]string{"big.json": "the limit is 2097152", "many.csv": "more than 100000 points"} {
		if err := g.docs.importFile(g, files, name); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("dropped %s: got %v, want an error with %q", name, err, want)
		}
	}
	if got := docState(t, g); got != before {
		t.Error("a refused drop changed the state")
	}
	// The message reaches the screen when the file is dropped.
	g.warn(g.t("msg.load.refused") + " big.json")
	if len(g.chrome.toasts) == 0 || !g.chrome.toasts[len(g.chrome.toasts)-1].bad {
		t.Error("no warning shown")
	}
}

// TestDragLeavingTheWindow presses on a point in every scene, drags it past
// the window's edges (to negative and huge coordinates) and lets go there,
// or has the system cancel the pointer: the point stays on the plane, and
// nothing is NaN, Inf or broken.
func TestDragLeavingTheWindow(t *testing.T) {
	g, _ := newTestGame(t, Options{})
	screen := ebiten.NewImage(1280, 800)
	defer screen.Deallocate()
	for i := range g.scenes {
		s := g.scenes.at(i)
		for _, end := range []ui.PointerKind{ui.PointerUp, ui.PointerCancel} {
			g.cur = i
			key(g, "C", false)
			frames(t, g, screen, 1)
			r := g.ctx.Plane
			if r.Empty() {
				t.Fatalf("%s: no plane", s.ID())
			}
			x, y := r.X+r.W/2, r.Y+r.H/2
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y})
			frames(t, g, screen, 1)
			n := numPoints(t, g)
			g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
			frames(t, g, screen, 1)
			for _, p := range [][2]float64{{-50, -50}, {-1e6, 1e6}, {1e12, -1e12}, {math.Inf(1), math.NaN()}} {
				g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: p[0], Y: p[1]})
				frames(t, g, screen, 1)
			}
			g.inject.Pointer(ui.PointerEvent{Kind: end, X: -1e9, Y: 3e9})
			key(g, "Space", false)
			frames(t, g, screen, 2)
			js := g.StateJSON()
			var m map[string]any
			if err := json.Unmarshal([]byte(js), &m); err != nil || m["error"] != nil {
				t.Fatalf("%s: state broken after a drag out of the window: %.300s", s.ID(), js)
			}
			pts := m["points"].([]any)
			if len(pts) != n {
				t.Errorf("%s: %d points after the drag, want %d", s.ID(), len(pts), n)
			}
			for _, p := range pts {
				for _, v := range p.(map[string]any)["x"].([]any) {
					if f := v.(float64); math.Abs(f) > 1e3 {
						t.Errorf("%s (end %v): a point was dragged off the plane to %v", s.ID(), end, p)
					}
				}
			}
		}
	}
}
