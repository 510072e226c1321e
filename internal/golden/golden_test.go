package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder stands for a test's T and keeps its failures.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper()                      {}
func (r *recorder) Errorf(f string, args ...any) { r.errs = append(r.errs, fmt.Sprintf(f, args...)) }
func (r *recorder) Fatalf(f string, args ...any) { r.Errorf(f, args...) }
func (r *recorder) Fatal(args ...any)            { r.errs = append(r.errs, fmt.Sprint(args...)) }
func (r *recorder) failed() bool                 { return len(r.errs) > 0 }
func (r *recorder) mention(s string) bool        { return strings.Contains(strings.Join(r.errs, "\n"), s) }

func TestSectionPassesFailsAndRewrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "README.md")
	const begin, end = "<!-- t:begin -->\n", "<!-- t:end -->"
	if err := os.WriteFile(path, []byte("a\n"+begin+"old\n"+end+"\nz\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Section(r, path, begin, end, "old\n", "the rerun")
	if r.failed() {
		t.Fatalf("an up-to-date section failed: %v", r.errs)
	}
	Section(r, path, begin, end, "new\n", "the rerun")
	if !r.failed() || !r.mention("the rerun") {
		t.Fatalf("an out-of-date section: %v, want a failure naming the rerun", r.errs)
	}
	*update = true
	defer func() { *update = false }()
	r = &recorder{TB: t}
	Section(r, path, begin, end, "new\n", "the rerun")
	b, _ := os.ReadFile(path)
	if r.failed() || string(b) != "a\n"+begin+"new\n"+end+"\nz\n" {
		t.Errorf("-update: %v, the file is %q", r.errs, b)
	}
	r = &recorder{TB: t}
	Section(r, path, "<!-- none -->", end, "x", "the rerun")
	if !r.mention("markers") {
		t.Errorf("missing markers: %v", r.errs)
	}
}

func TestFilePassesFailsAndRewrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	if got := File(r, path, []byte("{}"), "the rerun"); r.failed() || string(got) != "{}" {
		t.Fatalf("an up-to-date file: %v, got %q", r.errs, got)
	}
	if got := File(r, path, []byte("[]"), "the rerun"); !r.mention("the rerun") || string(got) != "{}" {
		t.Fatalf("an out-of-date file: %v, got %q", r.errs, got)
	}
	*update = true
	defer func() { *update = false }()
	r = &recorder{TB: t}
	if got := File(r, path, []byte("[]"), "the rerun"); r.failed() || string(got) != "[]" {
		t.Errorf("-update: %v, got %q", r.errs, got)
	}
}
