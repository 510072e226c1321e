package engine

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxPoints is the largest number of data rows ReadPointsCSV accepts.
const MaxPoints = 100000

// maxCSVBytes bounds how much every CSV reader reads in all: comment and
// blank lines do not count towards the rows, so they are bounded here.
const maxCSVBytes = 64 << 20

// MaxCSVLine is the longest line ReadPointsCSV, ReadSamplesCSV and
// ReadClassPointsCSV read. A point row is three numbers; even written with
// 17 digits and spaces it is under 100 bytes.
// Reading line by line with this bound keeps memory flat whatever the file
// holds: a 64 MiB line of commas once took gigabytes as a CSV record.
const MaxCSVLine = 1024

// maxCSVFields is the most fields a row of points or samples is split into;
// a row with more is refused without keeping the rest.
const maxCSVFields = 8

// ReadPointsCSV reads points from CSV with the header x1,x2,y (case and
// surrounding spaces ignored) and one point per row; y is 1 or −1, and 0 is
// read as −1 for files written with {0,1} labels. Fields may be quoted
// ("1"); lines starting with # and blank lines are skipped. Every error has
// the form "name:line: message" and quotes at most an Excerpt of the input.
// Non-numbers, NaN, ±Inf, coordinates beyond MaxCoord, an empty set, more
// than MaxPoints rows, lines longer than MaxCSVLine bytes and files larger
// than 64 MiB are refused.
func ReadPointsCSV(r io.Reader, name string) ([]Point, error) {
	return readPointRows(r, name, "the header x1,x2,y", checkHeader, parsePointRecord)
}

// readPointRows reads a CSV file of points within the points files' limits
// (MaxCSVLine, MaxPoints rows) whose header checkHeader accepts; parse
// turns each data row of n fields into a T. header names the header wanted
// in the message for an empty file.
func readPointRows[T any](r io.Reader, name, header string, checkHeader func(rec []string, n int, line string) error, parse func(rec []string, n int) (T, error)) ([]T, error) {
	var out []T
	err := readCSV(r, name, csvFormat{
		maxLine: MaxCSVLine, maxFields: maxCSVFields, maxRows: MaxPoints,
		rows: "points", header: header,
		checkHeader: checkHeader,
		row: func(rec []string, n int, _ int) error {
			v, err := parse(rec, n)
			out = append(out, v)
			return err
		},
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkHeader accepts exactly the columns x1,x2,y; line is the header line
// as read, an Excerpt of which the error quotes.
func checkHeader(rec []string, n int, line string) error {
	want := [3]string{"x1", "x2", "y"}
	ok := n == 3
	for i := 0; ok && i < 3; i++ {
		ok = strings.EqualFold(rec[i], want[i])
	}
	if !ok {
		return fmt.Errorf("header is %q, want x1,x2,y", Excerpt(line))
	}
	return nil
}

// parseX1X2 reads the first two fields as the coordinates x1, x2.
func parseX1X2(rec []string) ([2]float64, error) {
	var x [2]float64
	for k := range x {
		v, err := strconv.ParseFloat(rec[k], 64)
		if err != nil {
			return x, fmt.Errorf("x%d: %q is not a number", k+1, Excerpt(rec[k]))
		}
		x[k] = v
	}
	return x, nil
}

// parsePointRecord turns one data row of n fields into a valid point.
func parsePointRecord(rec []string, n int) (Point, error) {
	if n != 3 {
		return Point{}, fmt.Errorf("%d fields, want 3 (x1,x2,y)", n)
	}
	x, err := parseX1X2(rec)
	if err != nil {
		return Point{}, err
	}
	p := Point{X: x}
	switch rec[2] {
	case "1", "+1", "1.0", "+1.0":
		p.Y = 1
	case "-1", "0", "-1.0", "0.0", "-0":
		p.Y = -1
	default:
		return Point{}, fmt.Errorf("y: %q is not 1 or -1 (or 0)", Excerpt(rec[2]))
	}
	if err := ValidPoint(p); err != nil {
		return Point{}, err
	}
	return p, nil
}
