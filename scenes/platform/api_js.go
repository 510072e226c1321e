//go:build js

package platform

import "syscall/js"

// Publish defines window.neurona, the page's API for embedding and for
// tests: state() returns the state document as a JSON string, load(json)
// restores one and returns null or an error message, scene(id) switches
// scenes (null or an error message), perf() returns the p50 and p95 of
// the app's own Update and Draw times as a JSON string. ready becomes true after the first
// frame. The handlers never block: they run on the browser's event loop,
// which a tick may be waiting on.
func Publish(g API) {
	api := js.Global().Get("Object").New()
	api.Set("state", js.FuncOf(func(js.Value, []js.Value) any {
		return g.TryStateJSON()
	}))
	api.Set("load", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return "load needs a JSON string"
		}
		if err := g.TryLoadJSON([]byte(args[0].String())); err != nil {
			return err.Error()
		}
		return nil
	}))
	api.Set("scene", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return "scene needs an id"
		}
		if err := g.TrySwitchTo(args[0].String()); err != nil {
			return err.Error()
		}
		return nil
	}))
	api.Set("perf", js.FuncOf(func(js.Value, []js.Value) any { return g.PerfJSON() }))
	api.Set("ready", false)
	js.Global().Set("neurona", api)
	g.OnReady(func() { api.Set("ready", true) })
}
