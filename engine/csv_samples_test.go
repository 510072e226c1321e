package engine

import (
	"errors"
	"strings"
	"testing"
)

func TestReadSamplesCSV(t *testing.T) {
	data, err := ReadSamplesCSV(strings.NewReader("\ufeffX, Y\n# a comment\n0,1.5\n-2.25, -1e9\n3e-3,0\n"), "s.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Sample{{0, 1.5}, {-2.25, -1e9}, {3e-3, 0}}
	if len(data) != len(want) {
		t.Fatalf("%v, want %v", data, want)
	}
	for i := range want {
		if data[i] != want[i] {
			t.Errorf("row %d: %v, want %v", i, data[i], want[i])
		}
	}
	labels := func(y float64) error {
		if y != 1 && y != -1 && y != 0 {
			return errors.New("not a label")
		}
		return nil
	}
	for _, c := range []struct{ in, want string }{
		{"", "s.csv:1: empty file, want the header x,y"},
		{"x,y\n", "s.csv:1: no points after the header"},
		{"x1,x2,y\n1,2,1\n", `s.csv:1: header is "x1,x2,y", want x,y`},
		{"x,y\n1,2\n1,NaN\n", "s.csv:3: y is not a finite number"},
		{"x,y\n1,2\nInf,2\n", "s.csv:3: x is not a finite number"},
		{"x,y\n2e9,1\n", "s.csv:2: x = 2e+09 is larger than 1e+09"},
		{"x,y\n1,two\n", `s.csv:2: y: "two" is not a number`},
		{"x,y\n1,2,3\n", "s.csv:2: 3 fields, want 2 (x,y)"},
		{"x,y\n1,\"2\n", "s.csv:2: field 2: quote not closed"},
		{"x,y\n1,1\n2,0.5\n", "s.csv:3: y: not a label"},
		{"x,y\n" + strings.Repeat("1,2\n", MaxPoints+1), "s.csv:100002: more than 100000 points"},
	} {
		check := labels
		if !strings.Contains(c.want, "label") {
			check = nil
		}
		_, err := ReadSamplesCSV(strings.NewReader(c.in), "s.csv", check)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%.40q: error %v, want %q", c.in, err, c.want)
		}
	}
}
