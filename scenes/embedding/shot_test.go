package embedding

import (
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// TestShots writes PNGs of the scene when EMBEDDING_SHOTS names a folder
// (for looking at the pictures; nothing is asserted).
func TestShots(t *testing.T) {
	dir := os.Getenv("EMBEDDING_SHOTS")
	if dir == "" {
		t.Skip("EMBEDDING_SHOTS not set")
	}
	save := func(name string, r *scenetest.Rig[*Scene]) {
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var err2 error
		onGame(func() { err2 = png.Encode(f, r.Draw()) })
		if err2 != nil {
			t.Fatal(err2)
		}
	}
	for _, p := range []int{1, 2, 4, 6, 7, 8, 9} {
		r := scenetest.New(t, New())
		if p == 9 || p == 4 {
			r.C.Lang = i18n.EN
		}
		if p == 7 {
			r.C.Theme = ui.Light
		}
		if p == 2 {
			r = scenetest.NewSize(t, New(), 390, 800)
		}
		if p == 9 || p == 6 {
			r = scenetest.NewSize(t, New(), 1280, 612) // a 1280×720 browser window's page below its title bar
			r.C.Lang = i18n.EN
		}
		r.DoArg(keymap.Preset, p)
		for range 9 {
			r.Do(keymap.Faster)
		}
		r.Do(keymap.Play)
		for range 120 {
			r.Tick()
		}
		if p == 1 {
			r.C.In.CursorX, r.C.In.CursorY, r.C.In.HasCursor = r.S.v.nodes[1][2].X+3, r.S.v.nodes[1][2].Y+3, true
			r.Tick()
		}
		save("preset"+string(rune('0'+p)), r)
	}
}

// TestWriteBenchDoc writes the benchmark's state document (preset 9:
// 1,000 points, four hidden layers of 8, the t-SNE view) to the file
// EMBEDDING_BENCH_DOC names.
func TestWriteBenchDoc(t *testing.T) {
	path := os.Getenv("EMBEDDING_BENCH_DOC")
	if path == "" {
		t.Skip("EMBEDDING_BENCH_DOC not set")
	}
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, 9)
	m := r.S.State()
	for _, f := range []string{"embedding", "loss", "testLoss", "accuracy", "testAccuracy", "diverged"} {
		delete(m, f) // computed
	}
	m["scene"] = ID
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
