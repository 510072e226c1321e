//go:build js

package platform

import (
	"strings"
	"sync"
	"syscall/js"
)

// webPlatform downloads files through the browser, keeps settings in
// localStorage and the view in the URL hash.
type webPlatform struct {
	mu       sync.Mutex
	lastHash string // the hash the app wrote last
	followed string // a hash the user navigated to, not yet applied
	pending  bool
}

// New returns the browser platform. It listens for hashchange: a link
// pasted into the open tab (or followed from the page it is in) is
// handed to the app by FollowedLink.
func New() Platform {
	p := &webPlatform{}
	js.Global().Call("addEventListener", "hashchange", js.FuncOf(func(js.Value, []js.Value) any {
		h := CurrentHash()
		p.mu.Lock()
		defer p.mu.Unlock()
		// The app writes its own hash with history.replaceState, which
		// fires no hashchange; the comparison guards against a browser
		// that would, so the app never re-applies what it wrote.
		if h != p.lastHash {
			p.followed, p.pending = h, true
		}
		return nil
	}))
	return p
}

// FollowedLink returns the hash the user navigated to since the last call.
func (p *webPlatform) FollowedLink() (string, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	h, ok := p.followed, p.pending
	p.followed, p.pending = "", false
	if ok {
		// Until the app writes its own, the address is the user's.
		p.lastHash = h
	}
	return h, ok
}

const settingsKey = "neurona.settings"

func (p *webPlatform) SaveFile(name, mime string, data []byte) (string, error) {
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	blob := js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	doc := js.Global().Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// Revoke later: the download reads the blob after click returns.
	js.Global().Call("setTimeout", Func("revoke download", func(js.Value, []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		return nil
	}), 10000)
	return name, nil
}

func (p *webPlatform) LoadSettings() []byte {
	ls := js.Global().Get("localStorage")
	if ls.IsUndefined() || ls.IsNull() {
		return nil
	}
	v := ls.Call("getItem", settingsKey)
	if v.IsNull() || v.IsUndefined() {
		return nil
	}
	return []byte(v.String())
}

func (p *webPlatform) StoreSettings(data []byte) error {
	ls := js.Global().Get("localStorage")
	if ls.IsUndefined() || ls.IsNull() {
		return nil
	}
	ls.Call("setItem", settingsKey, string(data))
	return nil
}

func (p *webPlatform) SetLink(hash string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if hash == p.lastHash || p.pending {
		return // unchanged, or a link the user opened waits to be applied
	}
	p.lastHash = hash
	// replaceState keeps the back button for leaving the page, not for
	// every step of a lecture.
	js.Global().Get("history").Call("replaceState", nil, "", "#"+hash)
}

// CurrentHash returns the page's URL hash without the '#'.
func CurrentHash() string {
	h := js.Global().Get("location").Get("hash").String()
	if len(h) > 0 && h[0] == '#' {
		return h[1:]
	}
	return h
}

// SoftwareGL reports whether the browser renders WebGL in software
// (SwiftShader, llvmpipe: headless test browsers, machines without a
// usable GPU), where supersampling would cost more than it gives.
//
// It asks the WebGL 2 context Ebiten draws with, so call it only from the
// game loop (Layout, Update, Draw), once Ebiten has made that context:
// asked earlier, getContext would make the context itself, without the
// attributes Ebiten asks for. Making a context of its own to ask instead
// costs tens of milliseconds with a software renderer, on the path to the
// first frame; one is made only when Ebiten's canvas is not found.
var SoftwareGL = sync.OnceValue(func() bool {
	defer func() { recover() }() // a browser without the query is a GPU browser
	doc := js.Global().Get("document")
	c, own := doc.Call("querySelector", "body > canvas"), false
	if c.IsNull() || c.IsUndefined() {
		c, own = doc.Call("createElement", "canvas"), true
	}
	gl := c.Call("getContext", "webgl2")
	if gl.IsNull() || gl.IsUndefined() {
		return true
	}
	name := gl.Call("getParameter", gl.Get("RENDERER")).String()
	if ext := gl.Call("getExtension", "WEBGL_debug_renderer_info"); !ext.IsNull() && !ext.IsUndefined() {
		name += " " + gl.Call("getParameter", ext.Get("UNMASKED_RENDERER_WEBGL")).String()
	}
	if lose := gl.Call("getExtension", "WEBGL_lose_context"); own && !lose.IsNull() && !lose.IsUndefined() {
		lose.Call("loseContext") // browsers cap live contexts: give the probe's back
	}
	name = strings.ToLower(name)
	return strings.Contains(name, "swiftshader") || strings.Contains(name, "llvmpipe") || strings.Contains(name, "softpipe")
})
