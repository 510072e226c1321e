package engine

import (
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
)

// csvReaders are the package's CSV readers, each with a header and a data
// row it accepts, so that one hostile input can be built for each.
var csvReaders = []struct {
	name, header, row string
	read              func(r io.Reader) error
}{
	{"points", "x1,x2,y\n", "0,0,1\n", func(r io.Reader) error { _, err := ReadPointsCSV(r, "p.csv"); return err }},
	{"samples", "x,y\n", "0,1\n", func(r io.Reader) error { _, err := ReadSamplesCSV(r, "p.csv", nil); return err }},
	{"class points", "x1,x2,y\n", "0,0,1\n", func(r io.Reader) error { _, err := ReadClassPointsCSV(r, "p.csv", 3); return err }},
	{"table", "x1,x2,y\n", "0,0,1\n", func(r io.Reader) error { _, err := ReadTableCSV(r, "p.csv", MaxTSNEPoints); return err }},
}

// TestCSVReadersHostile feeds every CSV reader the same hostile inputs,
// built on its own header and row: very long lines, lines of commas, huge
// quoted fields, binary junk, open quotes, many fields, too many rows. Each
// is refused on the right line with one line of at most maxCSVError bytes.
func TestCSVReadersHostile(t *testing.T) {
	long := strings.Repeat("9", 5<<20)
	for _, rd := range csvReaders {
		h, row := rd.header, rd.row
		for _, c := range []struct{ in, want string }{
			{strings.Repeat(",", 8<<20), "p.csv:1: line longer than"},
			{h + strings.Repeat(",", 8<<20), "p.csv:2: line longer than"},
			{h + "1,2," + long + "\n", "p.csv:2: line longer"},
			{h + `"` + long + `",1,1` + "\n", "p.csv:2: line longer"},
			{h + row + strings.Repeat("#", maxTableLine+1), "p.csv:3: line longer"},
			{h + strings.Repeat("1,", 500) + "1\n", "p.csv:2: 501 fields, want "},
			{h + `"1" x,2,1` + "\n", "p.csv:2: field 1: text after the closing quote"},
			{h + `1,2,"1` + "\n" + row, "p.csv:2: field 3: quote not closed"},
			{h + row + strings.Repeat("x", 900) + ",2,1\n", "p.csv:3: "},
			{h + row + "1," + strings.Repeat("\x00\xff", 400) + "\n", "p.csv:3: "},
			{"\x00\xff\xfe" + strings.Repeat("\x01", 500) + "\n" + row, "p.csv:"},
			{strings.Repeat("y", 1000) + "\n" + row, "p.csv:"},
			{strings.Repeat("\r", 1000) + "x\n" + row, "p.csv:"},
			{h + strings.Repeat(row, MaxPoints+1), "more than "},
			{"\n\n# c\n" + h + "\r\n", "p.csv:5: no points after the header"},
			{"", "p.csv:1: empty file, want "},
			{"# only\n\n", "p.csv:1: empty file, want "},
		} {
			err := rd.read(strings.NewReader(c.in))
			if err == nil || !strings.HasPrefix(err.Error(), "p.csv:") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s %.40q: error %.200v, want %q", rd.name, c.in, err, c.want)
				continue
			}
			if e := err.Error(); len(e) > maxCSVError || strings.ContainsAny(e, "\n\r") {
				t.Errorf("%s %.40q: error of %d bytes: %.300q", rd.name, c.in, len(e), e)
			}
		}
		// A byte-order mark and quoted header fields are read as the header.
		if err := rd.read(strings.NewReader("\ufeff\"" + strings.ReplaceAll(strings.TrimSpace(h), ",", `" , "`) + "\"\r\n" + row)); err != nil {
			t.Errorf("%s: quoted header after a BOM: %v", rd.name, err)
		}
	}
}

// TestReadTableCSVBounds: a table's columns, line length and numbers in all
// are bounded, and a long or odd column name is quoted as an excerpt.
func TestReadTableCSVBounds(t *testing.T) {
	cols := func(n int, s string) string { return strings.TrimSuffix(strings.Repeat(s+",", n), ",") + "\n" }
	for _, c := range []struct {
		in      string
		maxRows int
		want    string
	}{
		{cols(MaxTableColumns+1, "a"), 10, "p.csv:1: 4097 columns, want at most 4096"},
		{cols(MaxTableColumns, "a") + strings.Repeat(cols(MaxTableColumns, "0"), MaxTSNEPoints+1), MaxTSNEPoints, "p.csv:1002: more than 1000 rows"},
		{cols(MaxTableColumns, "a") + strings.Repeat(cols(MaxTableColumns, "0"), 1025), MaxPoints, "p.csv:1026: more than 4194304 numbers"},
		{strings.Repeat("a", 5000) + "\n1e999\n", 10, `p.csv:2: column 1: "1e999" is not`},
		{"b,a\x1b[2J\r\n0,x\n", 10, `p.csv:2: column 2: "x" is not`},
		{"b," + strings.Repeat("a", 20) + "\n0,x\n", 10, `p.csv:2: aaaaaaaaaaaaaaaaaaaa: "x" is not`},
		{cols(2, strings.Repeat("8", maxTableLine/2)), 10, "p.csv:1: line longer than 131072 bytes"},
	} {
		_, err := ReadTableCSV(strings.NewReader(c.in), "p.csv", c.maxRows)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%.40q: error %.200v, want prefix %q", c.in, err, c.want)
			continue
		}
		if e := err.Error(); len(e) > maxCSVError || strings.ContainsAny(e, "\n\r") {
			t.Errorf("%.40q: error of %d bytes: %.300q", c.in, len(e), e)
		}
	}
	// The widest table t-SNE takes is read whole.
	withY := func(s, y string) string { return strings.Repeat(s+",", MaxTableColumns-1) + y + "\n" }
	in := withY("a", "y") + strings.Repeat(withY("1.5", "2"), MaxTSNEPoints)
	tb, err := ReadTableCSV(strings.NewReader(in), "p.csv", MaxTSNEPoints)
	if err != nil || tb.N != MaxTSNEPoints || tb.D != MaxTableColumns-1 || tb.Y[999] != 2 || tb.X[len(tb.X)-1] != 1.5 {
		t.Errorf("widest table: N=%d D=%d, %v", tb.N, tb.D, err)
	}
}

