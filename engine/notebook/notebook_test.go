package notebook

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
)

// testdataDocs returns the state documents in testdata, exported from the
// scenes after their presets and some steps, by file name.
func testdataDocs(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no state documents in testdata (%v)", err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = b
	}
	return out
}

// checkNBFormat4 checks a notebook against the required fields and the
// closed property lists of the nbformat 4.4 JSON schema
// (nbformat.v4.schema.json): the top level, the metadata's kernelspec and
// language_info, and every Markdown and code cell.
func checkNBFormat4(t *testing.T, nb []byte) {
	t.Helper()
	var top map[string]json.RawMessage
	if err := json.Unmarshal(nb, &top); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	only(t, "notebook", top, []string{"metadata", "nbformat_minor", "nbformat", "cells"}, nil)
	var version, minor int
	mustDecode(t, top["nbformat"], &version)
	mustDecode(t, top["nbformat_minor"], &minor)
	if version != 4 || minor < 0 {
		t.Errorf("nbformat %d.%d, want 4.x", version, minor)
	}
	var meta map[string]json.RawMessage
	mustDecode(t, top["metadata"], &meta)
	var kernel, langInfo map[string]json.RawMessage
	mustDecode(t, meta["kernelspec"], &kernel)
	only(t, "kernelspec", kernel, []string{"name", "display_name"}, []string{"language"})
	mustDecode(t, meta["language_info"], &langInfo)
	only(t, "language_info", langInfo, []string{"name"}, []string{"codemirror_mode", "file_extension", "mimetype", "pygments_lexer", "version", "nbconvert_exporter"})
	var name string
	mustDecode(t, kernel["name"], &name)
	if name != "python3" {
		t.Errorf("kernel %q, want python3", name)
	}
	var cells []map[string]json.RawMessage
	mustDecode(t, top["cells"], &cells)
	if len(cells) == 0 {
		t.Fatal("no cells")
	}
	for i, c := range cells {
		var kind string
		mustDecode(t, c["cell_type"], &kind)
		switch kind {
		case "markdown":
			only(t, "markdown cell", c, []string{"cell_type", "metadata", "source"}, []string{"attachments"})
		case "code":
			only(t, "code cell", c, []string{"cell_type", "metadata", "source", "outputs", "execution_count"}, nil)
			var outputs []any
			mustDecode(t, c["outputs"], &outputs)
			if string(c["execution_count"]) != "null" {
				var n int
				mustDecode(t, c["execution_count"], &n)
			}
		default:
			t.Fatalf("cell %d: cell_type %q", i, kind)
		}
		var m map[string]any
		mustDecode(t, c["metadata"], &m)
		var src []string
		if err := json.Unmarshal(c["source"], &src); err != nil {
			var s string
			mustDecode(t, c["source"], &s)
		}
	}
}

// only checks that obj has every required key and no key outside required
// and optional (the schema's "additionalProperties": false).
func only(t *testing.T, what string, obj map[string]json.RawMessage, required, optional []string) {
	t.Helper()
	allowed := map[string]bool{}
	for _, k := range required {
		allowed[k] = true
		if _, ok := obj[k]; !ok {
			t.Errorf("%s: required %q is missing", what, k)
		}
	}
	for _, k := range optional {
		allowed[k] = true
	}
	for k := range obj {
		if !allowed[k] {
			t.Errorf("%s: %q is not allowed", what, k)
		}
	}
}

