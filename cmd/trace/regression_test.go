package main

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// sineCSV is a small noisy sine with one input.
const sineCSV = "x,y\n-2,-0.85\n-1.5,-1.02\n-1,-0.8\n-0.5,-0.52\n0,0.07\n0.5,0.46\n1,0.9\n1.5,0.97\n2,0.95\n"

// testNet is a one-input network rebuilt from a trace's "params", evaluated
// by the notes' formulas without the engine.
type testNet struct {
	w1, b1, w2 []float64
	b2         float64
	line       bool
	act        func(float64) float64
}

// netOf reads params (W1 H×1, b1, optional W2, b2).
func netOf(t *testing.T, p any, act func(float64) float64) testNet {
	t.Helper()
	m := p.(map[string]any)
	n := testNet{act: act}
	for _, row := range m["W1"].([]any) {
		r := row.([]any)
		if len(r) != 1 {
			t.Fatalf("W1 row of %d values, want 1", len(r))
		}
		n.w1 = append(n.w1, r[0].(float64))
	}
	for _, v := range m["b1"].([]any) {
		n.b1 = append(n.b1, v.(float64))
	}
	w2, ok := m["W2"]
	if _, okb := m["b2"]; ok != okb {
		t.Fatalf("W2 and b2 must come together: %v", m)
	}
	n.line = !ok
	if ok {
		for _, v := range w2.([]any)[0].([]any) {
			n.w2 = append(n.w2, v.(float64))
		}
		n.b2 = m["b2"].([]any)[0].(float64)
	}
	return n
}

// vec returns the parameters in the order W1, b1, W2, b2.
func (n testNet) vec() []float64 {
	v := append(append([]float64(nil), n.w1...), n.b1...)
	if n.line {
		return v
	}
	return append(append(v, n.w2...), n.b2)
}

// set is the inverse of vec.
func (n testNet) set(v []float64) testNet {
	h := len(n.w1)
	n.w1, n.b1 = v[:h], v[h:2*h]
	if !n.line {
		n.w2, n.b2 = v[2*h:3*h], v[3*h]
	}
	return n
}

// j is the notes' J(θ) = Σᵢ (ŷ(xᵢ) − yᵢ)².
func (n testNet) j(xs, ys []float64) float64 {
	s := 0.0
	for i, x := range xs {
		yhat := n.w1[0]*x + n.b1[0]
		if !n.line {
			yhat = n.b2
			for k := range n.w1 {
				yhat += n.w2[k] * n.act(n.w1[k]*x+n.b1[k])
			}
		}
		s += (yhat - ys[i]) * (yhat - ys[i])
	}
	return s
}

