package static

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// secret is written outside the served folder; no response may contain it.
const secret = "TOP-SECRET-OUTSIDE-DIST"

// bundle builds a served folder and, beside it, things a request must never
// reach: a file outside, symlinks out of the folder (relative and
// absolute), a dotfile and a folder.
func bundle(t *testing.T) (dist string, files map[string][]byte) {
	t.Helper()
	base := t.TempDir()
	dist = filepath.Join(base, "dist")
	outside := filepath.Join(base, "outside")
	for _, d := range []string{dist, outside, filepath.Join(dist, "sub"), filepath.Join(dist, "emptydir")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p string, b []byte) {
		t.Helper()
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(outside, "secret.txt"), []byte(secret))
	files = map[string][]byte{
		"index.html":         []byte("<!doctype html><title>Neurona</title>" + strings.Repeat("<p>hola</p>", 200)),
		"boot.js":            []byte(strings.Repeat("console.log('boot');\n", 100)),
		"neurona.wasm":       append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("wasm-body "), 5000)...),
		"state.json":         []byte(`{"scene":"xor"}`),
		"shot.png":           []byte("\x89PNG\r\n\x1a\nnot really"),
		"style.css":          []byte("body{margin:0}"),
		"font.woff2":         []byte("wOF2"),
		"data.bin":           []byte{1, 2, 3},
		"sub/inner.js":       []byte("inner();"),
		"app.0123abcd.js":    []byte("hashed();"),
		"README":             []byte("no extension"),
		"UPPER.JS":           []byte("upper();"),
		"with space.txt":     []byte("spaced"),
		"ñandú.txt":          []byte("unicode name"),
		"index.html.backup":  []byte("backup"),
		"emptydir/.keep.txt": []byte("hidden"),
	}
	for name, b := range files {
		write(filepath.Join(dist, filepath.FromSlash(name)), b)
	}
	write(filepath.Join(dist, ".secret"), []byte(secret))
	write(filepath.Join(dist, ".env"), []byte(secret))
	links := map[string]string{
		"escape.js":  filepath.Join("..", "outside", "secret.txt"),
		"abs.js":     filepath.Join(outside, "secret.txt"),
		"outdir":     outside,
		"inside.js":  "boot.js",
		"loop.js":    "loop.js",
		"sub/up.txt": filepath.Join("..", "..", "outside", "secret.txt"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dist, filepath.FromSlash(name))); err != nil {
			t.Skip("symlinks unavailable:", err)
		}
	}
	return dist, files
}

