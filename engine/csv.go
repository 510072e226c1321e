package engine

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxPoints is the largest number of data rows ReadPointsCSV accepts.
const MaxPoints = 100000

// maxCSVBytes bounds how much ReadPointsCSV reads in all: comment and blank
// lines do not count towards MaxPoints, so they are bounded here.
const maxCSVBytes = 64 << 20

// MaxCSVLine is the longest line ReadPointsCSV reads. A point row is three
// numbers; even written with 17 digits and spaces it is under 100 bytes.
// Reading line by line with this bound keeps memory flat whatever the file
// holds: a 64 MiB line of commas once took gigabytes as a CSV record.
const MaxCSVLine = 1024

// maxCSVFields is the most fields a row is split into; a row with more is
// refused without splitting the rest.
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
	lr := &io.LimitedReader{R: r, N: maxCSVBytes + 1}
	br := bufio.NewReaderSize(lr, MaxCSVLine+1)
	fail := func(line int, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}
	var pts []Point
	var fields [maxCSVFields]string
	header := true
	line := 0
	for {
		raw, err := br.ReadSlice('\n')
		if len(raw) > 0 || err == nil {
			line++
		}
		switch {
		case lr.N <= 0:
			return nil, fail(line, "file larger than %d MiB", maxCSVBytes>>20)
		case errors.Is(err, bufio.ErrBufferFull):
			return nil, fail(line, "line longer than %d bytes (%q)", MaxCSVLine, Excerpt(string(raw)))
		case err != nil && err != io.EOF:
			return nil, fail(line, "%v", err)
		}
		// Blank and comment lines are skipped before making a string of them.
		if b := bytes.TrimRight(raw, "\r\n"); len(b) > 0 && b[0] != '#' {
			text := string(b)
			rec, n, perr := splitCSVLine(text, fields[:0])
			switch {
			case perr != nil:
				return nil, fail(line, "%v", perr)
			case header:
				header = false
				if err := checkHeader(rec, n, text); err != nil {
					return nil, fail(line, "%v", err)
				}
			case len(pts) == MaxPoints:
				return nil, fail(line, "more than %d points", MaxPoints)
			default:
				p, err := parsePointRecord(rec, n)
				if err != nil {
					return nil, fail(line, "%v", err)
				}
				pts = append(pts, p)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if header {
		return nil, fail(1, "empty file, want the header x1,x2,y")
	}
	if len(pts) == 0 {
		return nil, fail(line, "%v after the header", errNoPoints)
	}
	return pts, nil
}

// splitCSVLine splits one line at commas into at most cap(dst) fields,
// with surrounding spaces trimmed and "quoted" fields unquoted ("" inside
// quotes is a quote). n is the number of fields on the line, which may be
// more than len(fields). A quote left open is an error: a record spanning
// lines is never a point row.
func splitCSVLine(s string, dst []string) (fields []string, n int, err error) {
	fields = dst
	for {
		s = strings.TrimLeft(s, " \t")
		var f string
		if strings.HasPrefix(s, `"`) {
			var b strings.Builder
			i := 1
			for {
				j := strings.IndexByte(s[i:], '"')
				if j < 0 {
					return nil, 0, fmt.Errorf("field %d: quote not closed", n+1)
				}
				b.WriteString(s[i : i+j])
				i += j + 1
				if i < len(s) && s[i] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				break
			}
			f, s = b.String(), s[i:]
			rest := strings.TrimLeft(s, " \t")
			if rest != "" && rest[0] != ',' {
				return nil, 0, fmt.Errorf("field %d: text after the closing quote", n+1)
			}
			s = rest
		} else {
			j := strings.IndexByte(s, ',')
			if j < 0 {
				j = len(s)
			}
			f, s = s[:j], s[j:]
		}
		if len(fields) < cap(fields) {
			fields = append(fields, strings.TrimSpace(f))
		}
		n++
		if s == "" {
			return fields, n, nil
		}
		s = s[1:] // the comma
	}
}

// checkHeader accepts exactly the columns x1,x2,y; line is the header line
// as read, quoted in the error.
func checkHeader(rec []string, n int, line string) error {
	want := [3]string{"x1", "x2", "y"}
	ok := n == 3
	for i := 0; ok && i < 3; i++ {
		f := strings.TrimSpace(strings.TrimPrefix(rec[i], "\ufeff"))
		ok = strings.EqualFold(f, want[i])
	}
	if !ok {
		return fmt.Errorf("header is %q, want x1,x2,y", Excerpt(line))
	}
	return nil
}

// parsePointRecord turns one data row of n fields into a valid point.
func parsePointRecord(rec []string, n int) (Point, error) {
	if n != 3 {
		return Point{}, fmt.Errorf("%d fields, want 3 (x1,x2,y)", n)
	}
	var p Point
	for k := 0; k < 2; k++ {
		v, err := strconv.ParseFloat(rec[k], 64)
		if err != nil {
			return Point{}, fmt.Errorf("x%d: %q is not a number", k+1, Excerpt(rec[k]))
		}
		p.X[k] = v
	}
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
