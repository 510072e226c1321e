package scenes

import (
	"io/fs"
	"path"
	"sort"
)

// droppedPaths returns the paths of the files (not directories) of fsys,
// depth first in lexical order: the ones fs.WalkDir visits, in its order,
// skipping what it would report as an error. fs.WalkDir's fs.ReadDir
// sorts with slices.SortFunc, an instantiation the web bundle linked for
// this alone; sort.Slice is linked already.
func droppedPaths(fsys fs.FS) []string {
	info, err := fs.Stat(fsys, ".")
	if err != nil {
		return nil
	}
	if !info.IsDir() {
		return []string{"."}
	}
	return appendDropped(nil, fsys, ".")
}

// appendDropped appends the paths of the files under dir to out.
func appendDropped(out []string, fsys fs.FS, dir string) []string {
	var list []fs.DirEntry
	if rd, ok := fsys.(fs.ReadDirFS); ok {
		list, _ = rd.ReadDir(dir) // as fs.ReadDir: sorted by the FS
	} else if f, err := fsys.Open(dir); err == nil {
		if d, ok := f.(fs.ReadDirFile); ok {
			list, _ = d.ReadDir(-1)
			sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
		}
		f.Close()
	}
	for _, e := range list {
		p := path.Join(dir, e.Name())
		if e.IsDir() {
			out = appendDropped(out, fsys, p)
		} else {
			out = append(out, p)
		}
	}
	return out
}
