package scenes

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

var updateNotebookStates = flag.Bool("update-notebook-states", false, "rewrite engine/notebook/testdata's scene-made states")

// notebookStatesDir is where engine/notebook's Python tests read the
// states the scenes export.
const notebookStatesDir = "../engine/notebook/testdata"

// notebookState is how one state of engine/notebook/testdata is made: a
// preset (0 for the scene as it opens), the scene's own keys (by their key
// names: "A", "U"…) or shared actions, then Space steps times.
type notebookState struct {
	name, lang string
	preset     int
	keys       []string
	steps      int
}

// notebookStates are the recipes of engine/notebook/testdata/README.md.
var notebookStates = map[string][]notebookState{
	"neuron": {
		{"neuron-and", "es", 1, nil, 0},
		{"neuron-or-arctan", "en", 2, []string{"A"}, 0},
		{"neuron-nand-sigmoid", "es", 3, []string{"A", "A"}, 0},
		{"neuron-and-relu", "en", 1, []string{"A", "A", "A", string(keymap.ParamInc)}, 0},
	},
	"perceptron": {
		{"perceptron-lecture-3", "es", 1, nil, 3},
		{"perceptron-lecture-7", "en", 1, nil, 7},
		{"perceptron-and-classic-20", "es", 2, []string{"U"}, 20},
		{"perceptron-wide-shuffle-60", "en", 3, []string{"O"}, 60},
		{"perceptron-xor-30", "es", 5, nil, 30},
	},
	"xor": {
		{"xor-sign-0", "es", 1, nil, 0},
		{"xor-sigmoid-50", "en", 2, nil, 50},
		{"xor-train-500", "es", 3, nil, 500},
		{"xor-circle-300", "en", 4, nil, 300},
		{"xor-new-200", "es", 3, []string{"N"}, 200},
	},
	"gradient": {
		{"gradient-default-0", "es", 0, nil, 0},
		{"gradient-clouds-30", "en", 1, nil, 30},
		{"gradient-separable-100", "es", 2, nil, 100},
		{"gradient-lecture-mse-50", "en", 3, []string{"J"}, 50},
	},
	"backprop": {
		{"backprop-xor-0", "es", 1, nil, 0},
		{"backprop-xor-7", "en", 1, nil, 7},
		{"backprop-xor-30", "es", 1, nil, 30},
		{"backprop-xor-100", "en", 1, nil, 100},
		{"backprop-line-200", "es", 3, nil, 200},
		{"backprop-two-next-12", "en", 2, []string{"N"}, 12},
	},
}

// defaultNotebookStates are the states of a scene without recipes of its
// own: presets 1 and 2, as they open and after some steps.
func defaultNotebookStates(id string) []notebookState {
	return []notebookState{
		{id + "-1-0", "es", 1, nil, 0},
		{id + "-1-20", "en", 1, nil, 20},
		{id + "-2-40", "es", 2, nil, 40},
	}
}

// makeNotebookState plays a recipe on a fresh scene in a scenetest rig and
// returns the document the app's export writes (less "frame", "theme",
// "plane" and "version", which say nothing about the model).
func makeNotebookState(t *testing.T, s ui.Scene, st notebookState) []byte {
	r := scenetest.New(t, s)
	if st.preset > 0 {
		r.DoArg(keymap.Preset, st.preset)
	}
	for _, k := range st.keys {
		a := keymap.Action(k)
		for _, b := range s.Bindings() {
			if b.Key == k && !b.Shift && !b.Ctrl {
				a = b.Action
			}
		}
		r.Do(a)
	}
	r.Steps(st.steps)
	m := r.State()
	m["scene"], m["lang"] = s.ID(), st.lang
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestNotebookStatesAreCurrent remakes engine/notebook/testdata's states
// from the scenes and fails if a committed one differs: the notebooks are
// tested against what the scenes export now. Rewrite them with
// `go test ./scenes -run NotebookStates -update-notebook-states`.
func TestNotebookStatesAreCurrent(t *testing.T) {
	for _, s := range All() {
		recipes, ok := notebookStates[s.ID()]
		if !ok {
			recipes = defaultNotebookStates(s.ID())
		}
		for _, st := range recipes {
			t.Run(st.name, func(t *testing.T) {
				fresh := All()
				var sc ui.Scene
				for _, f := range fresh {
					if f.ID() == s.ID() {
						sc = f
					}
				}
				got := makeNotebookState(t, sc, st)
				path := filepath.Join(notebookStatesDir, st.name+".json")
				if *updateNotebookStates {
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v; run go test ./scenes -run NotebookStates -update-notebook-states", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s is not what the scene exports now; run go test ./scenes -run NotebookStates -update-notebook-states\n%s", path, firstDiff(got, want))
				}
			})
		}
	}
}

// firstDiff shows where two documents first differ.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-80, 0)
	return fmt.Sprintf("now: …%s…\nfile: …%s…", a[lo:min(i+80, len(a))], b[lo:min(i+80, len(b))])
}
