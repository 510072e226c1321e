package i18n

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/neurona/neurona/assets"
)

func TestTablesLoad(t *testing.T) {
	keys, err := Keys()
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) < 20 {
		t.Fatalf("only %d messages loaded", len(keys))
	}
	if T(ES, "scene.backprop") != "Retropropagación" || T(EN, "scene.backprop") != "Backpropagation" {
		t.Errorf("scene.backprop: %q / %q", T(ES, "scene.backprop"), T(EN, "scene.backprop"))
	}
}

func TestMissingKeyIsVisible(t *testing.T) {
	if got := T(ES, "no.such.key"); !strings.Contains(got, "no.such.key") {
		t.Errorf("missing key rendered as %q", got)
	}
}

func TestReadRefusesBadTables(t *testing.T) {
	cases := map[string][]assets.File{
		"missing language": {{Name: "i18n/a.json", Data: []byte(`{"k":{"es":"hola"}}`)}},
		"duplicate key": {
			{Name: "i18n/a.json", Data: []byte(`{"k":{"es":"a","en":"a"}}`)},
			{Name: "i18n/b.json", Data: []byte(`{"k":{"es":"b","en":"b"}}`)},
		},
		"not json": {{Name: "i18n/a.json", Data: []byte(`{`)}},
	}
	for name, files := range cases {
		if _, err := Read(files); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestParse(t *testing.T) {
	if l, err := Parse(" EN "); err != nil || l != EN {
		t.Errorf("EN: %v %v", l, err)
	}
	if _, err := Parse("zz"); err == nil {
		t.Error("zz accepted")
	}
	if ES.Other() != EN || EN.Other() != ES {
		t.Error("Other does not toggle")
	}
}

// TestReadErrorsReadAsEncodingJSONs: a damaged table is refused with
// encoding/json's message, syntax or type, word for word, although it is
// decoded by internal/jsondecode.
func TestReadErrorsReadAsEncodingJSONs(t *testing.T) {
	for _, in := range []string{`{`, `{"k":{"es":"a","en":"b"},}`, `{"k":"text"}`,
		`{"k":{"es":1,"en":"b"}}`, `[]`, `{"k":{"es":"a","en":["b"]}}`} {
		var m map[string]entry
		want := "i18n/a.json: " + json.Unmarshal([]byte(in), &m).Error()
		_, err := Read([]assets.File{{Name: "i18n/a.json", Data: []byte(in)}})
		if err == nil || err.Error() != want {
			t.Errorf("Read(%q): %v, want %s", in, err, want)
		}
	}
}

// Every key is looked up in the file it is defined in, and a key defined
// elsewhere (or twice) is reported.
func TestKeysAreInTheFileTheyAreLookedUpIn(t *testing.T) {
	cases := map[string][]assets.File{
		"a scene's key in the shell": {
			{Name: "i18n/shell.json", Data: []byte(`{"xor.title":{"es":"a","en":"a"}}`)},
			{Name: "i18n/xor.json", Data: []byte(`{"xor.other":{"es":"b","en":"b"}}`)},
		},
		"a shell key in a scene's file": {
			{Name: "i18n/shell.json", Data: []byte(`{"msg.a":{"es":"a","en":"a"}}`)},
			{Name: "i18n/xor.json", Data: []byte(`{"msg.b":{"es":"b","en":"b"}}`)},
		},
		"a key twice": {
			{Name: "i18n/shell.json", Data: []byte(`{"msg.a":{"es":"a","en":"a"}}`)},
			{Name: "i18n/xor.json", Data: []byte(`{"msg.a":{"es":"b","en":"b"}}`)},
		},
	}
	for name, files := range cases {
		if _, err := keysIn(files); err == nil || !strings.Contains(err.Error(), "belongs in") {
			t.Errorf("%s: %v", name, err)
		}
	}
	good := []assets.File{
		{Name: "i18n/shell.json", Data: []byte(`{"msg.a":{"es":"a","en":"a"},"scene.xor":{"es":"c","en":"c"}}`)},
		{Name: "i18n/xor.json", Data: []byte(`{"xor.b":{"es":"b","en":"b"}}`)},
	}
	if ks, err := keysIn(good); err != nil || len(ks) != 3 {
		t.Errorf("good files: %v, %v", ks, err)
	}
}

// A lookup parses only the file its key lives in, and finds there what
// reading every file finds.
func TestLookupParsesOnlyTheFileOfTheKey(t *testing.T) {
	whole, err := Read(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	parsed := func(ts tables) (n int) {
		for _, tb := range ts {
			if tb.m != nil {
				n++
			}
		}
		return n
	}
	ts := newTables(assets.Translations)
	for _, key := range []string{"scene.neuron", "tab.xor", "neuron.title"} {
		ts.lookup(key)
	}
	if n := parsed(ts); n != 2 {
		t.Errorf("looking up shell and neuron keys parsed %d files, want 2", n)
	}
	for k, want := range whole {
		if got, ok := ts.lookup(k); !ok || got != want {
			t.Errorf("%s: %v %v, want %v", k, got, ok, want)
		}
	}
	if n := parsed(ts); n != len(assets.Translations) {
		t.Errorf("after every key, %d of %d files parsed", n, len(assets.Translations))
	}
}