func mustDecode(t *testing.T, raw json.RawMessage, v any) {
	t.Helper()
	if raw == nil {
		t.Fatalf("missing field for %T", v)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
}

func TestNotebooksAreNBFormat4(t *testing.T) {
	docs := testdataDocs(t)
	for name, s := range engineStates(t) {
		docs[name] = s.doc
	}
	for name, d := range docs {
		nb, err := FromState(d)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		t.Run(name, func(t *testing.T) { checkNBFormat4(t, nb) })
	}
}

// cellsOf returns a notebook's cells' kinds and sources.
func cellsOf(t *testing.T, nb []byte) (kinds, sources []string, meta map[string]any) {
	t.Helper()
	var v struct {
		Cells []struct {
			Type   string   `json:"cell_type"`
			Source []string `json:"source"`
		} `json:"cells"`
		Metadata map[string]any `json:"metadata"`
	}
	if err := json.Unmarshal(nb, &v); err != nil {
		t.Fatal(err)
	}
	for _, c := range v.Cells {
		kinds = append(kinds, c.Type)
		sources = append(sources, strings.Join(c.Source, ""))
	}
	return kinds, sources, v.Metadata
}

func TestNotebookSpeaksTheDocumentsLanguage(t *testing.T) {
	doc := `{"scene": "perceptron", "lang": %q, "step": 3, "points": [{"x": [0, 1], "y": 1}, {"x": [0, -1], "y": 1}, {"x": [-1, 0.5], "y": -1}]}`
	for lang, words := range map[string][]string{"es": {"# El perceptrón", "Los datos", "hiperplano"}, "en": {"# The perceptron", "The data", "hyperplane"}} {
		nb, err := FromState([]byte(strings.Replace(doc, "%q", `"`+lang+`"`, 1)))
		if err != nil {
			t.Fatal(err)
		}
		kinds, srcs, meta := cellsOf(t, nb)
		md := ""
		for i, k := range kinds {
			if k == "markdown" {
				md += srcs[i]
			}
		}
		for _, w := range words {
			if !strings.Contains(md, w) {
				t.Errorf("%s: the Markdown lacks %q", lang, w)
			}
		}
		origin, _ := meta["neurona"].(map[string]any)
		if origin["scene"] != "perceptron" || origin["lang"] != lang {
			t.Errorf("%s: metadata neurona = %v", lang, meta["neurona"])
		}
		if kinds[len(kinds)-1] != "code" || !strings.Contains(srcs[len(srcs)-1], "json.dumps") {
			t.Errorf("%s: the last cell is not the JSON line: %q", lang, srcs[len(srcs)-1])
		}
	}
}

func TestCellsAreShort(t *testing.T) {
	for name, d := range testdataDocs(t) {
		nb, err := FromState(d)
		if err != nil {
			t.Fatal(err)
		}
		kinds, srcs, _ := cellsOf(t, nb)
		for i, s := range srcs {
			// The data cell holds one line per point; every other cell
			// fits on a screen.
			if n := strings.Count(s, "\n") + 1; n > 45 && !strings.Contains(s, "np.array([\n") && !strings.Contains(s, "torch.tensor([\n") {
				t.Errorf("%s: %s cell %d has %d lines", name, kinds[i], i, n)
			}
		}
	}
}

func TestAppVersionGoesIntoTheMetadata(t *testing.T) {
	defer func(v string) { AppVersion = v }(AppVersion)
	AppVersion = "1.2.3"
	nb, err := FromState([]byte(`{"scene": "neuron", "theta": [1, 2], "b": 0}`))
	if err != nil {
		t.Fatal(err)
	}
	_, _, meta := cellsOf(t, nb)
	if origin, _ := meta["neurona"].(map[string]any); origin["version"] != "1.2.3" {
		t.Errorf("metadata neurona = %v", meta["neurona"])
	}
}

func TestBadInputIsRefusedWithAReason(t *testing.T) {
	for doc, want := range map[string]string{
		``:                    "JSON object",
		`[1, 2]`:              "JSON object",
		`{"scene": `:          "not valid JSON",
		`{"lang": "es"}`:      "no \"scene\"",
		`{"scene": 3}`:        `"scene"`,
		`{"scene": "tetris"}`: `no notebook for scene "tetris"`,
		`{"scene": "neuron", "lang": "fr", "theta": [1, 1]}`:                                                                       `"lang"`,
		`{"scene": "neuron", "theta": [1]}`:                                                                                        `"theta"`,
		`{"scene": "neuron", "theta": "up"}`:                                                                                       `"theta"`,
		`{"scene": "neuron", "theta": [1, 1], "activation": "tanh"}`:                                                               `"activation"`,
		`{"scene": "perceptron", "points": [{"x": [0, 1], "y": 2}]}`:                                                               `"points"`,
		`{"scene": "perceptron", "points": [{"x": [0], "y": 1}]}`:                                                                  `"points"`,
		`{"scene": "perceptron", "step": -1}`:                                                                                      `"step"`,
		`{"scene": "perceptron", "alpha": 0}`:                                                                                      `"alpha"`,
		`{"scene": "perceptron", "tie": "never"}`:                                                                                  `"tie"`,
		`{"scene": "perceptron", "bias": "yes"}`:                                                                                   `"bias"`,
		`{"scene": "xor", "W1": [[1, 2]], "b1": [0], "W2": [[1]], "b2": 0}`:                                                        `"W1"`,
		`{"scene": "xor", "W1": [[1, 2], [3, 4]], "b1": [0, 0], "W2": [[1, 1]]}`:                                                   `"b2"`,
		`{"scene": "xor", "hidden": 9}`:                                                                                            `"hidden"`,
		`{"scene": "gradient", "theta": [1, 1], "loss": "hinge"}`:                                                                  `"loss"`,
		`{"scene": "gradient", "theta": [1, 1], "path": [[1, 2]]}`:                                                                 `"path"`,
		`{"scene": "backprop", "origin": {"params": {"t99": 1}}}`:                                                                  `"origin"`,
		`{"scene": "backprop", "step": 5}`:                                                                                         `"step"`,
		`{"scene": "backprop", "params": {"t11": 1e999}}`:                                                                          `"params"`,
		`{"scene": "gradient", "theta": [1, 1], "b": 1e300, "points": []}`:                                                         `"b"`,
		`{"scene": "neuron", "theta": [1, 1], "points": [{"x": [1e10, 0], "y": 1}]}`:                                               `"points"`,
		`{"scene": "regression", "hidden": 2, "W1": [[1], [2]], "b1": [0, 0], "W2": [[1, 1]]}`:                                     `"b2"`,
		`{"scene": "regression", "hidden": 2, "W1": [[1, 2]], "b1": [0], "W2": [[1]], "b2": 0}`:                                    `"W1"`,
		`{"scene": "regression", "hidden": 0, "W1": [[1]], "b1": [0], "points": [{"x": [1, 2], "y": 3}]}`:                          `"points"`,
		`{"scene": "embedding", "params": {"W1": [[1, 2]], "b1": [0], "W2": [[1], [2]], "b2": [0, 0]}}`:                            `"params"`,
		`{"scene": "embedding", "params": {"W1": [[1, 2]], "b1": [0], "W2": [[1]], "b2": [0]}, "points": [{"x": [0, 0], "y": 2}]}`: `"points"`,
		`{"scene": "embedding", "params": {"W1": [[1, 2, 3]], "b1": [0]}}`:                                                         `"W1"`,
		`{"scene": "embedding", "params": {"W1": [[1, 2]], "b1": [0]}, "lr": -1}`:                                                  `"lr"`,
		`{"scene": "embedding"}`:                                                                                                   `"params"`,
	} {
		_, err := FromState([]byte(doc))
		if err == nil {
			t.Errorf("%s: accepted", doc)
			continue
		}
		if !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %q, want one line with %q", doc, err, want)
		}
	}
}

