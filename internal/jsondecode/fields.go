package jsondecode

import (
	"reflect"
	"strings"
	"unicode"
)

// Field is a struct field JSON reads or writes (internal/jsonencode uses
// the same choice of fields).
type Field struct {
	Name   string // its JSON name: the tag's, else the Go name
	Index  int
	Tagged bool   // named by its tag
	Opts   string // the tag's options, between commas: ",omitempty,"
}

type field = Field

// fieldsOf returns Fields(t), kept per type.
func (d *decoder) fieldsOf(t reflect.Type) ([]field, error) {
	if fs, ok := d.structs[t]; ok {
		return fs, nil
	}
	fs, what := Fields(t)
	if what != "" {
		return nil, unsupported(t, what)
	}
	if d.structs == nil {
		d.structs = map[reflect.Type][]field{}
	}
	d.structs[t] = fs
	return fs, nil
}

// Fields returns the fields of the struct type t that JSON decodes into and
// encodes, as encoding/json chooses them: exported, not tagged "-", named
// by a valid tag or else by the Go name; of fields that share a name only a
// sole tagged one is kept. What it does not handle (an embedded field, the
// ",string" option) it names in what, with no fields.
func Fields(t reflect.Type) (fs []Field, what string) {
	var all []Field
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		opts = "," + opts + ","
		switch {
		case sf.Anonymous:
			return nil, "the embedded field " + sf.Name
		case !sf.IsExported() || tag == "-":
			continue
		case strings.Contains(opts, ",string,"):
			return nil, "the \",string\" option of " + sf.Name
		}
		f := Field{name, i, ValidTag(name), opts}
		if !f.Tagged {
			f.Name = sf.Name
		}
		all = append(all, f)
	}
	for _, f := range all {
		shared, tagged := 0, 0
		for _, g := range all {
			if g.Name == f.Name && g.Index != f.Index {
				shared++
				if g.Tagged {
					tagged++
				}
			}
		}
		if shared == 0 || f.Tagged && tagged == 0 {
			fs = append(fs, f)
		}
	}
	return fs, ""
}

// lookup returns the field the key names: the field of that exact name,
// else the first whose name equals the key under Unicode case folding,
// else nil.
func lookup(fs []field, key []byte) *field {
	for i := range fs {
		if fs[i].Name == string(key) {
			return &fs[i]
		}
	}
	k := string(key)
	for i := range fs {
		if strings.EqualFold(fs[i].Name, k) {
			return &fs[i]
		}
	}
	return nil
}

// ValidTag reports whether a tag's name is used as the JSON name: letters,
// digits and punctuation other than the backslash and quotes.
func ValidTag(name string) bool {
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) {
			return false
		}
	}
	return name != ""
}
