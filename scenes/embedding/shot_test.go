package embedding

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/neurona/neurona/internal/golden"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// TestDrawsEveryPreset plays each preset at top speed and draws it, in
// both languages, both themes and a phone's shape: every frame shows many
// colours (regions, markers, pictures). With EMBEDDING_SHOTS naming a
// folder, the frames are also written there as PNGs to look at.
func TestDrawsEveryPreset(t *testing.T) {
	dir := os.Getenv("EMBEDDING_SHOTS")
	for p := 1; p <= len(presets); p++ {
		r := scenetest.New(t, New())
		switch p {
		case 2:
			r = scenetest.NewSize(t, New(), 390, 800) // a phone
		case 6, 9:
			r = scenetest.NewSize(t, New(), 1280, 612) // a 1280×720 browser window's page
		}
		if p%2 == 0 {
			r.C.Lang = i18n.EN
		}
		if p == 7 {
			r.C.Theme = ui.Light
		}
		r.DoArg(keymap.Preset, p)
		for range 12 {
			r.Do(keymap.Faster)
		}
		r.Do(keymap.Play)
		ticks := 20
		if dir != "" {
			ticks = 120
		}
		for range ticks {
			r.Tick()
		}
		var buf bytes.Buffer
		var n int
		onGame(func() {
			img := r.Draw()
			n = colours(img)
			if dir != "" {
				_ = png.Encode(&buf, img)
			}
		})
		if n < 24 {
			t.Errorf("preset %d: the frame has only %d colours", p, n)
		}
		if dir != "" {
			if err := os.WriteFile(filepath.Join(dir, "preset"+string(rune('0'+p))+".png"), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// colours counts the colours of img sampled on a grid.
func colours(img image.Image) int {
	b := img.Bounds()
	seen := map[[4]uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r >> 8, g >> 8, bl >> 8, a >> 8}] = true
		}
	}
	return len(seen)
}

// benchDocPath is the benchmark's state document: preset 9 (1,000 points,
// four hidden layers of 8, the t-SNE view), loaded by e2e and make bench.
const benchDocPath = "../../e2e/testdata/embedding-1000-4x8-tsne.json"

// TestBenchDocIsCurrent: the committed benchmark document is what preset 9
// exports (its computed fields left out); -update rewrites it.
func TestBenchDocIsCurrent(t *testing.T) {
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, 9)
	m := r.S.State()
	for _, f := range []string{"embedding", "loss", "testLoss", "accuracy", "testAccuracy", "diverged"} {
		delete(m, f) // computed
	}
	m["scene"] = ID
	want, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	got := golden.File(t, benchDocPath, want, "go test ./scenes/embedding -run BenchDoc -update")
	var doc map[string]any
	if err := json.Unmarshal(got, &doc); err != nil {
		t.Fatal(err)
	}
	if n := len(doc["points"].([]any)); n != 1000 || len(doc["layers"].([]any)) != 4 || doc["view"] != "tsne" {
		t.Errorf("the benchmark document has %d points, layers %v, view %v", n, doc["layers"], doc["view"])
	}
}
