package jsondecode

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// targets are the types the random and fuzz tests decode into: the
// callers' and the table test's.
var targets = []reflect.Type{
	reflect.TypeFor[any](),
	reflect.TypeFor[doc](),
	reflect.TypeFor[map[string]json.RawMessage](),
	reflect.TypeFor[[]point](),
	reflect.TypeFor[[]*point](),
	reflect.TypeFor[settings](),
	reflect.TypeFor[map[string]entry](),
	reflect.TypeFor[float64](),
	reflect.TypeFor[float32](),
	reflect.TypeFor[int](),
	reflect.TypeFor[int8](),
	reflect.TypeFor[uint8](),
	reflect.TypeFor[uint16](),
	reflect.TypeFor[string](),
	reflect.TypeFor[bool](),
	reflect.TypeFor[[]float64](),
	reflect.TypeFor[[][]float64](),
	reflect.TypeFor[[2]float64](),
	reflect.TypeFor[[][2]float64](),
	reflect.TypeFor[*float64](),
	reflect.TypeFor[**int](),
	reflect.TypeFor[*[]int](),
	reflect.TypeFor[[]any](),
	reflect.TypeFor[[1]any](),
	reflect.TypeFor[map[string]any](),
	reflect.TypeFor[map[string][]int](),
	reflect.TypeFor[json.RawMessage](),
	reflect.TypeFor[tagged](),
	dupType,
	reflect.TypeFor[holder](),
	reflect.TypeFor[map[string]float64](),
	reflect.TypeFor[[]struct{ a, B int }](),
	reflect.TypeFor[struct { // backprop's "origin"
		Params  map[string]float64 `json:"params"`
		Example *int               `json:"example"`
	}](),
}

// shaper writes random JSON documents shaped like a target type: mostly
// what the type holds, sometimes null or a value of another kind, with
// keys in other cases, unknown and repeated keys, numbers at the edges of
// the types' ranges, strings with every kind of escape and invalid
// UTF-8, and white space between the tokens.
type shaper struct {
	r *rand.Rand
	b strings.Builder
}

func (g *shaper) pick(s ...string) string { return s[g.r.IntN(len(s))] }

func (g *shaper) space() {
	if g.r.IntN(4) == 0 {
		g.b.WriteString(g.pick(" ", "\n", "\t ", "\r\n  "))
	}
}

// value writes a value for the type t (nil: anything).
func (g *shaper) value(t reflect.Type, depth int) {
	g.space()
	defer g.space()
	switch n := g.r.IntN(20); {
	case n == 0:
		g.b.WriteString("null")
		return
	case n == 1 || t == nil || depth > 4:
		g.anything(depth)
		return
	}
	switch t.Kind() {
	case reflect.Bool:
		g.b.WriteString(g.pick("true", "false"))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		g.number()
	case reflect.String:
		g.str()
	case reflect.Pointer:
		g.value(t.Elem(), depth)
	case reflect.Slice, reflect.Array:
		if t == reflect.TypeFor[json.RawMessage]() {
			g.anything(depth)
			return
		}
		n := g.r.IntN(5)
		if t.Kind() == reflect.Array {
			n = g.r.IntN(t.Len() + 3)
		}
		g.b.WriteByte('[')
		for i := range n {
			if i > 0 {
				g.b.WriteByte(',')
			}
			g.value(t.Elem(), depth+1)
		}
		g.b.WriteByte(']')
	case reflect.Map:
		g.object(depth, func() { g.key() }, func() { g.value(t.Elem(), depth+1) })
	case reflect.Struct:
		var f reflect.StructField
		g.object(depth, func() {
			f = t.Field(g.r.IntN(t.NumField()))
			g.fieldKey(f)
		}, func() { g.value(f.Type, depth+1) })
	default: // interfaces
		g.anything(depth)
	}
}

// object writes an object of a few members, each written by key and val.
func (g *shaper) object(depth int, key, val func()) {
	g.b.WriteByte('{')
	for i := range g.r.IntN(6) {
		if i > 0 {
			g.b.WriteByte(',')
		}
		g.space()
		key()
		g.space()
		g.b.WriteByte(':')
		val()
	}
	g.b.WriteByte('}')
}

// fieldKey writes a key for the field f: its JSON name, its Go name, or
// either in another case, or a key no field has.
func (g *shaper) fieldKey(f reflect.StructField) {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	name = g.pick(name, f.Name, name, f.Name, "-", "other", "")
	switch g.r.IntN(4) {
	case 0:
		name = strings.ToUpper(name)
	case 1:
		name = strings.ToLower(name)
	}
	g.b.WriteString(strconv.Quote(name))
}

func (g *shaper) key() {
	if g.r.IntN(3) == 0 {
		g.str()
		return
	}
	g.b.WriteString(g.pick(`"a"`, `"b"`, `"x"`, `"W1"`, `"b1"`, `"scene"`, `"\u00e9"`, `""`))
}

