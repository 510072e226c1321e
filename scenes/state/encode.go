package state

import (
	"math"
	"strconv"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/internal/jsonencode"
)

// Writing a document: the points and long lists are encoded into one
// buffer each, numbers as encoding/json writes them, NaN and ±Inf cleaned.

// PointsField returns the JSON form of a point set for State().
func PointsField(pts []engine.Point) PointList {
	return PointList(pts)
}

// PointList is the "points" field of a state document: it encodes itself
// as [{"x":[x1,x2],"y":y},…] (NaN and ±Inf cleaned, as Clean does) into
// one buffer, without a map per point. As []map[string]any, 100,000
// points took 35 MB of garbage each time a document was made.
type PointList []engine.Point

// MarshalJSON implements json.Marshaler.
func (l PointList) MarshalJSON() ([]byte, error) {
	return AppendList(len(l), 24, func(b []byte, i int) []byte {
		b = append(b, `{"x":`...)
		b = AppendPair(b, l[i].X)
		b = append(b, `,"y":`...)
		b = strconv.AppendInt(b, int64(l[i].Y), 10)
		return append(b, '}')
	}), nil
}

// AppendList writes a JSON array of n items, each appended by item, into
// one buffer of about per bytes an item: the encoding of a long field
// (the points, a scene's positions) without a value per item.
func AppendList(n, per int, item func(b []byte, i int) []byte) []byte {
	b := make([]byte, 0, 2+n*per)
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = item(b, i)
	}
	return append(b, ']')
}

// AppendPair writes [v0,v1] as a state document writes numbers.
func AppendPair(b []byte, v [2]float64) []byte {
	b = append(b, '[')
	b = AppendFloat(b, v[0])
	b = append(b, ',')
	b = AppendFloat(b, v[1])
	return append(b, ']')
}

// AppendFloat appends v as a state document writes a number (Clean, then
// as encoding/json does), for a scene's field that encodes itself into
// one buffer as PointList does.
func AppendFloat(b []byte, v float64) []byte { return appendJSONFloat(b, Clean(v)) }

// appendJSONFloat writes a finite v as encoding/json does (the shortest
// representation; exponent form below 1e-6 and from 1e21), so that a
// document reads the same whichever way it was made.
func appendJSONFloat(b []byte, v float64) []byte {
	a := math.Abs(v)
	format := byte('f')
	if a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, v, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9, as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// Clean replaces NaN and ±Inf, which JSON cannot carry, by 0 and ±MaxFloat64,
// so that a diverged model still exports a valid document.
//
// Not inlined (bundle size): used when a document is written, not per frame;
// a copy of its body at each exported value grew the web bundle.
//
//go:noinline
func Clean(v float64) float64 {
	switch {
	case math.IsNaN(v):
		return 0
	case math.IsInf(v, 1):
		return math.MaxFloat64
	case math.IsInf(v, -1):
		return -math.MaxFloat64
	}
	return v
}

// Marshal encodes a state document with its fields in a stable order.
func Marshal(m map[string]any) ([]byte, error) {
	return jsonencode.Marshal(m) // encoding/json sorts map keys
}
