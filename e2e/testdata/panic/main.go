//go:build js

// Command panic stands in for a Neurona bundle that crashes mid-lecture:
// it says it is ready, as the app does after its first frame, then panics.
// The e2e tests serve it to check that the page explains the crash instead
// of leaving a frozen canvas.
package main

import (
	"syscall/js"
	"time"
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("ready", true)
	js.Global().Set("neurona", api)
	time.Sleep(200 * time.Millisecond)
	var scores map[string]int
	scores["perceptron"]++ // panics: assignment to entry in nil map
}
