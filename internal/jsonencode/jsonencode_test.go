package jsonencode

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

type point struct {
	X    [2]float64 `json:"x"`
	Y    int        `json:"y"`
	Test bool       `json:"test,omitempty"`
}

type tagged struct {
	A      int               `json:"a,omitempty"`
	B      string            `json:"b,omitempty"`
	C      []int             `json:"c,omitempty"`
	D      map[string]int    `json:"d,omitempty"`
	E      *float64          `json:"e,omitempty"`
	F      any               `json:"f,omitempty"`
	G      [2]int            `json:"g,omitzero"`
	H      point             `json:"h,omitzero"`
	I      float32           `json:"i"`
	Skip   int               `json:"-"`
	Dash   int               `json:"-,"`
	Bad    int               `json:"a\\b"`
	Plain  uint16            // no tag
	Raw    json.RawMessage   `json:"raw,omitempty"`
	Bytes  []byte            `json:"bytes"`
	IntKey map[int8]string   `json:"intKey"`
	Ptrs   []*point          `json:"ptrs"`
	Nested map[string][]any  `json:"nested"`
	Mv     valueMarshaler    `json:"mv"`
	Mp     pointerMarshaler  `json:"mp"`
	Mpp    *pointerMarshaler `json:"mpp"`
	hidden int
}

// dup has two fields named "X": only the tagged one is written.
type dup struct {
	X int
	Y int `json:"X"`
	Z int `json:"z"`
}

type valueMarshaler struct{ s string }

func (m valueMarshaler) MarshalJSON() ([]byte, error) {
	if m.s == "fail" {
		return nil, errors.New("refused")
	}
	if m.s == "" {
		return []byte(" { \"k\" : [1, 2,\n3] , \"h\":\"<&>\u2028\" } "), nil
	}
	return []byte(m.s), nil
}

type pointerMarshaler struct{ n int }

func (m *pointerMarshaler) MarshalJSON() ([]byte, error) {
	return []byte(`{"n": ` + string(rune('0'+m.n%10)) + `}`), nil
}

// strs holds strings with every kind of escape and invalid UTF-8.
var strs = []string{"", "a", "\"\\/", "\b\f\n\r\t\x00\x01\x1f\x7f", "<a href='x'>&amp;</a>", "\u2028\u2029", "\xff\xfe", "a\xc3", "θ σ γ ŷ ∂ ∇ ∑ ≤ ≥ ∈ x₁ x²", "😀\U0010ffff"}

var floats = []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, 123456789e13, math.MaxFloat64, math.SmallestNonzeroFloat64, -2.5e-300, 1.0 / 3, float64(float32(0.1))}

func TestTable(t *testing.T) {
	f := 2.5
	cases := []any{
		nil, true, 0, -7, uint64(math.MaxUint64), int64(math.MinInt64), "x",
		[]int(nil), []int{}, map[string]int(nil), map[string]int{}, (*int)(nil),
		[]any{nil, 1, "a", []any{}}, [0]int{}, [3]string{"a", "b"},
		map[string]any{"b": 1, "a": []float64{1.5}, "<": "&", "é": nil, "A": true},
		map[int]string{10: "a", 2: "b", -1: "c"},
		map[uint8]bool{200: true, 3: false},
		json.RawMessage(`  [1, {"a" : "<"}]  `), json.RawMessage(nil),
		tagged{}, &tagged{}, tagged{A: 1, B: "b", C: []int{1}, D: map[string]int{"z": 1, "a": 2}, E: &f, F: []int{}, G: [2]int{0, 1}, H: point{Y: 1}, I: 0.1, Skip: 3, Dash: 4, Bad: 5, Plain: 6, Raw: json.RawMessage(`{"a":1}`), Bytes: []byte("hello<>"), IntKey: map[int8]string{-3: "x"}, Ptrs: []*point{nil, {Test: true}}, Nested: map[string][]any{"n": {nil, 1.5, "s"}}, Mv: valueMarshaler{`"q"`}, Mpp: &pointerMarshaler{3}},
		dup{1, 2, 3}, []dup{{}},
		[]point{{X: [2]float64{1e-9, 1e22}, Y: -1}},
		valueMarshaler{}, &valueMarshaler{`[ 1 ]`}, pointerMarshaler{}, &pointerMarshaler{5},
		struct{ M pointerMarshaler }{}, &struct{ M pointerMarshaler }{},
		float32(0.1), float32(1e-7), float32(3e38), []float32{1e21, 16777216},
		struct {
			Params  map[string]float64 `json:"params"`
			Example *int               `json:"example"`
		}{Params: map[string]float64{"w": -0.5}},
	}
	for _, s := range strs {
		cases = append(cases, s, map[string]string{s: s}, []byte(s))
	}
	for _, x := range floats {
		cases = append(cases, x, -x, float32(x))
	}
	for _, c := range cases {
		same(t, c)
	}
}

