package notebook

import (
	"slices"
	"testing"
	"testing/fstest"
	"text/template"

	"github.com/neurona/neurona/assets"
)

// TestParseMatchesParseFS holds parse to template.ParseFS over the same
// files, which it replaced: the same templates, by name, with the same
// trees, for every scene; and the same error for a scene without a file.
func TestParseMatchesParseFS(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, f := range assets.NotebookTemplates {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	parseFS := func(scene string) (*template.Template, error) {
		return template.New(scene+".tmpl").Funcs(template.FuncMap{
			"py":   py,
			"list": pyList,
		}).ParseFS(fsys, "notebook/common.tmpl", "notebook/"+scene+".tmpl")
	}
	for _, scene := range Scenes() {
		got, err := parse(scene)
		if err != nil {
			t.Fatalf("%s: %v", scene, err)
		}
		want, err := parseFS(scene)
		if err != nil {
			t.Fatalf("%s: ParseFS: %v", scene, err)
		}
		if g, w := names(got), names(want); got.Name() != want.Name() || !slices.Equal(g, w) {
			t.Errorf("%s: %s %q, want %s %q", scene, got.Name(), g, want.Name(), w)
		}
		for _, w := range want.Templates() {
			g := got.Lookup(w.Name())
			if g == nil || g.Tree == nil || w.Tree == nil {
				if g == nil || (g.Tree == nil) != (w.Tree == nil) {
					t.Errorf("%s: template %s differs", scene, w.Name())
				}
				continue
			}
			if g.Tree.Root.String() != w.Tree.Root.String() {
				t.Errorf("%s: template %s parses differently", scene, w.Name())
			}
		}
	}
	_, got := parse("nosuchscene")
	_, want := parseFS("nosuchscene")
	if got == nil || want == nil || got.Error() != want.Error() {
		t.Errorf("missing scene: error %v, ParseFS's %v", got, want)
	}
}

// names returns the names of the templates of t's set, sorted.
func names(t *template.Template) []string {
	var n []string
	for _, s := range t.Templates() {
		n = append(n, s.Name())
	}
	slices.Sort(n)
	return n
}
