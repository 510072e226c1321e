package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/neurona/neurona/internal/version"
)

func TestBundleVersion(t *testing.T) {
	dir := t.TempDir()
	if got := bundleVersion(dir); got != version.String() {
		t.Errorf("without sw.js: %q, want the server's %q", got, version.String())
	}
	sw := filepath.Join(dir, "sw.js")
	os.WriteFile(sw, []byte("'use strict';\nconst BUILD = '__NEURONA_BUILD__';\n"), 0o644)
	if got := bundleVersion(dir); got != version.String() {
		t.Errorf("unstamped sw.js: %q", got)
	}
	os.WriteFile(sw, []byte("'use strict';\nconst BUILD = 'v1.2.0-3-g0123abc-dirty-0123456789ab';\n"), 0o644)
	if got, want := bundleVersion(dir), "v1.2.0-3-g0123abc-dirty, bundle 0123456789ab"; got != want {
		t.Errorf("stamped: %q, want %q", got, want)
	}
}