// TestErrors checks that what encoding/json refuses is refused with the
// same error.
func TestErrors(t *testing.T) {
	for _, c := range []any{
		math.NaN(), math.Inf(1), []float64{1, math.Inf(-1)}, float32(math.NaN()),
		map[string]any{"a": math.NaN()},
		valueMarshaler{"fail"}, valueMarshaler{"{"}, []valueMarshaler{{"[1,]"}},
		make(chan int), func() {}, complex(1, 2), map[[2]int]int{{1, 2}: 3},
	} {
		want, wantErr := json.Marshal(c)
		got, err := Marshal(c)
		if wantErr == nil || err == nil || err.Error() != wantErr.Error() || got != nil || want != nil {
			t.Errorf("%#v: got %q, %v; encoding/json %q, %v", c, got, err, want, wantErr)
		}
	}
}

// TestRefuses checks that what this package does not do is an error,
// never a different encoding.
func TestRefuses(t *testing.T) {
	type embedded struct{ point }
	type stringOpt struct {
		N int `json:"n,string"`
	}
	for _, c := range []any{embedded{}, stringOpt{}} {
		if b, err := Marshal(c); err == nil {
			t.Errorf("%T: encoded as %s, want an error", c, b)
		}
	}
}

// same holds Marshal, MarshalIndent and Encode to encoding/json for v.
func same(t *testing.T, v any) {
	t.Helper()
	want, wantErr := json.Marshal(v)
	got, err := Marshal(v)
	if !bytes.Equal(got, want) || (err == nil) != (wantErr == nil) {
		t.Errorf("Marshal(%#v) = %s, %v; encoding/json %s, %v", v, got, err, want, wantErr)
		return
	}
	want, _ = json.MarshalIndent(v, "> ", "\t")
	if got, _ = MarshalIndent(v, "> ", "\t"); !bytes.Equal(got, want) {
		t.Errorf("MarshalIndent(%#v) = %s; encoding/json %s", v, got, want)
	}
	for _, html := range []bool{false, true} {
		for _, indent := range []string{"", " "} {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(html)
			enc.SetIndent("", indent)
			_ = enc.Encode(v)
			if got, _ := Encode(v, html, "", indent); !bytes.Equal(got, buf.Bytes()) {
				t.Errorf("Encode(%#v, %v, %q) = %s; encoding/json %s", v, html, indent, got, buf.Bytes())
			}
		}
	}
}

// TestRandom encodes random values of the callers' shapes with both.
func TestRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	types := []reflect.Type{
		reflect.TypeFor[tagged](), reflect.TypeFor[[]point](), reflect.TypeFor[map[string]any](),
		reflect.TypeFor[[]any](), reflect.TypeFor[dup](), reflect.TypeFor[map[string][][2]float64](),
		reflect.TypeFor[*tagged](), reflect.TypeFor[[]*float32](),
	}
	for i := range 3000 {
		typ := types[i%len(types)]
		v := reflect.New(typ).Elem()
		fill(r, v, 0)
		same(t, v.Interface())
	}
}

// fill sets v to a random value of its type.
func fill(r *rand.Rand, v reflect.Value, depth int) {
	if r.IntN(8) == 0 || depth > 4 {
		return // the zero value
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(r.Uint64()) >> r.IntN(64))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(r.Uint64() >> r.IntN(64))
	case reflect.Float32, reflect.Float64:
		x := floats[r.IntN(len(floats))]
		if r.IntN(2) == 0 {
			x = math.Ldexp(r.NormFloat64(), r.IntN(160)-80)
		}
		if v.Kind() == reflect.Float32 && math.Abs(x) > math.MaxFloat32 {
			x = 1
		}
		v.SetFloat(x)
	case reflect.String:
		v.SetString(strs[r.IntN(len(strs))] + strs[r.IntN(len(strs))])
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			v.SetBytes([]byte(strs[r.IntN(len(strs))]))
			return
		}
		n := r.IntN(4)
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			fill(r, v.Index(i), depth+1)
		}
	case reflect.Array:
		for i := range v.Len() {
			fill(r, v.Index(i), depth+1)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for range r.IntN(4) {
			k := reflect.New(v.Type().Key()).Elem()
			fill(r, k, depth+1)
			e := reflect.New(v.Type().Elem()).Elem()
			fill(r, e, depth+1)
			v.SetMapIndex(k, e)
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem(), depth+1)
		v.Set(p)
	case reflect.Interface:
		choices := []any{1.5, "s", true, nil, []any{}, map[string]any{}, point{}}
		if c := choices[r.IntN(len(choices))]; c != nil {
			e := reflect.New(reflect.TypeOf(c)).Elem()
			fill(r, e, depth+1)
			v.Set(e)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i), depth+1)
			}
		}
	}
}
