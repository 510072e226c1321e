// Package jsondecode decodes JSON into Go values as encoding/json's
// Unmarshal does, for the kinds of values Neurona's documents hold: state
// documents, share links, settings and translations.
//
// It exists for the size of the web bundle, which must stay within 1.5×
// the blank Ebiten page: encoding/json's decoder cost 28 kB gzip and 20 kB
// brotli of it, this package costs 20 kB and 12.5 kB (measured with the
// bundle's flags), while encoding/json's encoder and scanner are linked
// anyway (the app writes its documents with json.Marshal). Unmarshal
// checks the syntax with that scanner (json.Valid, and json.Indent for the
// error), so a syntax error is encoding/json's own *json.SyntaxError,
// message and offset; then it walks the checked document once, storing into the target by reflection as encoding/json does: the
// same values, the same merging into what the target already holds, the
// same *json.UnmarshalTypeError (value, type, offset, struct and field) and
// the same partial result after one.
//
// encoding/json is its test oracle: the tests decode tables of cases,
// random documents shaped like their targets and a fuzzer's inputs into
// the same targets with both and compare the results and the errors.
//
// What it does not do, it refuses with an error rather than doing
// differently: embedded struct fields, the ",string" tag option, map keys
// that are not strings, json.Number, []byte from base64, and types with
// an UnmarshalJSON (other than json.RawMessage) or UnmarshalText method.
// No caller uses them.
package jsondecode

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
)

// Unmarshal parses the JSON document data and stores the result in the
// value v points to, as json.Unmarshal does (see the package comment for
// what it refuses).
func Unmarshal(data []byte, v any) error {
	if !json.Valid(data) {
		return syntaxError(data)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	d := decoder{data: data}
	d.space()
	if err := d.value(rv); err != nil {
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			d.addContext(te)
		}
		return err
	}
	return d.saved
}

// syntaxError returns encoding/json's error for data, which json.Valid
// refused. json.Indent runs the same scanner and counts bytes as
// json.Unmarshal does, so the message and the offset are the same.
func syntaxError(data []byte) error {
	var scratch bytes.Buffer
	if err := json.Indent(&scratch, data, "", ""); err != nil {
		return err
	}
	return errors.New("jsondecode: invalid JSON") // not reached: Valid and Indent share the scanner
}

// decoder walks a document that json.Valid accepted, so it checks no
// syntax: every byte it expects is there.
type decoder struct {
	data  []byte
	off   int   // the next byte to read
	saved error // the first type error, returned at the end

	// The struct whose field is being decoded and the JSON names from
	// the outermost struct to that field, for the errors' Struct and
	// Field, as encoding/json reports them.
	strct reflect.Type
	field []string

	structs map[reflect.Type][]field // the fields of the struct types met
}

// space skips white space.
func (d *decoder) space() {
	for d.off < len(d.data) {
		switch d.data[d.off] {
		case ' ', '\t', '\n', '\r':
			d.off++
		default:
			return
		}
	}
}

// next skips white space and reads the byte after it: ',', ':', ']' or
// '}'; then it skips the white space after that.
func (d *decoder) next() byte {
	d.space()
	c := d.data[d.off]
	d.off++
	d.space()
	return c
}

// skip moves past the value at d.off.
func (d *decoder) skip() {
	depth := 0
	for {
		switch d.data[d.off] {
		case '"':
			d.stringEnd()
		case '[', '{':
			depth++
			d.off++
		case ']', '}':
			depth--
			d.off++
		case 't', 'n':
			d.off += len("true")
		case 'f':
			d.off += len("false")
		case ',', ':', ' ', '\t', '\n', '\r':
			d.off++
		default:
			d.numberEnd()
		}
		if depth == 0 {
			return
		}
	}
}

// numberEnd moves past the number at d.off.
func (d *decoder) numberEnd() {
	d.off++
	for d.off < len(d.data) {
		switch d.data[d.off] {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', 'e', 'E', '+', '-':
			d.off++
		default:
			return
		}
	}
}

// stringEnd moves past the string whose opening quote is at d.off.
func (d *decoder) stringEnd() {
	d.off++
	for d.data[d.off] != '"' {
		if d.data[d.off] == '\\' {
			d.off++
		}
		d.off++
	}
	d.off++
}

// mismatch records a type error, unless one is recorded already: the
// value what (as encoding/json words it: "array", "number 1.5"…) does
// not fit type t. off is the offset encoding/json reports.
func (d *decoder) mismatch(what string, t reflect.Type, off int) {
	if d.saved == nil {
		e := &json.UnmarshalTypeError{Value: what, Type: t, Offset: int64(off)}
		d.addContext(e)
		d.saved = e
	}
}