func newHandler(t *testing.T, dir string) *Handler {
	t.Helper()
	h, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// rawRequest parses a request the way net/http's server does, so paths
// reach the handler exactly as a hostile client can send them (no client
// library cleans them first).
func rawRequest(t *testing.T, method, target string, hdr map[string]string) *http.Request {
	t.Helper()
	var b strings.Builder
	b.WriteString(method + " " + target + " HTTP/1.1\r\nHost: example\r\n")
	for k, v := range hdr {
		b.WriteString(k + ": " + v + "\r\n")
	}
	b.WriteString("\r\n")
	r, err := http.ReadRequest(bufio.NewReader(strings.NewReader(b.String())))
	if err != nil {
		return nil
	}
	return r
}

func do(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestHostilePathsAreRefused(t *testing.T) {
	dist, _ := bundle(t)
	h := newHandler(t, dist)
	hostile := []string{
		"/../outside/secret.txt",
		"/../../../../../../etc/passwd",
		"/..%2foutside%2fsecret.txt",
		"/..%2Foutside%2Fsecret.txt",
		"/%2e%2e/outside/secret.txt",
		"/%2E%2E%2Foutside%2Fsecret.txt",
		"/%252e%252e/outside/secret.txt",
		"/sub/../../outside/secret.txt",
		"/sub/%2e%2e/%2e%2e/outside/secret.txt",
		"//etc/passwd",
		"///etc/passwd",
		"/etc/passwd",
		"/..\\outside\\secret.txt",
		"/%5c..%5coutside%5csecret.txt",
		"/sub\\..\\..\\outside\\secret.txt",
		"/index.html%00.png",
		"/%00",
		"/boot.js%0a",
		"/.secret",
		"/.env",
		"/sub/../.secret",
		"/%2esecret",
		"/emptydir/.keep.txt",
		"/./index.html",
		"/index.html/",
		"/index.html/.",
		"/sub/",
		"/sub",
		"/emptydir",
		"/emptydir/",
		"/outdir/secret.txt",
		"/escape.js",
		"/abs.js",
		"/sub/up.txt",
		"/loop.js",
		"/C:/Windows/win.ini",
		"/c:%5cwindows%5cwin.ini",
		"/%c0%ae%c0%ae/outside/secret.txt",
		"/%ff",
		"/..;/outside/secret.txt",
		"/" + strings.Repeat("a", 100_000),
		"/" + strings.Repeat("a/", MaxPathLen),
		"/" + strings.Repeat("../", 1000) + "etc/passwd",
		"http://example/../outside/secret.txt",
		"/missing.js",
	}
	for _, target := range hostile {
		r := rawRequest(t, "GET", target, nil)
		if r == nil {
			continue // net/http refuses to parse it: it never reaches us
		}
		w := do(h, r)
		short := target
		if len(short) > 60 {
			short = short[:60] + "…"
		}
		if w.Code == http.StatusOK {
			t.Errorf("%q: status 200, want refusal", short)
		}
		if strings.Contains(w.Body.String(), secret) {
			t.Errorf("%q: response contains the secret", short)
		}
		if got := w.Header().Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%q: security headers missing on refusal", short)
		}
	}
}

// TestHostilePathsOverTheWire sends raw request lines over TCP to a real
// server, past any client-side normalisation, including bytes that
// http.ReadRequest alone might treat differently.
func TestHostilePathsOverTheWire(t *testing.T) {
	dist, _ := bundle(t)
	srv := httptest.NewServer(newHandler(t, dist))
	defer srv.Close()
	for _, target := range []string{
		"/../outside/secret.txt",
		"/%2e%2e/%2e%2e/outside/secret.txt",
		"/..%5c..%5coutside%5csecret.txt",
		"//etc/passwd",
		"/escape.js",
		"/\x00",
		"/a b",
		"*",
		"/" + strings.Repeat("x", 200_000),
	} {
		conn, err := net.DialTimeout("tcp", srv.Listener.Addr().String(), 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			conn.Close()
			continue // the server dropped it: refused
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		conn.Close()
		if resp.StatusCode == http.StatusOK || bytes.Contains(body, []byte(secret)) {
			t.Errorf("%.40q: status %d, body %.60q", target, resp.StatusCode, body)
		}
	}
}

func TestServesFilesWithTheirTypes(t *testing.T) {
	dist, files := bundle(t)
	h := newHandler(t, dist)
	cases := map[string]string{
		"/":                    "text/html; charset=utf-8",
		"/index.html":          "text/html; charset=utf-8",
		"/boot.js":             "text/javascript; charset=utf-8",
		"/neurona.wasm":        "application/wasm",
		"/state.json":          "application/json",
		"/shot.png":            "image/png",
		"/style.css":           "text/css; charset=utf-8",
		"/font.woff2":          "font/woff2",
		"/data.bin":            "application/octet-stream",
		"/README":              "application/octet-stream",
		"/UPPER.JS":            "text/javascript; charset=utf-8",
		"/sub/inner.js":        "text/javascript; charset=utf-8",
		"/inside.js":           "text/javascript; charset=utf-8", // a symlink that stays inside
		"/with%20space.txt":    "text/plain; charset=utf-8",
		"/%C3%B1and%C3%BA.txt": "text/plain; charset=utf-8",
		"/index.html.backup":   "application/octet-stream",
	}
	for target, ct := range cases {
		r := rawRequest(t, "GET", target, nil)
		w := do(h, r)
		if w.Code != http.StatusOK {
			t.Errorf("%s: status %d", target, w.Code)
			continue
		}
		if got := w.Header().Get("Content-Type"); got != ct {
			t.Errorf("%s: Content-Type %q, want %q", target, got, ct)
		}
		name, _ := FileName(r.URL.Path)
		if target == "/inside.js" {
			name = "boot.js"
		}
		if want, ok := files[name]; ok && !bytes.Equal(w.Body.Bytes(), want) {
			t.Errorf("%s: body differs from the file", target)
		}
		if got := w.Header().Get("Content-Length"); got != strconv.Itoa(w.Body.Len()) {
			t.Errorf("%s: Content-Length %s for %d bytes", target, got, w.Body.Len())
		}
	}
}

func TestSecurityAndCacheHeaders(t *testing.T) {
	dist, _ := bundle(t)
	h := newHandler(t, dist)
	for _, target := range []string{"/", "/boot.js", "/nope", "/../x"} {
		w := do(h, rawRequest(t, "GET", target, nil))
		hd := w.Header()
		if hd.Get("Content-Security-Policy") != ContentSecurityPolicy ||
			hd.Get("X-Content-Type-Options") != "nosniff" ||
			hd.Get("Referrer-Policy") != "no-referrer" ||
			hd.Get("Cross-Origin-Opener-Policy") != "same-origin" {
			t.Errorf("%s: security headers %v", target, hd)
		}
		if hd.Get("X-Frame-Options") != "" {
			t.Errorf("%s: X-Frame-Options set; embedding must stay possible", target)
		}
	}
	if !strings.Contains(ContentSecurityPolicy, "frame-ancestors *") {
		t.Error("CSP must allow embedding in any site")
	}
	cache := map[string]string{
		"/":                "no-cache",
		"/neurona.wasm":    "no-cache",
		"/app.0123abcd.js": "public, max-age=31536000, immutable",
	}
	for target, want := range cache {
		if got := do(h, rawRequest(t, "GET", target, nil)).Header().Get("Cache-Control"); got != want {
			t.Errorf("%s: Cache-Control %q, want %q", target, got, want)
		}
	}
}

func TestMethods(t *testing.T) {
	dist, files := bundle(t)
	h := newHandler(t, dist)
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "get"} {
		r := httptest.NewRequest(m, "/index.html", strings.NewReader("x"))
		w := do(h, r)
		if w.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s: status %d, want 405", m, w.Code)
		}
		if w.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: Allow %q", m, w.Header().Get("Allow"))
		}
	}
	w := do(h, httptest.NewRequest("HEAD", "/neurona.wasm", nil))
	if w.Code != http.StatusOK || w.Body.Len() != 0 {
		t.Errorf("HEAD: status %d, %d body bytes", w.Code, w.Body.Len())
	}
	if got, want := w.Header().Get("Content-Length"), strconv.Itoa(len(files["neurona.wasm"])); got != want {
		t.Errorf("HEAD: Content-Length %s, want %s", got, want)
	}
	if w.Header().Get("ETag") == "" {
		t.Error("HEAD: no ETag")
	}
}

