package version

import (
	"runtime/debug"
	"testing"
)

func TestResolve(t *testing.T) {
	info := func(main string, settings ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/neurona/neurona", Version: main}}
		for i := 0; i+1 < len(settings); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return bi
	}
	const rev = "0123abcdef0123abcdef0123abcdef0123abcdef"
	for _, tc := range []struct {
		name                string
		linkVer, linkCommit string
		bi                  *debug.BuildInfo
		wantVer, wantCommit string
	}{
		{"linker sets both", "v1.2.0", "89abcde", info("(devel)", "vcs.revision", rev), "v1.2.0", "89abcde"},
		{"linker sets version, commit from vcs", "v1.2.0-3-g0123abc", "", info("(devel)", "vcs.revision", rev), "v1.2.0-3-g0123abc", "0123abc"},
		{"long linker commit is shortened", "v1", rev, nil, "v1", "0123abc"},
		{"blank linker values are ignored", "  ", " ", nil, Dev, ""},
		{"go install module@version", "", "", info("v1.3.0"), "v1.3.0", ""},
		{"checkout without linker flags", "", "", info("(devel)", "vcs.revision", rev, "vcs.modified", "false"), "0123abc", "0123abc"},
		{"checkout with changes", "", "", info("(devel)", "vcs.revision", rev, "vcs.modified", "true"), "0123abc-dirty", "0123abc"},
		{"no build information", "", "", nil, Dev, ""},
		{"build information without vcs", "", "", info("(devel)"), Dev, ""},
	} {
		v, c := resolve(tc.linkVer, tc.linkCommit, tc.bi)
		if v != tc.wantVer || c != tc.wantCommit {
			t.Errorf("%s: resolve = %q, %q; want %q, %q", tc.name, v, c, tc.wantVer, tc.wantCommit)
		}
	}
}

func TestStringShowsCommitOnce(t *testing.T) {
	defer func(v, c string) { Version, Commit = v, c }(Version, Commit)
	Version, Commit = "v1.2.0", "0123abc"
	if got := String(); got != "v1.2.0 (0123abc)" {
		t.Errorf("String() = %q", got)
	}
	Version = "v1.2.0-3-g0123abc"
	if got := String(); got != "v1.2.0-3-g0123abc" {
		t.Errorf("String() with the commit inside the version = %q", got)
	}
	if Name() != Version || CommitHash() != Commit {
		t.Errorf("Name, CommitHash = %q, %q", Name(), CommitHash())
	}
}
