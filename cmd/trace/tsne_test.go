package main

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
)

// clusterCSV returns a CSV of n points in three separated clusters in 3-D,
// with a y column when labelled.
func clusterCSV(n int, labelled bool) string {
	var b strings.Builder
	b.WriteString("a,b,c")
	if labelled {
		b.WriteString(",y")
	}
	b.WriteString("\n")
	for i := range n {
		c := i % 3
		j := float64(i) * 0.01
		fmt.Fprintf(&b, "%g,%g,%g", 10*float64(c)+math.Sin(j*7), math.Cos(j*3), -5*float64(c)+j)
		if labelled {
			fmt.Fprintf(&b, ",%d", c)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestTSNETrace checks the lines the issue specifies: the perplexity and P
// first, a KL line every 50 iterations, and the embedding last.
func TestTSNETrace(t *testing.T) {
	data := writeFile(t, "c.csv", clusterCSV(60, true))
	code, out, errs := runArgs("tsne", "-data", data, "-perplexity", "10", "-iters", "120", "-seed", "3")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ls := lines(t, out)
	if len(ls) != 4 {
		t.Fatalf("%d lines, want 4", len(ls))
	}
	if ls[0]["perplexity"] != 10.0 {
		t.Errorf("first line %v", ls[0]["perplexity"])
	}
	p := ls[0]["P"].([]any)
	total := 0.0
	for _, row := range p {
		for _, v := range row.([]any) {
			total += v.(float64)
		}
	}
	if len(p) != 60 || len(p[0].([]any)) != 60 || math.Abs(total-1) > 1e-6 {
		t.Errorf("P is %d×%d, sums to %g", len(p), len(p[0].([]any)), total)
	}
	if ls[1]["iter"] != 50.0 || ls[2]["iter"] != 100.0 || !(ls[2]["kl"].(float64) > 0) {
		t.Errorf("progress lines %v %v", ls[1], ls[2])
	}
	done := ls[3]
	if done["done"] != true || len(done["Y"].([]any)) != 60 || len(done["Y"].([]any)[0].([]any)) != 2 || !(done["kl"].(float64) > 0) {
		t.Errorf("last line %.200v", done)
	}
	// The same seed gives the same output; another seed another embedding.
	if _, again, _ := runArgs("tsne", "-data", data, "-perplexity", "10", "-iters", "120", "-seed", "3"); again != out {
		t.Error("not reproducible")
	}
	if _, other, _ := runArgs("tsne", "-data", data, "-perplexity", "10", "-iters", "120", "-seed", "4"); other == out {
		t.Error("the seed changes nothing")
	}
}

// TestTSNETraceLarge checks that P is left out beyond 300 points and that
// the perplexity is clamped for small sets.
func TestTSNETraceLarge(t *testing.T) {
	data := writeFile(t, "c.csv", clusterCSV(301, false))
	code, out, errs := runArgs("tsne", "-data", data, "-iters", "1")
	ls := lines(t, out)
	if code != 0 || len(ls) != 2 || ls[0]["P"] != nil || ls[0]["perplexity"] != 30.0 {
		t.Fatalf("exit %d %s: %.200v", code, errs, ls)
	}
	small := writeFile(t, "s.csv", clusterCSV(10, false))
	_, out, _ = runArgs("tsne", "-data", small, "-iters", "1")
	if ls := lines(t, out); ls[0]["perplexity"] != 3.0 {
		t.Errorf("perplexity %v for 10 points, want 3", ls[0]["perplexity"])
	}
}

func TestTSNEBadInput(t *testing.T) {
	one := writeFile(t, "one.csv", "a,b\n1,2\n")
	nan := writeFile(t, "nan.csv", "a,b\n1,2\n3,NaN\n")
	short := writeFile(t, "short.csv", "a,b,c\n1,2,3\n4,5\n")
	big := writeFile(t, "big.csv", clusterCSV(1001, false))
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-data", one}, one + ":2: t-SNE needs at least 2 rows"},
		{[]string{"-data", nan}, nan + ":3: b:"},
		{[]string{"-data", short}, short + ":3: 2 fields"},
		{[]string{"-data", big}, big + ":1002: more than 1000 rows"},
		{[]string{"-data", filepath.Join(t.TempDir(), "missing.csv")}, "missing.csv"},
		{[]string{"-data", one, "-perplexity", "0"}, "-perplexity"},
		{[]string{"-data", one, "-perplexity", "NaN"}, "-perplexity"},
		{[]string{"-data", one, "-iters", "0"}, "-iters"},
		{[]string{}, "missing -data"},
		{[]string{"-data", one, "extra"}, "unexpected argument"},
	} {
		code, _, errs := runArgs(append([]string{"tsne"}, c.args...)...)
		if code != 2 || !strings.HasPrefix(errs, "trace: "+c.want) && !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: exit %d, %q", c.args, code, errs)
		}
	}
}

// FuzzTSNE runs tsne on arbitrary data briefly: exit 0 with finite output
// or 2 with one line naming the file, never a panic.
func FuzzTSNE(f *testing.F) {
	for _, s := range []string{clusterCSV(12, true), "a\n1\n1\n1\n", "a,b\n1e308,-1e308\n-1e308,1e308\n0,0\n", "y\n1\n", "\x00"} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := putFile(t, dir, "d.csv", data)
		code, out, errs := runArgs("tsne", "-data", p, "-iters", "60")
		switch code {
		case 0:
			if !strings.Contains(out, `"done":true`) || strings.Contains(out, "NaN") || strings.Contains(out, "null") {
				t.Fatalf("output %.300q", out)
			}
		case 2:
			if !strings.HasPrefix(errs, "trace: "+p) || strings.Count(errs, "\n") != 1 {
				t.Fatalf("stderr %q", errs)
			}
		default:
			t.Fatalf("exit %d: %s", code, errs)
		}
	})
}