// TestHasSamplesHeader: the peek agrees with ReadSamplesCSV on the header
// and reads only the first record.
func TestHasSamplesHeader(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"x,y\n1,2\n", true},
		{"\ufeff# c\n\n \"X\" , y \r\n", true},
		{"x,y\n" + strings.Repeat(",", 8<<20), true},
		{"x1,x2,y\n", false},
		{"x,y,z\n", false},
		{"", false},
		{strings.Repeat(",", 8<<20), false},
		{"\"x,y\n", false},
	} {
		if got := HasSamplesHeader(strings.NewReader(c.in)); got != c.want {
			t.Errorf("%.40q: %v, want %v", c.in, got, c.want)
		}
	}
}

// checkCSVError fails unless err is one line "f.csv:N: message" of at most
// maxCSVError bytes.
func checkCSVError(t *testing.T, err error) {
	t.Helper()
	e := err.Error()
	var line int
	if _, serr := fmt.Sscanf(e, "f.csv:%d:", &line); serr != nil || line < 1 || strings.ContainsAny(e, "\n\r") || len(e) > maxCSVError {
		t.Fatalf("bad error format: %q", e)
	}
}

// csvSeeds are fuzz seeds shared by the CSV readers' targets.
var csvSeeds = []string{
	"x,y\n0,1\n-2.5,1e9\n",
	"x1,x2,y\n0,1,2\n1,0,0\n",
	"a,b,c,Y\n1,2,3,0\n# c\n4,5,6e1,2\n",
	"x1,x2,y\n1,NaN,1\n",
	"\"x\",\"y\"\r\n\"1\",\"2\"\r\n",
	"x,y\n1,\"2\n",
	"",
	"x1,x2,y\n1,2,1,3\n",
	"x1,x2,y\n" + strings.Repeat(",", 2*MaxCSVLine),
	"y\n1\n",
}

func FuzzReadSamplesCSV(f *testing.F) {
	for _, s := range csvSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		data, err := ReadSamplesCSV(strings.NewReader(s), "f.csv", nil)
		if err != nil {
			checkCSVError(t, err)
			return
		}
		if len(data) == 0 || len(data) > MaxPoints {
			t.Fatalf("%d samples", len(data))
		}
		if err := ValidSamples(data); err != nil {
			t.Fatal(err)
		}
		if !HasSamplesHeader(strings.NewReader(s)) {
			t.Fatal("read as samples, but the header peek says it is not x,y")
		}
	})
}

func FuzzReadClassPointsCSV(f *testing.F) {
	for _, s := range csvSeeds {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		pts, err := ReadClassPointsCSV(strings.NewReader(s), "f.csv", int(k))
		if err != nil {
			checkCSVError(t, err)
			return
		}
		kk := min(max(int(k), 2), MaxClasses)
		if len(pts) == 0 || len(pts) > MaxPoints {
			t.Fatalf("%d points", len(pts))
		}
		for _, p := range pts {
			if err := ValidPoint(Point{X: p.X, Y: 1}); err != nil || p.Class < 0 || p.Class >= kk {
				t.Fatalf("accepted %v (k = %d): %v", p, kk, err)
			}
		}
	})
}

func FuzzReadTableCSV(f *testing.F) {
	for _, s := range csvSeeds {
		f.Add(s, uint16(3))
	}
	f.Fuzz(func(t *testing.T, s string, maxRows uint16) {
		tb, err := ReadTableCSV(strings.NewReader(s), "f.csv", int(maxRows))
		if err != nil {
			checkCSVError(t, err)
			return
		}
		if tb.N < 1 || tb.N > max(int(maxRows), 1) || tb.D < 1 || tb.D > MaxTableColumns || len(tb.Names) != tb.D ||
			len(tb.X) != tb.N*tb.D || len(tb.Lines) != tb.N || (tb.Y != nil && len(tb.Y) != tb.N) {
			t.Fatalf("inconsistent table N=%d D=%d names %d X %d lines %d Y %d", tb.N, tb.D, len(tb.Names), len(tb.X), len(tb.Lines), len(tb.Y))
		}
		for _, v := range tb.X {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("accepted %g", v)
			}
		}
	})
}
