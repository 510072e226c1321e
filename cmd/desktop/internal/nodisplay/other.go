//go:build !((linux && !android) || freebsd || netbsd || openbsd || dragonfly)

package nodisplay

// needsDisplay: Windows and macOS always have a screen session to draw in;
// Ebiten's initialisation does not fail there for want of one.
const needsDisplay = false
