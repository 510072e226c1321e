package jsondecode

import (
	"reflect"
	"strings"
	"unicode"
)

// field is a struct field an object's key can name.
type field struct {
	name   string // its JSON name: the tag's, else the Go name
	index  int
	tagged bool // named by its tag
}

// fieldsOf returns the fields of the struct type t that JSON decodes
// into, as encoding/json chooses them: exported, not tagged "-", named by
// a valid tag or else by the Go name; of fields that share a name only a
// sole tagged one is kept.
func (d *decoder) fieldsOf(t reflect.Type) ([]field, error) {
	if fs, ok := d.structs[t]; ok {
		return fs, nil
	}
	var all []field
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		switch {
		case sf.Anonymous:
			return nil, unsupported(t, "the embedded field "+sf.Name)
		case !sf.IsExported() || tag == "-":
			continue
		case strings.Contains(","+opts+",", ",string,"):
			return nil, unsupported(t, "the \",string\" option of "+sf.Name)
		}
		f := field{name, i, ValidTag(name)}
		if !f.tagged {
			f.name = sf.Name
		}
		all = append(all, f)
	}
	var fs []field
	for _, f := range all {
		shared, tagged := 0, 0
		for _, g := range all {
			if g.name == f.name && g.index != f.index {
				shared++
				if g.tagged {
					tagged++
				}
			}
		}
		if shared == 0 || f.tagged && tagged == 0 {
			fs = append(fs, f)
		}
	}
	if d.structs == nil {
		d.structs = map[reflect.Type][]field{}
	}
	d.structs[t] = fs
	return fs, nil
}

// lookup returns the field the key names: the field of that exact name,
// else the first whose name equals the key under Unicode case folding,
// else nil.
func lookup(fs []field, key []byte) *field {
	for i := range fs {
		if fs[i].name == string(key) {
			return &fs[i]
		}
	}
	k := string(key)
	for i := range fs {
		if strings.EqualFold(fs[i].name, k) {
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
