// Package static serves the built web bundle (the dist folder) to a
// classroom: only regular files inside one folder, with pre-compressed
// bodies, content-hash ETags and the page's security headers.
//
// It is a package of its own, not part of cmd/serve's main, so that the unit
// tests and the end-to-end tests (e2e/) run exactly the handler that students
// hit.
package static

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// MaxPathLen bounds the URL path the handler looks at. Real bundle paths are
// a few dozen bytes; anything longer is a probe and is refused before it
// reaches the file system.
const MaxPathLen = 512

// Handler serves the files of one folder. Create it with New.
type Handler struct {
	dir string // absolute, so a later chdir changes nothing

	mu   sync.Mutex
	tags map[string]*fileTag // by file name inside dir
}

// fileTag caches a file's content hash, keyed by what os.Stat tells about
// it, so that 200 students fetching a 10 MB bundle cost one hash, not 200.
type fileTag struct {
	mu   sync.Mutex
	size int64
	mod  time.Time
	etag string
}

// New returns a handler for the folder dir, which must exist.
func New(dir string) (*Handler, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	return &Handler{dir: abs, tags: map[string]*fileTag{}}, nil
}

// Dir is the absolute folder the handler serves.
func (h *Handler) Dir() string { return h.dir }

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	SetSecurityHeaders(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := FileName(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	// Opening the root per request (one cheap syscall) instead of once at
	// start keeps the server right when `make dist` or a person recreates
	// the folder while it runs: an os.Root follows the old, deleted folder.
	root, err := os.OpenRoot(h.dir)
	if err != nil {
		http.Error(w, "bundle folder unavailable", http.StatusInternalServerError)
		return
	}
	defer root.Close()

	f, fi, err := openRegular(root, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()

	hdr := w.Header()
	hdr.Set("Content-Type", ContentType(name))
	hdr.Set("Cache-Control", cacheControl(name))
	// Any file may have pre-compressed siblings, and a cache between us and
	// the students must not hand a brotli body to a client that cannot read
	// it, so every file response varies on Accept-Encoding.
	hdr.Add("Vary", "Accept-Encoding")

	body, bodyInfo := f, fi
	if enc, ef, efi := h.pickEncoding(root, name, fi, r.Header.Get("Accept-Encoding")); ef != nil {
		defer ef.Close()
		body, bodyInfo = ef, efi
		hdr.Set("Content-Encoding", enc)
		// The page shows download progress against the bytes it will
		// actually see: the browser decodes the body, so Content-Length
		// (the encoded size) would overshoot. This header carries the
		// decoded size; boot.js reads it.
		hdr.Set("X-Uncompressed-Length", strconv.FormatInt(fi.Size(), 10))
		// ServeContent leaves Content-Length out when Content-Encoding is
		// set (it expects on-the-fly compression), so it is set here; a
		// byte range of a compressed body would then contradict it, and
		// no browser asks for one of the bundle, so ranges are served
		// only for identity bodies (ignoring Range is allowed by HTTP).
		hdr.Set("Content-Length", strconv.FormatInt(efi.Size(), 10))
		r.Header.Del("Range")
		r.Header.Del("If-Range")
	}
	etag, err := h.etag(name+encSuffix(hdr.Get("Content-Encoding")), body, bodyInfo)
	if err != nil {
		http.Error(w, "read error", http.StatusInternalServerError)
		return
	}
	hdr.Set("ETag", etag)
	// ServeContent answers If-None-Match with 304, handles HEAD and Range,
	// and sets Content-Length from the body it is given (the encoded one
	// when a variant was picked).
	http.ServeContent(w, r, name, bodyInfo.ModTime(), body)
}

// FileName maps a request path to a file name inside the served folder, or
// reports false for anything that is not a plain path to a visible file:
// ".." or "." segments, dotfiles (.git, .env), empty segments ("//etc"),
// backslashes, NUL and other control bytes, invalid UTF-8, over-long paths
// and paths to folders (no listing). The path is the decoded one
// (r.URL.Path), so %2e%2e and %2f arrive here as ".." and "/" and are judged
// like their plain forms.
func FileName(p string) (string, bool) {
	if p == "/" || p == "" {
		return "index.html", true
	}
	if len(p) > MaxPathLen || !strings.HasPrefix(p, "/") || strings.HasSuffix(p, "/") || !utf8.ValidString(p) {
		return "", false
	}
	name := p[1:]
	for seg := range strings.SplitSeq(name, "/") {
		if seg == "" || seg[0] == '.' {
			return "", false
		}
		for _, c := range seg {
			if c < 0x20 || c == 0x7f || c == '\\' || c == ':' {
				return "", false
			}
		}
	}
	if !fs.ValidPath(name) || path.Clean(name) != name {
		return "", false
	}
	return name, true
}

// openRegular opens name through root, which refuses every path (symlinks
// included) that leads outside the folder, and accepts only regular files.
func openRegular(root *os.Root, name string) (*os.File, fs.FileInfo, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, errors.New("not a regular file")
	}
	return f, fi, nil
}

// encodings are the pre-compressed variants, best first: the file name
// suffix Precompress writes and the Content-Encoding token it stands for.
var encodings = []struct{ token, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

func encSuffix(token string) string {
	for _, e := range encodings {
		if e.token == token {
			return e.suffix
		}
	}
	return ""
}

// pickEncoding returns the best pre-compressed sibling of name the client
// accepts, opened, or a nil file to serve name itself. A sibling older than
// the file is stale (the bundle was rebuilt without compressing again) and
// is ignored rather than served with the old program inside.
func (h *Handler) pickEncoding(root *os.Root, name string, fi fs.FileInfo, acceptEncoding string) (string, *os.File, fs.FileInfo) {
	accepted := AcceptedEncodings(acceptEncoding)
	best, bestQ := -1, 0.0
	for i, e := range encodings {
		if q := accepted[e.token]; q > bestQ {
			best, bestQ = i, q
		}
	}
	// Try the best one first, then the others the client also accepts.
	order := make([]int, 0, len(encodings))
	if best >= 0 {
		order = append(order, best)
	}
	for i, e := range encodings {
		if i != best && accepted[e.token] > 0 {
			order = append(order, i)
		}
	}
	for _, i := range order {
		ef, efi, err := openRegular(root, name+encodings[i].suffix)
		if err != nil {
			continue
		}
		if efi.ModTime().Before(fi.ModTime()) {
			ef.Close()
			continue
		}
		return encodings[i].token, ef, efi
	}
	return "", nil, nil
}

// AcceptedEncodings parses an Accept-Encoding header into the q-value of
// each content coding we can serve ("br", "gzip"); a coding the client did
// not name, or refused with q=0, is absent. "*" stands for every coding not
// named. Malformed parts are skipped: a bad header means identity, never an
// error.
func AcceptedEncodings(header string) map[string]float64 {
	named := map[string]float64{}
	star := -1.0
	for part := range strings.SplitSeq(header, ",") {
		token, params, _ := strings.Cut(part, ";")
		token = strings.ToLower(strings.TrimSpace(token))
		if token == "" {
			continue
		}
		q := 1.0
		for p := range strings.SplitSeq(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if !ok || strings.ToLower(strings.TrimSpace(k)) != "q" {
				continue
			}
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || math.IsNaN(f) || f < 0 || f > 1 {
				q = 0
			} else {
				q = f
			}
		}
		if token == "*" {
			star = q
			continue
		}
		named[token] = q
	}
	out := map[string]float64{}
	for _, e := range encodings {
		q, ok := named[e.token]
		if !ok && e.token == "gzip" {
			q, ok = named["x-gzip"]
		}
		if !ok && star >= 0 {
			q, ok = star, true
		}
		if ok && q > 0 {
			out[e.token] = q
		}
	}
	return out
}

// etag returns a strong ETag from the SHA-256 of the body, cached per key
// while the file's size and modification time stay the same.
func (h *Handler) etag(key string, f *os.File, fi fs.FileInfo) (string, error) {
	h.mu.Lock()
	t := h.tags[key]
	if t == nil {
		t = &fileTag{}
		h.tags[key] = t
	}
	h.mu.Unlock()

	t.mu.Lock()
	defer t.mu.Unlock()
	if t.etag != "" && t.size == fi.Size() && t.mod.Equal(fi.ModTime()) {
		return t.etag, nil
	}
	sum := sha256.New()
	// A section reader leaves the file offset alone for ServeContent.
	if _, err := io.Copy(sum, io.NewSectionReader(f, 0, fi.Size())); err != nil {
		return "", err
	}
	t.size, t.mod = fi.Size(), fi.ModTime()
	t.etag = `"` + hex.EncodeToString(sum.Sum(nil)[:16]) + `"`
	return t.etag, nil
}

// contentTypes is fixed here rather than taken from mime.TypeByExtension,
// whose answers depend on the machine's /etc/mime.types: application/wasm
// must be exact for streaming compilation, and the server must say the same
// on every host.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".wasm":        "application/wasm",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".svg":         "image/svg+xml",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".csv":         "text/csv; charset=utf-8",
	".woff2":       "font/woff2",
	".ttf":         "font/ttf",
	".otf":         "font/otf",
}

// ContentType is the Content-Type for a file name; unknown kinds are
// application/octet-stream (with nosniff, the browser will not guess).
func ContentType(name string) string {
	if ct, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return ct
	}
	return "application/octet-stream"
}

// hashedName matches names that carry their content hash, like
// neurona.3f9a0c1d.wasm: such a file never changes under its name, so a
// browser may keep it for a year without asking.
var hashedName = regexp.MustCompile(`\.[0-9a-f]{8,64}\.[A-Za-z0-9]+$`)

func cacheControl(name string) string {
	if hashedName.MatchString(path.Base(name)) {
		return "public, max-age=31536000, immutable"
	}
	// Everything else, the page first, is revalidated on each load: a 304
	// costs one round trip, and after a rebuild every student gets the new
	// bundle at once instead of a stale mix of page and program.
	return "no-cache"
}
