package scenes

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// frames runs n ticks inside the game loop, in one go so that the test
// does not wait for n display frames. It draws onto screen every eighth
// tick and after the last: software rendering under Xvfb is slow, and the
// drawing code sees every state it needs to on those frames.
func frames(t *testing.T, g *Game, screen *ebiten.Image, n int) {
	t.Helper()
	framesEvery(t, g, screen, n, 8)
}

// framesEvery is frames drawing every k-th tick and after the last.
func framesEvery(t *testing.T, g *Game, screen *ebiten.Image, n, k int) {
	t.Helper()
	var err error
	onGame(func() {
		for i := 0; i < n && err == nil; i++ {
			if err = g.Update(); err == nil && (i%k == k-1 || i == n-1) {
				g.Draw(screen)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

func pointsDoc(scene string, pts [][3]float64, extra string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `{"scene":%q,"points":[`, scene)
	for i, p := range pts {
		if i > 0 {
			b.WriteByte(',')
		}
		if scene == "regression" { // one input x and a real target y: the plane's (x, y)
			fmt.Fprintf(&b, `{"x":[%g],"y":%g}`, p[0], p[1])
			continue
		}
		fmt.Fprintf(&b, `{"x":[%g,%g],"y":%g}`, p[0], p[1], p[2])
	}
	b.WriteString("]" + extra + "}")
	return b.String()
}

// TestHostileDataNeverBreaksAScene loads awkward data sets into every scene,
// plays and steps at the highest speed while drawing, and requires that
// nothing panics and the state document stays valid JSON without NaN or
// Inf (JSON cannot carry them, so StateJSON would report an error).
func TestHostileDataNeverBreaksAScene(t *testing.T) {
	sets := map[string][][3]float64{
		"empty":      nil,
		"single":     {{0.5, 0.5, 1}},
		"one class":  {{1, 1, 1}, {2, 1, 1}, {1, 3, 1}},
		"duplicates": {{1, 1, 1}, {1, 1, -1}, {1, 1, 1}},
		"huge":       {{1e9, -1e9, 1}, {-1e9, 1e9, -1}, {1e9, 1e9, 1}},
		"tiny":       {{1e-300, 0, 1}, {0, -1e-300, -1}},
	}
	g, _ := newTestGame(t, Options{})
	screen := ebiten.NewImage(640, 400)
	defer screen.Deallocate()
	g.w, g.h = 640, 400
	for i := range g.scenes {
		s := g.scenes.at(i)
		for name, pts := range sets {
			for _, extra := range []string{"", `,"alpha":1000000,"lr":1000000`} {
				doc := pointsDoc(s.ID(), pts, extra)
				if err := g.LoadJSON([]byte(doc)); err != nil {
					// A scene may refuse a parameter it cannot take; the
					// points alone must load.
					if err := g.LoadJSON([]byte(pointsDoc(s.ID(), pts, ""))); err != nil {
						t.Errorf("%s/%s: points refused: %v", s.ID(), name, err)
						continue
					}
				}
				for _, k := range []string{"Space", "Space", "Enter"} {
					g.inject.Key(keymap.Event{Key: k})
				}
				for i := 0; i < 12; i++ {
					g.inject.Key(keymap.Event{Char: '+'})
				}
				frames(t, g, screen, 40)
				g.inject.Key(keymap.Event{Key: "Enter"})
				g.inject.Key(keymap.Event{Key: "Backspace"})
				frames(t, g, screen, 1)
				js := g.StateJSON()
				var m map[string]any
				if err := json.Unmarshal([]byte(js), &m); err != nil || m["error"] != nil {
					t.Errorf("%s/%s%s: state() is broken: %.200s", s.ID(), name, extra, js)
				}
			}
		}
	}
}

// TestOddSizesKeepWorking draws every scene at 1×1, at a phone's portrait
// size and at 4K, with the help overlay and the touch bar on.
func TestOddSizesKeepWorking(t *testing.T) {
	g, _ := newTestGame(t, Options{})
	g.chrome.help, g.chrome.touchUI = true, true
	for _, size := range [][2]int{{1, 1}, {390, 844}, {3840, 2160}} {
		screen := ebiten.NewImage(size[0], size[1])
		g.w, g.h = float64(size[0]), float64(size[1])
		for i := range g.scenes {
			g.cur = i
			frames(t, g, screen, 1)
		}
		screen.Deallocate()
	}
}

// TestSwitchingScenesLeaksNoMemory switches scenes 1,000 times, drawing
// every tenth switch (software rendering is slow), and checks that the live
// heap does not grow with the count.
func TestSwitchingScenesLeaksNoMemory(t *testing.T) {
	g, _ := newTestGame(t, Options{})
	screen := ebiten.NewImage(640, 400)
	defer screen.Deallocate()
	g.w, g.h = 640, 400
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	switchN := func(n int) {
		for i := 0; i < n; i += 10 {
			onGame(func() {
				for k := 0; k < 10; k++ {
					g.inject.Key(keymap.Event{Key: "Tab"})
					if err := g.Update(); err != nil {
						t.Error(err)
					}
				}
				g.Draw(screen)
			})
		}
	}
	switchN(100) // warm every scene's caches
	before := heap()
	switchN(1000)
	after := heap()
	t.Logf("heap before %d KiB, after 1000 switches %d KiB", before>>10, after>>10)
	if after > before+8<<20 {
		t.Fatalf("heap grew by %d KiB over 1000 scene switches", (after-before)>>10)
	}
	_ = ui.TPS
}
