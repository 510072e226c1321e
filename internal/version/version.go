// Package version tells which build of Neurona is running: the release
// name and the commit it was built from.
//
// Release builds (make release, make dist) set both with the linker:
//
//	go build -ldflags "-X github.com/neurona/neurona/internal/version.Version=v1.2.0 \
//	    -X github.com/neurona/neurona/internal/version.Commit=0123abc"
//
// A plain `go build` or `go install` inside a git checkout still gets the
// commit from the build information the Go tool records (not the web
// bundle, which make dist always stamps: see buildinfo_js.go); anything
// else is "dev". The package imports nothing of the project, so every command,
// the scenes and the engine may use it.
package version

import (
	"runtime/debug"
	"strings"
)

// Version is the release name, from `git describe --tags --always --dirty`
// at build time (v1.2.0, v1.2.0-3-g0123abc, 0123abc-dirty), or "" when the
// linker did not set it; read it through String or Name.
var Version string

// Commit is the abbreviated commit hash the build was made from, or "".
var Commit string

// Dev is the name of a build that knows neither its version nor its commit.
const Dev = "dev"

// shortHash is how many hex digits of a commit hash are shown, as git's
// abbreviated hashes.
const shortHash = 7

// Name is the version: the one set by the linker, else the module version
// the Go tool recorded (go install …@v1.2.0), else the commit from the
// build information (with "-dirty" for uncommitted changes), else Dev.
func Name() string {
	v, _ := resolve(Version, Commit, readBuildInfo())
	return v
}

// CommitHash is the commit, abbreviated, or "" when unknown.
func CommitHash() string {
	_, c := resolve(Version, Commit, readBuildInfo())
	return c
}

// String is the one line to show people: "v1.2.0 (0123abc)", or only the
// version when the commit is unknown or already part of it.
func String() string {
	v, c := resolve(Version, Commit, readBuildInfo())
	if c == "" || strings.Contains(v, c) {
		return v
	}
	return v + " (" + c + ")"
}

// resolve applies the order Name documents; it is separate from the
// package variables so that tests can give it any build information.
func resolve(linkVersion, linkCommit string, bi *debug.BuildInfo) (ver, commit string) {
	ver, commit = strings.TrimSpace(linkVersion), strings.TrimSpace(linkCommit)
	var revision, modified string
	if bi != nil {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
	}
	if commit == "" && revision != "" {
		commit = revision
	}
	if len(commit) > shortHash {
		commit = commit[:shortHash]
	}
	if ver != "" {
		return ver, commit
	}
	if bi != nil && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		// go install module@version. Since Go 1.24 a build inside a
		// checkout also records a pseudo-version here; it names the
		// commit too, so it is used as is.
		return bi.Main.Version, commit
	}
	if commit != "" {
		if modified == "true" {
			return commit + "-dirty", commit
		}
		return commit, commit
	}
	return Dev, ""
}
