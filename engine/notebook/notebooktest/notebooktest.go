// Package notebooktest runs, for tests, the notebooks that package
// notebook writes: it finds a Python 3 with NumPy, PyTorch and
// scikit-learn, turns a notebook into the program that running it top to
// bottom executes, and reads the JSON line such a program prints last.
// The notebook package's own tests and the end-to-end tests (a notebook
// downloaded from the page) run notebooks alike through it.
package notebooktest

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Needs is the import line a usable interpreter must run.
const Needs = "import numpy, torch, sklearn"

// Python returns an interpreter that has NumPy, PyTorch and scikit-learn:
// $NEURONA_PYTHON if set, else python3 on the PATH, else Debian's
// /usr/bin/python3 (a python3 earlier on the PATH, from pyenv or a
// virtualenv, may not see Debian's packages). Without one the test fails,
// saying what to install; under `go test -short` it is skipped.
func Python(t testing.TB) string {
	t.Helper()
	candidates := []string{"python3", "/usr/bin/python3"}
	if p := os.Getenv("NEURONA_PYTHON"); p != "" {
		candidates = []string{p}
	}
	var tried []string
	for _, c := range candidates {
		out, err := exec.Command(c, "-c", Needs).CombinedOutput()
		if err == nil {
			return c
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		tried = append(tried, fmt.Sprintf("%s: %v %s", c, err, lines[len(lines)-1]))
	}
	msg := "no Python 3 with NumPy, PyTorch and scikit-learn (" + strings.Join(tried, "; ") +
		"); run scripts/install-deps.sh (Debian: python3-numpy python3-torch python3-sklearn) or set NEURONA_PYTHON"
	if testing.Short() {
		t.Skip(msg)
	}
	t.Fatal(msg)
	return ""
}

// Code returns a notebook's code cells joined into one Python program,
// in order, as running the notebook top to bottom executes them.
func Code(nb []byte) (string, error) {
	var doc struct {
		Cells []struct {
			Kind   string   `json:"cell_type"`
			Source []string `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(nb, &doc); err != nil {
		return "", fmt.Errorf("the notebook is not JSON: %v", err)
	}
	var code []string
	for _, c := range doc.Cells {
		if c.Kind == "code" {
			code = append(code, strings.Join(c.Source, ""))
		}
	}
	return strings.Join(code, "\n\n") + "\n", nil
}

// LastLine decodes the JSON object on the last line of a program's
// output, where every notebook prints the numbers it computed.
func LastLine(out []byte) (map[string]any, error) {
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	last := lines[len(lines)-1]
	var m map[string]any
	if err := json.Unmarshal([]byte(last), &m); err != nil {
		return nil, fmt.Errorf("the last line is not a JSON object: %q", last)
	}
	return m, nil
}

// MaxAbs returns the largest absolute number in v, a decoded JSON value:
// the size a number inside v is compared at.
func MaxAbs(v any) float64 {
	m := 0.0
	switch w := v.(type) {
	case map[string]any:
		for _, x := range w {
			m = math.Max(m, MaxAbs(x))
		}
	case []any:
		for _, x := range w {
			m = math.Max(m, MaxAbs(x))
		}
	case float64:
		m = math.Abs(w)
	}
	return m
}