func TestETagRevalidation(t *testing.T) {
	dist, _ := bundle(t)
	h := newHandler(t, dist)
	first := do(h, rawRequest(t, "GET", "/boot.js", nil))
	etag := first.Header().Get("ETag")
	if !strings.HasPrefix(etag, `"`) || len(etag) < 10 {
		t.Fatalf("ETag %q", etag)
	}
	if again := do(h, rawRequest(t, "GET", "/boot.js", nil)).Header().Get("ETag"); again != etag {
		t.Errorf("ETag changed without a change: %s, %s", etag, again)
	}
	w := do(h, rawRequest(t, "GET", "/boot.js", map[string]string{"If-None-Match": etag}))
	if w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Errorf("If-None-Match: status %d, %d bytes; want 304, none", w.Code, w.Body.Len())
	}
	w = do(h, rawRequest(t, "GET", "/boot.js", map[string]string{"If-None-Match": `"other", ` + etag}))
	if w.Code != http.StatusNotModified {
		t.Errorf("If-None-Match list: status %d", w.Code)
	}
	w = do(h, rawRequest(t, "GET", "/boot.js", map[string]string{"If-None-Match": `"stale"`}))
	if w.Code != http.StatusOK {
		t.Errorf("stale If-None-Match: status %d", w.Code)
	}
	// The ETag is the content's: another content, another tag, even with
	// the same size.
	p := filepath.Join(dist, "boot.js")
	b, _ := os.ReadFile(p)
	b[0] ^= 1
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(2 * time.Second)
	os.Chtimes(p, later, later)
	w = do(h, rawRequest(t, "GET", "/boot.js", map[string]string{"If-None-Match": etag}))
	if w.Code != http.StatusOK || w.Header().Get("ETag") == etag {
		t.Errorf("after a change: status %d, ETag %s (old %s)", w.Code, w.Header().Get("ETag"), etag)
	}
}

