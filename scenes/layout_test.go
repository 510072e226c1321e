package scenes

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestREADMELayoutListsEveryPackage holds the README's Layout table to the
// module's packages: the folders `go list ./...` finds (and cmd/wasm,
// which builds only for js) each have a row, and every package a row names
// exists.
func TestREADMELayoutListsEveryPackage(t *testing.T) {
	root := ".."
	var pkgs []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && p != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "dist" || name == "bin" || name == "node_modules") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			rel, err := filepath.Rel(root, filepath.Dir(p))
			if err != nil {
				return err
			}
			if rel = filepath.ToSlash(rel); !slices.Contains(pkgs, rel) {
				pkgs = append(pkgs, rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	i := strings.Index(text, "\n## Layout\n")
	if i < 0 {
		t.Fatal("README has no Layout section")
	}
	text = text[i+1:]
	if j := strings.Index(text[3:], "\n## "); j >= 0 {
		text = text[:j+3]
	}
	rows := map[string]bool{}
	cell := regexp.MustCompile("`([^`]+)`")
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		first := strings.SplitN(line[1:], "|", 2)[0]
		for _, m := range cell.FindAllStringSubmatch(first, -1) {
			rows[m[1]] = true
		}
	}
	for _, p := range pkgs {
		if !rows[p] {
			t.Errorf("package %s has no row in README's Layout table", p)
		}
	}
	for r := range rows {
		if strings.HasSuffix(r, "/") {
			if _, err := os.Stat(filepath.Join(root, r)); err != nil {
				t.Errorf("README's Layout names %s, which does not exist", r)
			}
			continue
		}
		if !slices.Contains(pkgs, r) {
			t.Errorf("README's Layout names %s, which is not a package", r)
		}
	}
}
