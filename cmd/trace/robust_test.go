package main

import (
	"math"
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
)

// FuzzWeights feeds arbitrary bytes to the -weights file reader: it never
// panics, a refusal is an input error on one line that names the file, and
// an accepted network has finite weights within ±engine.MaxParam.
func FuzzWeights(f *testing.F) {
	for _, s := range []string{
		`{"W1": [[1,2],[3,4]], "b1": [0,1], "W2": [[1,-1]], "b2": [0.5]}`,
		`{"W1": [[1,2]], "b1": [1], "W2": [[1]], "b2": [0]}`,
		`{"W1": [[1e300,2]], "b1": [1], "W2": [[1]], "b2": [0]}`,
		`{"W1": [], "b1": [], "W2": [[]], "b2": []}`,
		`{"W1": [[1,2]], "b1": [1], "W2": [], "b2": [0]}`,
		`{"W1": null}`,
		`[1,2]`,
		"{\n\"W1\": [[1,2]],\n oops}",
		``,
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := putFile(t, dir, "w.json", data)
		m, err := readWeights(p, engine.Sigmoid)
		if err != nil {
			ie, ok := err.(*inputError)
			if !ok || !strings.Contains(ie.msg, p) {
				t.Fatalf("error %T %q does not name the file", err, err)
			}
			return
		}
		if m.H < 1 || m.H > engine.MaxHidden {
			t.Fatalf("accepted %d hidden units", m.H)
		}
		vals := []float64{m.B2}
		for j := range m.H {
			vals = append(vals, m.W1[j][0], m.W1[j][1], m.B1[j], m.W2[j])
		}
		for _, v := range vals {
			if !(math.Abs(v) <= engine.MaxParam) {
				t.Fatalf("accepted weight %g", v)
			}
		}
	})
}

// FuzzRun runs every subcommand that reads data (perceptron; mlp on
// points, on x,y samples and on class indices; tsne) on an arbitrary data
// file, briefly: the exit status is 0 or 2 (bad data), never a panic, and
// a refusal is one short line naming the file.
func FuzzRun(f *testing.F) {
	for _, s := range []string{threeCSV, xorCSV, "x1,x2,y\n1e9,-1e9,1\n-1e9,1e9,0\n", "x1,x2,y\n", "x1,x2,y\n1,1,1\n1,1,1\n", "\x00\xff", "x,y\n1e9,-1e9\n-1e9,1e9\n2,0.5\n"} {
		for which := range uint8(5) {
			f.Add([]byte(s), which)
		}
	}
	f.Add([]byte("x1,x2,y\n0,0,0\n1,0,1\n0,1,2\n"), uint8(3))
	f.Add([]byte("a,b,c,y\n0,0,1,0\n1,0,0,1\n0,1,0,2\n"), uint8(4))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		p := putFile(t, dir, "d.csv", data)
		args := [][]string{
			{"perceptron", "-data", p, "-epochs", "2", "-alpha", "1e6"},
			{"mlp", "-data", p, "-steps", "2", "-lr", "1e6", "-act", "relu"},
			{"mlp", "-data", p, "-steps", "2", "-lr", "1e6", "-output", "identity", "-hidden", "0"},
			{"mlp", "-data", p, "-steps", "2", "-layers", "4", "-classes", "3"},
			{"tsne", "-data", p, "-iters", "2"},
		}[which%5]
		code, out, errs := runArgs(args...)
		switch code {
		case 0:
			if !strings.Contains(out, `"done":true`) || strings.Contains(out, "NaN") || strings.Contains(out, "Inf") {
				t.Fatalf("%q: output %.300q", args, out)
			}
		case 2:
			if !strings.HasPrefix(errs, "trace: "+p) || strings.Count(errs, "\n") != 1 || len(errs) > maxErrLine {
				t.Fatalf("%q: stderr %q", args, errs)
			}
		default:
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
	})
}

// TestHugeValuesTraceFinite runs both subcommands with the largest rate
// and coordinates the data allows: the output carries no NaN or Inf.
func TestHugeValuesTraceFinite(t *testing.T) {
	data := writeFile(t, "huge.csv", "x1,x2,y\n1e9,-1e9,1\n-1e9,1e9,-1\n1e9,1e9,1\n0,0,-1\n")
	for _, args := range [][]string{
		{"perceptron", "-data", data, "-alpha", "1e6", "-epochs", "50"},
		{"mlp", "-data", data, "-lr", "1e6", "-steps", "50"},
		{"mlp", "-data", data, "-lr", "1e6", "-steps", "50", "-loss", "mse", "-act", "relu"},
	} {
		code, out, errs := runArgs(args...)
		if code != 0 || strings.Contains(out, "NaN") || strings.Contains(out, "Inf") {
			t.Errorf("%q: exit %d, %s, output %.300s", args, code, errs, out)
		}
		lines(t, out)
	}
}
