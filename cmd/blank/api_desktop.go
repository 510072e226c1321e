//go:build !js

package main

// publish does nothing on the desktop: the benchmark only reads the
// process's CPU time there.
func publish(*game) {}
