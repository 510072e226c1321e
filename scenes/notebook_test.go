package scenes

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/neurona/neurona/internal/version"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// notebookOf decodes an exported notebook and returns its metadata's
// "neurona" object.
func notebookOf(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var nb struct {
		NBFormat int              `json:"nbformat"`
		Cells    []map[string]any `json:"cells"`
		Meta     map[string]any   `json:"metadata"`
	}
	if err := json.Unmarshal(data, &nb); err != nil {
		t.Fatalf("the notebook is not JSON: %v", err)
	}
	if nb.NBFormat != 4 || len(nb.Cells) == 0 {
		t.Fatalf("not an nbformat 4 notebook with cells: nbformat %d, %d cells", nb.NBFormat, len(nb.Cells))
	}
	origin, _ := nb.Meta["neurona"].(map[string]any)
	return origin
}

func TestShiftEExportsTheScenesNotebook(t *testing.T) {
	for _, s := range All() {
		t.Run(s.ID(), func(t *testing.T) {
			g, p := newTestGame(t, Options{Scene: s.ID(), Lang: "en"})
			tick(t, g)
			key(g, "E", true)
			tick(t, g)
			name := "neurona-" + s.ID() + ".ipynb"
			data, ok := p.files[name]
			if !ok {
				t.Fatalf("Shift+E saved %v, not %s", keysOf(p.files), name)
			}
			if _, ok := p.files["neurona-"+s.ID()+".json"]; ok {
				t.Fatal("Shift+E also exported the state document (E's job)")
			}
			origin := notebookOf(t, data)
			if origin["scene"] != s.ID() || origin["lang"] != "en" {
				t.Fatalf("the notebook is of %v in %v", origin["scene"], origin["lang"])
			}
			if !hasToast(g, name) {
				t.Fatalf("no message says where the notebook went: %v", g.chrome.toasts)
			}
		})
	}
}

func TestTitleBarNotebookButton(t *testing.T) {
	for _, w := range []float64{640, 360} { // a laptop and a phone, in CSS pixels
		g, p := newTestGame(t, Options{Scene: "perceptron"})
		g.resize(w, 400, 2)
		tick(t, g)
		var hit *titleButton
		for _, b := range g.chrome.titleButtons(g.view()) {
			if b.action == keymap.Notebook {
				hit = &b
			}
		}
		if hit == nil {
			t.Fatalf("%v px wide: the title bar has no notebook button", w)
		}
		x, y := hit.r.X+hit.r.W/2, hit.r.Y+hit.r.H/2
		g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
		g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y})
		tick(t, g)
		if _, ok := p.files["neurona-perceptron.ipynb"]; !ok {
			t.Fatalf("%v px wide: the button saved %v", w, keysOf(p.files))
		}
	}
}

func TestNotebookJSONLoadsThePendingDocument(t *testing.T) {
	doc := `{"scene":"neuron","lang":"es","points":[{"x":[1,2],"y":1},{"x":[-1,-0.5],"y":-1}],"theta":[0.25,-0.5],"b":0.125}`
	g := New(Options{Document: []byte(doc)}, newMem())
	data, err := g.NotebookJSON()
	if err != nil {
		t.Fatal(err)
	}
	if origin := notebookOf(t, data); origin["scene"] != "neuron" || origin["lang"] != "es" {
		t.Fatalf("the notebook is of %v in %v", origin["scene"], origin["lang"])
	}
	if !strings.Contains(string(data), "0.125") {
		t.Fatal("the notebook does not carry the document's b = 0.125")
	}
	bad := New(Options{Document: []byte(`{"scene":"neuron","b":"x"}`)}, newMem())
	if _, err := bad.NotebookJSON(); err == nil || !strings.Contains(err.Error(), `"b"`) {
		t.Fatalf("a refused document gave %v, want an error naming \"b\"", err)
	}
}

func TestHelpTitleNamesTheVersion(t *testing.T) {
	g, _ := newTestGame(t, Options{Scene: "xor", Lang: "en"})
	tick(t, g)
	title := helpTitle(g.view())
	if !strings.Contains(title, "Neurona "+version.String()) || !strings.Contains(title, g.t("scene.xor")) {
		t.Fatalf("help title %q lacks the scene or the version %q", title, version.String())
	}
}

func TestStateCarriesTheVersionAndLoadIgnoresIt(t *testing.T) {
	g, _ := newTestGame(t, Options{Scene: "neuron"})
	tick(t, g)
	m := stateOf(t, g)
	if m["version"] != version.String() || version.String() == "" {
		t.Fatalf("state version %v, want %q", m["version"], version.String())
	}
	m["version"] = "some other build"
	b, _ := json.Marshal(m)
	if err := g.LoadJSON(b); err != nil {
		t.Fatalf("a document from another build was refused: %v", err)
	}
}

func keysOf(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func hasToast(g *Game, part string) bool {
	for _, t := range g.chrome.toasts {
		if strings.Contains(t.msg, part) && !t.bad {
			return true
		}
	}
	return false
}
