// Package i18n looks up the text of every visible string in the current
// language. The tables live in assets/i18n; scene code never hard-codes
// visible text.
package i18n

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/neurona/neurona/assets"
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/internal/jsondecode"
)

// Lang is a user-interface language: "es" (the lecture's, the default) or "en".
type Lang string

// The supported languages.
const (
	ES Lang = "es"
	EN Lang = "en"
)

// Default is the language used when none is asked for.
const Default = ES

// Parse returns the language named by s, or an error quoting an excerpt
// of s (engine.Excerpt: s may be a link's text of any length).
func Parse(s string) (Lang, error) {
	switch Lang(strings.ToLower(strings.TrimSpace(s))) {
	case ES:
		return ES, nil
	case EN:
		return EN, nil
	}
	return Default, fmt.Errorf("unknown language %q (use es or en)", engine.Excerpt(s))
}

// Other returns the language L switches to.
func (l Lang) Other() Lang {
	if l == EN {
		return ES
	}
	return EN
}

type entry struct {
	ES string `json:"es"`
	EN string `json:"en"`
}

// The tables are parsed a file at a time, the first time one of the
// file's keys is looked up: a key "xor.…" lives in i18n/xor.json, and a
// key whose first part names no file (scene.…, key.…, msg.…) in
// i18n/shell.json. Start-up then parses the shell's file and the first
// scene's, not every scene's, on the path to the page's first frame.
// Keys checks that every key lives in the file it is looked up in.
type table struct {
	once sync.Once
	file assets.File
	m    map[string]entry
}

// tables are the files by area: a file's name without its folder and
// ".json", which is what the first part of its keys names.
type tables map[string]*table

const shellArea = "shell"

func newTables(files []assets.File) tables {
	ts := make(tables, len(files))
	for _, f := range files {
		name := f.Name[strings.LastIndexByte(f.Name, '/')+1:]
		ts[strings.TrimSuffix(name, ".json")] = &table{file: f}
	}
	return ts
}

// of returns the table key is looked up in, or nil if there is none.
func (ts tables) of(key string) *table {
	first, _, _ := strings.Cut(key, ".")
	if t, ok := ts[first]; ok {
		return t
	}
	return ts[shellArea]
}

// lookup returns the entry of key, parsing its file the first time.
func (ts tables) lookup(key string) (entry, bool) {
	t := ts.of(key)
	if t == nil {
		return entry{}, false
	}
	t.once.Do(func() {
		// A damaged file shows its keys as "⟨key⟩"; Keys reports why.
		t.m, _ = Read([]assets.File{t.file})
	})
	e, ok := t.m[key]
	return e, ok
}

var (
	indexOnce sync.Once
	all       tables
)

// lookup is tables.lookup over the embedded files.
func lookup(key string) (entry, bool) {
	indexOnce.Do(func() { all = newTables(assets.Translations) })
	return all.lookup(key)
}

// Read parses the JSON files into one table, refusing a key defined twice
// or a message missing a language.
func Read(files []assets.File) (map[string]entry, error) {
	t := map[string]entry{}
	for _, file := range files {
		f := file.Name
		var m map[string]entry
		if err := jsondecode.Unmarshal(file.Data, &m); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		for k, e := range m {
			if _, dup := t[k]; dup {
				return nil, fmt.Errorf("%s: key %q is defined twice", f, k)
			}
			if e.ES == "" || e.EN == "" {
				return nil, fmt.Errorf("%s: key %q lacks a language", f, k)
			}
			t[k] = e
		}
	}
	return t, nil
}

// T returns the message key in language l. A missing key is returned as
// "⟨key⟩" so that it is visible on screen and caught by the tests, rather
// than silently blank.
func T(l Lang, key string) string {
	e, ok := lookup(key)
	if !ok {
		return "⟨" + key + "⟩"
	}
	if l == EN {
		return e.EN
	}
	return e.ES
}

// Tf is T followed by fmt.Sprintf with args.
func Tf(l Lang, key string, args ...any) string {
	return fmt.Sprintf(T(l, key), args...)
}

// Has reports whether key is defined.
func Has(key string) bool {
	_, ok := lookup(key)
	return ok
}

// Keys returns every defined key, sorted, and the first error met loading
// them: a file that does not parse, or a key in a file other than the one
// it is looked up in (which also catches a key defined twice).
func Keys() ([]string, error) { return keysIn(assets.Translations) }

func keysIn(files []assets.File) ([]string, error) {
	ts := newTables(files)
	var ks []string
	var first error
	for _, f := range files {
		m, err := Read([]assets.File{f})
		if err != nil && first == nil {
			first = err
		}
		for k := range m {
			ks = append(ks, k)
			if t := ts.of(k); t.file.Name != f.Name && first == nil {
				first = fmt.Errorf("%s: key %q belongs in %s", f.Name, k, t.file.Name)
			}
		}
	}
	sort.Sort(sort.StringSlice(ks)) // not sort.Strings: it instantiates slices.Sort for strings
	return ks, first
}
