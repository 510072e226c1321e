package static

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPrecompress(t *testing.T) {
	dir := t.TempDir()
	noise := make([]byte, 4096)
	rand.NewChaCha8([32]byte{1}).Read(noise)
	files := map[string][]byte{
		"neurona.wasm":  bytes.Repeat([]byte("\x00asm some code "), 4000),
		"index.html":    []byte(strings.Repeat("<p>hola</p>\n", 100)),
		"sub/deep.js":   []byte(strings.Repeat("f();\n", 300)),
		"tiny.js":       []byte("x()"),
		"photo.png":     bytes.Repeat([]byte("png"), 1000),
		"noise.json":    noise, // does not get smaller: no variant kept
		".hidden.js":    []byte(strings.Repeat("h();", 500)),
		".git/thing.js": []byte(strings.Repeat("g();", 500)),
	}
	for name, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "tiny.js.br"), []byte("stale"), 0o644)
	os.Symlink("neurona.wasm", filepath.Join(dir, "link.wasm"))

	res, err := Precompress(dir, PrecompressOptions{BrotliQuality: 4})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Compressed{}
	for _, c := range res {
		got[c.Name] = c
	}
	for _, name := range []string{"neurona.wasm", "index.html", "sub/deep.js"} {
		c, ok := got[name]
		if !ok || c.UpToDate || c.GzipSize <= 0 || c.BrSize <= 0 {
			t.Errorf("%s: %+v", name, c)
			continue
		}
		for _, v := range []struct{ suffix, enc string }{{".gz", "gzip"}, {".br", "br"}} {
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)+v.suffix))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(decode(t, v.enc, b), files[name]) {
				t.Errorf("%s%s does not decode to the file", name, v.suffix)
			}
		}
	}
	for _, name := range []string{"tiny.js.br", "photo.png.gz", "noise.json.gz", "noise.json.br", ".hidden.js.gz", ".git/thing.js.gz", "link.wasm.gz"} {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(name))); err == nil {
			t.Errorf("%s exists, should not", name)
		}
	}
	if c := got["noise.json"]; c.GzipSize != 0 || c.BrSize != 0 {
		t.Errorf("noise.json: %+v", c)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}

	// A second run finds everything up to date and rewrites nothing.
	st, _ := os.Stat(filepath.Join(dir, "neurona.wasm.br"))
	res, err = Precompress(dir, PrecompressOptions{BrotliQuality: 4})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res {
		if c.Name == "neurona.wasm" && !c.UpToDate {
			t.Error("second run recompressed an unchanged file")
		}
	}
	if st2, _ := os.Stat(filepath.Join(dir, "neurona.wasm.br")); !st2.ModTime().Equal(st.ModTime()) {
		t.Error("second run rewrote neurona.wasm.br")
	}

	// A rebuilt file is compressed again.
	p := filepath.Join(dir, "neurona.wasm")
	files["neurona.wasm"] = append(files["neurona.wasm"], "v2"...)
	os.WriteFile(p, files["neurona.wasm"], 0o644)
	later := time.Now().Add(time.Minute)
	os.Chtimes(p, later, later)
	if _, err := Precompress(dir, PrecompressOptions{BrotliQuality: 4}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p + ".br")
	if !bytes.Equal(decode(t, "br", b), files["neurona.wasm"]) {
		t.Error("rebuilt file: .br holds the old content")
	}
}

func TestPrecompressMissingFolder(t *testing.T) {
	if _, err := Precompress(filepath.Join(t.TempDir(), "nope"), PrecompressOptions{}); err == nil {
		t.Error("no error for a missing folder")
	}
}

func TestFilesListsTheRegularFilesSorted(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.js", "a/x.wasm", "a.css", ".tmp-1", ".git/config"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "b.js"), filepath.Join(dir, "link.js")); err != nil {
		t.Fatal(err)
	}
	got, err := Files(dir)
	if err != nil || strings.Join(got, " ") != "a.css a/x.wasm b.js" {
		t.Fatalf("Files = %q, %v", got, err)
	}
}
