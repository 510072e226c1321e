package scenes

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// templateFiles are the files every scene package has, each for the same
// part (see README.md in this folder).
var templateFiles = []string{"scene.go", "draw.go", "panel.go", "state.go", "presets.go"}

const module = "github.com/neurona/neurona"

func TestScenesFollowTheTemplate(t *testing.T) {
	for _, s := range All() {
		id := s.ID()
		for _, f := range append(templateFiles, id+"_test.go") {
			if _, err := os.Stat(filepath.Join(id, f)); err != nil {
				t.Errorf("scene %s has no %s", id, f)
			}
		}
		model := module + "/scenes/" + id + "/model"
		deps := map[string]bool{}
		if err := importsOf(model, deps); err != nil {
			t.Errorf("scene %s: its model package: %v", id, err)
			continue
		}
		for d := range deps {
			if strings.HasPrefix(d, "github.com/hajimehoshi/ebiten") || d == module+"/scenes/ui" {
				t.Errorf("%s imports %s: a model package stays free of the screen", model, d)
			}
		}
	}
}

func TestNoSceneImportsAnother(t *testing.T) {
	ids := map[string]bool{}
	for _, s := range All() {
		ids[s.ID()] = true
	}
	for id := range ids {
		deps := map[string]bool{}
		if err := importsOf(module+"/scenes/"+id, deps); err != nil {
			t.Fatal(err)
		}
		for d := range deps {
			rest, ok := strings.CutPrefix(d, module+"/scenes/")
			if !ok {
				continue
			}
			other, _, _ := strings.Cut(rest, "/")
			if ids[other] && other != id {
				t.Errorf("scene %s imports %s", id, d)
			}
		}
	}
}

// importsOf adds to deps every package of this module that path imports,
// directly or not (non-test files, this platform's build).
func importsOf(path string, deps map[string]bool) error {
	dir := filepath.Join(".", strings.TrimPrefix(path, module+"/scenes"))
	if !strings.HasPrefix(path, module+"/scenes") {
		dir = filepath.Join("..", strings.TrimPrefix(path, module+"/"))
	}
	p, err := build.ImportDir(dir, 0)
	if err != nil {
		return err
	}
	for _, imp := range p.Imports {
		if deps[imp] {
			continue
		}
		deps[imp] = true
		if strings.HasPrefix(imp, module+"/") {
			if err := importsOf(imp, deps); err != nil {
				return err
			}
		}
	}
	return nil
}
