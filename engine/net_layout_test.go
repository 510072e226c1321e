package engine

import (
	"math"
	"strings"
	"testing"
)

func TestNetMatricesRoundTrip(t *testing.T) {
	for _, c := range []struct {
		hidden []int
		k      int
	}{{[]int{3}, 2}, {[]int{8, 8, 2}, 3}, {[]int{1, 2, 3, 4}, 4}} {
		n := NewNet(c.hidden, c.k, ReLU, 5)
		w, b := n.Matrices()
		if len(w) != len(c.hidden)+1 || len(w[0][0]) != 2 || len(w[len(w)-1]) != n.Width(n.L+1) {
			t.Fatalf("%v: shapes %d layers", c.hidden, len(w))
		}
		m, err := NetFromMatrices(w, b, c.k, ReLU)
		if err != nil || m != n {
			t.Errorf("%v K=%d: round trip %v", c.hidden, c.k, err)
		}
		var g NetGrads
		n.Gradient(GenerateData(Blobs4Data, 8, 0.1, 1), 0, &g)
		gw, _ := g.Matrices(&n)
		if gw[0][0][1] != g.W[0][0][1] {
			t.Error("gradient layout")
		}
	}
}

func TestNetFromMatricesRefuses(t *testing.T) {
	n := NewNet([]int{2, 3}, 3, Tanh, 1)
	for _, c := range []struct {
		name   string
		change func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int)
		want   string
	}{
		{"classes", func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int) { return w, b, 5 }, "5 classes"},
		{"output rows", func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int) { return w, b, 2 }, "W3 has 3 rows, want 1"},
		{"one matrix", func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int) { return w[:1], b[:1], 3 }, "1 weight matrices"},
		{"biases", func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int) { return w, b[:2], 3 }, "3 weight matrices but 2"},
		{"input width", func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int) {
			w[0][1] = []float64{1, 2, 3}
			return w, b, 3
		}, "W1 row 2 has 3 values, want 2"},
		{"NaN", func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int) {
			w[1][0][0] = math.NaN()
			return w, b, 3
		}, "W2 row 1: NaN"},
		{"huge bias", func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int) {
			b[2][1] = 1e30
			return w, b, 3
		}, "b3: 1e+30"},
		{"wide", func(w [][][]float64, b [][]float64) ([][][]float64, [][]float64, int) {
			w[0] = make([][]float64, 9)
			return w, b, 3
		}, "W1 has 9 rows"},
	} {
		cw, cb := n.Matrices()
		cw, cb, k := c.change(cw, cb)
		if _, err := NetFromMatrices(cw, cb, k, Tanh); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

func TestProject2D(t *testing.T) {
	two := []float64{1, 2, 3, 4}
	if got := Project2D(nil, two, 2, 2); got[1] != [2]float64{3, 4} {
		t.Errorf("d=2: %v", got)
	}
	if got := Project2D(nil, []float64{5, 6}, 2, 1); got[1] != [2]float64{6, 0} {
		t.Errorf("d=1: %v", got)
	}
	// Points on a line in 3-D project onto the first axis with v = 0.
	line := []float64{0, 0, 0, 1, 2, 2, 2, 4, 4}
	got := Project2D(nil, line, 3, 3)
	if math.Abs(got[2][0]-got[0][0]-6) > 1e-12 || math.Abs(got[1][1]) > 1e-12 {
		t.Errorf("d=3: %v", got)
	}
}
