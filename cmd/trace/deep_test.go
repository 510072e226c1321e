package main

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

const threeClassCSV = "x1,x2,y\n0,0,0\n0,1,1\n1,0,2\n1,1,0\n-1,0.5,1\n0.5,-1,2\n"

// TestDeepMLPLayout checks the params and grads of `mlp -layers`: keys
// W1, b1, …, W(L+1), b(L+1) in order, each Wᵢ out×in, K output rows for
// K ≥ 3 and one for K = 2.
func TestDeepMLPLayout(t *testing.T) {
	three := writeFile(t, "three.csv", threeClassCSV)
	xor := writeFile(t, "xor.csv", xorCSV)
	for _, c := range []struct {
		args  []string
		sizes []int // widths 2, h₁, …, outputs
	}{
		{[]string{"-data", three, "-layers", "8,8,2", "-classes", "3"}, []int{2, 8, 8, 2, 3}},
		{[]string{"-data", xor, "-layers", "3,1,4,2"}, []int{2, 3, 1, 4, 2, 1}},
		{[]string{"-data", xor, "-classes", "2", "-hidden", "5"}, []int{2, 5, 1}},
		{[]string{"-data", three, "-classes=4", "--layers=2", "-act", "relu", "-batch", "2", "-l2", "0.01"}, []int{2, 2, 4}},
	} {
		code, out, errs := runArgs(append([]string{"mlp", "-steps", "3"}, c.args...)...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", c.args, code, errs)
		}
		ls := lines(t, out)
		if len(ls) != 4 || ls[3]["done"] != true {
			t.Fatalf("%q: %d lines", c.args, len(ls))
		}
		// Key order as printed.
		var keys []string
		for l := 1; l < len(c.sizes); l++ {
			keys = append(keys, fmt.Sprintf(`"W%d":`, l), fmt.Sprintf(`"b%d":`, l))
		}
		first := strings.SplitN(out, "\n", 2)[0]
		params := first[strings.Index(first, `"params"`):]
		if got := regexp.MustCompile(`"[Wb]\d+":`).FindAllString(params, -1); strings.Join(got, "") != strings.Join(keys, "") {
			t.Errorf("%q: keys %v, want %v", c.args, got, keys)
		}
		for _, which := range []string{"params", "grads"} {
			p := ls[0][which].(map[string]any)
			for l := 1; l < len(c.sizes); l++ {
				w := p[fmt.Sprintf("W%d", l)].([]any)
				b := p[fmt.Sprintf("b%d", l)].([]any)
				if len(w) != c.sizes[l] || len(w[0].([]any)) != c.sizes[l-1] || len(b) != c.sizes[l] {
					t.Errorf("%q %s: layer %d is %d×%d with %d biases, want %d×%d", c.args, which, l, len(w), len(w[0].([]any)), len(b), c.sizes[l], c.sizes[l-1])
				}
			}
		}
		// The next step's params are this step's minus α·grads (full batch).
		if !strings.Contains(strings.Join(c.args, " "), "batch") {
			p0 := ls[0]["params"].(map[string]any)["b1"].([]any)[0].(float64)
			g0 := ls[0]["grads"].(map[string]any)["b1"].([]any)[0].(float64)
			p1 := ls[1]["params"].(map[string]any)["b1"].([]any)[0].(float64)
			if d := p0 - 0.5*g0 - p1; d > 1e-12 || d < -1e-12 {
				t.Errorf("%q: b1 %g − 0.5·%g ≠ %g", c.args, p0, g0, p1)
			}
		}
	}
}

// TestDeepMLPMatchesTwoLayer checks that `mlp -layers H` is the 2-H-1
// trace: the same network, the same numbers.
func TestDeepMLPMatchesTwoLayer(t *testing.T) {
	xor := writeFile(t, "xor.csv", xorCSV)
	_, a, _ := runArgs("mlp", "-data", xor, "-hidden", "3", "-steps", "2")
	_, b, _ := runArgs("mlp", "-data", xor, "-layers", "3", "-steps", "2")
	la, lb := lines(t, a), lines(t, b)
	if len(la) != len(lb) || fmt.Sprint(la[1]["loss"]) == "" {
		t.Fatalf("%d and %d lines", len(la), len(lb))
	}
	// The initialisations differ (engine.NewMLP and engine.NewNet draw
	// differently), so compare the layout and that both learn.
	for _, l := range [][]map[string]any{la, lb} {
		if l[0]["loss"].(float64) <= l[2]["loss"].(float64) {
			t.Errorf("loss did not fall: %v → %v", l[0]["loss"], l[2]["loss"])
		}
	}
	if !strings.Contains(b, `"W2":[[`) || !strings.Contains(b, `"b2":[`) {
		t.Errorf("output %.200s", b)
	}
}

func TestDeepMLPBadInput(t *testing.T) {
	three := writeFile(t, "three.csv", threeClassCSV)
	bad := writeFile(t, "bad.csv", "x1,x2,y\n0,0,0\n0,1,7\n")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-data", three, "-layers", "8,8,8,8,8"}, "-layers"},
		{[]string{"-data", three, "-layers", "0"}, "-layers"},
		{[]string{"-data", three, "-layers", "9"}, "-layers"},
		{[]string{"-data", three, "-layers", "a,b"}, "-layers"},
		{[]string{"-data", three, "-classes", "3", "-layers", ""}, "-layers"},
		{[]string{"-data", three, "-classes", "1"}, "-classes 1"},
		{[]string{"-data", three, "-classes", "3", "-loss", "mse"}, "-loss"},
		{[]string{"-data", three, "-classes", "3", "-act", "sign"}, "-act"},
		{[]string{"-data", three, "-classes", "3", "-lr", "0"}, "-lr"},
		{[]string{"-data", three, "-classes", "3", "-l2", "-1"}, "-l2"},
		{[]string{"-data", three, "-layers", "2", "-hidden", "3"}, "not both"},
		{[]string{"-data", bad, "-classes", "3"}, bad + ":3: y = 7"},
		{[]string{"-data", three, "-classes", "2"}, three + ":4:"}, // 0,1,2 are not ±1 labels
		{[]string{"-classes", "3"}, "missing -data"},
	} {
		code, _, errs := runArgs(append([]string{"mlp"}, c.args...)...)
		if code != 2 || !strings.HasPrefix(errs, "trace: ") || !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: exit %d, %q", c.args, code, errs)
		}
	}
}

func TestNamesFlag(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{
		{[]string{"-layers", "2"}, true},
		{[]string{"--classes=3"}, true},
		{[]string{"-data", "x.csv", "-hidden", "2"}, false},
		{[]string{"--", "-layers"}, false},
		{[]string{"layers"}, false},
	} {
		if got := namesFlag(c.args, "layers", "classes"); got != c.want {
			t.Errorf("%q: %v", c.args, got)
		}
	}
}