func (g *shaper) number() {
	if g.r.IntN(3) == 0 {
		g.b.WriteString(strconv.FormatFloat(g.r.NormFloat64()*1e3, 'g', -1, 64))
		return
	}
	g.b.WriteString(g.pick("0", "-0", "1", "-1", "42", "1.5", "-2.25", "1e2", "1E-2", "2.0",
		"127", "128", "-128", "-129", "255", "256", "65535", "65536", "2147483648",
		"9223372036854775807", "9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "1e308", "1.8e308", "-1e309",
		"3.4e38", "3.5e38", "1e-400", "1e-46", "0.1", "123456789.123456789e-3"))
}

func (g *shaper) str() {
	g.b.WriteByte('"')
	for range g.r.IntN(7) {
		g.b.WriteString(g.pick("a", "Z", " ", "é", "€", "😀", "Σ", "ſ", "K", `\"`, `\\`, `\/`,
			`\b`, `\f`, `\n`, `\r`, `\t`, `\u00e9`, `\u0041`, `\ud83d\ude00`, `\ud83d`,
			`\ude00`, `\uDBFF`, `\uFFFD`, "\xff", "\xed\xa0\x80", "\xe2\x82", "\xc3"))
	}
	g.b.WriteByte('"')
}

// anything writes a value of any kind.
func (g *shaper) anything(depth int) {
	n := g.r.IntN(7)
	if depth > 4 {
		n %= 4
	}
	switch n {
	case 0:
		g.b.WriteString(g.pick("null", "true", "false"))
	case 1, 2:
		g.number()
	case 3:
		g.str()
	case 4:
		g.value(reflect.TypeFor[[]any](), depth+1)
	default:
		g.value(reflect.TypeFor[map[string]any](), depth+1)
	}
}

// spoil damages a document so that it is (most often) not valid JSON.
func (g *shaper) spoil(doc []byte) []byte {
	if len(doc) == 0 {
		return doc
	}
	i := g.r.IntN(len(doc))
	switch g.r.IntN(3) {
	case 0:
		return doc[:i]
	case 1:
		return append(doc[:i:i], doc[i+1:]...)
	}
	c := g.pick("{", "}", "[", "]", ",", ":", `"`, `\`, "0", "a", "-", ".", "e", "\x01")
	return append(append(doc[:i:i], c...), doc[i:]...)
}

// doc returns a document for t, spoiled one time in eight.
func (g *shaper) doc(t reflect.Type) []byte {
	g.b.Reset()
	g.value(t, 0)
	d := []byte(g.b.String())
	if g.r.IntN(8) == 0 {
		d = g.spoil(d)
	}
	return d
}

// TestUnmarshalRandomLikeEncodingJSON decodes random documents shaped
// like each target, into a zero target and into one already holding a
// decoded document, with both decoders, and compares.
func TestUnmarshalRandomLikeEncodingJSON(t *testing.T) {
	g := &shaper{r: rand.New(rand.NewPCG(17, 1))}
	trials := 40000
	if testing.Short() {
		trials = 4000
	}
	for i := range trials {
		typ := targets[i%len(targets)]
		data := g.doc(typ)
		var prior []byte
		if g.r.IntN(2) == 0 {
			prior = g.doc(typ)
		}
		compare(t, data, func() any {
			v := reflect.New(typ)
			if prior != nil {
				_ = json.Unmarshal(prior, v.Interface()) // a partial result is still the same for both
			}
			return v.Interface()
		})
		if t.Failed() {
			t.Fatalf("trial %d: prior %q", i, prior)
		}
	}
}

// FuzzUnmarshal decodes the fuzzer's input into each target with both
// decoders and compares.
func FuzzUnmarshal(f *testing.F) {
	for _, seed := range []string{
		`{"scene":"xor","lang":"en","points":[{"x":[1,2],"y":1},{"x":[0,0],"y":-1,"test":true}],"W1":[[1,2],[3,4]]}`,
		`{"k":{"es":"hola \u00e9","en":"hello \ud83d\ude00"}}`,
		`{"zoom":1.5,"theme":"dark","lang":"es"}`,
		`[[1,2],[3,4.5e-3],[-0,1e400]]`,
		`{"a":1,"A":2,"nested":{"i8":300},"err":null,"x":[1,"a"]}`,
		"\"\\ud800\xff\"",
		`{"x":1,}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, typ := range targets {
			compare(t, data, func() any { return reflect.New(typ).Interface() })
		}
	})
}

// pointsDoc is a state document's "points" of n points, as the app writes
// them.
func pointsDoc(n int) []byte {
	b := []byte("[")
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"x":[`...)
		b = strconv.AppendFloat(b, float64(i%997)*0.013-3, 'g', -1, 64)
		b = append(b, ',')
		b = strconv.AppendFloat(b, float64(i%991)*-0.007+2, 'g', -1, 64)
		b = append(b, `],"y":`...)
		b = strconv.AppendInt(b, int64(i%2*2-1), 10)
		b = append(b, '}')
	}
	return append(b, ']')
}

// BenchmarkPoints decodes 100,000 points, the most a document holds, with
// this package and with encoding/json.
func BenchmarkPoints(b *testing.B) {
	data := pointsDoc(100_000)
	for _, c := range []struct {
		name      string
		unmarshal func([]byte, any) error
	}{{"jsondecode", Unmarshal}, {"encoding-json", json.Unmarshal}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var pts []point
				if err := c.unmarshal(data, &pts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
