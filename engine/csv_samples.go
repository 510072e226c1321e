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

// ReadSamplesCSV reads regression samples from CSV with the header x,y (case
// and surrounding spaces ignored) and one sample per row, y any finite real
// number. If check is not nil it is called with each y and its error refuses
// the row (a caller that wants class labels says so there). Every error has
// the form "name:line: message"; non-numbers, NaN, ±Inf, values beyond
// MaxCoord, an empty set and more than MaxPoints rows are refused, as in
// ReadPointsCSV.
func ReadSamplesCSV(r io.Reader, name string, check func(y float64) error) ([]Sample, error) {
	lr := &io.LimitedReader{R: r, N: maxCSVBytes + 1}
	cr := csv.NewReader(bufio.NewReader(lr))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.Comment = '#'
	cr.ReuseRecord = true
	fail := func(line int, err error) error { return fmt.Errorf("%s:%d: %v", name, line, err) }
	var data []Sample
	line, k := 1, 0 // k counts the records read, the header included
	for ; ; k++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		switch {
		case lr.N <= 0:
			return nil, fail(line, fmt.Errorf("file larger than %d MiB", maxCSVBytes>>20))
		case errors.As(err, &pe):
			return nil, fail(pe.Line, pe.Err)
		case err != nil:
			return nil, fail(line, err)
		}
		line, _ = cr.FieldPos(0)
		switch {
		case k == 0:
			err = checkSampleHeader(rec)
		case len(data) == MaxPoints:
			err = fmt.Errorf("more than %d points", MaxPoints)
		default:
			var s Sample
			if s, err = parseSample(rec, check); err == nil {
				data = append(data, s)
			}
		}
		if err != nil {
			return nil, fail(line, err)
		}
	}
	switch {
	case k == 0:
		return nil, fail(1, errors.New("empty file, want the header x,y"))
	case len(data) == 0:
		return nil, fail(line, fmt.Errorf("%v after the header", errNoPoints))
	}
	return data, nil
}

// checkSampleHeader accepts exactly the columns x,y.
func checkSampleHeader(rec []string) error {
	ok := len(rec) == 2
	for i, want := range [2]string{"x", "y"} {
		ok = ok && strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(rec[i], "\ufeff")), want)
	}
	if !ok {
		return fmt.Errorf("header is %q, want x,y", strings.Join(rec, ","))
	}
	return nil
}

// parseSample turns one data row into a valid sample.
func parseSample(rec []string, check func(y float64) error) (Sample, error) {
	if len(rec) != 2 {
		return Sample{}, fmt.Errorf("%d fields, want 2 (x,y)", len(rec))
	}
	var v [2]float64
	for i, col := range [2]string{"x", "y"} {
		f := strings.TrimSpace(rec[i])
		var err error
		if v[i], err = strconv.ParseFloat(f, 64); err != nil {
			return Sample{}, fmt.Errorf("%s: %q is not a number", col, f)
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
