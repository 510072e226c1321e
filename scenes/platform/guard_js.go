//go:build js

package platform

import (
	"fmt"
	"syscall/js"

	"github.com/neurona/neurona/engine"
)

// Func is js.FuncOf for every callback the page can reach (window.neurona,
// event listeners, timers): a panic inside f, such as syscall/js's on a
// BigInt or Symbol argument or on a synthetic event without the fields a
// real one has, is recovered, written to the console as a warning, and
// returned to the JavaScript caller as an error message, so that the Go
// program goes on. Without it one such value stops the app for good ("Go
// program has already exited").
//
// Not inlined: inlined, each of its eighteen callers got its own copy of
// the guarding closure (about 1 KB of WebAssembly each).
//
//go:noinline
func Func(name string, f func(this js.Value, args []js.Value) any) js.Func {
	return js.FuncOf(func(this js.Value, args []js.Value) (out any) {
		defer func() {
			if r := recover(); r != nil {
				msg := fmt.Sprintf("%s: internal error: %s", name, engine.Excerpt(fmt.Sprint(r)))
				warnConsole(msg)
				out = msg
			}
		}()
		return f(this, args)
	})
}

// warnConsole writes msg to the browser console as a warning; it never
// panics (a page without a console is a page without a console).
func warnConsole(msg string) {
	defer func() { recover() }()
	js.Global().Get("console").Call("warn", "neurona: "+msg)
}

// StringArg returns args[i] as a Go string when it is a JavaScript string
// of at most maxUnits UTF-16 units. It reads the length before copying, so
// a 100-million-character string is refused without being copied, and it
// checks the type before reading, so that no value (BigInt, Symbol, an
// object with throwing getters, a function) reaches a syscall/js method
// that panics on it. The error says what was given instead.
func StringArg(args []js.Value, i, maxUnits int) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = "", fmt.Errorf("an unreadable value (%s)", engine.Excerpt(fmt.Sprint(r)))
		}
	}()
	if i >= len(args) {
		return "", fmt.Errorf("no argument")
	}
	v := args[i]
	if t := jsTypeOf(v); t != "string" {
		return "", fmt.Errorf("a %s", t)
	}
	// Value.Length and Get refuse a primitive string; Object(s) wraps it
	// (without copying) in a String object whose length they read.
	if n := jsObject.Invoke(v).Length(); n > maxUnits {
		return "", fmt.Errorf("a string of %d characters; the limit is %d", n, maxUnits)
	}
	return v.String(), nil
}

// jsTypeOf names v's JavaScript type, for messages and checks. Value.Type
// panics on a BigInt ("bad type flag": the only value wasm_exec.js gives
// no type flag), which is read here as "bigint". (The page's
// Content-Security-Policy forbids building a typeof function from a
// string.)
func jsTypeOf(v js.Value) (name string) {
	defer func() {
		if recover() != nil {
			name = "bigint"
		}
	}()
	return v.Type().String()
}

var jsObject = js.Global().Get("Object")
