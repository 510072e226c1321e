package jsondecode

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The types the callers decode into, as they declare them.
type (
	point struct { // engine/notebook, scenes/embedding
		X    []float64 `json:"x"`
		Y    *float64  `json:"y"`
		Test bool      `json:"test"`
	}
	entry struct { // scenes/i18n
		ES string `json:"es"`
		EN string `json:"en"`
	}
	settings struct { // scenes
		Zoom  float64 `json:"zoom"`
		Theme string  `json:"theme"`
		Lang  string  `json:"lang"`
	}
	doc map[string]json.RawMessage // engine/statedoc
)

// tagged has every kind of field and tag encoding/json distinguishes.
type tagged struct {
	A          int    `json:"a"`
	B          string `json:"b,omitempty"`
	Skip       int    `json:"-"`
	Dash       int    `json:"-,"`
	Plain      float64
	unexported int
	Bad        int              `json:"b\"q"` // not a valid name: "Bad"
	Kelvin     int              `json:"k"`
	P          *int             `json:"p"`
	PP         **float64        `json:"pp"`
	I          any              `json:"i"`
	M          map[string]int   `json:"m"`
	S          []string         `json:"s"`
	Arr        [2]float32       `json:"arr"`
	Nested     *tagged          `json:"nested"`
	Inner      settings         `json:"inner"`
	Raw        json.RawMessage  `json:"raw"`
	RawP       *json.RawMessage `json:"rawp"`
	U8         uint8            `json:"u8"`
	I8         int8             `json:"i8"`
	U          uint             `json:"u"`
	F32        float32          `json:"f32"`
	Bool       bool             `json:"bool"`
	Err        error            `json:"err"` // an interface with methods
	Points     []point          `json:"points"`
	Sigma      string           `json:"σ"`
}

// dupType has fields that share a name: of two tagged ones neither is
// decoded; a tagged one beats an untagged one; keys that differ only in
// case go to the first field in order. (Built by reflection: go vet
// refuses a repeated tag in a declaration.)
var dupType = reflect.StructOf([]reflect.StructField{
	{Name: "A", Type: reflect.TypeFor[int](), Tag: `json:"x"`},
	{Name: "B", Type: reflect.TypeFor[int](), Tag: `json:"x"`},
	{Name: "C", Type: reflect.TypeFor[int](), Tag: `json:"y"`},
	{Name: "Y", Type: reflect.TypeFor[int]()},
	{Name: "D", Type: reflect.TypeFor[int](), Tag: `json:"Z"`},
	{Name: "Z", Type: reflect.TypeFor[int]()},
	{Name: "E1", Type: reflect.TypeFor[int](), Tag: `json:"e"`},
	{Name: "E2", Type: reflect.TypeFor[int](), Tag: `json:"E"`},
})

// freshDup makes a new zero dupType.
func freshDup() any { return reflect.New(dupType).Interface() }

// holder holds a value behind an interface.
type holder struct {
	V any `json:"v"`
}

