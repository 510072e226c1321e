package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFile writes content to name in a fresh temporary directory.
func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	return putFile(t, t.TempDir(), name, []byte(content))
}

// putFile writes data to the file name in dir and returns its path. Fuzz
// targets pass a folder of their own, written again by every run.
func putFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runArgs runs the command and returns status, stdout and stderr.
func runArgs(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// lines decodes JSON Lines output.
func lines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var res []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
		}
		res = append(res, m)
	}
	return res
}

const threeCSV = "x1,x2,y\n0,1,1\n0,-1,1\n-1,0.5,-1\n"
const xorCSV = "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"

// TestPerceptronLecture traces the notes' three-point example with the ±1 rule.
func TestPerceptronLecture(t *testing.T) {
	data := writeFile(t, "three.csv", threeCSV)
	code, out, errs := runArgs("perceptron", "-data", data, "-rule", "pm1")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ls := lines(t, out)
	if len(ls) != 7 {
		t.Fatalf("%d lines", len(ls))
	}
	for _, k := range []string{"step", "index", "x", "y", "yhat", "update", "w", "b", "mistakes"} {
		if _, ok := ls[0][k]; !ok {
			t.Errorf("step line lacks %q", k)
		}
	}
	if fmt.Sprint(ls[2]["w"], ls[2]["b"], ls[2]["mistakes"]) != "[1 -0.5] 1 3" {
		t.Errorf("third step: %v", ls[2])
	}
	done := ls[6]
	if done["done"] != true || done["converged"] != true || done["separable"] != true || done["mistakes"] != 3.0 ||
		done["R"] != 1.5 || fmt.Sprintf("%.6f %.4f", done["gamma"], done["bound"]) != "0.447214 11.2500" {
		t.Errorf("done line %v", done)
	}
}

func TestPerceptronClassicXOR(t *testing.T) {
	data := writeFile(t, "xor.csv", xorCSV)
	code, out, _ := runArgs("perceptron", "-data", data, "-rule", "classic", "-alpha", "0.5", "-epochs", "5", "-order", "shuffle", "-seed", "3")
	ls := lines(t, out)
	// 20 steps, one line for the weights' repeat (XOR is not separable), done.
	if code != 0 || len(ls) != 22 || strings.Count(out, `"earlier_step"`) != 1 {
		t.Fatalf("exit %d, %d lines", code, len(ls))
	}
	if y := ls[0]["y"]; y != 0.0 && y != 1.0 {
		t.Errorf("classic labels must be 0/1, got %v", y)
	}
	done := ls[21]
	if done["converged"] != false || done["separable"] != false || done["bound"] != nil || done["gamma"] != 0.0 || done["repeat"] != true {
		t.Errorf("done %v", done)
	}
}

