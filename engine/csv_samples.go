package engine

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadSamplesCSV reads regression samples from CSV with the header x,y (case
// and surrounding spaces ignored) and one sample per row, y any finite real
// number. If check is not nil it is called with each y and its error refuses
// the row (a caller that wants class labels says so there). Every error has
// the form "name:line: message" and quotes at most an Excerpt of the input;
// non-numbers, NaN, ±Inf, values beyond MaxCoord, an empty set, more than
// MaxPoints rows, lines longer than MaxCSVLine bytes and files larger than
// 64 MiB are refused, as in ReadPointsCSV.
func ReadSamplesCSV(r io.Reader, name string, check func(y float64) error) ([]Sample, error) {
	return readPointRows(r, name, "the header x,y", checkSampleHeader, func(rec []string, n int) (Sample, error) {
		return parseSample(rec, n, check)
	})
}

// checkSampleHeader accepts exactly the columns x,y; line is the header line
// as read, an Excerpt of which the error quotes.
func checkSampleHeader(rec []string, n int, line string) error {
	if n != 2 || !strings.EqualFold(rec[0], "x") || !strings.EqualFold(rec[1], "y") {
		return fmt.Errorf("header is %q, want x,y", Excerpt(line))
	}
	return nil
}

// parseSample turns one data row of n fields into a valid sample.
func parseSample(rec []string, n int, check func(y float64) error) (Sample, error) {
	if n != 2 {
		return Sample{}, fmt.Errorf("%d fields, want 2 (x,y)", n)
	}
	var v [2]float64
	for i, col := range [2]string{"x", "y"} {
		var err error
		if v[i], err = strconv.ParseFloat(rec[i], 64); err != nil {
			return Sample{}, fmt.Errorf("%s: %q is not a number", col, Excerpt(rec[i]))
		}
	}
	s := Sample{X: v[0], Y: v[1]}
	if err := ValidSample(s); err != nil {
		return Sample{}, err
	}
	if check != nil {
		if err := check(s.Y); err != nil {
			return Sample{}, fmt.Errorf("y: %v", err)
		}
	}
	return s, nil
}
