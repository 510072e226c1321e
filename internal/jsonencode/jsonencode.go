// Package jsonencode encodes Go values as JSON as encoding/json's Marshal,
// MarshalIndent and Encoder do, for the kinds of values Neurona writes:
// state documents, share links, settings, notebooks and the page's layout
// reports.
//
// It exists for the size of the web bundle, which must stay within 1.5×
// the blank Ebiten page: encoding/json's encoder (its type-encoder cache,
// field analysis and the sorts it instantiates) is about 200 kB of code
// in the bundle; this package walks the value by reflection with a few
// functions. encoding/json's scanner stays linked (internal/jsondecode
// checks syntax with it) and this package uses it too, through Compact,
// HTMLEscape and Indent, so that what a MarshalJSON method returns and the
// indented forms are exactly encoding/json's.
//
// encoding/json is its test oracle: the tests encode tables of cases and
// random values with both and compare the bytes and the errors.
//
// What it does not do, it refuses with an error rather than doing
// differently: embedded struct fields, the ",string" tag option, map keys
// that are not strings or integers, and types with a MarshalText method
// (other than through MarshalJSON). No caller uses them.
package jsonencode

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/neurona/neurona/internal/jsondecode"
)

// Marshal returns the JSON encoding of v, as json.Marshal does.
func Marshal(v any) ([]byte, error) {
	e := encoder{escapeHTML: true}
	if err := e.value(reflect.ValueOf(v)); err != nil {
		return nil, err
	}
	return e.b, nil
}

// MarshalIndent is Marshal with each element on a new line, as
// json.MarshalIndent does.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, prefix, indent); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Encode returns what a json.Encoder with SetEscapeHTML(escapeHTML) and
// SetIndent(prefix, indent) writes for v: its encoding and a newline.
func Encode(v any, escapeHTML bool, prefix, indent string) ([]byte, error) {
	e := encoder{escapeHTML: escapeHTML}
	if err := e.value(reflect.ValueOf(v)); err != nil {
		return nil, err
	}
	e.b = append(e.b, '\n')
	if prefix == "" && indent == "" {
		return e.b, nil
	}
	var out bytes.Buffer
	if err := json.Indent(&out, e.b, prefix, indent); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

type encoder struct {
	b          []byte
	escapeHTML bool
	fields     map[reflect.Type][]jsondecode.Field
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// value appends the encoding of v.
func (e *encoder) value(v reflect.Value) error {
	if !v.IsValid() {
		e.b = append(e.b, "null"...)
		return nil
	}
	t := v.Type()
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(marshalerType) {
		return e.marshaler(v.Addr(), t)
	}
	if t.Implements(marshalerType) {
		return e.marshaler(v, t)
	}
	if t.Implements(textMarshalerType) || t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(textMarshalerType) {
		return &json.UnsupportedTypeError{Type: t}
	}
	switch t.Kind() {
	case reflect.Bool:
		e.b = strconv.AppendBool(e.b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.b = strconv.AppendInt(e.b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.b = strconv.AppendUint(e.b, v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return e.float(v)
	case reflect.String:
		e.b = appendString(e.b, v.String(), e.escapeHTML)
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			e.b = append(e.b, "null"...)
			return nil
		}
		return e.value(v.Elem())
	case reflect.Struct:
		return e.object(v)
	case reflect.Map:
		return e.mapping(v)
	case reflect.Slice:
		if v.IsNil() {
			e.b = append(e.b, "null"...)
			return nil
		}
		if t.Elem().Kind() == reflect.Uint8 && !reflect.PointerTo(t.Elem()).Implements(marshalerType) && !reflect.PointerTo(t.Elem()).Implements(textMarshalerType) {
			e.b = append(e.b, '"')
			e.b = base64.StdEncoding.AppendEncode(e.b, v.Bytes())
			e.b = append(e.b, '"')
			return nil
		}
		return e.array(v)
	case reflect.Array:
		return e.array(v)
	default:
		return &json.UnsupportedTypeError{Type: t}
	}
	return nil
}

// marshaler appends what v's MarshalJSON returns, compacted (and with
// <, > and & escaped when the encoder escapes HTML) as encoding/json does.
func (e *encoder) marshaler(v reflect.Value, t reflect.Type) error {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.b = append(e.b, "null"...)
		return nil
	}
	m := v.Interface().(json.Marshaler)
	b, err := m.MarshalJSON()
	if err != nil {
		return &json.MarshalerError{Type: t, Err: err}
	}
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		return &json.MarshalerError{Type: t, Err: err}
	}
	if e.escapeHTML {
		var esc bytes.Buffer
		json.HTMLEscape(&esc, out.Bytes())
		out = esc
	}
	e.b = append(e.b, out.Bytes()...)
	return nil
}

// float appends a finite float as encoding/json does: the shortest
// representation that reads back the same, in exponent form below 1e-6
// and from 1e21.
func (e *encoder) float(v reflect.Value) error {
	bits := v.Type().Bits()
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return &json.UnsupportedValueError{Value: v, Str: strconv.FormatFloat(f, 'g', -1, bits)}
	}
	a := math.Abs(f)
	format := byte('f')
	if a != 0 && (bits == 64 && (a < 1e-6 || a >= 1e21) || bits == 32 && (float32(a) < 1e-6 || float32(a) >= 1e21)) {
		format = 'e'
	}
	e.b = strconv.AppendFloat(e.b, f, format, -1, bits)
	if format == 'e' {
		if n := len(e.b); n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
			e.b[n-2] = e.b[n-1]
			e.b = e.b[:n-1]
		}
	}
	return nil
}

