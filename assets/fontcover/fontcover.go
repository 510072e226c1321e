// Package fontcover finds the characters Neurona draws as text: every rune
// of the translation tables (assets/i18n/*.json) and of the string and rune
// literals in the Go files under scenes/ (tests aside). The embedded font is
// cut down to these (scripts/subset-font.sh), and this package's test checks
// that it still has a glyph for each of them.
//
// It reads the source tree, so it is for the font's build script and tests;
// the app never imports it.
package fontcover

import (
	"encoding/json"
	"fmt"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Use is one character the app draws and the first place it was found.
type Use struct {
	Rune  rune
	Where string // file, and for Go sources the line
}

// Runes returns the characters above U+0020 (space) used by the translation
// tables and the Go string and rune literals of the repository at root, in
// increasing order.
func Runes(root string) ([]Use, error) {
	seen := map[rune]string{}
	add := func(s, where string) {
		for _, r := range s {
			if _, ok := seen[r]; !ok && r > ' ' {
				seen[r] = where
			}
		}
	}
	tables, err := filepath.Glob(filepath.Join(root, "assets", "i18n", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(tables) == 0 {
		return nil, fmt.Errorf("fontcover: no translation tables under %s", filepath.Join(root, "assets", "i18n"))
	}
	for _, p := range tables {
		if err := addJSONStrings(p, add); err != nil {
			return nil, err
		}
	}
	scenes := filepath.Join(root, "scenes")
	err = filepath.WalkDir(scenes, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		return addGoLiterals(p, add)
	})
	if err != nil {
		return nil, err
	}
	out := make([]Use, 0, len(seen))
	for r, where := range seen {
		rel, err := filepath.Rel(root, where)
		if err != nil {
			rel = where
		}
		out = append(out, Use{r, filepath.ToSlash(rel)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rune < out[j].Rune })
	return out, nil
}

// addJSONStrings passes every string value of a translation table to add.
func addJSONStrings(path string, add func(s, where string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("fontcover: %s: %v", path, err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			add(v, path)
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	return nil
}

// addGoLiterals passes the value of every string and rune literal of a Go
// file to add; comments are not drawn and are skipped.
func addGoLiterals(path string, add func(s, where string)) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	file := fset.AddFile(path, -1, len(src))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, src, func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok != token.STRING && tok != token.CHAR {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, fset.Position(pos).Line)
		if tok == token.CHAR {
			r, _, _, err := strconv.UnquoteChar(lit[1:len(lit)-1], '\'')
			if err != nil {
				return fmt.Errorf("fontcover: %s: rune literal %s: %v", where, lit, err)
			}
			add(string(r), where)
			continue
		}
		v, err := strconv.Unquote(lit)
		if err != nil {
			return fmt.Errorf("fontcover: %s: string literal: %v", where, err)
		}
		add(v, where)
	}
	if len(errs) > 0 {
		return fmt.Errorf("fontcover: %v", errs.Err())
	}
	return nil
}
