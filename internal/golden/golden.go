// Package golden is for tests that keep a generated file, or a marked
// section of one, in step with the code that makes it (README's key
// tables, a test's state document): the test fails when the file is out
// of date, and `go test -update` rewrites it. The one -update flag of a
// test binary is defined here.
package golden

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated files and file sections the tests keep")

// File fails t unless the file at path holds want, writing want there
// first with -update, and returns what the file holds. rerun is the
// command that rewrites it, for the failure message.
func File(t testing.TB, path string, want []byte, rerun string) []byte {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date; run %s", path, rerun)
	}
	return got
}

// Section fails t unless the text between the markers begin and end in
// the file at path is want, rewriting that text with -update. rerun is
// the command that rewrites it, for the failure message.
func Section(t testing.TB, path, begin, end, want, rerun string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the %q … %q markers", path, strings.TrimSpace(begin), end)
	}
	if text[i+len(begin):j] == want {
		return
	}
	if *update {
		text = text[:i+len(begin)] + want + text[j:]
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s: the section %q is out of date; run %s", path, strings.TrimSpace(begin), rerun)
}