func TestCompressionNegotiation(t *testing.T) {
	dist, files := bundle(t)
	if _, err := Precompress(dist, PrecompressOptions{BrotliQuality: 5}); err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, dist)
	want := files["neurona.wasm"]
	cases := []struct{ accept, enc string }{
		{"", ""},
		{"identity", ""},
		{"gzip", "gzip"},
		{"br", "br"},
		{"gzip, deflate, br, zstd", "br"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0.5, gzip;q=0.9", "gzip"},
		{"BR", "br"},
		{"x-gzip", "gzip"},
		{"*", "br"},
		{"*;q=0", ""},
		{"gzip;q=0, *", "br"},
		{"br;q=0, gzip;q=0", ""},
		{"br;q=abc", ""},
		{"br;q=2", ""},
		{"br;q=NaN, gzip", "gzip"},
		{",,;;,=", ""},
		{"deflate", ""},
	}
	var etags = map[string]string{}
	for _, c := range cases {
		w := do(h, rawRequest(t, "GET", "/neurona.wasm", map[string]string{"Accept-Encoding": c.accept}))
		if w.Code != http.StatusOK {
			t.Fatalf("%q: status %d", c.accept, w.Code)
		}
		hd := w.Header()
		if got := hd.Get("Content-Encoding"); got != c.enc {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.accept, got, c.enc)
			continue
		}
		if !strings.Contains(hd.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%q: no Vary: Accept-Encoding", c.accept)
		}
		if hd.Get("Content-Length") != strconv.Itoa(w.Body.Len()) {
			t.Errorf("%q: Content-Length %s, body %d", c.accept, hd.Get("Content-Length"), w.Body.Len())
		}
		if c.enc != "" && hd.Get("X-Uncompressed-Length") != strconv.Itoa(len(want)) {
			t.Errorf("%q: X-Uncompressed-Length %q, want %d", c.accept, hd.Get("X-Uncompressed-Length"), len(want))
		}
		if c.enc == "" && hd.Get("X-Uncompressed-Length") != "" {
			t.Errorf("%q: X-Uncompressed-Length on an identity body", c.accept)
		}
		if hd.Get("Content-Type") != "application/wasm" {
			t.Errorf("%q: Content-Type %q", c.accept, hd.Get("Content-Type"))
		}
		if got := decode(t, c.enc, w.Body.Bytes()); !bytes.Equal(got, want) {
			t.Errorf("%q: decoded body differs", c.accept)
		}
		if c.enc != "" && w.Body.Len() >= len(want) {
			t.Errorf("%q: %s body not smaller", c.accept, c.enc)
		}
		if old, seen := etags[c.enc]; seen && old != hd.Get("ETag") {
			t.Errorf("%q: ETag differs between requests for the same body", c.accept)
		}
		etags[c.enc] = hd.Get("ETag")
	}
	if etags[""] == etags["br"] || etags["br"] == etags["gzip"] {
		t.Errorf("each representation needs its own ETag: %v", etags)
	}
	// A 304 for the brotli body when the browser has it.
	w := do(h, rawRequest(t, "GET", "/neurona.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": etags["br"]}))
	if w.Code != http.StatusNotModified {
		t.Errorf("br revalidation: status %d", w.Code)
	}
	// HEAD reports the length of the body a GET would send.
	w = do(h, rawRequest(t, "HEAD", "/neurona.wasm", map[string]string{"Accept-Encoding": "gzip"}))
	gz, _ := os.Stat(filepath.Join(dist, "neurona.wasm.gz"))
	if w.Header().Get("Content-Length") != strconv.FormatInt(gz.Size(), 10) || w.Body.Len() != 0 {
		t.Errorf("HEAD gzip: Content-Length %s, want %d", w.Header().Get("Content-Length"), gz.Size())
	}
}

