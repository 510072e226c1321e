package engine

import (
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

// maxTableLine is the longest line ReadTableCSV reads: MaxTableColumns
// numbers of up to 31 bytes each, with their commas.
const maxTableLine = MaxTableColumns * 32

// maxTableValues bounds the numbers a Table holds (rows × feature columns),
// so that its memory stays at 32 MiB whatever maxRows and the header say.
// A t-SNE table of MaxTSNEPoints rows of MaxTableColumns fits.
const maxTableValues = 1 << 22

// ReadTableCSV reads a header of column names and rows of numbers, at most
// maxRows of them (capped at MaxPoints). A last column named y (case
// ignored) holds an integer class per row and is returned in Y instead of
// among the features. Every error has the form "name:line: message" and
// quotes at most an Excerpt of the input: non-numbers, NaN, ±Inf, rows with
// the wrong number of fields, a class that is not an integer, no feature
// column, more than MaxTableColumns columns, an empty set, too many rows,
// more than 2²² numbers in all, lines longer than MaxTableColumns×32 bytes
// and files larger than 64 MiB are refused.
func ReadTableCSV(r io.Reader, name string, maxRows int) (Table, error) {
	var t Table
	hasY := false
	err := readCSV(r, name, csvFormat{
		maxLine: maxTableLine, maxFields: MaxTableColumns, maxRows: min(max(maxRows, 1), MaxPoints),
		rows: "rows", header: "a header of column names",
		checkHeader: func(rec []string, n int, _ string) error {
			if n > MaxTableColumns {
				return fmt.Errorf("%d columns, want at most %d", n, MaxTableColumns)
			}
			t.Names = append(t.Names, rec...)
			if last := len(t.Names) - 1; strings.EqualFold(t.Names[last], "y") {
				hasY, t.Names = true, t.Names[:last]
			}
			t.D = len(t.Names)
			if t.D == 0 {
				return errors.New("no feature columns besides y")
			}
			return nil
		},
		row: func(rec []string, n int, line int) error {
			want := t.D
			if hasY {
				want++
			}
			if n != want {
				return fmt.Errorf("%d fields, want %d as in the header", n, want)
			}
			if (t.N+1)*t.D > maxTableValues {
				return fmt.Errorf("more than %d numbers (rows × columns)", maxTableValues)
			}
			for k := range t.D {
				v, err := strconv.ParseFloat(rec[k], 64)
				if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
					return fmt.Errorf("%s: %q is not a finite number", columnName(t.Names, k), Excerpt(rec[k]))
				}
				t.X = append(t.X, v)
			}
			if hasY {
				c, err := parseClass(rec[t.D])
				if err != nil {
					return err
				}
				t.Y = append(t.Y, c)
			}
			t.Lines = append(t.Lines, line)
			t.N++
			return nil
		},
	})
	if err != nil {
		return Table{}, err
	}
	return t, nil
}

// columnName is column k's name as an error message shows it: the name
// when it is short printable text, else "column k+1", so that the message
// stays short beside the quoted field.
func columnName(names []string, k int) string {
	if s := names[k]; s != "" && len(s) <= 20 && strconv.Quote(s) == `"`+s+`"` {
		return s
	}
	return fmt.Sprintf("column %d", k+1)
}

// parseClass reads a class field: an integer of at most 10⁹ in magnitude.
func parseClass(f string) (int, error) {
	v, err := strconv.ParseFloat(f, 64)
	if err != nil || v != math.Trunc(v) || math.Abs(v) > 1e9 {
		return 0, fmt.Errorf("y: %q is not an integer class", Excerpt(f))
	}
	return int(v), nil
}

// ReadClassPointsCSV reads points with the header x1,x2,y where y is a class
// index 0…k−1 (k clamped to 2…MaxClasses), as the embedding scene and
// `trace mlp -classes K` take them. Errors have the form "name:line:
// message" and are bounded as ReadPointsCSV's are.
func ReadClassPointsCSV(r io.Reader, name string, k int) ([]ClassPoint, error) {
	k = min(max(k, 2), MaxClasses)
	return readPointRows(r, name, "the header x1,x2,y", checkHeader, func(rec []string, n int) (ClassPoint, error) {
		if n != 3 {
			return ClassPoint{}, fmt.Errorf("%d fields, want 3 (x1,x2,y)", n)
		}
		x, err := parseX1X2(rec)
		if err != nil {
			return ClassPoint{}, err
		}
		if err := ValidPoint(Point{X: x, Y: 1}); err != nil {
			return ClassPoint{}, err
		}
		c, err := parseClass(rec[2])
		if err != nil {
			return ClassPoint{}, err
		}
		if c < 0 || c >= k {
			return ClassPoint{}, fmt.Errorf("y = %d is not a class 0 to %d", c, k-1)
		}
		return ClassPoint{X: x, Class: c}, nil
	})
}
