package static

import "net/http"

// PageCSP is the Content-Security-Policy of web/index.html, the same text
// as its meta tag (TestPolicyMatchesPage keeps the two and the hash of the
// page's <style> in step): nothing leaves the origin; scripts only from
// files of the origin (boot.js, wasm_exec.js), never inline; WebAssembly
// may be compiled ('wasm-unsafe-eval', which permits no JavaScript eval);
// the only inline style is the page's own <style>, allowed by its hash;
// images from the origin and data: (the favicon is a data: URL, so the
// browser does not log a 404 for /favicon.ico).
const PageCSP = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'sha256-momAWqAvxdpx23A9gAIODJM+cq4B4WO/UY15xE2BUzU='; " +
	"img-src 'self' data:; " +
	"connect-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'none'; " +
	"form-action 'none'"

// ContentSecurityPolicy is the header the server sends: the page's policy
// plus frame-ancestors *, which only a header can carry. Embedding the page
// in slides and course sites is a feature, so any site may frame it; that
// is also why no X-Frame-Options header is sent.
const ContentSecurityPolicy = PageCSP + "; frame-ancestors *"

// SetSecurityHeaders sets the headers every response carries, errors
// included.
func SetSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	// The page opens no other windows and needs no opener; isolating the
	// browsing context costs nothing and closes a class of cross-window
	// attacks. It does not affect being framed.
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}
