// Package statedoc decodes the fields of a state document (the JSON object
// that holds one scene's view) one at a time, with errors that name the
// field. It holds what every reader of the document checks
// alike: a field's presence, its JSON type, a whole number in a range, one
// of a few words, finite numbers within a limit. The notebook export reads
// documents with it; scenes/state, the app's reader, reads with its
// Int and Choice too (Fields).
package statedoc

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/internal/jsondecode"
)

// Doc is a state document's fields, each decoded on demand.
type Doc map[string]json.RawMessage

// FieldError is a problem with one named field.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return fmt.Sprintf("field %q: %s", e.Field, e.Msg) }

// Errorf returns a FieldError for the field name.
//
// Not inlined (bundle size): an error path, copied at each of its many call
// sites it grew the web bundle.
//
//go:noinline
func Errorf(name, format string, args ...any) error {
	return &FieldError{Field: name, Msg: fmt.Sprintf(format, args...)}
}

// Has reports whether the document has the field and it is not null.
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Has(name string) bool {
	raw, ok := d[name]
	return ok && string(raw) != "null"
}

// Decode unmarshals the field into v; an absent or null field leaves v as
// it is.
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Decode(name string, v any) error {
	if !d.Has(name) {
		return nil
	}
	if err := jsondecode.Unmarshal(d[name], v); err != nil {
		return Errorf(name, "wrong type (%s)", engine.Excerpt(string(d[name])))
	}
	return nil
}

// Need decodes a field that must be present.
func (d Doc) Need(name string, v any) error {
	if !d.Has(name) {
		return Errorf(name, "missing")
	}
	return d.Decode(name, v)
}

// Int reads a whole number in [lo, hi]; an absent or null field leaves v
// as it is.
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Int(name string, v *int, lo, hi int) error { return Int(d, name, v, lo, hi) }

// Choice reads a string that must be one of allowed; an absent or null
// field leaves v as it is.
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func (d Doc) Choice(name string, v *string, allowed ...string) error {
	return Choice(d, name, v, allowed...)
}

// Fields is what the readers Int and Choice ask of a document: whether it
// has a field and the field decoded. Doc counts a null field as absent;
// scenes/state's reader counts it as present (decoded, it leaves the zero
// value, which the reader then checks), so that a scene refuses
// "alpha": null where the notebook export keeps its default. Both read
// through the same code.
type Fields interface {
	Has(name string) bool
	Decode(name string, v any) error
}

// Int reads the whole number in [lo, hi] that f holds as name; a field f
// does not have leaves v as it is.
func Int(f Fields, name string, v *int, lo, hi int) error {
	if !f.Has(name) {
		return nil
	}
	var x float64
	if err := f.Decode(name, &x); err != nil {
		return err
	}
	if x != math.Trunc(x) || x < float64(lo) || x > float64(hi) {
		return Errorf(name, "want a whole number in [%d, %d], got %g", lo, hi, x)
	}
	*v = int(x)
	return nil
}

// Choice reads the string that f holds as name, which must be one of
// allowed; a field f does not have leaves v as it is.
func Choice(f Fields, name string, v *string, allowed ...string) error {
	if !f.Has(name) {
		return nil
	}
	var s string
	if err := f.Decode(name, &s); err != nil {
		return err
	}
	for _, a := range allowed {
		if s == a {
			*v = s
			return nil
		}
	}
	return Errorf(name, "%q is not one of %v", engine.Excerpt(s), allowed)
}

// Finite checks that every value is a number within ±limit, naming the
// field name when one is not.
func Finite(name string, limit float64, vs ...float64) error {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > limit {
			return Errorf(name, "%g is not a number within ±%g", v, limit)
		}
	}
	return nil
}
