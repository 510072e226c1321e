package statedoc

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func parse(t *testing.T, s string) Doc {
	t.Helper()
	var d Doc
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestAbsentAndNullLeaveTheValue checks that a missing or null field keeps
// the caller's default, and that Need refuses both.
func TestAbsentAndNullLeaveTheValue(t *testing.T) {
	d := parse(t, `{"n": null}`)
	n, s := 7, "es"
	if err := d.Int("n", &n, 0, 10); err != nil || n != 7 {
		t.Errorf("null n: %d, %v", n, err)
	}
	if err := d.Choice("lang", &s, "es", "en"); err != nil || s != "es" {
		t.Errorf("absent lang: %q, %v", s, err)
	}
	for _, name := range []string{"n", "gone"} {
		if err := d.Need(name, &n); err == nil || !strings.Contains(err.Error(), "missing") {
			t.Errorf("Need(%q): %v", name, err)
		}
	}
}

// TestRefusalsNameTheFieldAndStayShort gives each reader a wrong value:
// the error is a FieldError naming the field, and a huge value is quoted
// only in part.
func TestRefusalsNameTheFieldAndStayShort(t *testing.T) {
	huge := strings.Repeat("é", 1<<16)
	d := parse(t, `{"i": 2.5, "j": 11, "k": "x", "c": "`+huge+`", "w": [`+strings.Repeat("1,", 1<<15)+`1]}`)
	var n int
	var s string
	for _, c := range []struct {
		field string
		err   error
	}{
		{"i", d.Int("i", &n, 0, 10)},
		{"j", d.Int("j", &n, 0, 10)},
		{"k", d.Int("k", &n, 0, 10)},
		{"c", d.Choice("c", &s, "es", "en")},
		{"w", d.Decode("w", &s)},
		{"x", Finite("x", 1e9, 1, 2e9)},
	} {
		var fe *FieldError
		if !errors.As(c.err, &fe) || fe.Field != c.field || len(c.err.Error()) > 200 {
			t.Errorf("field %s: %.300v", c.field, c.err)
		}
	}
	if n != 0 || s != "" {
		t.Errorf("a refused field was stored: %d, %q", n, s)
	}
}

// TestReadsGoodValues reads a whole number, a word and finite numbers.
func TestReadsGoodValues(t *testing.T) {
	d := parse(t, `{"n": 3, "lang": "en"}`)
	n, s := 0, "es"
	if err := d.Int("n", &n, 0, 10); err != nil || n != 3 {
		t.Errorf("n: %d, %v", n, err)
	}
	if err := d.Choice("lang", &s, "es", "en"); err != nil || s != "en" {
		t.Errorf("lang: %q, %v", s, err)
	}
	if err := Finite("v", 1, -1, 0, 1); err != nil {
		t.Errorf("Finite: %v", err)
	}
}
