package engine

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csvFormat describes one kind of CSV file for readCSV: its bounds, and what
// its header and data rows hold. Every CSV reader in this package is a
// csvFormat, so that the bounds that keep memory and error size flat for
// any input are written once.
type csvFormat struct {
	maxLine   int    // the longest line read, in bytes
	maxFields int    // the most fields split from a line; more are counted, not kept
	maxRows   int    // the most data rows
	rows      string // what a row is called in "more than N rows": "points", "rows"
	header    string // the header wanted, in "empty file, want the header …"
	// checkHeader is given the header's fields (at most maxFields of them,
	// a leading byte-order mark removed), n the number of fields on the
	// line and the line itself, to quote an Excerpt of.
	checkHeader func(rec []string, n int, line string) error
	// row is given each data row's fields, n and its line number.
	row func(rec []string, n int, line int) error
}

// csvRecords reads a CSV file line by line, at most maxLine bytes a line
// and 64 MiB in all, skipping blank lines and lines that start with #. A
// record is one line: a quote left open at the end of a line is an error.
type csvRecords struct {
	name    string
	lr      *io.LimitedReader
	br      *bufio.Reader
	maxLine int
	fields  []string // reused for each record; its capacity is maxFields
	line    int      // the number of the line last read
	eof     bool
}

// newCSVRecords reads r, called name in errors.
func newCSVRecords(r io.Reader, name string, maxLine, maxFields int) *csvRecords {
	lr := &io.LimitedReader{R: r, N: maxCSVBytes + 1}
	return &csvRecords{
		name:    name,
		lr:      lr,
		br:      bufio.NewReaderSize(lr, maxLine+1),
		maxLine: maxLine,
		fields:  make([]string, 0, maxFields),
	}
}

// errorf formats an error "name:line: message".
func (c *csvRecords) errorf(line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", c.name, line, fmt.Sprintf(format, args...))
}

// next returns the next record: its fields (at most maxFields, spaces
// trimmed, quotes removed; valid until the next call), n the number of
// fields on the line and the line as read. ok is false at the end of the
// file. Errors have the form "name:line: message" and quote at most an
// Excerpt of the input.
func (c *csvRecords) next() (rec []string, n int, text string, ok bool, err error) {
	for !c.eof {
		raw, rerr := c.br.ReadSlice('\n')
		if len(raw) > 0 || rerr == nil {
			c.line++
		}
		switch {
		case c.lr.N <= 0:
			return nil, 0, "", false, c.errorf(c.line, "file larger than %d MiB", maxCSVBytes>>20)
		case errors.Is(rerr, bufio.ErrBufferFull):
			return nil, 0, "", false, c.errorf(c.line, "line longer than %d bytes (%q)", c.maxLine, Excerpt(string(raw)))
		case rerr == io.EOF:
			c.eof = true
		case rerr != nil:
			return nil, 0, "", false, c.errorf(c.line, "%v", rerr)
		}
		b := bytes.TrimRight(raw, "\r\n")
		if c.line == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff"))
		}
		// Blank and comment lines are skipped before making a string of them.
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		text = string(b)
		rec, n, err = splitCSVLine(text, c.fields[:0])
		if err != nil {
			return nil, 0, "", false, c.errorf(c.line, "%v", err)
		}
		return rec, n, text, true, nil
	}
	return nil, 0, "", false, nil
}

// readCSV reads r as f describes: a header, then data rows up to
// f.maxRows. Every error has the form "name:line: message" and quotes at
// most an Excerpt of the input; f's functions' errors are given the prefix.
func readCSV(r io.Reader, name string, f csvFormat) error {
	c := newCSVRecords(r, name, f.maxLine, f.maxFields)
	header, rows := true, 0
	for {
		rec, n, text, ok, err := c.next()
		switch {
		case err != nil:
			return err
		case !ok && header:
			return c.errorf(1, "empty file, want %s", f.header)
		case !ok && rows == 0:
			return c.errorf(c.line, "%v after the header", errNoPoints)
		case !ok:
			return nil
		case header:
			header = false
			err = f.checkHeader(rec, n, text)
		case rows == f.maxRows:
			err = fmt.Errorf("more than %d %s", f.maxRows, f.rows)
		default:
			rows++
			err = f.row(rec, n, c.line)
		}
		if err != nil {
			return c.errorf(c.line, "%v", err)
		}
	}
}

// splitCSVLine splits one line at commas into at most cap(dst) fields,
// with surrounding spaces trimmed and "quoted" fields unquoted ("" inside
// quotes is a quote). n is the number of fields on the line, which may be
// more than len(fields). A quote left open is an error: a record spanning
// lines is never a data row.
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

// HasSamplesHeader reports whether the CSV text read from r starts (after
// blank and comment lines) with the header x,y that ReadSamplesCSV reads;
// it reads only the first record, and input it cannot read is not.
func HasSamplesHeader(r io.Reader) bool {
	c := newCSVRecords(r, "", MaxCSVLine, maxCSVFields)
	rec, n, text, ok, err := c.next()
	return err == nil && ok && checkSampleHeader(rec, n, text) == nil
}
