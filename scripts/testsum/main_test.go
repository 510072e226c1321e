package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSummarize(t *testing.T) {
	in := strings.Join([]string{
		`{"Action":"start","Package":"p"}`,
		`{"Action":"run","Package":"p","Test":"TestA"}`,
		`{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}`,
		`{"Action":"output","Package":"p","Test":"TestA","Output":"    a_test.go:3: chatter\n"}`,
		`{"Action":"pass","Package":"p","Test":"TestA"}`,
		`{"Action":"output","Package":"p","Test":"TestB/sub","Output":"    b_test.go:9: boom\n"}`,
		`{"Action":"fail","Package":"p","Test":"TestB/sub"}`,
		`{"Action":"output","Package":"p","Test":"TestB","Output":"--- FAIL: TestB (0.00s)\n"}`,
		`{"Action":"fail","Package":"p","Test":"TestB"}`,
		`{"Action":"skip","Package":"p","Test":"TestC"}`,
		`{"Action":"output","Package":"p","Output":"FAIL\n"}`,
		`{"Action":"output","Package":"p","Output":"FAIL\tp\t0.01s\n"}`,
		`{"Action":"fail","Package":"p"}`,
		`{"Action":"build-output","ImportPath":"q","Output":"q/x.go:1: syntax error\n"}`,
		`{"Action":"output","Package":"q","Output":"FAIL\tq [build failed]\n"}`,
		`{"Action":"fail","Package":"q"}`,
		`{"Action":"output","Package":"r","Output":"ok  \tr\t0.1s\n"}`,
		`# plain text line`,
		`{not json`,
	}, "\n")
	var out strings.Builder
	c, err := summarize(strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if c != (counts{Passed: 1, Failed: 2, Skipped: 1, Broken: 1}) {
		t.Errorf("counts %+v", c)
	}
	s := out.String()
	for _, want := range []string{"boom", "--- FAIL: TestB", "FAIL\tp\t0.01s", "syntax error", "ok  \tr", "# plain text line", "{not json"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "chatter") {
		t.Errorf("a passing test's log was printed:\n%s", s)
	}
}

func TestTally(t *testing.T) {
	f := filepath.Join(t.TempDir(), "tally")
	appendTally(f, "native", counts{Passed: 3})
	appendTally(f, "e2e", counts{Passed: 2, Skipped: 1})
	var out strings.Builder
	if code := printTotal(f, &out); code != 0 {
		t.Errorf("exit %d", code)
	}
	if !strings.HasSuffix(out.String(), "\n5 passed, 0 failed, 1 skipped\n") {
		t.Errorf("total:\n%s", out.String())
	}
	appendTally(f, "broken", counts{Broken: 1})
	out.Reset()
	if code := printTotal(f, &out); code != 1 || !strings.Contains(out.String(), "5 passed, 1 failed") {
		t.Errorf("exit %d:\n%s", code, out.String())
	}
	os.WriteFile(f, []byte("garbage\n"), 0o644)
	if code := printTotal(f, &out); code != 1 {
		t.Error("bad tally accepted")
	}
	if code := printTotal(filepath.Join(t.TempDir(), "none"), &out); code != 1 {
		t.Error("missing tally accepted")
	}
}