// addContext names the struct field being decoded in e.
func (d *decoder) addContext(e *json.UnmarshalTypeError) {
	if d.strct == nil {
		return
	}
	path := d.field
	if e.Field != "" {
		path = append(path[:len(path):len(path)], e.Field)
	}
	e.Struct = d.strct.Name()
	e.Field = strings.Join(path, ".")
}

// unsupported is the error for a target this package does not decode
// into.
func unsupported(t reflect.Type, what string) error {
	return errors.New("jsondecode: cannot decode into " + t.String() + ": " + what + " is not supported")
}

var (
	rawType             = reflect.TypeFor[json.RawMessage]()
	anySliceType        = reflect.TypeFor[[]any]()
	anyMapType          = reflect.TypeFor[map[string]any]()
	float64Type         = reflect.TypeFor[float64]()
	numberType          = reflect.TypeFor[json.Number]()
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// value decodes the value at d.off into v, or skips it when v is the
// zero Value (an unknown field, an element past a Go array's end).
func (d *decoder) value(v reflect.Value) error {
	if !v.IsValid() {
		d.skip()
		return nil
	}
	start := d.off
	c := d.data[start]
	v, err := resolve(v, c == 'n')
	if err != nil {
		return err
	}
	switch {
	case v.Type() == rawType:
		// As json.RawMessage's UnmarshalJSON: the value's bytes, copied
		// (null too, but a null *json.RawMessage is set to nil).
		d.skip()
		v.SetBytes(append(v.Bytes()[:0], d.data[start:d.off]...))
		return nil
	case c == '[':
		return d.array(v, start)
	case c == '{':
		return d.object(v, start)
	}
	d.skip()
	return d.literal(d.data[start:d.off], v)
}

// resolve finds where a value goes when v is its target, as encoding/json
// does: through pointers, allocating nil ones, and through interfaces
// holding non-nil pointers, to a json.RawMessage or a value that is
// neither. For null it stops at the first pointer it can set, which the
// null then sets to nil. A type with an UnmarshalJSON or UnmarshalText
// method of its own, which encoding/json would call, is refused.
func resolve(v reflect.Value, null bool) (reflect.Value, error) {
	for {
		t := v.Type()
		if t == rawType {
			return v, nil
		}
		if t.PkgPath() != "" && (reflect.PointerTo(t).Implements(unmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType)) {
			return v, unsupported(t, "a type with an UnmarshalJSON or UnmarshalText method")
		}
		switch v.Kind() {
		case reflect.Interface:
			e := v.Elem()
			if v.IsNil() || e.Kind() != reflect.Pointer || e.IsNil() || null && e.Elem().Kind() != reflect.Pointer {
				return v, nil
			}
			v = e
		case reflect.Pointer:
			if null && v.CanSet() {
				return v, nil
			}
			// An interface that holds its own address (var x any; x = &x)
			// would loop for ever.
			if e := v.Elem(); e.Kind() == reflect.Interface && e.Elem().Equal(v) {
				return e, nil
			}
			if v.IsNil() {
				v.Set(reflect.New(t.Elem()))
			}
			v = v.Elem()
		default:
			return v, nil
		}
	}
}

// array decodes the array at d.off (start) into v.
func (d *decoder) array(v reflect.Value, start int) error {
	t := v.Type()
	switch k := t.Kind(); {
	case k == reflect.Interface && t.NumMethod() == 0: // a new []any
		a := reflect.New(anySliceType).Elem()
		err := d.array(a, start)
		v.Set(a)
		return err
	case k == reflect.Array || k == reflect.Slice:
		return d.elements(v, k == reflect.Slice)
	}
	d.mismatch("array", t, start+1)
	d.skip()
	return nil
}

// elements decodes the array at d.off into the slice or array v. A slice
// is decoded in place, as encoding/json does: its elements up to its
// length (and then up to its capacity) are decoded into, not replaced,
// and it is cut to the array's length at the end.
func (d *decoder) elements(v reflect.Value, slice bool) error {
	d.off++
	d.space()
	n := 0
	for d.data[d.off] != ']' {
		if slice && n >= v.Cap() {
			v.Grow(1)
		}
		if slice && n >= v.Len() {
			v.SetLen(n + 1)
		}
		var elem reflect.Value // past a Go array's end: skipped
		if n < v.Len() {
			elem = v.Index(n)
		}
		if err := d.value(elem); err != nil {
			return err
		}
		n++
		d.space()
		if d.data[d.off] == ',' {
			d.off++
			d.space()
		}
	}
	d.off++
	for ; n < v.Len(); n++ {
		if slice {
			v.SetLen(n)
			break
		}
		v.Index(n).SetZero()
	}
	if n == 0 && slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

// object decodes the object at d.off (start) into v.
func (d *decoder) object(v reflect.Value, start int) error {
	t := v.Type()
	var fields []field
	var err error
	switch k := t.Kind(); {
	case k == reflect.Interface && t.NumMethod() == 0: // a new map[string]any
		m := reflect.New(anyMapType).Elem()
		err = d.object(m, start)
		v.Set(m)
		return err
	case k == reflect.Map:
		if k := t.Key(); k.Kind() != reflect.String || k.PkgPath() != "" && reflect.PointerTo(k).Implements(textUnmarshalerType) {
			return unsupported(t, "a map key that is not a string")
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case k == reflect.Struct:
		if fields, err = d.fieldsOf(t); err != nil {
			return err
		}
	default:
		d.mismatch("object", t, start+1)
		d.skip()
		return nil
	}

	d.off++
	d.space()
	isMap := t.Kind() == reflect.Map
	outer, depth := d.strct, len(d.field)
	var elem reflect.Value // a map's value, decoded from zero for each key
	for d.data[d.off] != '}' {
		keyStart := d.off
		d.stringEnd()
		key := unquote(d.data[keyStart:d.off])
		d.next() // ':'
		var sub reflect.Value
		if isMap {
			if !elem.IsValid() {
				elem = reflect.New(t.Elem()).Elem()
			}
			elem.SetZero()
			sub = elem
		} else if f := lookup(fields, key); f != nil {
			sub = v.Field(f.Index)
			d.strct = t
			d.field = append(d.field, f.Name)
		}
		if err = d.value(sub); err != nil {
			return err
		}
		if isMap {
			k := reflect.New(t.Key()).Elem()
			k.SetString(string(key))
			v.SetMapIndex(k, elem)
		}
		d.strct, d.field = outer, d.field[:depth]
		d.space()
		if d.data[d.off] == ',' {
			d.off++
			d.space()
		}
	}
	d.off++
	return nil
}

// literal decodes item, the string, number, true, false or null just
// read, into v. A number a target cannot hold as encoding/json parses it
// (a fraction or an exponent for an integer, one beyond the type's range)
// is a type error.
func (d *decoder) literal(item []byte, v reflect.Value) error {
	t := v.Type()
	k := t.Kind()
	var x any // the value for an empty interface
	what := "number"
	switch c := item[0]; c {
	case 'n':
		switch k {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.SetZero()
		}
		return nil
	case 't', 'f':
		if k == reflect.Bool {
			v.SetBool(c == 't')
			return nil
		}
		x, what = c == 't', "bool"
	case '"':
		s := string(unquote(item))
		switch {
		case t == numberType || k == reflect.Slice && t.Elem().Kind() == reflect.Uint8:
			return unsupported(t, "json.Number or base64")
		case k == reflect.String:
			v.SetString(s)
			return nil
		}
		x, what = s, "string"
	default:
		s := string(item)
		var err error
		switch {
		case k == reflect.Interface:
			if x, err = strconv.ParseFloat(s, 64); err != nil {
				d.mismatch("number "+s, float64Type, d.off+1)
				return nil
			}
		case reflect.Int <= k && k <= reflect.Int64:
			var n int64
			if n, err = strconv.ParseInt(s, 10, 64); err == nil && !v.OverflowInt(n) {
				v.SetInt(n)
				return nil
			}
			what += " " + s
		case reflect.Uint <= k && k <= reflect.Uintptr:
			var n uint64
			if n, err = strconv.ParseUint(s, 10, 64); err == nil && !v.OverflowUint(n) {
				v.SetUint(n)
				return nil
			}
			what += " " + s
		case k == reflect.Float32 || k == reflect.Float64:
			var f float64
			if f, err = strconv.ParseFloat(s, t.Bits()); err == nil && !v.OverflowFloat(f) {
				v.SetFloat(f)
				return nil
			}
			what += " " + s
		case t == numberType:
			return unsupported(t, "json.Number")
		}
	}
	if k == reflect.Interface && t.NumMethod() == 0 {
		v.Set(reflect.ValueOf(x))
		return nil
	}
	d.mismatch(what, t, d.off)
	return nil
}
