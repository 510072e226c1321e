//go:build js

package version

import "runtime/debug"

// readBuildInfo reads nothing in the web bundle: make dist, its one build,
// always sets Version and Commit with the linker, and reading the build
// information links its parser (runtime/debug.ParseBuildInfo), about 5 KB
// of the brotli-compressed bundle. A plain `GOOS=js go build` is "dev".
func readBuildInfo() *debug.BuildInfo { return nil }
