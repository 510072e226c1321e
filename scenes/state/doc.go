// Package state reads and writes the state document: the one JSON document
// per scene that window.neurona.state()/load(), export and import, share
// links and the desktop's -load all use. It does not import Ebiten, so its
// decoders are tested and fuzzed without a display.
//
// A document is a JSON object. The fields every scene has are "scene",
// "lang", "step", "frame" and "points" ([{"x":[x1,x2],"y":1|-1}], data
// coordinates); each scene adds its own. Unknown fields are ignored; a field
// of the wrong type is refused with a message that names it.
package state

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
	"github.com/neurona/neurona/internal/jsondecode"
	"github.com/neurona/neurona/internal/jsonencode"
)

// MaxBytes is the largest state document accepted (2 MiB): room for far
// more points than a lecture uses, small enough that a wrong file dropped on
// the page is refused at once.
const MaxBytes = 2 << 20

// Doc is a parsed state document whose fields are decoded on demand. It
// reads them with package statedoc's readers, with one difference: a
// null field is present here (Has), so that a scene refuses a null where
// it wants a value, while Decode leaves the destination as it is.
type Doc struct {
	fields statedoc.Doc
}

// Parse reads a state document.
func Parse(data []byte) (Doc, error) {
	if len(data) > MaxBytes {
		return Doc{}, fmt.Errorf("the document is %d bytes; the limit is %d", len(data), MaxBytes)
	}
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		return Doc{}, fmt.Errorf("a state document is a JSON object {…}")
	}
	var m map[string]json.RawMessage
	if err := jsondecode.Unmarshal(data, &m); err != nil {
		return Doc{}, fmt.Errorf("not valid JSON: %v", err)
	}
	return Doc{fields: m}, nil
}

// FromMap builds a Doc from fields already in memory (for tests and for
// round trips).
func FromMap(m map[string]any) (Doc, error) {
	b, err := jsonencode.Marshal(m)
	if err != nil {
		return Doc{}, err
	}
	return Parse(b)
}

// FromPoints builds a Doc whose only field is "points" (a dropped CSV,
// already held to engine.MaxPoints rows). It skips Parse's MaxBytes: a
// CSV of 100,000 points fits its own limit but is larger as JSON, and
// going through FromMap refused such a drop with a message about a
// "document" the user never gave.
func FromPoints(pts []engine.Point) (Doc, error) {
	return FromPointsField(PointsField(pts))
}

// FromPointsField is FromPoints for a scene whose points are not the
// plane's classes (regression's {"x":[x],"y":real}): v is what the
// document's "points" holds, already held to engine.MaxPoints rows.
func FromPointsField(v any) (Doc, error) {
	b, err := jsonencode.Marshal(v)
	if err != nil {
		return Doc{}, err
	}
	return Doc{fields: map[string]json.RawMessage{"points": b}}, nil
}

// Has reports whether the document has the field, null or not.
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Has(name string) bool {
	_, ok := d.fields[name]
	return ok
}

// FieldError is a problem with one named field.
type FieldError = statedoc.FieldError

// Errorf returns a FieldError for the field name, its message formatted
// as fmt.Sprintf formats it.
//
// Not inlined (bundle size): an error path, copied at each of its many call
// sites it grew the web bundle.
//
//go:noinline
func Errorf(name, format string, args ...any) error {
	return statedoc.Errorf(name, format, args...)
}

// Decode unmarshals the field into v; an absent or null field leaves v as
// it is.
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Decode(name string, v any) error { return d.fields.Decode(name, v) }

// String reads a string field.
func (d Doc) String(name string, dst *string) error { return d.Decode(name, dst) }

// Bool reads a boolean field.
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Bool(name string, dst *bool) error { return d.Decode(name, dst) }

