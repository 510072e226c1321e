package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadTargetWindowsPaths runs the Windows rules on any system: the
// file system is a set of names, so backslashes, drive letters and spaces
// are only text here, as they are to the code.
func TestLoadTargetWindowsPaths(t *testing.T) {
	files := map[string]bool{
		`C:\Users\Ana María\Clase #5\estado.json`: true,
		`C:\Mis clases\neurona estado.json`:       true,
		`\\aula\compartida\xor.json`:              true,
	}
	exists := func(p string) bool { return files[p] }
	for _, tc := range []struct{ arg, path, link string }{
		// A plain path, with spaces (the shell already removed its quotes).
		{`C:\Mis clases\neurona estado.json`, `C:\Mis clases\neurona estado.json`, ""},
		// Explorer's "Copy as path" keeps the quotes.
		{`"C:\Mis clases\neurona estado.json"`, `C:\Mis clases\neurona estado.json`, ""},
		// A "#" in a folder name: the file exists, so it is a file.
		{`C:\Users\Ana María\Clase #5\estado.json`, `C:\Users\Ana María\Clase #5\estado.json`, ""},
		// A browser's file:// URL of a document.
		{`file:///C:/Mis%20clases/neurona%20estado.json`, `C:\Mis clases\neurona estado.json`, ""},
		{`FILE:///c:/x.json`, `c:\x.json`, ""},
		{`file://aula/compartida/xor.json`, `\\aula\compartida\xor.json`, ""},
		// A path that does not exist stays a path (the error names it).
		{`D:\no está.json`, `D:\no está.json`, ""},
		// Links, exactly as given.
		{`https://curso.example/neurona/#scene=xor&lang=es`, "", `https://curso.example/neurona/#scene=xor&lang=es`},
		{`file:///C:/neurona/index.html#scene=xor`, "", `file:///C:/neurona/index.html#scene=xor`},
		{`scene=perceptron&s=AAAA`, "", `scene=perceptron&s=AAAA`},
	} {
		path, link := loadTarget(tc.arg, true, exists)
		if path != tc.path || link != tc.link {
			t.Errorf("loadTarget(%q) = path %q, link %q; want %q, %q", tc.arg, path, link, tc.path, tc.link)
		}
	}
}

func TestFileURLPathUnix(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"file:///home/ana/mis%20clases/a.json", "/home/ana/mis clases/a.json", true},
		{"file://localhost/tmp/a.json", "/tmp/a.json", true},
		{"file://otra/tmp/a.json", "", false}, // another machine's file
		{"/tmp/a.json", "", false},
		{"file://", "", false},
	} {
		got, ok := fileURLPath(tc.in, false)
		if got != tc.want || ok != tc.ok {
			t.Errorf("fileURLPath(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestLoadFileWithSpacesAndHash goes through the flags with a real file
// whose folder has a space and a "#": it is read as a document, not taken
// for a link.
func TestLoadFileWithSpacesAndHash(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Clase #5 de redes")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := writeFile(t, dir, "mi estado.json", `{"scene":"perceptron","points":[{"x":[1,2],"y":1}]}`)
	var errs bytes.Buffer
	for _, arg := range []string{doc, `"` + doc + `"`, "file://" + filepath.ToSlash(strings.ReplaceAll(doc, " ", "%20"))} {
		if strings.HasPrefix(arg, "file://") && strings.Contains(arg, "#") {
			// A file URL spells "#" as %23.
			arg = strings.ReplaceAll(arg, "#", "%23")
		}
		opt, code := parseFlags([]string{"-load", arg}, &errs)
		if code != 0 || opt.Link != "" || len(opt.Document) == 0 {
			t.Errorf("-load %s: code %d, link %q, %d bytes of document; %s", arg, code, opt.Link, len(opt.Document), errs.String())
		}
	}
}

func TestVersionFlag(t *testing.T) {
	// -version is a known flag, listed in -help and accepted with others.
	var errs bytes.Buffer
	if _, code := parseFlags([]string{"-version", "-lang", "en"}, &errs); code != 0 {
		t.Errorf("parseFlags with -version: code %d, %s", code, errs.String())
	}
}
