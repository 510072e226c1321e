package engine

import (
	"fmt"
	"strings"
	"testing"
)

func TestReadPointsCSV(t *testing.T) {
	in := "\ufeffX1, x2 ,y\n0,1,1\n# a comment\n\n-1, 0.5, -1\n2e0,3,0\n"
	pts, err := ReadPointsCSV(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Point{{X: [2]float64{0, 1}, Y: 1}, {X: [2]float64{-1, 0.5}, Y: -1}, {X: [2]float64{2, 3}, Y: -1}}
	if fmt.Sprint(pts) != fmt.Sprint(want) {
		t.Fatalf("got %v want %v", pts, want)
	}
}

func TestReadPointsCSVErrors(t *testing.T) {
	big := strings.Repeat("0,0,1\n", MaxPoints+1)
	for _, c := range []struct{ in, want string }{
		{"", "p.csv:1: empty file"},
		{"a,b,c\n1,2,1\n", "p.csv:1: header"},
		{"x1,x2\n1,2\n", "p.csv:1: header"},
		{"x1,x2,y\n", "p.csv:1: no points"},
		{"x1,x2,y\n1,2,1\nfoo,2,1\n", "p.csv:3: x1: \"foo\" is not a number"},
		{"x1,x2,y\n1,NaN,1\n", "p.csv:2: x2 is not a finite number"},
		{"x1,x2,y\n1,-Inf,1\n", "p.csv:2: x2 is not a finite number"},
		{"x1,x2,y\n1,2e10,1\n", "p.csv:2: x2 = 2e+10 is larger"},
		{"x1,x2,y\n1,2,2\n", "p.csv:2: y: \"2\" is not 1 or -1"},
		{"x1,x2,y\n1,2\n", "p.csv:2: 2 fields, want 3"},
		{"x1,x2,y\n1,2,1,4\n", "p.csv:2: 4 fields"},
		{"x1,x2,y\n1,\"2,1\n", "p.csv:2: "},
		{"x1,x2,y\n" + big, fmt.Sprintf("p.csv:%d: more than %d points", MaxPoints+2, MaxPoints)},
	} {
		_, err := ReadPointsCSV(strings.NewReader(c.in), "p.csv")
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%.40q: error %v, want prefix %q", c.in, err, c.want)
		}
	}
	if pts, err := ReadPointsCSV(strings.NewReader("x1,x2,y\n"+strings.Repeat("0,0,1\n", MaxPoints)), "p.csv"); err != nil || len(pts) != MaxPoints {
		t.Errorf("exactly MaxPoints rows: %d points, %v", len(pts), err)
	}
}

func FuzzReadPointsCSV(f *testing.F) {
	for _, s := range []string{
		"x1,x2,y\n0,1,1\n0,-1,1\n-1,0.5,-1\n",
		"x1,x2,y\n1,2,0\n",
		"x1,x2,y\nNaN,0,1\n",
		"x1,x2,y\n1e308,1e308,1\n",
		"x1,x2,y\n\"1\",\"2\",\"-1\"\n",
		"x1,x2\n",
		"",
		"x1,x2,y\n1,2,1,3\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pts, err := ReadPointsCSV(strings.NewReader(s), "f.csv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.csv:") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("bad error format: %q", err)
			}
			return
		}
		if len(pts) == 0 || len(pts) > MaxPoints {
			t.Fatalf("%d points", len(pts))
		}
		if err := ValidPoints(pts); err != nil {
			t.Fatal(err)
		}
	})
}
