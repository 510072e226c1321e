package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// The same files give the same bytes, whatever the files' own time
// stamps, modes and the order the folder lists them in.
func TestZipIsReproducible(t *testing.T) {
	files := map[string]string{"index.html": "<!doctype html>", "boot.js": "'use strict';", "neurona.wasm": "\x00asm", "sub/a.txt": "a"}
	a, b := t.TempDir(), t.TempDir()
	writeTree(t, a, files)
	writeTree(t, b, files)
	old := time.Date(2011, 3, 4, 5, 6, 7, 0, time.UTC)
	if err := os.Chtimes(filepath.Join(b, "boot.js"), old, old); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(b, "index.html"), 0o755); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	za, zb := filepath.Join(out, "a.zip"), filepath.Join(out, "b.zip")
	if err := writeZip(za, a, "neurona-web-v1", defaultDate); err != nil {
		t.Fatal(err)
	}
	if err := writeZip(zb, b, "neurona-web-v1", defaultDate); err != nil {
		t.Fatal(err)
	}
	ba, _ := os.ReadFile(za)
	bb, _ := os.ReadFile(zb)
	if !bytes.Equal(ba, bb) {
		t.Error("two zips of the same files differ")
	}
}

func TestZipContents(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"b.js": "b", "a.html": "a", ".neurona.wasm.tmp": "half", ".git/config": "x", "z/y.txt": "y"})
	out := filepath.Join(t.TempDir(), "w.zip")
	stamp := time.Date(2024, 5, 6, 7, 8, 10, 0, time.UTC)
	if err := writeZip(out, dir, "neurona-web-v2", stamp); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(stamp) {
			t.Errorf("%s: time %v, want %v", f.Name, f.Modified, stamp)
		}
		if f.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v", f.Name, f.Mode())
		}
	}
	want := []string{"neurona-web-v2/a.html", "neurona-web-v2/b.js", "neurona-web-v2/z/y.txt"}
	if !slices.Equal(names, want) {
		t.Errorf("entries %q, want %q (sorted, no dotfiles)", names, want)
	}
}

func TestZipRefusesEmptyFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "w.zip")
	if err := writeZip(out, t.TempDir(), "", defaultDate); err == nil {
		t.Error("an empty folder gave a zip")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed run left a zip behind")
	}
}

func TestSourceDate(t *testing.T) {
	if d, err := sourceDate(""); err != nil || !d.Equal(defaultDate) {
		t.Errorf("unset: %v %v", d, err)
	}
	if d, err := sourceDate("1700000000"); err != nil || d.Unix() != 1700000000 {
		t.Errorf("1700000000: %v %v", d, err)
	}
	for _, bad := range []string{"x", "-5", "100", "99999999999", "1e9"} {
		if _, err := sourceDate(bad); err == nil {
			t.Errorf("SOURCE_DATE_EPOCH=%s accepted", bad)
		}
	}
}