func TestStaleVariantIsIgnored(t *testing.T) {
	dist, files := bundle(t)
	if _, err := Precompress(dist, PrecompressOptions{BrotliQuality: 1}); err != nil {
		t.Fatal(err)
	}
	// Rebuild the bundle without compressing again: the old .br/.gz hold
	// the old program and must not be served.
	p := filepath.Join(dist, "neurona.wasm")
	newer := append(bytes.Clone(files["neurona.wasm"]), "v2"...)
	if err := os.WriteFile(p, newer, 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	os.Chtimes(p, later, later)
	w := do(newHandler(t, dist), rawRequest(t, "GET", "/neurona.wasm", map[string]string{"Accept-Encoding": "br, gzip"}))
	if w.Header().Get("Content-Encoding") != "" || !bytes.Equal(w.Body.Bytes(), newer) {
		t.Errorf("stale variant served (Content-Encoding %q)", w.Header().Get("Content-Encoding"))
	}
}

func TestRecreatedFolderIsServed(t *testing.T) {
	dist, _ := bundle(t)
	h := newHandler(t, dist)
	if err := os.RemoveAll(dist); err != nil {
		t.Fatal(err)
	}
	if w := do(h, rawRequest(t, "GET", "/", nil)); w.Code == http.StatusOK {
		t.Fatalf("removed folder: status %d", w.Code)
	}
	os.MkdirAll(dist, 0o755)
	os.WriteFile(filepath.Join(dist, "index.html"), []byte("again"), 0o644)
	if w := do(h, rawRequest(t, "GET", "/", nil)); w.Code != http.StatusOK || w.Body.String() != "again" {
		t.Errorf("recreated folder: status %d, body %q", w.Code, w.Body.String())
	}
}

func TestNewRefusesMissingFolder(t *testing.T) {
	if _, err := New(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("New on a missing folder: no error")
	}
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	if _, err := New(f); err == nil {
		t.Error("New on a file: no error")
	}
}

func decode(t *testing.T, enc string, b []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(b)
	switch enc {
	case "br":
		r = brotli.NewReader(r)
	case "gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decode %s: %v", enc, err)
	}
	return out
}

func FuzzFileName(f *testing.F) {
	for _, s := range []string{"/", "/index.html", "/../x", "/a/./b", "//x", "/.git/config", "/a\\b", "/\x00", "/ñ", "/a/b/c.js"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		name, ok := FileName(p)
		if !ok {
			return
		}
		if strings.Contains("/"+name+"/", "/../") || strings.HasPrefix(name, "/") ||
			strings.ContainsAny(name, "\\\x00") || strings.Contains("/"+name, "/.") || len(name) > MaxPathLen {
			t.Errorf("FileName(%q) = %q accepted", p, name)
		}
	})
}

func FuzzAcceptedEncodings(f *testing.F) {
	for _, s := range []string{"", "br", "gzip, br;q=0.5", "*;q=0", "br;q=NaN", ";;,,", "x-gzip;q=1.000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		for k, q := range AcceptedEncodings(h) {
			if (k != "br" && k != "gzip") || !(q > 0 && q <= 1) {
				t.Errorf("AcceptedEncodings(%q): %s=%v", h, k, q)
			}
		}
	})
}

func TestRanges(t *testing.T) {
	dist, files := bundle(t)
	if _, err := Precompress(dist, PrecompressOptions{BrotliQuality: 2}); err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, dist)
	w := do(h, rawRequest(t, "GET", "/neurona.wasm", map[string]string{"Range": "bytes=0-3"}))
	if w.Code != http.StatusPartialContent || w.Body.String() != "\x00asm" {
		t.Errorf("identity range: status %d, body %q", w.Code, w.Body.String())
	}
	// A range of a compressed body is not served; the whole body is, with
	// a Content-Length that matches it.
	w = do(h, rawRequest(t, "GET", "/neurona.wasm", map[string]string{"Range": "bytes=0-3", "Accept-Encoding": "br"}))
	if w.Code != http.StatusOK || w.Header().Get("Content-Length") != strconv.Itoa(w.Body.Len()) ||
		!bytes.Equal(decode(t, "br", w.Body.Bytes()), files["neurona.wasm"]) {
		t.Errorf("compressed range: status %d, Content-Length %s, %d bytes", w.Code, w.Header().Get("Content-Length"), w.Body.Len())
	}
}
