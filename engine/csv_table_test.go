package engine

import (
	"strings"
	"testing"
)

func TestReadTableCSV(t *testing.T) {
	tb, err := ReadTableCSV(strings.NewReader("a, b ,c,Y\n1,2,3,0\n# comment\n4,5,6e1,2\n"), "t.csv", 10)
	if err != nil {
		t.Fatal(err)
	}
	if tb.N != 2 || tb.D != 3 || strings.Join(tb.Names, "|") != "a|b|c" || len(tb.Y) != 2 || tb.Y[1] != 2 || tb.Row(1)[2] != 60 || tb.Lines[1] != 4 {
		t.Errorf("read %+v", tb)
	}
	tb, err = ReadTableCSV(strings.NewReader("f1,f2\n1,2\n"), "t.csv", 10)
	if err != nil || tb.Y != nil || tb.D != 2 {
		t.Errorf("without y: %+v %v", tb, err)
	}
	for _, c := range []struct{ in, want string }{
		{"", "t.csv:1: empty file"},
		{"a,b\n", "t.csv:1: no points"},
		{"y\n1\n", "t.csv:1: no feature columns"},
		{"a,b\n1,2\n3\n", "t.csv:3: 1 fields, want 2"},
		{"a,b\n1,x\n", `t.csv:2: b: "x" is not a finite number`},
		{"a,b\n1,NaN\n", "t.csv:2: b:"},
		{"a,b\n1,1e999\n", "t.csv:2: b:"},
		{"a,y\n1,0.5\n", `t.csv:2: y: "0.5" is not an integer class`},
		{"a\n1\n2\n3\n4\n", "t.csv:4: more than 2 rows"},
		{"a\n\"1\n", "t.csv:2:"},
	} {
		_, err := ReadTableCSV(strings.NewReader(c.in), "t.csv", 2)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q…", c.in, err, c.want)
		}
	}
}

func TestReadClassPointsCSV(t *testing.T) {
	pts, err := ReadClassPointsCSV(strings.NewReader("x1,x2,y\n0,1,2\n1,0,0\n"), "p.csv", 3)
	if err != nil || len(pts) != 2 || pts[0] != (ClassPoint{X: [2]float64{0, 1}, Class: 2}) {
		t.Fatalf("%v %v", pts, err)
	}
	for _, c := range []struct{ in, want string }{
		{"x1,x2\n0,1\n", `p.csv:1: header is "x1,x2", want x1,x2,y`},
		{"a,b,y\n0,1,1\n", `p.csv:1: header is "a,b,y"`},
		{"x1,x2,y\n0,1,1\n0,1,3\n", "p.csv:3: y = 3 is not a class 0 to 2"},
		{"x1,x2,y\n0,1,-1\n", "p.csv:2: y = -1"},
		{"x1,x2,y\n2e9,1,1\n", "p.csv:2: x1"},
	} {
		_, err := ReadClassPointsCSV(strings.NewReader(c.in), "p.csv", 3)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q…", c.in, err, c.want)
		}
	}
}
