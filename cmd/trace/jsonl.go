package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
)

// lineWriter writes JSON Lines through a buffer.
type lineWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// newLineWriter returns a lineWriter on w; call flush when done.
func newLineWriter(w io.Writer) *lineWriter {
	b := bufio.NewWriter(w)
	return &lineWriter{w: b, enc: json.NewEncoder(b)}
}

// write encodes v on one line. encoding/json refuses NaN and ±Inf, so the
// records only hold finite numbers or nil (null) where a value can be
// infinite; an error here means a broken writer or a bug, never bad input.
func (l *lineWriter) write(v any) error {
	if err := l.enc.Encode(v); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// flush writes out the buffer.
func (l *lineWriter) flush() error {
	if err := l.w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// finite returns &v, or nil (JSON null) if v is NaN or infinite.
func finite(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}
