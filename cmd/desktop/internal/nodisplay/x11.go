//go:build (linux && !android) || freebsd || netbsd || openbsd || dragonfly

package nodisplay

// needsDisplay: on these systems Ebiten draws through X11 and opens the
// display named by DISPLAY while it is initialised.
const needsDisplay = true
