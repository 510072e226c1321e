package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/neurona/neurona/scenes/state"
)

// TestLoadOverTheCapIsRefused gives -load a file one byte over
// state.MaxBytes: exit status 2 and one line naming the file and the limit.
// A file of exactly the limit is read (and judged by its content).
func TestLoadOverTheCapIsRefused(t *testing.T) {
	dir := t.TempDir()
	body := `{"scene":"xor","pad":"`
	pad := state.MaxBytes + 1 - len(body) - 2
	over := writeFile(t, dir, "over.json", body+strings.Repeat("x", pad)+`"}`)
	var errs bytes.Buffer
	if _, code := parseFlags([]string{"-load", over}, &errs); code != 2 ||
		!strings.Contains(errs.String(), over) || !strings.Contains(errs.String(), "larger than 2097152 bytes") ||
		strings.Count(errs.String(), "\n") != 1 {
		t.Fatalf("over the cap: code %d, %q", code, errs.String())
	}
	exact := writeFile(t, dir, "exact.json", body+strings.Repeat("x", pad-1)+`"}`)
	errs.Reset()
	if opt, code := parseFlags([]string{"-load", exact}, &errs); code != 0 || len(opt.Document) != state.MaxBytes {
		t.Fatalf("exactly the cap: code %d, %d bytes, %q", code, len(opt.Document), errs.String())
	}
	// A directory, an empty file and a CSV are refused with a message too.
	empty := writeFile(t, dir, "empty.json", "")
	csv := writeFile(t, dir, "p.csv", "x1,x2,y\n1,2,1\n")
	for _, p := range []string{dir, empty, csv} {
		errs.Reset()
		if _, code := parseFlags([]string{"-load", p}, &errs); code != 2 || !strings.Contains(errs.String(), "-load "+p) {
			t.Errorf("-load %s: code %d, %q", p, code, errs.String())
		}
	}
}

// FuzzLoadFlag runs -load on arbitrary file contents and arbitrary link
// text: never a panic; a file is either accepted as a state document or
// refused with status 2 and one short line naming it; a link is passed on
// whole only when it has nothing to ignore, and is otherwise refused with
// status 2 and one short line.
func FuzzLoadFlag(f *testing.F) {
	for _, s := range []string{
		`{"scene":"perceptron","points":[{"x":[1,2],"y":1}]}`,
		`{"scene":"nope"}`, `[1]`, `not json`, ``, "\xff\xfe{",
		`#scene=xor&lang=en&s=%%%`, `scene=perceptron&s=AAAA`,
	} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, s string) {
		var errs bytes.Buffer
		if strings.Contains(s, "#") || strings.HasPrefix(s, "scene=") {
			opt, code := parseFlags([]string{"-load", s}, &errs)
			_, ignored := state.ParseLink(s)
			switch {
			case code == 0 && opt.Link == s && len(ignored) == 0:
			case code == 2 && strings.HasPrefix(errs.String(), "neurona: -load link: ") && strings.Count(errs.String(), "\n") == 1 && errs.Len() <= maxErrLine:
			default:
				t.Fatalf("link %q: code %d, ignored %q, %q", s, code, ignored, errs.String())
			}
			return
		}
		p := writeFile(t, dir, "doc.json", s)
		opt, code := parseFlags([]string{"-load", p}, &errs)
		switch code {
		case 0:
			if _, err := state.Parse(opt.Document); err != nil {
				t.Fatalf("accepted a document that does not parse: %v", err)
			}
		case 2:
			if !strings.HasPrefix(errs.String(), "neurona: -load "+p+": ") || strings.Count(errs.String(), "\n") != 1 || errs.Len() > maxErrLine+len(p) {
				t.Fatalf("message %q", errs.String())
			}
		default:
			t.Fatalf("code %d", code)
		}
	})
}
