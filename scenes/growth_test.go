package scenes

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/internal/pointscsv"
	"github.com/neurona/neurona/scenes/keymap"
)

// growthHeapLimit bounds what 100,000 points may add to the live heap:
// the points themselves (tens of bytes each), the scene's per-point
// screen positions, one frame's queued marker quads (about 200 bytes per
// point drawn, held by Ebiten's command queue, whose buffer grows by
// doubling: xor draws every point twice, in the input plane and in hidden
// space, so up to about 80 MB there) and a state document. Before the
// markers were stamped the neuron scene took 1.7 GB here.
const growthHeapLimit = 160 << 20

// TestGrowthWith100kPoints drops 100,000 points on every scene, plays and
// draws: the drop is held (or refused with a message naming a cap) and the
// live heap stays bounded.
func TestGrowthWith100kPoints(t *testing.T) {
	screen := ebiten.NewImage(640, 400)
	defer screen.Deallocate()
	for i, s := range All() {
		if only := os.Getenv("NEURONA_GROWTH_SCENE"); only != "" && only != s.ID() {
			continue
		}
		g, _ := newTestGame(t, Options{})
		g.cur = i
		id := g.Scene().ID()
		frames(t, g, screen, 2)
		g.chrome.toasts = nil
		before := liveHeap()
		var ms0, ms1 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		err := g.docs.importData(g, "puntos.csv", pointscsv.Make(id, 100000))
		runtime.ReadMemStats(&ms1)
		t.Logf("%s: the import allocated %d MB", id, (ms1.TotalAlloc-ms0.TotalAlloc)>>20)
		if err != nil {
			// A scene may cap its data below engine.MaxPoints (embedding's
			// exact t-SNE takes 1,000), but then says so.
			if !strings.Contains(err.Error(), "at most") {
				t.Errorf("%s: refused without naming a cap: %v", id, err)
			}
			continue
		}
		g.inject.Key(keymap.Event{Key: "Enter"})
		// One drawn frame per game-loop tick, as in the page: Ebiten
		// flushes its queued draws at the end of each.
		for range 3 {
			framesEvery(t, g, screen, 20, 20)
		}
		after := liveHeap()
		n := len(stateOf(t, g)["points"].([]any))
		t.Logf("%s: %d points held, live heap %d → %d MB", id, n, before>>20, after>>20)
		if n != 100000 {
			t.Errorf("%s: %d points held of 100,000", id, n)
		}
		if after > before+growthHeapLimit {
			t.Errorf("%s: the live heap grew by %d MB with 100,000 points (limit %d MB)", id, (after-before)>>20, growthHeapLimit>>20)
		}
	}
}