// sameErr reports how got differs from want, encoding/json's error: the
// type, the message and the offset must be the same.
func sameErr(want, got error) string {
	switch {
	case want == nil && got == nil:
		return ""
	case want == nil || got == nil:
		return "error " + errText(got) + ", want " + errText(want)
	case reflect.TypeOf(want) != reflect.TypeOf(got) || want.Error() != got.Error():
		return "error " + errText(got) + ", want " + errText(want)
	}
	switch w := want.(type) {
	case *json.SyntaxError:
		if g := got.(*json.SyntaxError); g.Offset != w.Offset {
			return "syntax error at " + itoa(g.Offset) + ", want " + itoa(w.Offset)
		}
	case *json.UnmarshalTypeError:
		if g := got.(*json.UnmarshalTypeError); *g != *w {
			return "type error " + itoa(g.Offset) + " " + g.Struct + "." + g.Field +
				", want " + itoa(w.Offset) + " " + w.Struct + "." + w.Field
		}
	}
	return ""
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return reflect.TypeOf(err).String() + " " + err.Error()
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// compare decodes data with encoding/json and with Unmarshal, each into
// a target of its own made by mk, and reports any difference in the
// results or the errors.
func compare(t *testing.T, data []byte, mk func() any) {
	t.Helper()
	want, got := mk(), mk()
	werr := json.Unmarshal(data, want)
	gerr := Unmarshal(data, got)
	if msg := sameErr(werr, gerr); msg != "" {
		t.Errorf("%T from %q: %s", want, data, msg)
	}
	if !reflect.DeepEqual(want, got) {
		w, _ := json.Marshal(want)
		g, _ := json.Marshal(got)
		t.Errorf("%T from %q: got %s, want %s", want, data, g, w)
	}
}

// fresh returns a maker of a new zero value of T.
func fresh[T any]() func() any { return func() any { return new(T) } }

// filled returns a maker of a T decoded (by encoding/json) from prior, to
// decode over.
func filled[T any](prior string) func() any {
	return func() any {
		v := new(T)
		if err := json.Unmarshal([]byte(prior), v); err != nil {
			panic(err)
		}
		return v
	}
}

func TestUnmarshalLikeEncodingJSON(t *testing.T) {
	for _, c := range []struct {
		data string
		mk   func() any
	}{
		// Booleans, numbers, strings, null into scalars.
		{`true`, fresh[bool]()},
		{` false `, fresh[bool]()},
		{`1`, fresh[bool]()},
		{`null`, filled[bool](`true`)},
		{`1.5`, fresh[float64]()},
		{`-0`, fresh[float64]()},
		{`1e308`, fresh[float64]()},
		{`1e309`, fresh[float64]()},
		{`-1e400`, fresh[float64]()},
		{`1e-400`, fresh[float64]()},
		{`3.4e38`, fresh[float32]()},
		{`3.5e38`, fresh[float32]()},
		{`1e-50`, fresh[float32]()},
		{`0.1`, fresh[float32]()},
		{`null`, filled[float64](`2`)},
		{`"2"`, fresh[float64]()},
		{`[2]`, fresh[float64]()},
		{`{"a":2}`, fresh[float64]()},
		{`42`, fresh[int]()},
		{`-42`, fresh[int]()},
		{`4.0`, fresh[int]()},
		{`4.5`, fresh[int]()},
		{`1e2`, fresh[int]()},
		{`9223372036854775807`, fresh[int64]()},
		{`9223372036854775808`, fresh[int64]()},
		{`127`, fresh[int8]()},
		{`128`, fresh[int8]()},
		{`-129`, fresh[int8]()},
		{`255`, fresh[uint8]()},
		{`256`, fresh[uint8]()},
		{`-1`, fresh[uint]()},
		{`18446744073709551615`, fresh[uint64]()},
		{`true`, fresh[int]()},
		{`"x"`, fresh[string]()},
		{`""`, fresh[string]()},
		{`"a\"b\\c\/d\be\ff\ng\rh\ti"`, fresh[string]()},
		{`"\u00e9\u00E9\u20ac"`, fresh[string]()},
		{`"\ud83d\ude00 pair"`, fresh[string]()},
		{`"\ud83d lone high"`, fresh[string]()},
		{`"\ude00 lone low"`, fresh[string]()},
		{`"\ud83d\ud83d\ude00 high high low"`, fresh[string]()},
		{`"\ud83d\u0041 high then A"`, fresh[string]()},
		{`"\ud83d\n"`, fresh[string]()},
		{"\"raw é € 😀\"", fresh[string]()},
		{"\"bad \xff byte\"", fresh[string]()},
		{"\"cut \xe2\x82 rune\"", fresh[string]()},
		{"\"surrogate in UTF-8 \xed\xa0\x80\"", fresh[string]()},
		{"\"\xef\xbf\xbd is U+FFFD\"", fresh[string]()},
		{`5`, fresh[string]()},
		{`null`, filled[string](`"kept"`)},

		// Empty interfaces.
		{`null`, filled[any](`1`)},
		{`true`, fresh[any]()},
		{`1.25`, fresh[any]()},
		{`1e400`, filled[any](`"kept"`)},
		{`"s\u00e9"`, fresh[any]()},
		{`[1,"a",null,true,[],{}]`, fresh[any]()},
		{`{"a":[1,{"b":null}],"a":2,"c":{}}`, fresh[any]()},
		{`[1e400, 2]`, fresh[any]()},
		{`{"x": 1e400}`, fresh[any]()},
		{`{"x": 1}`, filled[any](`[1,2]`)},
		{`[1]`, fresh[[]any]()},
		{`{"a":1}`, fresh[map[string]any]()},

		// Slices: decoded in place, cut to length, never nil when empty.
		{`[1,2,3]`, fresh[[]float64]()},
		{`[]`, fresh[[]float64]()},
		{`[]`, filled[[]float64](`[1,2]`)},
		{`null`, filled[[]float64](`[1,2]`)},
		{`[3]`, filled[[]float64](`[1,2]`)},
		{`[3,4,5]`, filled[[]float64](`[1,2]`)},
		{`[1,"x",3]`, fresh[[]float64]()},
		{`[[1,2],[3]]`, fresh[[][]float64]()},
		{`[{"x":[3]}]`, filled[[]point](`[{"x":[1,2],"y":5,"test":true},{"y":1}]`)},
		{`[{"x":[3]},{},{}]`, filled[[]point](`[{"x":[1,2],"y":5,"test":true}]`)},
		{`{"a":1}`, fresh[[]float64]()},
		{`"abc"`, fresh[[]float64]()},

		// Arrays: extra elements dropped, missing ones zeroed.
		{`[1,2]`, fresh[[2]float64]()},
		{`[1,2,3,[4],{"a":5}]`, fresh[[2]float64]()},
		{`[1]`, filled[[2]float64](`[7,8]`)},
		{`[]`, filled[[2]float64](`[7,8]`)},
		{`null`, filled[[2]float64](`[7,8]`)},
		{`[[1,2],[3,4,5],[6]]`, fresh[[][2]float64]()},
		{`[1,2]`, fresh[[0]int]()},

		// Maps: the existing map kept, entries added, each from zero.
		{`{"a":1,"b":2}`, fresh[map[string]int]()},
		{`{"a":1}`, filled[map[string]int](`{"b":2}`)},
		{`{}`, filled[map[string]int](`{"b":2}`)},
		{`null`, filled[map[string]int](`{"b":2}`)},
		{`{"a":1,"a":3}`, fresh[map[string]int]()},
		{`{"a":"x","b":2}`, fresh[map[string]int]()},
		{`{"a":[1]}`, filled[map[string][]int](`{"a":[5,6],"b":[7]}`)},
		{`{"k":{"es":"hola","en":"hello"},"j":{"ES":"a","En":"b","fr":"c"}}`, fresh[map[string]entry]()},
		{`{"k":"not an entry"}`, fresh[map[string]entry]()},
		{`{"k":{"es":1}}`, fresh[map[string]entry]()},
		{`{"\u00e9\ud800":1}`, fresh[map[string]int]()},
		{`[1]`, fresh[map[string]int]()},

		// Raw messages: the value's bytes, copied.
		{` { "a" : [ 1 , 2 ] , "b":null, "c":"x\"y", "d" : {"e":{}} } `, fresh[map[string]json.RawMessage]()},
		{`{"scene":"xor","points":[{"x":[1,2],"y":1}],"alpha":0.5}`, fresh[doc]()},
		{`{"a":1}`, filled[doc](`{"b":2}`)},
		{` [1, 2] `, fresh[json.RawMessage]()},
		{`null`, fresh[json.RawMessage]()},
		{`null`, fresh[*json.RawMessage]()},
		{`"s"`, fresh[*json.RawMessage]()},

		// Pointers: allocated, set to nil by null.
		{`2`, fresh[*float64]()},
		{`null`, filled[*float64](`2`)},
		{`3`, filled[*float64](`2`)},
		{`4`, fresh[**int]()},
		{`null`, filled[**int](`4`)},
		{`"x"`, fresh[*int]()},
		{`[1,null,3]`, fresh[[]*int]()},

		// Structs: tags, case-insensitive keys, unknown keys ignored,
		// the last duplicate wins.
		{`{"x":[1,2],"y":1,"test":true}`, fresh[point]()},
		{`{"X":[1,2],"Y":-1,"TEST":true,"other":{"deep":[1,2,{}]}}`, fresh[point]()},
		{`{"x":[1],"x":[2,3],"y":1,"y":null}`, fresh[point]()},
		{`{"y":null}`, filled[point](`{"y":3,"x":[1]}`)},
		{`{"x":null}`, filled[point](`{"y":3,"x":[1]}`)},
		{`{"x":"no","y":"no","test":"no"}`, fresh[point]()},
		{`{"zoom":1.5,"theme":"dark","lang":"en"}`, fresh[settings]()},
		{`{"zoom":"big","theme":"dark"}`, fresh[settings]()},
		{`{"zoom":2}`, filled[settings](`{"theme":"light","lang":"es"}`)},
		{`[]`, fresh[settings]()},
		{`{"a":1,"b":[2]}`, fresh[struct{}]()},
		{`{"a":1,"b":[2]}`, fresh[struct{ a, b int }]()},
		{`"settings"`, fresh[settings]()},
		{`null`, filled[settings](`{"zoom":2}`)},
		{`{"a":1,"b":"s","Skip":1,"-":2,"Plain":1.5,"unexported":3,"Bad":4,"b\"q":5}`, fresh[tagged]()},
		{`{"A":1,"B":"s","skip":1,"plain":2,"BAD":4,"\u212a":6}`, fresh[tagged]()},
		{`{"K":7,"σ":"sigma"}`, fresh[tagged]()},
		{`{"Σ":"upper sigma"}`, fresh[tagged]()},
		{`{"ς":"final sigma"}`, fresh[tagged]()},
		{`{"p":1,"pp":2.5,"i":{"x":[1]},"m":{"a":1},"s":["a","b"],"arr":[1,2,3]}`, fresh[tagged]()},
		{`{"nested":{"a":1,"nested":{"b":"deep","i8":300}},"inner":{"zoom":true}}`, fresh[tagged]()},
		{`{"raw":{"a": [1]},"rawp":[ 2 ]}`, fresh[tagged]()},
		{`{"raw":null,"rawp":null}`, filled[tagged](`{"raw":1,"rawp":2}`)},
		{`{"u8":-1,"i8":1.5,"u":1e3,"f32":1e39,"bool":0}`, fresh[tagged]()},
		{`{"err":"x"}`, fresh[tagged]()},
		{`{"err":null}`, fresh[tagged]()},
		{`{"err":{}}`, fresh[tagged]()},
		{`{"err":1}`, fresh[tagged]()},
		{`{"err":true}`, fresh[tagged]()},
		{`{"err":1e999}`, fresh[tagged]()},
		{`{"points":[{"x":[1,"a"]},{"y":"b"}],"a":"late"}`, fresh[tagged]()},
		{`{"inner":{"zoom":"x"},"a":"y"}`, fresh[tagged]()},
		{`{"m":{"k":"v"}}`, fresh[tagged]()},
		{`{"nested":{"m":{"k":"v"}}}`, fresh[tagged]()},
		{`{"s":[1]}`, filled[tagged](`{"s":["a","b"]}`)},
		{`{"i":1}`, filled[tagged](`{"i":"s"}`)},
		{`{"x":1,"y":2,"Y":3,"Z":4,"e":5,"E":6}`, freshDup},
		{`{"X":1,"z":4,"y":2}`, freshDup},

		// Interfaces holding pointers: decoded through the pointer.
		{`{"v":2}`, func() any { return &holder{V: new(float64)} }},
		{`{"v":null}`, func() any { return &holder{V: new(float64)} }},
		{`{"v":null}`, func() any { p := new(float64); return &holder{V: &p} }},
		{`{"v":"x"}`, func() any { return &holder{V: new(float64)} }},
		{`{"v":{"zoom":2}}`, func() any { return &holder{V: &settings{Theme: "t"}} }},
		{`{"v":{"zoom":2}}`, func() any { return &holder{V: settings{Theme: "t"}} }},
		{`{"v":[1]}`, func() any { return &holder{V: (*float64)(nil)} }},
		{`3`, func() any { var x any; x = &x; return &x }},
	} {
		compare(t, []byte(c.data), c.mk)
	}
}

func TestUnmarshalSyntaxErrors(t *testing.T) {
	for _, data := range []string{
		``, ` `, `{`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,}`, `[1,]`, `[1 2]`,
		`{"a" 1}`, `{a:1}`, `01`, `-`, `1.`, `1e`, `1e+`, `.5`, `+1`, `tru`,
		`nul`, `"abc`, `"\x"`, `"\u12"`, `"\u12g4"`, "\"tab\there\"", `1 2`,
		`{} x`, `[]]`, `NaN`, `Infinity`, `"a"b`, `{"a":1}}`, "\xff",
		strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
	} {
		compare(t, []byte(data), fresh[any]())
		compare(t, []byte(data), fresh[map[string]json.RawMessage]())
		compare(t, []byte(data), fresh[point]())
	}
}

