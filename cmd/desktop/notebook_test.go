package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runMain runs the real main in a child process (see TestMain) and returns
// its exit status and stderr.
func runMain(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "NEURONA_DESKTOP_ARGS="+strings.Join(args, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Run()
	if cmd.ProcessState == nil {
		t.Fatalf("%q did not run", args)
	}
	return cmd.ProcessState.ExitCode(), stderr.String()
}

// TestNotebookFlag writes the notebook of a -load document and of a bare
// -scene without opening a window, and refuses what it cannot write with
// one line.
func TestNotebookFlag(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.json")
	os.WriteFile(doc, []byte(`{"scene":"neuron","lang":"en","points":[{"x":[1,2],"y":1}],"theta":[0.25,-0.5],"b":0.375}`), 0o644)
	out := filepath.Join(dir, "out.ipynb")
	if code, msg := runMain(t, "-load", doc, "-notebook", out); code != 0 {
		t.Fatalf("-load -notebook: status %d, %q", code, msg)
	}
	var nb struct {
		NBFormat int            `json:"nbformat"`
		Meta     map[string]any `json:"metadata"`
	}
	data, err := os.ReadFile(out)
	if err != nil || json.Unmarshal(data, &nb) != nil || nb.NBFormat != 4 {
		t.Fatalf("not a notebook: %v %.200q", err, data)
	}
	if o, _ := nb.Meta["neurona"].(map[string]any); o["scene"] != "neuron" || o["lang"] != "en" || !strings.Contains(string(data), "0.375") {
		t.Fatalf("not the document's notebook: %v", nb.Meta)
	}
	if code, msg := runMain(t, "-scene", "gradient", "-lang", "es", "-notebook", out); code != 0 {
		t.Fatalf("-scene -notebook: status %d, %q", code, msg)
	}
	if data, _ := os.ReadFile(out); !strings.Contains(string(data), `"scene": "gradient"`) {
		t.Fatalf("-scene gradient wrote %.200q", data)
	}

	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-notebook", filepath.Join(dir, "no", "such", "x.ipynb")}, 1, "-notebook: open"},
		{[]string{"-notebook", out, "-screenshot", filepath.Join(dir, "x.png")}, 2, "give one of them"},
		{[]string{"-notebook", out, "-load", filepath.Join(dir, "missing.json")}, 2, "missing.json"},
		{[]string{"-notebook", out, "-scene", "bogus"}, 2, "unknown scene"},
	} {
		code, msg := runMain(t, c.args...)
		if code != c.code || !strings.HasPrefix(msg, "neurona: ") || !strings.Contains(msg, c.want) || strings.Count(msg, "\n") != 1 {
			t.Errorf("%q: status %d, %q; want %d and one line with %q", c.args, code, msg, c.code, c.want)
		}
	}
}
