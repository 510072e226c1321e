package state

import (
	"encoding/json"
	"errors"
	"math"
	"net/url"
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
)

func TestParseRefusesWrongTypesNamingTheField(t *testing.T) {
	d, err := Parse([]byte(`{"alpha":"fast","points":[],"extra":{"ignored":true}}`))
	if err != nil {
		t.Fatal(err)
	}
	alpha := 0.5
	err = d.Float("alpha", &alpha, 0, 10)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "alpha" {
		t.Fatalf("want a FieldError on alpha, got %v", err)
	}
	if alpha != 0.5 {
		t.Fatalf("a refused field changed the value to %v", alpha)
	}
}

func TestPointsAreValidated(t *testing.T) {
	cases := map[string]string{
		`{"points":[{"x":[1],"y":1}]}`:      "2 numbers",
		`{"points":[{"x":[1,2],"y":3}]}`:    "1 or -1",
		`{"points":[{"x":[1,2]}]}`:          "missing",
		`{"points":[{"x":[1e12,2],"y":1}]}`: "point 0",
		`{"points":{"x":[1,2]}}`:            "wrong type",
	}
	for in, want := range cases {
		d, err := Parse([]byte(in))
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		_, ok, err := d.Points()
		if !ok || err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got ok=%v err=%v, want an error containing %q", in, ok, err, want)
		}
	}
	d, _ := Parse([]byte(`{"points":[{"x":[1,2],"y":0},{"x":[-3,4.5],"y":1}]}`))
	pts, ok, err := d.Points()
	if err != nil || !ok || len(pts) != 2 || pts[0].Y != -1 || pts[1].X[1] != 4.5 {
		t.Fatalf("got %v %v %v", pts, ok, err)
	}
}

func TestParseRefusesNonObjects(t *testing.T) {
	for _, in := range []string{"", "[]", "null", "{", strings.Repeat(" ", MaxBytes+1)} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("%q was accepted", in)
		}
	}
}

func TestLinkRoundTrip(t *testing.T) {
	doc := []byte(`{"scene":"xor","points":[{"x":[0.5,-1],"y":1}]}`)
	h := Format(Link{Scene: "xor", Lang: "en", State: doc})
	l, ignored := ParseLink("https://example.org/neurona/#" + h)
	if len(ignored) != 0 || l.Scene != "xor" || l.Lang != "en" || string(l.State) != string(doc) {
		t.Fatalf("round trip: %+v ignored %v", l, ignored)
	}
}

func TestMalformedLinkSaysWhatItIgnored(t *testing.T) {
	l, ignored := ParseLink("#scene=perceptron&%zz&s=!!!&bogus=1&lang=en")
	if l.Scene != "perceptron" || l.Lang != "en" || l.State != nil {
		t.Fatalf("kept the wrong parts: %+v", l)
	}
	if len(ignored) != 3 {
		t.Fatalf("want 3 ignored parts, got %q", ignored)
	}
}

// maxQuote bounds a message that quotes input: an engine.Excerpt, quoted
// (four bytes a byte at worst), and a few words.
const maxQuote = 256

// TestLongInputShortMessages gives link parts and document fields of a
// megabyte, text or binary: what ParseLink ignores and what a field refuses
// is described in a short message.
func TestLongInputShortMessages(t *testing.T) {
	for _, v := range []string{strings.Repeat("x", 1<<20), strings.Repeat("\x00\xff\n", 1<<16), strings.Repeat("ñ", 1<<19)} {
		q := url.QueryEscape(v)
		for _, link := range []string{
			"#" + v, "#" + q, "#" + q + "=1", "#scene=xor&" + q + "=" + q, "#s=" + q, "#s=" + v + "=", "#%zz" + v, "#lang=" + q + "&%" + q,
		} {
			_, ignored := ParseLink(link)
			if len(ignored) == 0 {
				t.Errorf("%.40q: nothing ignored", link)
			}
			for _, m := range ignored {
				if len(m) > maxQuote {
					t.Errorf("%.40q: ignored part described in %d bytes: %.100q", link, len(m), m)
				}
			}
		}
		b, _ := json.Marshal(v)
		for _, doc := range []string{
			`{"rule":` + string(b) + `}`, `{"alpha":` + string(b) + `}`, `{"w":[` + string(b) + `]}`,
			`{"scene":[` + string(b) + `]}`, `{"points":` + string(b) + `}`, `{"points":[{"x":` + string(b) + `}]}`,
		} {
			d, err := Parse([]byte(doc))
			if err != nil {
				t.Fatalf("%.40q: %v", doc, err)
			}
			var a float64
			var s string
			w := make([]float64, 2)
			_, _, perr := d.Points()
			errs := []error{d.Choice("rule", &s, "classic", "pm1"), d.Float("alpha", &a, 0, 1), d.Vec("w", w, 1), d.String("scene", &s), perr}
			refused := 0
			for _, err := range errs {
				if err != nil {
					refused++
					if len(err.Error()) > maxQuote {
						t.Errorf("%.40q: error of %d bytes: %.100q", doc, len(err.Error()), err)
					}
				}
			}
			if refused == 0 {
				t.Errorf("%.40q: accepted", doc)
			}
		}
	}
}

func FuzzParseLink(f *testing.F) {
	f.Add("#scene=xor&lang=en")
	f.Add("#" + Format(Link{Scene: "neuron", State: []byte(`{"points":[]}`)}))
	f.Add("#s=%%%&&&=")
	f.Fuzz(func(t *testing.T, s string) {
		l, ignored := ParseLink(s)
		if len(l.State) > maxLinkBytes {
			t.Fatalf("inflated state of %d bytes accepted", len(l.State))
		}
		for _, m := range ignored {
			if len(m) > maxQuote {
				t.Fatalf("ignored part described in %d bytes", len(m))
			}
		}
	})
}

