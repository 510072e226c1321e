package scenes

import (
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"
)

// openOnly hides every method of an FS but Open, as an FS that is not a
// ReadDirFS or StatFS would have it.
type openOnly struct{ fsys fs.FS }

func (o openOnly) Open(name string) (fs.File, error) { return o.fsys.Open(name) }

// reversedDir lists a directory's entries backwards, as an FS need not
// sort them.
type reversedDir struct{ fs.ReadDirFile }

func (r reversedDir) ReadDir(n int) ([]fs.DirEntry, error) {
	l, err := r.ReadDirFile.ReadDir(n)
	slices.Reverse(l)
	return l, err
}

// reversed is an FS (Open only) whose directories list their entries
// backwards.
type reversed struct{ fsys fs.FS }

func (r reversed) Open(name string) (fs.File, error) {
	f, err := r.fsys.Open(name)
	if d, ok := f.(fs.ReadDirFile); ok && err == nil {
		return reversedDir{d}, nil
	}
	return f, err
}

// TestDroppedPathsMatchWalkDir holds droppedPaths to fs.WalkDir, which it
// replaced: the same files in the same order, over FSes that sort their
// directories or not.
func TestDroppedPathsMatchWalkDir(t *testing.T) {
	file := &fstest.MapFile{Data: []byte("x1,x2,y\n")}
	cases := map[string]fstest.MapFS{
		"empty": {},
		"one":   {"points.csv": file},
		"flat":  {"b.json": file, "a.csv": file, "C.csv": file, "a b.json": file},
		"nested": {
			"z.csv": file, "dir/b.json": file, "dir/a.csv": file, "dir/sub/c.csv": file,
			"dir-x/d.csv": file, "dir.y/e.csv": file, "empty": &fstest.MapFile{Mode: fs.ModeDir},
		},
	}
	for name, m := range cases {
		var want []string
		_ = fs.WalkDir(m, ".", func(p string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				want = append(want, p)
			}
			return nil
		})
		for kind, fsys := range map[string]fs.FS{"ReadDirFS": m, "Open only": openOnly{m}, "unsorted": reversed{m}} {
			if got := droppedPaths(fsys); !slices.Equal(got, want) {
				t.Errorf("%s, %s: %q, fs.WalkDir visits %q", name, kind, got, want)
			}
		}
	}
}
