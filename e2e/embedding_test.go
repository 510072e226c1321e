//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestEmbeddingTrainsAndEmbeds opens the seventh scene, checks the state
// document's fields, trains the two moons until they are classified,
// walks the views (the layer, PCA, t-SNE) and loads the benchmark's
// document (1,000 points, 4 hidden layers of 8, t-SNE), which must keep
// playing.
func TestEmbeddingTrainsAndEmbeds(t *testing.T) {
	p, s := openScene(t, "embedding", "es", "")
	pts := Points(t, s)
	emb, _ := s["embedding"].([]any)
	if s["dataset"] != "moons" || s["classes"] != 2.0 || s["view"] != "layer" || len(pts) != 200 || len(emb) != len(pts) {
		t.Fatalf("first preset: dataset %v, classes %v, view %v, %d points, %d embedded", s["dataset"], s["classes"], s["view"], len(pts), len(emb))
	}
	for _, f := range []string{"noise", "split", "seed", "layers", "activation", "lr", "batch", "l2", "params", "start", "layer", "perplexity", "loss", "testLoss", "accuracy", "testAccuracy", "diverged"} {
		if _, ok := s[f]; !ok {
			t.Errorf("state() has no %q", f)
		}
	}

	p.Key(t, " ")
	s = p.WaitState(t, `s.step === 1`)
	// Top speed: the scene bounds a tick's work (40,000 work units, under
	// two full-batch steps of the 140 training points), so the moons in
	// full batches take thousands of ticks, minutes under software WebGL
	// on a busy machine. Mini-batches of 16 (the same document with
	// "batch": 16) take a dozen steps a tick and classify the moons in a
	// few hundred ticks.
	s["batch"] = 16
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	p.load(t, string(b))
	p.WaitState(t, `s.batch === 16 && s.step === 1`)
	for range 15 {
		p.Key(t, "+")
	}
	p.Key(t, "p")
	p.poll(`(() => { const s = JSON.parse(`+p.api()+`.state()); return s.accuracy > 0.95 && s.testAccuracy > 0.9; })()`, 4*time.Minute)
	s = p.State(t)
	if s["diverged"] != false {
		t.Errorf("diverged while learning the moons")
	}
	if img := p.Screenshot(t); distinctColors(img) < 24 {
		t.Error("the trained scene looks blank")
	}

	// V: PCA, then t-SNE, whose layer embedding covers every point.
	p.Key(t, "v")
	p.WaitState(t, `s.view === "pca"`)
	p.Key(t, "v")
	s = p.WaitState(t, `s.view === "tsne" && s.embedding.length === s.points.length`)
	p.WaitFrames(t, 30)
	if img := p.Screenshot(t); distinctColors(img) < 24 {
		t.Error("the t-SNE view looks blank")
	}

	// The benchmark's document: 1,000 points, 4×8, t-SNE; it keeps playing.
	doc, err := os.ReadFile(filepath.Join("testdata", "embedding-1000-4x8-tsne.json"))
	if err != nil {
		t.Fatal(err)
	}
	p.load(t, string(doc))
	s = p.WaitState(t, `s.points.length === 1000 && s.view === "tsne"`)
	if l, _ := s["layers"].([]any); len(l) != 4 {
		t.Errorf("layers %v, want four of 8", s["layers"])
	}
	step := s["step"].(float64)
	p.Key(t, "p")
	p.WaitState(t, `s.step > `+strconv.Itoa(int(step)+20))
	p.WaitFrames(t, 20)
	if img := p.Screenshot(t); distinctColors(img) < 24 {
		t.Error("the 1,000-point t-SNE view looks blank")
	}

	// English, and a phone's screen.
	p.Key(t, "l")
	p.WaitState(t, `s.lang === "en"`)
	p.Resize(t, 390, 844)
	p.WaitFrames(t, 10)
	if img := p.Screenshot(t); distinctColors(img) < 24 {
		t.Error("the phone layout looks blank")
	}
	p.NoConsoleErrors(t)
}
