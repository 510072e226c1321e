//go:build js

package main

import (
	"strconv"
	"syscall/js"
)

// publish sets window.neurona as the app does, with what the benchmark
// reads: ready and state().
func publish(g *game) {
	api := js.Global().Get("Object").New()
	api.Set("state", js.FuncOf(func(js.Value, []js.Value) any {
		return `{"scene":"blank","frame":` + strconv.Itoa(g.ticks) + `}`
	}))
	api.Set("ready", false)
	js.Global().Set("neurona", api)
	g.ready = func() { api.Set("ready", true) }
}
