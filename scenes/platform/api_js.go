//go:build js

package platform

import "syscall/js"

// Publish defines window.neurona, the page's API for embedding and for
// tests: state() returns the state document as a JSON string, load(json)
// restores one and returns null or an error message, scene(id) switches
// scenes (null or an error message), notebook() returns the .ipynb JSON
// of the current state (or an error message), perf() the p50 and p95 of
// the app's own Update and Draw times as a JSON string. ready becomes true
// after the first frame. The handlers never block: they run on the
// browser's event loop, which a tick may be waiting on. Any JavaScript
// value is accepted: what is not what a function wants is answered with a
// message (see Func and StringArg).
func Publish(g API) {
	api := js.Global().Get("Object").New()
	api.Set("state", Func("state", func(js.Value, []js.Value) any {
		return g.TryStateJSON()
	}))
	api.Set("load", Func("load", func(_ js.Value, args []js.Value) any {
		s, err := StringArg(args, 0, maxLoadUnits)
		if err != nil {
			return "load needs a JSON string, got " + err.Error()
		}
		if err := g.TryLoadJSON([]byte(s)); err != nil {
			return err.Error()
		}
		return nil
	}))
	api.Set("scene", Func("scene", func(_ js.Value, args []js.Value) any {
		s, err := StringArg(args, 0, maxIDUnits)
		if err != nil {
			return "scene needs an id, got " + err.Error()
		}
		if err := g.TrySwitchTo(s); err != nil {
			return err.Error()
		}
		return nil
	}))
	// notebook() returns the Jupyter notebook of the current state as a
	// JSON string, or an error message (which never starts with '{');
	// arguments are ignored.
	api.Set("notebook", Func("notebook", func(js.Value, []js.Value) any {
		b, err := g.TryNotebookJSON()
		if err != nil {
			return "notebook: " + err.Error()
		}
		return string(b)
	}))
	api.Set("layout", Func("layout", func(js.Value, []js.Value) any { return g.TryLayoutJSON() }))
	api.Set("perf", Func("perf", func(js.Value, []js.Value) any { return g.PerfJSON() }))
	api.Set("ready", false)
	js.Global().Set("neurona", api)
	g.OnReady(func() { api.Set("ready", true) })
}

// Longest strings the API copies into Go, in UTF-16 units: a state
// document's limit (2 MiB, so a longer string is refused before it is
// copied), and far more than any scene id.
const (
	maxLoadUnits = 2 << 20
	maxIDUnits   = 200
)
