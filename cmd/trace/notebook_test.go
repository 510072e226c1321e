package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const lectureState = `{"scene": "perceptron", "lang": "es", "step": 3, "rule": "pm1", "alpha": 1,
 "points": [{"x": [0, 1], "y": 1}, {"x": [0, -1], "y": 1}, {"x": [-1, 0.5], "y": -1}]}`

func TestNotebookWritesTheFile(t *testing.T) {
	state := writeFile(t, "lesson.json", lectureState)
	out := filepath.Join(t.TempDir(), "lesson.ipynb")
	code, stdout, errs := runArgs("notebook", "-state", state, "-o", out)
	if code != 0 || errs != "" || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var nb struct {
		NBFormat int              `json:"nbformat"`
		Cells    []map[string]any `json:"cells"`
	}
	if err := json.Unmarshal(b, &nb); err != nil || nb.NBFormat != 4 || len(nb.Cells) == 0 {
		t.Fatalf("not a notebook (%v): %.200s", err, b)
	}
	// Without -o the notebook goes to stdout.
	code, stdout, _ = runArgs("notebook", "-state", state)
	if code != 0 || stdout != string(b) {
		t.Fatalf("exit %d; stdout differs from the file", code)
	}
}

func TestNotebookBadInputIsOneLineAndExit2(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, []byte(`{"scene": "neuron", "pad": "`+strings.Repeat("x", 3<<20)+`"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"notebook"}, "missing -state"},
		{[]string{"notebook", "-state", filepath.Join(dir, "absent.json")}, "absent.json"},
		{[]string{"notebook", "-state", writeFile(t, "a.csv", "x1,x2,y\n0,1,1\n")}, "not a state document"},
		{[]string{"notebook", "-state", writeFile(t, "b.json", `{"scene": "tetris"}`)}, `"tetris"`},
		{[]string{"notebook", "-state", writeFile(t, "c.json", `{"scene": "xor", "lr": "fast", "W1": [[1, 1], [1, 1]], "b1": [0, 0], "W2": [[1, 1]], "b2": 0}`)}, `"lr"`},
		{[]string{"notebook", "-state", writeFile(t, "d.json", `{"scene": "perceptron", "step": 1.5}`)}, `"step"`},
		{[]string{"notebook", "-state", big}, "larger than"},
		{[]string{"notebook", "-state", dir}, "not a regular file"},
		{[]string{"notebook", "-state", writeFile(t, "e.json", lectureState), "extra"}, "unexpected argument"},
		{[]string{"notebook", "-bogus"}, "bogus"},
	} {
		code, stdout, errs := runArgs(c.args...)
		if code != exitUsage || stdout != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and one line with %q", c.args, code, stdout, errs, c.want)
		}
	}
}

func TestNotebookUnwritableOutputIsExit1(t *testing.T) {
	state := writeFile(t, "lesson.json", lectureState)
	code, _, errs := runArgs("notebook", "-state", state, "-o", filepath.Join(t.TempDir(), "no", "such", "dir", "x.ipynb"))
	if code != exitWrite || strings.Count(errs, "\n") != 1 {
		t.Errorf("exit %d, stderr %q; want exit 1 and one line", code, errs)
	}
}