func TestPythonLiteralsReadBackExactly(t *testing.T) {
	for v, want := range map[float64]string{1: "1.0", -0.5: "-0.5", 1e6: "1e+06", 0.1: "0.1", 2.2760000000000002: "2.2760000000000002"} {
		if got := py(v); got != want {
			t.Errorf("py(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestNetworkNotebooksRetraceTheScenesRun(t *testing.T) {
	docs := testdataDocs(t)
	for name, want := range map[string]string{
		"xor-train-500":             "steps = 500",
		"xor-sigmoid-50":            "steps = 50",
		"gradient-clouds-30":        "steps = 30",
		"gradient-default-0":        "steps = 0",
		"backprop-xor-100":          "done = [0, 1, 2, 3]",
		"perceptron-lecture-7":      "steps = 7",
		"perceptron-and-classic-20": "steps = 20",
	} {
		nb, err := FromState(docs[name])
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(nb), want) {
			t.Errorf("%s: the notebook lacks %q", name, want)
		}
	}
	// The xor scene trained from the seeded random network: the notebook
	// starts from exactly those weights.
	nb, err := FromState(docs["xor-train-500"])
	if err != nil {
		t.Fatal(err)
	}
	m := engine.NewMLP(2, engine.Sigmoid, 1)
	if w := "W1 = " + pyMatrix([][]float64{{m.W1[0][0], m.W1[0][1]}, {m.W1[1][0], m.W1[1][1]}}); !strings.Contains(string(nb), w) {
		t.Errorf("the notebook does not start from the seeded weights %s", w)
	}
	// Weights no run from the start reaches: the notebook starts there.
	doc := `{"scene": "xor", "step": 40, "training": true, "seed": 1, "lr": 2, "hidden": 2,
		"W1": [[1, 2], [3, 4]], "b1": [0.5, -0.5], "W2": [[1, -1]], "b2": 0.25,
		"points": [{"x": [0, 0], "y": -1}, {"x": [1, 1], "y": 1}]}`
	nb, err = FromState([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if s := string(nb); !strings.Contains(s, "steps = 0") || !strings.Contains(s, "W1 = [[1.0, 2.0], [3.0, 4.0]]") {
		t.Error("a hand-set document does not start from its own weights")
	}
}

// TestSyntaxErrorsReadAsEncodingJSONs: a damaged document is refused with
// encoding/json's message, word for word, although it is decoded by
// internal/jsondecode.
func TestSyntaxErrorsReadAsEncodingJSONs(t *testing.T) {
	for _, in := range []string{`{`, `{"scene":`, `{"scene":"xor",}`, `{"a":1} trailing`, `{"a":tru}`} {
		var m map[string]json.RawMessage
		want := "not valid JSON: " + json.Unmarshal([]byte(in), &m).Error()
		if _, err := FromState([]byte(in)); err == nil || err.Error() != want {
			t.Errorf("FromState(%q): %v, want %s", in, err, want)
		}
	}
}
