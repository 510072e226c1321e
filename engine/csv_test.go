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

// maxCSVError bounds the length of any ReadPointsCSV error for a short file
// name: the message quotes at most an Excerpt of the input, and an Excerpt
// of binary junk, quoted, takes four bytes a byte.
const maxCSVError = 256

// TestReadPointsCSVHostile feeds rows built to be expensive or misleading:
// very long lines, lines of commas, huge quoted fields, binary junk, open
// quotes, many fields. Each is refused on the right line with a short
// message, or read as the points it holds.
func TestReadPointsCSVHostile(t *testing.T) {
	const h = "x1,x2,y\n"
	long := strings.Repeat("9", 5<<20)
	for _, c := range []struct{ in, want string }{
		{strings.Repeat(",", 8<<20), "p.csv:1: line longer than 1024 bytes"},
		{h + strings.Repeat(",", 8<<20), "p.csv:2: line longer than 1024 bytes"},
		{h + "1,2," + long + "\n", "p.csv:2: line longer"},
		{h + `"` + long + `",1,1` + "\n", "p.csv:2: line longer"},
		{h + "1,2,1\n" + strings.Repeat("#", MaxCSVLine+1), "p.csv:3: line longer"},
		{h + strings.Repeat("1,", 500) + "1\n", "p.csv:2: 501 fields, want 3"},
		{h + ",,\n", "p.csv:2: x1: \"\" is not a number"},
		{h + "1,2,1,\n", "p.csv:2: 4 fields"},
		{h + "1\n", "p.csv:2: 1 fields"},
		{h + `"1,2",1,1` + "\n", `p.csv:2: x1: "1,2" is not a number`},
		{h + `"1" x,2,1` + "\n", "p.csv:2: field 1: text after the closing quote"},
		{h + `1,2,"1` + "\n2,3,1\n", "p.csv:2: field 3: quote not closed"},
		{h + "1,2,1\n" + strings.Repeat("x", 900) + ",2,1\n", "p.csv:3: x1: \"xxxx"},
		{"\x00\xff\xfe" + strings.Repeat("\x01", 500) + "\n", "p.csv:1: header is"},
		{strings.Repeat("y", 1000) + "\n1,2,1\n", "p.csv:1: header is \"yyy"},
		{h + "1,2," + strings.Repeat("7", 900) + "\n", "p.csv:2: y: \"777"},
		{h + "0x1p3,2,1\n1e999,0,1\n", "p.csv:3: x1"},
		{"\n\n# c\n" + h + "\r\n", "p.csv:5: no points"},
	} {
		_, err := ReadPointsCSV(strings.NewReader(c.in), "p.csv")
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%.40q: error %.200v, want prefix %q", c.in, err, c.want)
			continue
		}
		if len(err.Error()) > maxCSVError {
			t.Errorf("%.40q: error of %d bytes: %.300q", c.in, len(err.Error()), err)
		}
	}
	for _, c := range []struct {
		in   string
		want []Point
	}{
		{"\"x1\", \"X2\" ,\"y\"\r\n\"1\",\"2\",\"-1\"\r\n", []Point{{X: [2]float64{1, 2}, Y: -1}}},
		{h + "  1 ,\t2, 1", []Point{{X: [2]float64{1, 2}, Y: 1}}},
		{h + strings.Repeat(" ", 900) + "3,4,0\n", []Point{{X: [2]float64{3, 4}, Y: -1}}},
	} {
		pts, err := ReadPointsCSV(strings.NewReader(c.in), "p.csv")
		if err != nil || fmt.Sprint(pts) != fmt.Sprint(c.want) {
			t.Errorf("%q: %v, %v; want %v", c.in, pts, err, c.want)
		}
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
		"x1,x2,y\n\"1,\"\"2\",1\n",
		"x1,x2,y\n" + strings.Repeat(",", 2*MaxCSVLine),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pts, err := ReadPointsCSV(strings.NewReader(s), "f.csv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.csv:") || strings.Contains(err.Error(), "\n") || len(err.Error()) > maxCSVError {
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
