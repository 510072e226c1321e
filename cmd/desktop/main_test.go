package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseFlags(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.json", `{"scene":"xor"}`)
	bad := writeFile(t, dir, "bad.json", `not json`)

	var errs bytes.Buffer
	opt, code := parseFlags([]string{"-scene", "xor", "-lang", "en", "-load", good}, &errs)
	if code != 0 || opt.Scene != "xor" || opt.Lang != "en" || string(opt.Document) != `{"scene":"xor"}` {
		t.Fatalf("got %+v code %d: %s", opt, code, errs.String())
	}
	opt, code = parseFlags([]string{"-load", "https://example.org/n/#scene=perceptron&lang=en"}, &errs)
	if code != 0 || !strings.Contains(opt.Link, "scene=perceptron") {
		t.Fatalf("a link was not taken as a link: %+v", opt)
	}
	for _, args := range [][]string{
		{"-load", bad},
		{"-load", filepath.Join(dir, "missing.json")},
		{"-frames", "0", "-screenshot", "x.png"},
		{"-nosuchflag"},
		{"stray"},
	} {
		errs.Reset()
		if _, code := parseFlags(args, &errs); code != 2 || errs.Len() == 0 {
			t.Errorf("%v: code %d, message %q", args, code, errs.String())
		}
	}
}
