package scenes

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// recordTPS replaces ebiten.SetTPS for one test and returns what was
// asked; the screen is kept between frames, as the front ends keep it.
func recordTPS(t *testing.T) *[]int {
	t.Helper()
	var rates []int
	old := setTPS
	setTPS = func(n int) { rates = append(rates, n) }
	ebiten.SetScreenClearedEveryFrame(false)
	t.Cleanup(func() { setTPS = old; ebiten.SetScreenClearedEveryFrame(true) })
	return &rates
}

// frame is one Ebiten frame with one tick: Update, then Draw.
func frame(t *testing.T, g *Game, screen *ebiten.Image) {
	t.Helper()
	var err error
	onGame(func() {
		if err = g.Update(); err == nil {
			g.Draw(screen)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestIdleStopsDrawingAndTheFirstKeyActsInTheNextFrame(t *testing.T) {
	rates := recordTPS(t)
	g, _ := newTestGame(t, Options{Scene: "neuron", Lang: "es"})
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(1280, 800) })

	for range idleAfter + 10 {
		frame(t, g, screen)
	}
	drawn := g.Drawn()
	if drawn == 0 || drawn > redrawFrames {
		t.Fatalf("%d frames drawn in %d ticks without input; want 1 … %d", drawn, idleAfter+10, redrawFrames)
	}
	if !slices.Equal(*rates, []int{idleTPS}) {
		t.Fatalf("tick rates asked while idle: %v; want [%d]", *rates, idleTPS)
	}
	for range 100 {
		frame(t, g, screen)
	}
	if g.Drawn() != drawn {
		t.Fatalf("idle: %d frames drawn in 100 more ticks", g.Drawn()-drawn)
	}
	if !g.Idle() {
		t.Fatal("Idle() is false after 170 ticks without input")
	}

	// A key arrives between ticks: the frame that sees it waiting (no
	// tick ran in it at the idle rate) asks for a tick every frame…
	key(g, "L", false)
	onGame(func() { g.Draw(screen) })
	if want := []int{idleTPS, ebiten.SyncWithFPS}; !slices.Equal(*rates, want) {
		t.Fatalf("tick rates after a key press while idle: %v; want %v", *rates, want)
	}
	// …and the next frame's tick acts on it, draws it and ticks at 60 again.
	frame(t, g, screen)
	if g.lang != "en" {
		t.Fatal("L did not switch the language in the next frame")
	}
	if g.Drawn() != drawn+1 {
		t.Fatalf("the frame after the key press drew %d frames; want 1", g.Drawn()-drawn)
	}
	if want := []int{idleTPS, ebiten.SyncWithFPS, ebiten.DefaultTPS}; !slices.Equal(*rates, want) {
		t.Fatalf("tick rates after waking: %v; want %v", *rates, want)
	}

	// A scene switched through the page's API between ticks wakes it too.
	for range idleAfter + 10 {
		frame(t, g, screen)
	}
	*rates = (*rates)[:0]
	drawn = g.Drawn()
	if err := g.TrySwitchTo("xor"); err != nil {
		t.Fatal(err)
	}
	frame(t, g, screen)
	if g.Drawn() == drawn || len(*rates) == 0 || (*rates)[0] != ebiten.SyncWithFPS {
		t.Fatalf("a scene switch while idle: %d frames drawn, tick rates %v", g.Drawn()-drawn, *rates)
	}
}

func TestPlayingKeepsDrawingAndPausingGoesIdle(t *testing.T) {
	rates := recordTPS(t)
	g, _ := newTestGame(t, Options{Scene: "gradient"})
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(1280, 800) })
	key(g, "P", false)
	frame(t, g, screen)
	d0 := g.Drawn()
	for range 2 * idleAfter {
		frame(t, g, screen)
	}
	if got := g.Drawn() - d0; got != 2*idleAfter {
		t.Fatalf("playing: %d frames drawn in %d ticks", got, 2*idleAfter)
	}
	if len(*rates) != 0 {
		t.Fatalf("playing: tick rate changed to %v", *rates)
	}
	key(g, "P", false)
	for range idleAfter + redrawFrames + 1 {
		frame(t, g, screen)
	}
	d1 := g.Drawn()
	for range 30 {
		frame(t, g, screen)
	}
	if g.Drawn() != d1 || !slices.Equal(*rates, []int{idleTPS}) {
		t.Fatalf("paused: %d frames drawn in 30 ticks, tick rates %v", g.Drawn()-d1, *rates)
	}
}

func TestPerfCountsFramesAndResetsOnASceneSwitch(t *testing.T) {
	recordTPS(t)
	g, _ := newTestGame(t, Options{Scene: "gradient"})
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(1280, 800) })
	key(g, "P", false)
	for range 20 {
		frame(t, g, screen)
	}
	var p struct {
		Frames, Ticks, Drawn int
		Update, Draw, Total  map[string]float64
	}
	if err := json.Unmarshal([]byte(g.PerfJSON()), &p); err != nil {
		t.Fatal(err)
	}
	if p.Frames != 20 || p.Ticks != 20 || p.Drawn != 20 {
		t.Fatalf("perf after 20 frames playing: %+v", p)
	}
	for name, m := range map[string]map[string]float64{"update": p.Update, "draw": p.Draw, "total": p.Total} {
		if _, ok := m["p50"]; !ok {
			t.Errorf("perf: %s has no p50: %s", name, g.PerfJSON())
		}
		if _, ok := m["p95"]; !ok {
			t.Errorf("perf: %s has no p95: %s", name, g.PerfJSON())
		}
	}
	key(g, "Digit1", false)
	frame(t, g, screen) // the switch: this frame is the old scene's last
	frame(t, g, screen)
	if err := json.Unmarshal([]byte(g.PerfJSON()), &p); err != nil {
		t.Fatal(err)
	}
	if p.Drawn != 1 {
		t.Fatalf("perf one frame after a scene switch: %d frames; want 1", p.Drawn)
	}
}
