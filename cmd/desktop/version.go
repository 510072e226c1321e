package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/neurona/neurona/internal/version"
)

// versionRequested reports whether the command line asks for the version
// (-version or --version anywhere before a "--"), which is answered before
// anything else: no window, no display needed.
func versionRequested(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		switch strings.TrimLeft(a, "-") {
		case "version", "version=true", "version=1":
			return true
		}
	}
	return false
}

// printVersion writes the line `neurona -version` prints.
func printVersion(w io.Writer) {
	fmt.Fprintln(w, "neurona", version.String())
}