// array appends a slice's or an array's elements.
func (e *encoder) array(v reflect.Value) error {
	e.b = append(e.b, '[')
	for i := range v.Len() {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		if err := e.value(v.Index(i)); err != nil {
			return err
		}
	}
	e.b = append(e.b, ']')
	return nil
}

// mapping appends a map as an object with its keys sorted.
func (e *encoder) mapping(v reflect.Value) error {
	if v.IsNil() {
		e.b = append(e.b, "null"...)
		return nil
	}
	t := v.Type()
	type entry struct {
		key string
		v   reflect.Value
	}
	entries := make([]entry, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		k := it.Key()
		var ks string
		switch k.Kind() {
		case reflect.String:
			ks = k.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if t.Key().Implements(textMarshalerType) {
				return &json.UnsupportedTypeError{Type: t}
			}
			ks = strconv.FormatInt(k.Int(), 10)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			ks = strconv.FormatUint(k.Uint(), 10)
		default:
			return &json.UnsupportedTypeError{Type: t}
		}
		entries = append(entries, entry{ks, it.Value()})
	}
	// sort.Slice rather than slices.SortFunc (bundle size): sort.Slice is
	// linked anyway, a SortFunc instance is 17 kB of code.
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	e.b = append(e.b, '{')
	for i, en := range entries {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = appendString(e.b, en.key, e.escapeHTML)
		e.b = append(e.b, ':')
		if err := e.value(en.v); err != nil {
			return err
		}
	}
	e.b = append(e.b, '}')
	return nil
}

// object appends a struct's fields in their order.
func (e *encoder) object(v reflect.Value) error {
	fs, err := e.fieldsOf(v.Type())
	if err != nil {
		return err
	}
	e.b = append(e.b, '{')
	first := true
	for _, f := range fs {
		fv := v.Field(f.Index)
		if strings.Contains(f.Opts, ",omitempty,") && isEmpty(fv) || strings.Contains(f.Opts, ",omitzero,") && fv.IsZero() {
			continue
		}
		if !first {
			e.b = append(e.b, ',')
		}
		first = false
		e.b = appendString(e.b, f.Name, e.escapeHTML)
		e.b = append(e.b, ':')
		if err := e.value(fv); err != nil {
			return err
		}
	}
	e.b = append(e.b, '}')
	return nil
}

// isEmpty reports whether omitempty leaves v out: false, 0, a nil pointer
// or interface, an empty string, slice, map or array.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// fieldsOf returns jsondecode.Fields(t), kept per type.
func (e *encoder) fieldsOf(t reflect.Type) ([]jsondecode.Field, error) {
	if fs, ok := e.fields[t]; ok {
		return fs, nil
	}
	fs, what := jsondecode.Fields(t)
	if what != "" {
		return nil, errors.New("jsonencode: cannot encode " + t.String() + ": " + what + " is not supported")
	}
	if e.fields == nil {
		e.fields = map[reflect.Type][]jsondecode.Field{}
	}
	e.fields[t] = fs
	return fs, nil
}

// appendString appends s as a JSON string, escaped as encoding/json does:
// quotes, backslashes and control characters, U+2028 and U+2029, invalid
// UTF-8 as U+FFFD, and <, > and & when escapeHTML.
func appendString(b []byte, s string, escapeHTML bool) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!escapeHTML || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
