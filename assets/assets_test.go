package assets

import (
	"bytes"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
)

// TestListsHoldEveryFile checks that Translations and NotebookTemplates
// list every file of their directories, by name and in order, with the
// files' bytes: a file added to i18n/ or notebook/ must be added to its
// list (the files are embedded one by one, not as an embed.FS).
func TestListsHoldEveryFile(t *testing.T) {
	for _, c := range []struct {
		dir, ext, list string
		files          []File
	}{
		{"i18n", ".json", "Translations", Translations},
		{"notebook", ".tmpl", "NotebookTemplates", NotebookTemplates},
	} {
		entries, err := os.ReadDir(c.dir)
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), c.ext) {
				want = append(want, path.Join(c.dir, e.Name()))
			}
		}
		for _, f := range c.files {
			got = append(got, f.Name)
			b, err := os.ReadFile(f.Name)
			if err != nil {
				t.Errorf("%s lists %s: %v", c.list, f.Name, err)
			} else if !bytes.Equal(b, f.Data) {
				t.Errorf("%s: %s's bytes differ from the file's", c.list, f.Name)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s lists %q; %s/ holds %q (list each file, by name, in assets.go)", c.list, got, c.dir, want)
		}
	}
}