func FuzzParseDoc(f *testing.F) {
	f.Add([]byte(`{"scene":"perceptron","alpha":0.5,"w":[1,2],"points":[{"x":[1,2],"y":1}]}`))
	f.Add([]byte(`{"points":[{"x":[1e308,-1e308],"y":-1}]}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse(b)
		if err != nil {
			return
		}
		pts, _, err := d.Points()
		if err == nil {
			for _, p := range pts {
				if p.Y != 1 && p.Y != -1 {
					t.Fatalf("label %d accepted", p.Y)
				}
			}
		}
		var a float64
		var s string
		w := make([]float64, 2)
		for _, err := range []error{
			d.Float("alpha", &a, 0, 1e6),
			d.Vec("w", w, 1e9),
			d.Choice("rule", &s, "classic", "pm1"),
			d.String("scene", &s),
		} {
			if err != nil && len(err.Error()) > maxQuote {
				t.Fatalf("error of %d bytes", len(err.Error()))
			}
		}
	})
}

// TestPointListEncodesAsMaps holds PointList's encoding to encoding/json's
// of the maps it replaced, over awkward numbers.
func TestPointListEncodesAsMaps(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e-6, 9.99e-7, 1e-7, 1e-9, 1e20, 1e21, 1.5e300, -2.5e-300,
		5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 123456789.123, 1.0 / 3}
	var pts []engine.Point
	for i, a := range vals {
		pts = append(pts, engine.Point{X: [2]float64{a, vals[(i*7+3)%len(vals)]}, Y: []int{1, -1}[i%2]})
	}
	maps := make([]map[string]any, len(pts))
	for i, p := range pts {
		maps[i] = map[string]any{"x": []float64{Clean(p.X[0]), Clean(p.X[1])}, "y": p.Y}
	}
	want, err := json.Marshal(maps)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(PointsField(pts))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatalf("PointList encodes\n%s\nencoding/json\n%s", got, want)
	}
}

// TestNullIsAPresentFieldThatReadsAsZero pins where the app's reader
// differs from engine/statedoc's, which it shares its readers with: a null
// field is present, and the readers check the zero value it decodes to
// (the notebook export's reader keeps the default instead).
func TestNullIsAPresentFieldThatReadsAsZero(t *testing.T) {
	d, err := Parse([]byte(`{"n":null,"s":null,"b":null}`))
	if err != nil {
		t.Fatal(err)
	}
	if !d.Has("n") || d.Has("gone") {
		t.Fatalf("Has: null %v, absent %v", d.Has("n"), d.Has("gone"))
	}
	n := 7
	if err := d.Int("n", &n, 0, 10); err != nil || n != 0 {
		t.Errorf("null in [0, 10]: %d, %v; want 0", n, err)
	}
	n = 7
	if err := d.Int("n", &n, 1, 10); err == nil || n != 7 {
		t.Errorf("null in [1, 10]: %d, %v; want a refusal", n, err)
	}
	s := "es"
	if err := d.Choice("s", &s, "es", "en"); err == nil || s != "es" {
		t.Errorf("null choice: %q, %v; want a refusal", s, err)
	}
	b := true
	if err := d.Bool("b", &b); err != nil || !b {
		t.Errorf("null bool: %v, %v; Decode leaves it", b, err)
	}
	var fe *FieldError
	if err := d.Choice("s", &s, "es"); !errors.As(err, &fe) || fe.Field != "s" {
		t.Errorf("the refusal %v does not name the field", err)
	}
}

// Rate takes a learning rate in (0, hi], refuses 0, a negative rate and
// one past hi naming the field, and leaves the value alone when the field
// is absent.
func TestRateIsPositiveAndBounded(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want float64 // 0: refused
	}{
		{`{"lr":0.25}`, 0.25},
		{`{"lr":10}`, 10},
		{`{}`, 0.5},
		{`{"lr":0}`, 0},
		{`{"lr":-0.1}`, 0},
		{`{"lr":10.5}`, 0},
		{`{"lr":"fast"}`, 0},
	} {
		d, err := Parse([]byte(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		lr := 0.5
		err = d.Rate("lr", &lr, 10)
		var fe *FieldError
		switch {
		case c.want == 0 && (!errors.As(err, &fe) || fe.Field != "lr"):
			t.Errorf("%s: want a FieldError on lr, got %v", c.doc, err)
		case c.want == 0 && lr != 0.5:
			t.Errorf("%s: a refused rate changed the value to %v", c.doc, lr)
		case c.want != 0 && (err != nil || lr != c.want):
			t.Errorf("%s: got %v, %v; want %v", c.doc, lr, err, c.want)
		}
	}
}

// TestParseSyntaxErrorsReadAsEncodingJSONs: what the page shows for a
// damaged document is encoding/json's message, word for word, although
// the document is decoded by internal/jsondecode.
func TestParseSyntaxErrorsReadAsEncodingJSONs(t *testing.T) {
	for _, in := range []string{`{`, `{"scene":`, `{"scene":"xor",}`, `{"a":1} trailing`,
		`{"a":[1,2}`, `{"a":"\x"}`, `{"a":01}`, "{\"a\":\"\x01\"}", `{'a':1}`} {
		var m map[string]json.RawMessage
		want := "not valid JSON: " + json.Unmarshal([]byte(in), &m).Error()
		if _, err := Parse([]byte(in)); err == nil || err.Error() != want {
			t.Errorf("Parse(%q): %v, want %s", in, err, want)
		}
	}
}