func TestMLPTrace(t *testing.T) {
	data := writeFile(t, "xor.csv", xorCSV)
	code, out, errs := runArgs("mlp", "-data", data, "-hidden", "3", "-act", "tanh", "-loss", "mse", "-lr", "0.3", "-steps", "4", "-seed", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ls := lines(t, out)
	if len(ls) != 5 {
		t.Fatalf("%d lines", len(ls))
	}
	shape := func(p any) string {
		m := p.(map[string]any)
		w2 := m["W2"].([]any)
		return fmt.Sprint(len(m["W1"].([]any)), len(m["W1"].([]any)[0].([]any)), len(m["b1"].([]any)), len(w2), len(w2[0].([]any)), len(m["b2"].([]any)))
	}
	for _, l := range ls[:4] {
		if shape(l["grads"]) != "3 2 3 1 3 1" || shape(l["params"]) != "3 2 3 1 3 1" {
			t.Fatalf("shapes: %v", l)
		}
	}
	// params of step 2 = params of step 1 − lr·grads of step 1.
	p1, g1 := ls[0]["params"].(map[string]any), ls[0]["grads"].(map[string]any)
	p2 := ls[1]["params"].(map[string]any)
	b := func(m map[string]any) float64 { return m["b2"].([]any)[0].(float64) }
	if d := b(p2) - (b(p1) - 0.3*b(g1)); d*d > 1e-24 {
		t.Errorf("update mismatch %g", d)
	}
	if ls[4]["done"] != true {
		t.Error("no done line")
	}
	// The printed params feed back through -weights and reproduce step 2.
	raw, _ := json.Marshal(ls[1]["params"])
	wfile := writeFile(t, "w.json", string(raw))
	code, out2, errs := runArgs("mlp", "-data", data, "-act", "tanh", "-loss", "mse", "-lr", "0.3", "-steps", "1", "-weights", wfile)
	if code != 0 {
		t.Fatalf("weights: exit %d %s", code, errs)
	}
	if got := lines(t, out2)[0]; fmt.Sprint(got["loss"]) != fmt.Sprint(ls[1]["loss"]) {
		t.Errorf("loss from weights %v, want %v", got["loss"], ls[1]["loss"])
	}
}

// TestDivergenceJSON: lr = 1e6 on huge coordinates never writes NaN (which
// encoding/json would refuse) and flags divergence.
func TestDivergenceJSON(t *testing.T) {
	data := writeFile(t, "big.csv", "x1,x2,y\n1e9,-1e9,1\n-1e9,1e9,-1\n3,4,1\n")
	for _, loss := range []string{"bce", "mse"} {
		code, out, errs := runArgs("mlp", "-data", data, "-act", "relu", "-loss", loss, "-lr", "1e6", "-steps", "50", "-hidden", "8")
		if code != 0 || strings.Contains(out, "NaN") || strings.Contains(out, "Inf") {
			t.Fatalf("%s: exit %d %s", loss, code, errs)
		}
		lines(t, out)
	}
	code, out, _ := runArgs("perceptron", "-data", data, "-alpha", "1e6", "-epochs", "1000")
	if code != 0 {
		t.Fatal(code)
	}
	lines(t, out)
}

func TestBadInput(t *testing.T) {
	good := writeFile(t, "good.csv", threeCSV)
	big := writeFile(t, "big.csv", "x1,x2,y\n"+strings.Repeat("1,2,1\n", 100001))
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "missing subcommand"},
		{[]string{"svm"}, `unknown subcommand "svm"`},
		{[]string{"perceptron"}, "missing -data"},
		{[]string{"perceptron", "-data", "/nonexistent/p.csv"}, "/nonexistent/p.csv"},
		{[]string{"perceptron", "-data", writeFile(t, "h.csv", "a,b,c\n1,2,1\n")}, "h.csv:1: header"},
		{[]string{"perceptron", "-data", writeFile(t, "n.csv", "x1,x2,y\n1,2,1\n1,x,1\n")}, "n.csv:3: x2"},
		{[]string{"perceptron", "-data", writeFile(t, "nan.csv", "x1,x2,y\nNaN,2,1\n")}, "nan.csv:2: x1 is not a finite number"},
		{[]string{"perceptron", "-data", writeFile(t, "e.csv", "x1,x2,y\n")}, "e.csv:1: no points"},
		{[]string{"perceptron", "-data", big}, "big.csv:100002: more than 100000 points"},
		{[]string{"perceptron", "-data", good, "-rule", "svm"}, "-rule"},
		{[]string{"perceptron", "-data", good, "-alpha", "0"}, "-alpha 0"},
		{[]string{"perceptron", "-data", good, "-alpha", "NaN"}, "-alpha NaN"},
		{[]string{"perceptron", "-data", good, "-alpha", "2e6"}, "-alpha 2e+06"},
		{[]string{"perceptron", "-data", good, "-epochs", "0"}, "-epochs 0"},
		{[]string{"perceptron", "-data", good, "-order", "random"}, "-order"},
		{[]string{"perceptron", "-data", good, "-bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"perceptron", "-data", good, "extra"}, `unexpected argument "extra"`},
		{[]string{"perceptron", "-epochs", "many"}, "invalid value"},
		{[]string{"mlp", "-data", good, "-hidden", "9"}, "-hidden 9"},
		{[]string{"mlp", "-data", good, "-act", "sign"}, `-act "sign"`},
		{[]string{"mlp", "-data", good, "-loss", "hinge"}, "-loss"},
		{[]string{"mlp", "-data", good, "-lr", "-1"}, "-lr -1"},
		{[]string{"mlp", "-data", good, "-steps", "0"}, "-steps 0"},
		{[]string{"mlp", "-data", good, "-seed", "1", "-weights", "w.json"}, "not both"},
		{[]string{"mlp", "-data", good, "-weights", "/nonexistent/w.json"}, "/nonexistent/w.json"},
		{[]string{"mlp", "-data", good, "-weights", writeFile(t, "s.json", "{\n\"W1\": [[1,2]],\n oops}")}, "s.json:3:"},
		{[]string{"mlp", "-data", good, "-weights", writeFile(t, "k.json", `{"W1": [[1,2]]}`)}, "want the keys"},
		{[]string{"mlp", "-data", good, "-weights", writeFile(t, "r.json", `{"W1": [[1,2]], "b1": [1,2], "W2": [[1]], "b2": [0]}`)}, "shapes"},
		{[]string{"mlp", "-data", good, "-weights", writeFile(t, "c.json", `{"W1": [[1,2,3]], "b1": [1], "W2": [[1]], "b2": [0]}`)}, "row 1 has 3 values"},
		{[]string{"mlp", "-data", good, "-weights", writeFile(t, "v.json", `{"W1": [[1e300,2]], "b1": [1], "W2": [[1]], "b2": [0]}`)}, "outside"},
		{[]string{"mlp", "-data", good, "-weights", writeFile(t, "t.json", `{"W1": "x", "b1": [1], "W2": [[1]], "b2": [0]}`)}, "t.json:1:"},
		{[]string{"mlp", "-data", good, "-hidden", "3", "-weights", writeFile(t, "h.json", `{"W1": [[1,2]], "b1": [1], "W2": [[1]], "b2": [0]}`)}, "-hidden is 3"},
	} {
		code, out, errs := runArgs(c.args...)
		if code != 2 || out != "" || !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "trace: ") {
			t.Errorf("%q: exit %d, stderr %q, want status 2 and one line with %q", c.args, code, errs, c.want)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"perceptron", "-h"}, {"mlp", "-help"}} {
		code, _, errs := runArgs(args...)
		if code != 0 || !strings.Contains(errs, "usage:") {
			t.Errorf("%q: exit %d", args, code)
		}
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func TestWriteError(t *testing.T) {
	data := writeFile(t, "three.csv", threeCSV)
	var errb bytes.Buffer
	if code := run([]string{"perceptron", "-data", data}, failWriter{}, &errb); code != 1 || !strings.Contains(errb.String(), "disk full") {
		t.Errorf("exit %d: %q", code, errb.String())
	}
}

// FuzzFlags runs the flag parsing of both subcommands on arbitrary argument
// lists: it must never panic, and either accept or return an input error.
func FuzzFlags(f *testing.F) {
	for _, s := range []string{
		"perceptron -data p.csv -rule pm1 -alpha 0.5 -epochs 3",
		"perceptron -order shuffle -seed -9",
		"perceptron -alpha 1e309",
		"perceptron -epochs=99999999999999999999",
		"mlp -hidden 8 -act relu -loss mse -lr 1e6 -steps 1",
		"mlp -seed 1 -weights w.json",
		"mlp -hidden=-1",
		"mlp --lr=NaN",
		"mlp -act",
		"mlp -output identity -hidden 0 -inputs 1",
		"mlp -output Identity -loss bce -inputs 2",
		"perceptron -- -x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Fields(s)
		if len(args) == 0 {
			return
		}
		var err error
		switch args[0] {
		case "perceptron":
			_, err = parsePerceptron(args[1:])
		case "mlp":
			_, err = parseMLP(args[1:])
		default:
			_, err = parseMLP(args)
		}
		if err != nil {
			if _, ok := err.(*inputError); !ok && err.Error() != "flag: help requested" {
				t.Fatalf("%q: error of type %T: %v", s, err, err)
			}
		}
	})
}
