package state

import (
	"errors"
	"strings"
	"testing"
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

func FuzzParseLink(f *testing.F) {
	f.Add("#scene=xor&lang=en")
	f.Add("#" + Format(Link{Scene: "neuron", State: []byte(`{"points":[]}`)}))
	f.Add("#s=%%%&&&=")
	f.Fuzz(func(t *testing.T, s string) {
		l, _ := ParseLink(s)
		if len(l.State) > maxLinkBytes {
			t.Fatalf("inflated state of %d bytes accepted", len(l.State))
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
		_ = d.Float("alpha", &a, 0, 1e6)
		w := make([]float64, 2)
		_ = d.Vec("w", w, 1e9)
		var s string
		_ = d.Choice("rule", &s, "classic", "pm1")
	})
}
