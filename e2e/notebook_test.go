//go:build e2e

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"github.com/neurona/neurona/engine/notebook/notebooktest"
)

// notebookSteps is how many times each scene steps before its notebook is
// taken.
const notebookSteps = 12

// TestNotebooksReproduceThePage loads preset 1 of every scene the page
// registers, steps a few times, takes neurona.state() and
// neurona.notebook() at the same instant, runs the notebook's code cells
// with Python 3 (PyTorch, scikit-learn) and compares the numbers of its
// last line with the state's, within 1e-6 relative.
func TestNotebooksReproduceThePage(t *testing.T) {
	python := notebooktest.Python(t)
	p := openPage(t, "lang=en")
	ids := pageScenes(t, p)
	t.Logf("the page's scenes: %s", strings.Join(ids, ", "))
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			if msg := Eval[any](p, fmt.Sprintf(`%s.scene(%q)`, p.api(), id)); msg != nil {
				t.Fatalf("scene(%q): %v", id, msg)
			}
			p.WaitState(t, fmt.Sprintf(`s.scene === %q`, id))
			p.Key(t, "!", kb.ModifierShift) // Shift+1: preset 1
			p.WaitFrames(t, 2)
			for range notebookSteps {
				p.Key(t, " ")
			}
			p.WaitFrames(t, 3)
			pair := Eval[[]string](p, `[`+p.api()+`.state(), `+p.api()+`.notebook()]`)
			var state map[string]any
			if err := json.Unmarshal([]byte(pair[0]), &state); err != nil {
				t.Fatalf("state(): %v", err)
			}
			if !strings.HasPrefix(pair[1], "{") {
				t.Fatalf("notebook(): %.300s", pair[1])
			}
			line := runNotebook(t, python, []byte(pair[1]))
			for _, e := range compareNumbers(id, line, state) {
				t.Error(e)
			}
		})
	}
	// Any arguments at all are ignored, never a panic.
	for _, args := range []string{`"x"`, `null, 1, {}`, `new Array(5)`, `() => 0`} {
		if s := Eval[string](p, p.api()+`.notebook(`+args+`)`); !strings.HasPrefix(s, "{") {
			t.Errorf("notebook(%s) = %.200q", args, s)
		}
	}
	p.WaitFrames(t, 2) // still running
}

// pageScenes asks the page which scenes it has: scene() names them all
// when refusing an unknown one.
func pageScenes(t *testing.T, p *Page) []string {
	t.Helper()
	msg := Eval[string](p, p.api()+`.scene("?")`)
	m := regexp.MustCompile(`\(use ([a-z, ]+)\)`).FindStringSubmatch(msg)
	if m == nil {
		t.Fatalf("scene(\"?\") = %q, which names no scenes", msg)
	}
	return strings.Split(m[1], ", ")
}

// runNotebook runs a notebook's code cells in order, as one program, and
// returns its last output line, decoded.
func runNotebook(t *testing.T, python string, nb []byte) map[string]any {
	t.Helper()
	code, err := notebooktest.Code(nb)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "-")
	cmd.Stdin = strings.NewReader(code)
	cmd.Env = append(os.Environ(), "MPLBACKEND=Agg", "OMP_NUM_THREADS=1")
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	if err := cmd.Run(); err != nil {
		t.Fatalf("the notebook failed: %v\n%s", err, tail(errs.String(), 2000))
	}
	m, err := notebooktest.LastLine(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// derivedNumbers are numbers a scene's notebook prints that its state
// holds under another name or inside another field.
var derivedNumbers = map[string]map[string]bool{
	"backprop": {"loss": true}, // the state's values["L"], compared there
}

// compareNumbers compares the numbers of the notebook's line with the
// state's at the same place (every top-level field of the line, and inside
// a field the numbers both have), within 1e-6 relative to the largest
// number of its top-level field (a weight near 0 is held to the size of
// the weights around it) plus 1e-12 for rounding noise around 0.
func compareNumbers(scene string, got, state map[string]any) []string {
	var errs []string
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		want, ok := state[k]
		if !ok {
			if !derivedNumbers[scene][k] {
				errs = append(errs, fmt.Sprintf("the notebook prints %q, which the state does not have", k))
			}
			continue
		}
		scale := notebooktest.MaxAbs(want)
		errs = append(errs, compareAt(k, got[k], want, scale)...)
	}
	return errs
}

func compareAt(path string, got, want any, scale float64) []string {
	switch g := got.(type) {
	case map[string]any:
		w, ok := want.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: notebook %v, state %v", path, got, want)}
		}
		// Inside a field, the numbers both have: backprop's walk shows
		// the values and gradients reached so far (the notebook prints
		// them all); the neuron's table rows also hold the points.
		var errs []string
		common := 0
		for k, v := range w {
			if gv, ok := g[k]; ok {
				common++
				errs = append(errs, compareAt(path+"."+k, gv, v, scale)...)
			}
		}
		if common == 0 && len(w) > 0 {
			errs = append(errs, fmt.Sprintf("%s: the notebook's %v and the state's %v have nothing in common", path, keysOf(g), keysOf(w)))
		}
		return errs
	case []any:
		w, ok := want.([]any)
		if !ok || len(w) != len(g) {
			return []string{fmt.Sprintf("%s: notebook %v, state %v", path, got, want)}
		}
		var errs []string
		for i := range g {
			errs = append(errs, compareAt(fmt.Sprintf("%s[%d]", path, i), g[i], w[i], scale)...)
		}
		return errs
	case float64:
		w, ok := want.(float64)
		if !ok || math.Abs(g-w) > 1e-6*math.Max(math.Abs(w), scale)+1e-12 {
			return []string{fmt.Sprintf("%s: notebook %v, state %v", path, got, want)}
		}
	case bool, string, nil:
		if got != want {
			return []string{fmt.Sprintf("%s: notebook %v, state %v", path, got, want)}
		}
	}
	return nil
}

func keysOf(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
