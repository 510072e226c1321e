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

var (
	loadOnce sync.Once
	table    map[string]entry
	loadErr  error
)

func load() {
	table, loadErr = Read(assets.Translations)
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
	loadOnce.Do(load)
	e, ok := table[key]
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
	loadOnce.Do(load)
	_, ok := table[key]
	return ok
}

// Keys returns every defined key, sorted, and the error met loading them.
func Keys() ([]string, error) {
	loadOnce.Do(load)
	ks := make([]string, 0, len(table))
	for k := range table {
		ks = append(ks, k)
	}
	sort.Sort(sort.StringSlice(ks)) // not sort.Strings: it instantiates slices.Sort for strings
	return ks, loadErr
}
