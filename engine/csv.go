package engine

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxPoints is the largest number of data rows ReadPointsCSV accepts.
const MaxPoints = 100000

// maxCSVBytes bounds how much ReadPointsCSV reads, so that a single enormous
// line cannot exhaust memory before the row limit is reached.
const maxCSVBytes = 64 << 20

// ReadPointsCSV reads points from CSV with the header x1,x2,y (case and
// surrounding spaces ignored) and one point per row; y is 1 or −1, and 0 is
// read as −1 for files written with {0,1} labels. Every error has the form
// "name:line: message". Non-numbers, NaN, ±Inf, coordinates beyond MaxCoord,
// an empty set and more than MaxPoints rows are refused.
func ReadPointsCSV(r io.Reader, name string) ([]Point, error) {
	lr := &io.LimitedReader{R: r, N: maxCSVBytes + 1}
	cr := csv.NewReader(bufio.NewReader(lr))
	cr.FieldsPerRecord = -1 // checked below, with a clearer message
	cr.TrimLeadingSpace = true
	cr.Comment = '#'
	cr.ReuseRecord = true

	fail := func(line int, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}
	var pts []Point
	header := true
	line := 1 // line of the last record read
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// FieldPos is only defined after a successful Read.
			var pe *csv.ParseError
			switch {
			case lr.N <= 0:
				return nil, fail(line, "file larger than %d MiB", maxCSVBytes>>20)
			case errors.As(err, &pe):
				return nil, fail(pe.Line, "%v", pe.Err)
			}
			return nil, fail(line, "%v", err)
		}
		line, _ = cr.FieldPos(0)
		if lr.N <= 0 {
			return nil, fail(line, "file larger than %d MiB", maxCSVBytes>>20)
		}
		if header {
			header = false
			if err := checkHeader(rec); err != nil {
				return nil, fail(line, "%v", err)
			}
			continue
		}
		if len(pts) == MaxPoints {
			return nil, fail(line, "more than %d points", MaxPoints)
		}
		p, err := parsePointRecord(rec)
		if err != nil {
			return nil, fail(line, "%v", err)
		}
		pts = append(pts, p)
	}
	if header {
		return nil, fail(1, "empty file, want the header x1,x2,y")
	}
	if len(pts) == 0 {
		return nil, fail(line, "%v after the header", errNoPoints)
	}
	return pts, nil
}

// checkHeader accepts exactly the columns x1,x2,y.
func checkHeader(rec []string) error {
	want := [3]string{"x1", "x2", "y"}
	ok := len(rec) == 3
	for i := 0; ok && i < 3; i++ {
		f := strings.TrimSpace(strings.TrimPrefix(rec[i], "\ufeff"))
		ok = strings.EqualFold(f, want[i])
	}
	if !ok {
		return fmt.Errorf("header is %q, want x1,x2,y", strings.Join(rec, ","))
	}
	return nil
}

// parsePointRecord turns one data row into a valid point.
func parsePointRecord(rec []string) (Point, error) {
	if len(rec) != 3 {
		return Point{}, fmt.Errorf("%d fields, want 3 (x1,x2,y)", len(rec))
	}
	var p Point
	for k := 0; k < 2; k++ {
		f := strings.TrimSpace(rec[k])
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return Point{}, fmt.Errorf("x%d: %q is not a number", k+1, f)
		}
		p.X[k] = v
	}
	f := strings.TrimSpace(rec[2])
	switch f {
	case "1", "+1", "1.0", "+1.0":
		p.Y = 1
	case "-1", "0", "-1.0", "0.0", "-0":
		p.Y = -1
	default:
		return Point{}, fmt.Errorf("y: %q is not 1 or -1 (or 0)", f)
	}
	if err := ValidPoint(p); err != nil {
		return Point{}, err
	}
	return p, nil
}