// Float reads a number field that must be finite and within [lo, hi].
func (d Doc) Float(name string, dst *float64, lo, hi float64) error {
	var v float64
	if !d.Has(name) {
		return nil
	}
	if err := d.Decode(name, &v); err != nil {
		return err
	}
	if math.IsNaN(v) || v < lo || v > hi {
		return Errorf(name, "%g is outside [%g, %g]", v, lo, hi)
	}
	*dst = v
	return nil
}

// Rate reads a learning rate, a number in (0, hi]: Float's check, and a
// refusal of 0 that says why. An absent or refused field leaves dst as it
// is.
func (d Doc) Rate(name string, dst *float64, hi float64) error {
	v := *dst
	if err := d.Float(name, &v, 0, hi); err != nil {
		return err
	}
	if !(v > 0) {
		return Errorf(name, "the learning rate α must be positive")
	}
	*dst = v
	return nil
}

// Int reads an integer field within [lo, hi]; a null one is read as 0.
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Int(name string, dst *int, lo, hi int) error { return statedoc.Int(d, name, dst, lo, hi) }

// Vec reads a fixed-length array of finite numbers, each within ±limit.
func (d Doc) Vec(name string, dst []float64, limit float64) error {
	if !d.Has(name) {
		return nil
	}
	var v []float64
	if err := d.Decode(name, &v); err != nil {
		return err
	}
	if len(v) != len(dst) {
		return Errorf(name, "want %d numbers, got %d", len(dst), len(v))
	}
	for i, x := range v {
		if math.IsNaN(x) || math.Abs(x) > limit {
			return Errorf(name, "element %d (%g) is outside ±%g", i, x, limit)
		}
	}
	copy(dst, v)
	return nil
}

// Choice reads a string field that must be one of the allowed values; a
// null one is read as "".
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Choice(name string, dst *string, allowed ...string) error {
	return statedoc.Choice(d, name, dst, allowed...)
}

type jsonPoint struct {
	X []float64 `json:"x"`
	Y *float64  `json:"y"`
}

// Points reads the "points" field. ok is false when the field is absent.
// Each point needs two finite coordinates within ±1e9 and a label of 1 or −1
// (0 is read as −1, as in the CSV files); at most engine.MaxPoints points.
func (d Doc) Points() (pts []engine.Point, ok bool, err error) {
	return DecodePoints(d, engine.MaxPoints, "%d points; the limit is %d", func(r jsonPoint) (engine.Point, error) {
		if len(r.X) != 2 {
			return engine.Point{}, errors.New(`"x" needs 2 numbers`)
		}
		if r.Y == nil {
			return engine.Point{}, errors.New(`"y" is missing`)
		}
		y := 1
		switch *r.Y {
		case 1:
		case -1, 0:
			y = -1
		default:
			return engine.Point{}, fmt.Errorf(`"y" must be 1 or -1, got %g`, *r.Y)
		}
		p := engine.Point{X: [2]float64{r.X[0], r.X[1]}, Y: y}
		return p, engine.ValidPoint(p)
	})
}

// DecodePoints reads the "points" field of a scene whose points are not
// engine.Points: each entry is decoded as a T and made an E by conv. ok
// is false when the field is absent. More than most entries are refused
// with tooMany (a format given their count and most), an entry conv
// refuses with its index and conv's reason.
func DecodePoints[T, E any](d Doc, most int, tooMany string, conv func(T) (E, error)) (pts []E, ok bool, err error) {
	const name = "points"
	if !d.Has(name) {
		return nil, false, nil
	}
	var raw []T
	if err := d.Decode(name, &raw); err != nil {
		return nil, true, err
	}
	if len(raw) > most {
		return nil, true, Errorf(name, tooMany, len(raw), most)
	}
	pts = make([]E, 0, len(raw))
	for i, r := range raw {
		p, err := conv(r)
		if err != nil {
			return nil, true, Errorf(name, "point %d: %v", i, err)
		}
		pts = append(pts, p)
	}
	return pts, true, nil
}