func TestUnmarshalInvalidTarget(t *testing.T) {
	var f float64
	var p *float64
	for _, v := range []any{nil, f, p, map[string]int{}} {
		werr := json.Unmarshal([]byte(`1`), v)
		gerr := Unmarshal([]byte(`1`), v)
		if msg := sameErr(werr, gerr); msg != "" {
			t.Errorf("Unmarshal(%T): %s", v, msg)
		}
	}
	// A syntax error comes first, as in encoding/json.
	if err := Unmarshal([]byte(`{`), nil); !errors.As(err, new(*json.SyntaxError)) {
		t.Errorf("Unmarshal of bad JSON into nil: %v, want a syntax error", err)
	}
}

// TestRawMessageIsCopied checks that a decoded json.RawMessage does not
// share the input's memory.
func TestRawMessageIsCopied(t *testing.T) {
	data := []byte(`{"a":[1,2]}`)
	var m map[string]json.RawMessage
	if err := Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	copy(data, `{"a":[9,9]}`)
	if string(m["a"]) != "[1,2]" {
		t.Errorf(`m["a"] = %s after the input changed, want [1,2]`, m["a"])
	}
}

// TestUnquote holds the string decoding to its rules directly, not only to
// encoding/json: escapes, pairs of surrogates, and U+FFFD for lone ones
// and for invalid UTF-8.
func TestUnquote(t *testing.T) {
	for in, want := range map[string]string{
		`"plain"`:              "plain",
		`"\"\\\/\b\f\n\r\t"`:   "\"\\/\b\f\n\r\t",
		`"\u00e9\u00C9"`:       "éÉ",
		`"\ud83d\ude00"`:       "😀",
		`"\ud83dx"`:            "\ufffdx",
		`"\ude00\ud83d"`:       "\ufffd\ufffd",
		`"\ud83d\ud83d\ude00"`: "\ufffd😀",
		"\"a\xffb\"":           "a\ufffdb",
		"\"\xed\xa0\x80\"":     "\ufffd\ufffd\ufffd",
		"\"é\\n\xc3\"":         "é\n\ufffd",
	} {
		if got := string(unquote([]byte(in))); got != want {
			t.Errorf("unquote(%q) = %q, want %q", in, got, want)
		}
	}
}

// textual decodes itself from text, which this package does not do.
type textual struct{ s string }

func (x *textual) UnmarshalText(b []byte) error { x.s = string(b); return nil }

type embeds struct {
	settings
	A int
}

type quoted struct {
	N int `json:"n,string"`
}

// TestUnsupported checks that what this package does not decode is
// refused with an error, not decoded differently.
func TestUnsupported(t *testing.T) {
	for _, c := range []struct {
		data string
		v    any
	}{
		{`{"zoom":1}`, new(embeds)},
		{`{"n":"1"}`, new(quoted)},
		{`{"1":2}`, new(map[int]int)},
		{`{"a":1}`, new(map[bool]int)},
		{`{"1":2}`, new(map[textual]int)},
		{`1`, new(json.Number)},
		{`"1"`, new(json.Number)},
		{`"AQI="`, new([]byte)},
		{`"x"`, new(textual)},
		{`{"t":null}`, new(map[string]textual)},
	} {
		err := Unmarshal([]byte(c.data), c.v)
		if err == nil || !strings.HasPrefix(err.Error(), "jsondecode: cannot decode into ") {
			t.Errorf("Unmarshal(%s) into %T: %v, want jsondecode's refusal", c.data, c.v, err)
		}
	}
}
