// Package nodisplay answers the desktop command on a machine with no
// display to open, before Ebiten is initialised.
//
// On Linux and the BSDs Ebiten opens the X11 display while its packages are
// initialised, before main runs, and panics when there is none (an SSH
// session, a container, a CI job). The command imports this package for its
// side effect: Go initialises packages in import-path order among those
// whose imports are ready, and this one, which imports only the standard
// library and the version, is ready and comes first long before Ebiten's
// window code is (a test of the built command holds that order). Where
// there is no display it prints the version if asked for it, and otherwise
// one line saying what is missing, and exits instead of panicking.
package nodisplay

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/neurona/neurona/internal/version"
)

func init() {
	if needsDisplay && os.Getenv("DISPLAY") == "" {
		os.Exit(Answer(os.Args[1:], os.Stdout, os.Stderr))
	}
}

// Answer is what the command does without a display: the version if the
// command line asks for it (status 0), otherwise one line that says why
// nothing else can run (status 1, or 2 for -h, which asked for usage).
func Answer(args []string, stdout, stderr io.Writer) int {
	if VersionRequested(args) {
		PrintVersion(stdout)
		return 0
	}
	fmt.Fprintln(stderr, "neurona: no display to open (DISPLAY is not set): the desktop app needs a graphical session (on a server, run -screenshot or -notebook under xvfb-run)")
	if helpRequested(args) {
		return 2 // as the flag package does for -h
	}
	return 1
}

// VersionRequested reports whether the command line asks for the version
// (-version or --version anywhere before a "--"), which is answered before
// anything else: no window, no display needed.
func VersionRequested(args []string) bool {
	return flagGiven(args, "version", "version=true", "version=1")
}

func helpRequested(args []string) bool {
	return flagGiven(args, "h", "help")
}

// flagGiven reports whether one of the forms (without dashes) stands as a
// flag before a "--".
func flagGiven(args []string, forms ...string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name := strings.TrimLeft(a, "-")
		for _, f := range forms {
			if name == f {
				return true
			}
		}
	}
	return false
}

// PrintVersion writes the line `neurona -version` prints.
func PrintVersion(w io.Writer) {
	fmt.Fprintln(w, "neurona", version.String())
}
