package main

import (
	"os"
	"path/filepath"
	"regexp"

	"github.com/neurona/neurona/internal/version"
)

// buildName matches the build name `make dist` writes into sw.js: the
// version, a dash and 12 hex digits of the files' hash.
var buildName = regexp.MustCompile(`const BUILD = '([A-Za-z0-9._+-]+)-([0-9a-f]{12})';`)

// bundleVersion is the version of the bundle in dir, the one students
// get, as make dist stamped it into sw.js ("v1.2.0, bundle 0123456789ab");
// for a folder without that stamp, the server's own version.
func bundleVersion(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, "sw.js"))
	if err == nil && len(b) < 1<<20 {
		if m := buildName.FindSubmatch(b); m != nil {
			return string(m[1]) + ", bundle " + string(m[2])
		}
	}
	return version.String()
}
