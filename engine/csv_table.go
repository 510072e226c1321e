package engine

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// MaxTableColumns is the largest number of columns ReadTableCSV accepts.
const MaxTableColumns = 4096

// Table is a numeric data set read from CSV: N rows of D features, and
// optionally a class per row.
type Table struct {
	Names []string  // the feature columns' names, as in the header
	X     []float64 // N×D values, row-major
	Y     []int     // each row's class (the last column, named y), nil if there is none
	Lines []int     // the file line of each row, for error messages
	N, D  int
}

// Row returns row i's features (a view into X).
func (t *Table) Row(i int) []float64 { return t.X[i*t.D : (i+1)*t.D] }

// ReadTableCSV reads a header of column names and rows of numbers, at most
// maxRows of them (capped at MaxPoints). A last column named y (case
// ignored) holds an integer class per row and is returned in Y instead of
// among the features. Every error has the form "name:line: message":
// non-numbers, NaN, ±Inf, rows with the wrong number of fields, a class that
// is not an integer, no feature column, an empty set and too many rows are
// refused.
func ReadTableCSV(r io.Reader, name string, maxRows int) (Table, error) {
	maxRows = min(max(maxRows, 1), MaxPoints)
	lr := &io.LimitedReader{R: r, N: maxCSVBytes + 1}
	cr := csv.NewReader(bufio.NewReader(lr))
	cr.FieldsPerRecord = -1 // checked below, with a clearer message
	cr.TrimLeadingSpace = true
	cr.Comment = '#'
	cr.ReuseRecord = true
	fail := func(line int, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}
	var t Table
	hasY, header, line := false, true, 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			switch {
			case lr.N <= 0:
				return Table{}, fail(line, "file larger than %d MiB", maxCSVBytes>>20)
			case errors.As(err, &pe):
				return Table{}, fail(pe.Line, "%v", pe.Err)
			}
			return Table{}, fail(line, "%v", err)
		}
		line, _ = cr.FieldPos(0)
		if lr.N <= 0 {
			return Table{}, fail(line, "file larger than %d MiB", maxCSVBytes>>20)
		}
		if header {
			header = false
			if len(rec) > MaxTableColumns {
				return Table{}, fail(line, "%d columns, want at most %d", len(rec), MaxTableColumns)
			}
			for _, f := range rec {
				t.Names = append(t.Names, strings.TrimSpace(strings.TrimPrefix(f, "\ufeff")))
			}
			if last := len(t.Names) - 1; strings.EqualFold(t.Names[last], "y") {
				hasY, t.Names = true, t.Names[:last]
			}
			t.D = len(t.Names)
			if t.D == 0 {
				return Table{}, fail(line, "no feature columns besides y")
			}
			continue
		}
		if t.N == maxRows {
			return Table{}, fail(line, "more than %d rows", maxRows)
		}
		want := t.D
		if hasY {
			want++
		}
		if len(rec) != want {
			return Table{}, fail(line, "%d fields, want %d as in the header", len(rec), want)
		}
		for k := range t.D {
			f := strings.TrimSpace(rec[k])
			v, err := strconv.ParseFloat(f, 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return Table{}, fail(line, "%s: %q is not a finite number", t.Names[k], f)
			}
			t.X = append(t.X, v)
		}
		if hasY {
			f := strings.TrimSpace(rec[t.D])
			v, err := strconv.ParseFloat(f, 64)
			if err != nil || v != math.Trunc(v) || math.Abs(v) > 1e9 {
				return Table{}, fail(line, "y: %q is not an integer class", f)
			}
			t.Y = append(t.Y, int(v))
		}
		t.Lines = append(t.Lines, line)
		t.N++
	}
	if header {
		return Table{}, fail(1, "empty file, want a header of column names")
	}
	if t.N == 0 {
		return Table{}, fail(line, "%v after the header", errNoPoints)
	}
	return t, nil
}

// ReadClassPointsCSV reads points with the header x1,x2,y where y is a class
// index 0…k−1 (k clamped to 2…MaxClasses), as the embedding scene and
// `trace mlp -classes K` take them. Errors have the form "name:line: message".
func ReadClassPointsCSV(r io.Reader, name string, k int) ([]ClassPoint, error) {
	k = min(max(k, 2), MaxClasses)
	t, err := ReadTableCSV(r, name, MaxPoints)
	if err != nil {
		return nil, err
	}
	if t.D != 2 || t.Y == nil || !strings.EqualFold(t.Names[0], "x1") || !strings.EqualFold(t.Names[1], "x2") {
		cols := t.Names[:len(t.Names):len(t.Names)]
		if t.Y != nil {
			cols = append(cols, "y")
		}
		return nil, fmt.Errorf("%s:1: header is %q, want x1,x2,y", name, strings.Join(cols, ","))
	}
	pts := make([]ClassPoint, t.N)
	for i := range t.N {
		p := ClassPoint{X: [2]float64{t.X[2*i], t.X[2*i+1]}, Class: t.Y[i]}
		if err := ValidPoint(Point{X: p.X, Y: 1}); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, t.Lines[i], err)
		}
		if p.Class < 0 || p.Class >= k {
			return nil, fmt.Errorf("%s:%d: y = %d is not a class 0 to %d", name, t.Lines[i], p.Class, k-1)
		}
		pts[i] = p
	}
	return pts, nil
}