// sineXY returns sineCSV's columns.
func sineXY() (xs, ys []float64) {
	for _, l := range strings.Split(strings.TrimSpace(sineCSV), "\n")[1:] {
		var x, y float64
		if _, err := fmtSscanf(l, &x, &y); err != nil {
			panic(err)
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	return xs, ys
}

var testActs = map[string]func(float64) float64{
	"sigmoid": func(a float64) float64 { return 1 / (1 + math.Exp(-a)) },
	"tanh":    math.Tanh,
	"relu":    func(a float64) float64 { return math.Max(a, 0) },
	"arctan":  math.Atan,
}

// TestRegressionTraceFiniteDifferences checks every printed loss against
// the notes' J and every printed gradient against central differences of
// it, computed here from the printed params, for each activation and
// several H, and that each update is params − lr·grads.
func TestRegressionTraceFiniteDifferences(t *testing.T) {
	data := writeFile(t, "sine.csv", sineCSV)
	xs, ys := sineXY()
	for name, act := range testActs {
		for _, h := range []string{"0", "1", "3", "8"} {
			code, out, errs := runArgs("mlp", "-data", data, "-output", "identity", "-loss", "mse", "-hidden", h, "-act", name, "-lr", "0.01", "-steps", "4", "-seed", "3")
			if code != 0 {
				t.Fatalf("%s H=%s: exit %d: %s", name, h, code, errs)
			}
			ls := lines(t, out)
			if len(ls) != 5 || ls[4]["done"] != true {
				t.Fatalf("%s H=%s: %d lines", name, h, len(ls))
			}
			for k, l := range ls[:4] {
				n := netOf(t, l["params"], act)
				g := netOf(t, l["grads"], act).vec()
				if n.line != (h == "0") || len(n.w1) != max(int(h[0]-'0'), 1) {
					t.Fatalf("%s H=%s: shape %v", name, h, l["params"])
				}
				if j := n.j(xs, ys); math.Abs(j-l["loss"].(float64)) > 1e-12*math.Max(1, j) ||
					math.Abs(j/float64(len(xs))-l["mean"].(float64)) > 1e-12 {
					t.Errorf("%s H=%s step %d: loss %v mean %v, notes' J %g", name, h, k+1, l["loss"], l["mean"], j)
				}
				p := n.vec()
				for i := range p {
					v := p[i]
					p[i] = v + 1e-6
					up := n.set(p).j(xs, ys)
					p[i] = v - 1e-6
					fd := (up - n.set(p).j(xs, ys)) / 2e-6
					p[i] = v
					if math.Abs(fd-g[i]) > 1e-5*math.Max(1, math.Abs(fd)) {
						t.Errorf("%s H=%s step %d: parameter %d: grad %.9g, finite differences %.9g", name, h, k+1, i, g[i], fd)
					}
				}
				next := netOf(t, ls[k+1]["params"], act).vec()
				for i := range p {
					if d := next[i] - (p[i] - 0.01*g[i]); math.Abs(d) > 1e-12*math.Max(1, math.Abs(p[i])) {
						t.Errorf("%s H=%s step %d: parameter %d not updated by −α·grad", name, h, k+1, i)
					}
				}
			}
		}
	}
}

// TestRegressionTraceLeastSquares: the line (H = 0) converges to the
// least-squares solution the done line reports, which solves the normal
// equations Σ rᵢxᵢ = Σ rᵢ = 0.
func TestRegressionTraceLeastSquares(t *testing.T) {
	data := writeFile(t, "sine.csv", sineCSV)
	code, out, errs := runArgs("mlp", "-data", data, "-output", "identity", "-hidden", "0", "-lr", "0.02", "-steps", "2000")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ls := lines(t, out)
	done := ls[len(ls)-1]
	fit := netOf(t, done["params"], nil)
	ls0, ok := done["leastSquares"]
	if !ok {
		t.Fatalf("no leastSquares in %v", done)
	}
	best := netOf(t, ls0, nil)
	if !fit.line || !best.line || math.Abs(fit.w1[0]-best.w1[0]) > 1e-6 || math.Abs(fit.b1[0]-best.b1[0]) > 1e-6 {
		t.Errorf("gradient descent %v, least squares %v", fit.vec(), best.vec())
	}
	xs, ys := sineXY()
	var rx, r float64
	for i, x := range xs {
		ri := best.w1[0]*x + best.b1[0] - ys[i]
		rx, r = rx+ri*x, r+ri
	}
	if math.Abs(rx) > 1e-12 || math.Abs(r) > 1e-12 {
		t.Errorf("least squares does not solve the normal equations: %g, %g", rx, r)
	}
}

// TestOneInputClassification: a CSV with header x,y (or -inputs 1) and
// class labels trains the sigmoid network with W1 of shape H×1.
func TestOneInputClassification(t *testing.T) {
	data := writeFile(t, "c.csv", "x,y\n-2,0\n-1,0\n1,1\n2,1\n")
	for _, extra := range [][]string{nil, {"-inputs", "1"}} {
		args := append([]string{"mlp", "-data", data, "-hidden", "2", "-steps", "3"}, extra...)
		code, out, errs := runArgs(args...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
		ls := lines(t, out)
		p := netOf(t, ls[0]["params"], nil)
		if len(ls) != 4 || len(p.w1) != 2 || p.line || ls[3]["accuracy"] == nil {
			t.Errorf("%q: %v", args, ls)
		}
	}
}

func TestRegressionBadInput(t *testing.T) {
	xy := writeFile(t, "xy.csv", sineCSV)
	half := writeFile(t, "half.csv", "x,y\n1,1\n2,0.5\n")
	good := writeFile(t, "good.csv", threeCSV)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"mlp", "-data", half}, "half.csv:3: y: 0.5 is not a class label"},
		{[]string{"mlp", "-data", half, "-inputs", "1", "-output", "sigmoid"}, "half.csv:3: y: 0.5 is not a class label"},
		{[]string{"mlp", "-data", xy, "-output", "softmax"}, `-output "softmax"`},
		{[]string{"mlp", "-data", xy, "-inputs", "3"}, "-inputs 3"},
		{[]string{"mlp", "-data", xy, "-output", "identity", "-loss", "bce"}, "needs -loss mse"},
		{[]string{"mlp", "-data", xy, "-output", "identity", "-inputs", "2"}, "takes one input"},
		{[]string{"mlp", "-data", xy, "-hidden", "0"}, "-hidden 0: want 1 to 8"},
		{[]string{"mlp", "-data", xy, "-output", "identity", "-hidden", "-1"}, "-hidden -1: want 0 to 8"},
		{[]string{"mlp", "-data", xy, "-output", "identity", "-weights", "w.json"}, "-weights takes a network with two inputs"},
		{[]string{"mlp", "-data", good, "-output", "identity"}, `good.csv:1: header is "x1,x2,y", want x,y`},
		{[]string{"mlp", "-data", xy, "-inputs", "2"}, `xy.csv:1: header is "x,y", want x1,x2,y`},
		{[]string{"mlp", "-output", "identity"}, "missing -data"},
		{[]string{"mlp", "-data", "/nonexistent/r.csv", "-output", "identity"}, "/nonexistent/r.csv"},
		{[]string{"mlp", "-data", writeFile(t, "n.csv", "x,y\n1,NaN\n"), "-output", "identity"}, "n.csv:2: y is not a finite number"},
		{[]string{"mlp", "-data", writeFile(t, "b.csv", "x,y\n1,2e9\n"), "-output", "identity"}, "b.csv:2: y = 2e+09 is larger"},
	} {
		code, out, errs := runArgs(c.args...)
		if code != 2 || out != "" || !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "trace: ") {
			t.Errorf("%q: exit %d, stderr %q, want status 2 and one line with %q", c.args, code, errs, c.want)
		}
	}
}

// TestRegressionDivergence: α = 1e6 on ±1e9 data is flagged, never NaN.
func TestRegressionDivergence(t *testing.T) {
	data := writeFile(t, "huge.csv", "x,y\n1e9,-1e9\n-1e9,1e9\n3,4\n")
	for _, h := range []string{"0", "1", "8"} {
		code, out, errs := runArgs("mlp", "-data", data, "-output", "identity", "-hidden", h, "-act", "relu", "-lr", "1e6", "-steps", "30")
		if code != 0 || strings.Contains(out, "NaN") || strings.Contains(out, "Inf") || strings.Contains(out, "null") {
			t.Fatalf("H=%s: exit %d %s, output %.300s", h, code, errs, out)
		}
		ls := lines(t, out)
		if ls[len(ls)-2]["diverged"] == nil {
			t.Errorf("H=%s: α = 1e6 not flagged as diverged: %v", h, ls[len(ls)-2])
		}
	}
}

// fmtSscanf reads "x,y".
func fmtSscanf(s string, x, y *float64) (int, error) { return fmt.Sscanf(s, "%g,%g", x, y) }
