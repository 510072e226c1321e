//go:build !js

package version

import "runtime/debug"

// readBuildInfo is the build information the Go tool recorded, or nil.
func readBuildInfo() *debug.BuildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return bi
}
