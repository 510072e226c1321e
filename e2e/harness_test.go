//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/neurona/neurona/cmd/serve/static"
)

// Set by TestMain.
var (
	repoRoot string // the module's root folder
	baseURL  string // http://127.0.0.1:port of the in-process server
)

// Bounds. Software WebGL in a 2-core machine is slow and uneven, so the
// bounds are generous; none is a sleep: every wait polls for the state it
// needs and returns as soon as it holds.
const (
	startTimeout  = 120 * time.Second // browser start + 20 MB bundle + first frame
	actionTimeout = 60 * time.Second
)

func TestMain(m *testing.M) {
	code, err := runMain(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		code = 1
	}
	os.Exit(code)
}

func runMain(m *testing.M) (int, error) {
	root, err := filepath.Abs("..")
	if err != nil {
		return 1, err
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return 1, fmt.Errorf("run from the e2e folder of the module: %w", err)
	}
	repoRoot = root
	tmp, err := os.MkdirTemp("", "neurona-e2e-")
	if err != nil {
		return 1, err
	}
	defer os.RemoveAll(tmp)

	dist := os.Getenv("NEURONA_DIST")
	if dist == "" {
		dist = filepath.Join(tmp, "dist")
		if err := buildDist(root, dist); err != nil {
			return 1, err
		}
	}
	for _, f := range bundleFiles {
		if _, err := os.Stat(filepath.Join(dist, f)); err != nil {
			return 1, fmt.Errorf("bundle %s incomplete: %w", dist, err)
		}
	}
	// Variants of the bundle under /_e2e/NAME/: the same page with no
	// program (the loader's failure message), with one that crashes after
	// starting, or without boot.js (a browser that cannot run it).
	page := []string{"index.html", "boot.js", "wasm_exec.js"}
	variants := map[string]struct {
		files []string
		pkg   string
	}{
		"nowasm": {page, ""},
		"crash":  {page, "./e2e/testdata/panic"},
		"noboot": {[]string{"index.html", "wasm_exec.js"}, ""},
	}
	mux := http.NewServeMux()
	h, err := static.New(dist)
	if err != nil {
		return 1, err
	}
	mux.Handle("/", h)
	for name, v := range variants {
		dir := filepath.Join(tmp, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return 1, err
		}
		for _, f := range v.files {
			if err := copyFile(filepath.Join(dist, f), filepath.Join(dir, f)); err != nil {
				return 1, err
			}
		}
		if v.pkg != "" {
			if err := goBuildWasm(root, filepath.Join(dir, "neurona.wasm"), v.pkg); err != nil {
				return 1, err
			}
		}
		hv, err := static.New(dir)
		if err != nil {
			return 1, err
		}
		mux.Handle("/_e2e/"+name+"/", http.StripPrefix("/_e2e/"+name, hv))
	}
	// A course page that embeds Neurona, from the same origin so the
	// test can look inside the frame.
	mux.HandleFunc("/_e2e/embed.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<!doctype html><title>course</title><link rel="icon" href="data:,">
<style>body{margin:0;background:#fff} iframe{position:absolute;left:40px;top:60px;width:900px;height:600px;border:0}</style>
<h1 style="margin:8px;font:20px sans-serif">Clase 5</h1>
<iframe src="/#lang=es" allow="fullscreen"></iframe>`)
	})
	srv, addr, err := serveLocal(mux)
	if err != nil {
		return 1, err
	}
	defer srv.Close()
	baseURL = "http://" + addr
	return m.Run(), nil
}

// bundleFiles are the page and bundle as make dist writes them, less the
// service worker (a deployment stamps its own).
var bundleFiles = []string{"index.html", "boot.js", "wasm_exec.js", "neurona.wasm"}

// serveLocal serves h on a free port of 127.0.0.1 until the server is
// closed, and returns the server and its address (host:port).
func serveLocal(h http.Handler) (*http.Server, string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return srv, ln.Addr().String(), nil
}

// buildDist builds the bundle the way `make dist` does, with a quick
// brotli level: the tests check that compressed bodies work, not how small
// they are.
func buildDist(root, dist string) error {
	if err := os.MkdirAll(dist, 0o755); err != nil {
		return err
	}
	if err := goBuildWasm(root, filepath.Join(dist, "neurona.wasm"), "./cmd/wasm"); err != nil {
		return err
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return err
	}
	files, _ := filepath.Glob(filepath.Join(root, "web", "*.js"))
	files = append(files, filepath.Join(root, "web", "index.html"),
		filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	for _, f := range files {
		if err := copyFile(f, filepath.Join(dist, filepath.Base(f))); err != nil {
			return err
		}
	}
	_, err = static.Precompress(dist, static.PrecompressOptions{BrotliQuality: 5})
	return err
}

// goBuildWasm builds a package of the module for the browser.
func goBuildWasm(root, out, pkg string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building %s: %v\n%s", pkg, err, b)
	}
	return nil
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// chromiumPath finds Debian's chromium.
func chromiumPath(t *testing.T) string {
	if p := os.Getenv("NEURONA_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("chromium not found: install it with `make deps` (Debian package chromium)")
	return ""
}

// newBrowser starts a headless Chromium with its own fresh profile (the
// app keeps settings in localStorage; no test may see another's) and
// returns a context for its first tab.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	logs := &syncBuffer{}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
		chromedp.CombinedOutput(logs),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	// The first Do starts the browser, bound to ctx (no timeout on it,
	// or the browser would die with the timeout: chromedp's docs, ex. 21).
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx) }()
	select {
	case err := <-started:
		if err != nil {
			t.Fatalf("starting chromium: %v\n%s", err, logs.String())
		}
	case <-time.After(startTimeout):
		t.Fatalf("chromium did not start within %s\n%s", startTimeout, logs.String())
	}
	return ctx
}

type syncBuffer struct {
	mu sync.Mutex
	bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.Buffer.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.Buffer.String()
}

// Page is one tab of a fresh browser, showing Neurona.
type Page struct {
	t   *testing.T
	ctx context.Context

	// app is the JavaScript expression for the window that runs Neurona:
	// "window", or the content window of an iframe.
	app string

	mu      sync.Mutex
	console []string // every console message, for failure reports
	errors  []string // console errors and uncaught exceptions
	touch   bool
}

// openPage opens the app with the given URL hash (without '#') and waits
// until it has drawn its first frame (window.neurona.ready).
func openPage(t *testing.T, hash string) *Page {
	t.Helper()
	start := time.Now()
	p := openURL(t, baseURL+"/#"+hash)
	p.waitReady()
	t.Logf("the app was ready %s after the browser started", time.Since(start).Round(10*time.Millisecond))
	return p
}

// openScene opens the app on one scene in one language and waits for its
// first state: the state document names the scene and, unless predicate
// is "", the predicate over it (bound to s, as in WaitState) holds. It
// returns the page and that state.
func openScene(t *testing.T, scene, lang, predicate string) (*Page, map[string]any) {
	t.Helper()
	p := openPage(t, "scene="+scene+"&lang="+lang)
	first := fmt.Sprintf(`s.scene === %q`, scene)
	if predicate != "" {
		first += " && (" + predicate + ")"
	}
	return p, p.WaitState(t, first)
}

// openURL opens any URL of the test server in a fresh browser, collecting
// console output from the very start, and returns without waiting for the
// app. Each setup runs on the blank tab before the navigation (to throttle
// the network or inject a script that runs before the page's own).
func openURL(t *testing.T, url string, setup ...chromedp.Action[chromedp.Void]) *Page {
	t.Helper()
	ctx := newBrowser(t)
	p := &Page{t: t, ctx: ctx}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			line := fmt.Sprintf("console.%s: %s", m.Type, m)
			if m.URL != "" {
				line += fmt.Sprintf(" (%s:%d)", m.URL, m.Line+1)
			}
			p.mu.Lock()
			p.console = append(p.console, line)
			if m.Type == chromedp.ConsoleError || m.IsException() {
				p.errors = append(p.errors, line)
			}
			p.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		if t.Failed() {
			p.mu.Lock()
			defer p.mu.Unlock()
			t.Logf("browser console (%d messages):\n  %s", len(p.console), strings.Join(p.console, "\n  "))
		}
	})
	ctx2, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	if err := chromedp.Do(ctx2, append(setup, chromedp.Navigate(url))...); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
	return p
}

// waitReady waits for the app's first frame, or fails at once with the
// loader's error message if the page shows one.
func (p *Page) waitReady() {
	p.t.Helper()
	res := p.poll(`(window.neurona && window.neurona.ready === true) ? "ready" :
		(document.getElementById("error") && !document.getElementById("error").hidden) ?
			"error: " + document.getElementById("error").innerText : false`, startTimeout)
	if res != "ready" {
		p.t.Fatalf("the app did not start: %s", res)
	}
}

// poll waits until the JavaScript expression is truthy and returns its
// value as text.
func (p *Page) poll(expr string, timeout time.Duration) string {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, timeout+5*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Poll[any](expr,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	if err != nil {
		p.t.Fatalf("waiting for %s: %v", squeeze(expr), err)
	}
	return fmt.Sprint(v)
}

// Eval evaluates a JavaScript expression and decodes its value into T.
func Eval[T any](p *Page, expr string, opts ...chromedp.EvaluateOption) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		p.t.Fatalf("evaluating %s: %v", squeeze(expr), err)
	}
	return v
}

func (p *Page) api() string {
	if p.app == "" {
		return "window.neurona"
	}
	return p.app + ".neurona"
}

// State returns window.neurona.state(), decoded.
func (p *Page) State(t *testing.T) map[string]any {
	t.Helper()
	s := Eval[string](p, p.api()+`.state()`)
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("state() is not a JSON object: %v\n%s", err, s)
	}
	return m
}

// Frame is the app's tick counter.
func (p *Page) Frame(t *testing.T) int {
	t.Helper()
	f, ok := p.State(t)["frame"].(float64)
	if !ok {
		t.Fatalf(`state() has no numeric "frame"`)
	}
	return int(f)
}

// WaitFrames waits until the app's frame counter grew by n: the app has
// run n more ticks, so input sent before has been handled. Software WebGL
// runs at 15-60 fps, so this waits as long as that takes, never a fixed
// time.
func (p *Page) WaitFrames(t *testing.T, n int) {
	t.Helper()
	target := p.Frame(t) + n
	p.poll(fmt.Sprintf(`JSON.parse(%s.state()).frame >= %d`, p.api(), target), actionTimeout+time.Duration(n)*200*time.Millisecond)
}

// WaitState waits until a JavaScript predicate over the state document
// (bound to s) holds, for effects that may take a few ticks.
func (p *Page) WaitState(t *testing.T, predicate string) map[string]any {
	t.Helper()
	p.poll(`(() => { const s = JSON.parse(`+p.api()+`.state()); return `+predicate+`; })()`, actionTimeout)
	return p.State(t)
}

// Key presses and releases a key with real keyboard events (through the
// DevTools input domain, as a person's keyboard would), at once, like a
// quick tap on the keyboard: the shell queues key events as they come, so
// none is lost between two ticks (KeyHeld holds a key over ticks for code
// that polls key state). key is one character, or one of chromedp/kb's
// names such as kb.PageDown.
func (p *Page) Key(t *testing.T, key string, mods ...kb.Modifier) {
	t.Helper()
	down, up := keyEvents(key, mods)
	p.dispatchKeys(t, append(down, up...))
}

// KeyHeld is Key with the key held down until the app has run n ticks.
func (p *Page) KeyHeld(t *testing.T, key string, n int, mods ...kb.Modifier) {
	t.Helper()
	down, up := keyEvents(key, mods)
	p.dispatchKeys(t, down)
	p.WaitFrames(t, n)
	p.dispatchKeys(t, up)
}

func keyEvents(key string, mods []kb.Modifier) (down, up []*input.DispatchKeyEventParams) {
	for _, r := range key {
		for _, k := range kb.Encode(r) {
			for _, m := range mods {
				k.Modifiers |= int64(m)
			}
			// Like chromedp.KeyEvent: no text with Ctrl/Alt/Meta.
			if k.Type == kb.KeyChar && k.Modifiers&^int64(kb.ModifierShift) != 0 {
				continue
			}
			if k.Type == kb.KeyUp {
				up = append(up, k)
			} else {
				down = append(down, k)
			}
		}
	}
	return down, up
}

func (p *Page) dispatchKeys(t *testing.T, events []*input.DispatchKeyEventParams) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	for _, e := range events {
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, *e); err != nil {
			t.Fatalf("key event: %v", err)
		}
	}
}

// Click moves the mouse to (x, y) in CSS pixels of the page and clicks
// button ("left", "right", "middle"): pressed and released at once, as a
// trackpad tap does.
func (p *Page) Click(t *testing.T, x, y float64, button string, mods ...kb.Modifier) {
	t.Helper()
	var m int64
	for _, mod := range mods {
		m |= int64(mod)
	}
	btn := input.MouseButton(button)
	buttons := map[input.MouseButton]int64{input.MouseButtonLeft: 1, input.MouseButtonRight: 2, input.MouseButtonMiddle: 4}[btn]
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	for _, e := range []input.DispatchMouseEventParams{
		{Type: input.DispatchMouseEventTypeMouseMoved, X: x, Y: y, Modifiers: m},
		{Type: input.DispatchMouseEventTypeMousePressed, X: x, Y: y, Button: btn, Buttons: buttons, ClickCount: 1, Modifiers: m},
		{Type: input.DispatchMouseEventTypeMouseReleased, X: x, Y: y, Button: btn, ClickCount: 1, Modifiers: m},
	} {
		if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, e); err != nil {
			t.Fatalf("mouse event: %v", err)
		}
	}
}

// Tap touches (x, y) with one finger and lifts it (touchStart, touchEnd),
// with the page's touch emulation on, as a phone or a whiteboard would.
func (p *Page) Tap(t *testing.T, x, y float64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if !p.touch {
		if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled,
			emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 5}); err != nil {
			t.Fatalf("touch emulation: %v", err)
		}
		p.touch = true
	}
	if err := chromedp.Do(ctx, chromedp.TapXY(x, y)); err != nil {
		t.Fatalf("tap: %v", err)
	}
}

// Screenshot captures the page. With NEURONA_SHOTS set, it is also saved
// there as TestName-N.png for people to look at.
func (p *Page) Screenshot(t *testing.T) image.Image {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	saveShot(t, fmt.Sprint(nextShot(t)), b)
	return img
}

// shotCount numbers each test's screenshots, across the pages it opens.
var shotCount sync.Map // test name → *atomic.Int64

func nextShot(t *testing.T) int64 {
	c, _ := shotCount.LoadOrStore(t.Name(), new(atomic.Int64))
	return c.(*atomic.Int64).Add(1)
}

// saveShot writes a PNG to $NEURONA_SHOTS, if set.
func saveShot(t *testing.T, suffix string, png []byte) {
	dir := os.Getenv("NEURONA_SHOTS")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Logf("NEURONA_SHOTS: %v", err)
		return
	}
	name := regexp.MustCompile(`[^A-Za-z0-9_.-]+`).ReplaceAllString(t.Name(), "_") + "-" + suffix + ".png"
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Logf("NEURONA_SHOTS: %v", err)
	}
}

// ConsoleErrors returns the console errors and uncaught exceptions seen
// since the page was opened.
func (p *Page) ConsoleErrors() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.errors...)
}

// Rect is a rectangle in CSS pixels.
type Rect struct{ X, Y, W, H float64 }

// Center is the middle of r.
func (r Rect) Center() (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }

// Plane is the scene's data rectangle the shell publishes in state() as
// "plane": {"x","y","w","h"} in CSS pixels.
func (p *Page) Plane(t *testing.T) Rect {
	t.Helper()
	m, ok := p.State(t)["plane"].(map[string]any)
	if !ok {
		t.Fatal(`state() has no "plane" object`)
	}
	var r Rect
	for k, dst := range map[string]*float64{"x": &r.X, "y": &r.Y, "w": &r.W, "h": &r.H} {
		v, ok := m[k].(float64)
		if !ok {
			t.Fatalf(`state().plane.%s is not a number: %v`, k, m)
		}
		*dst = v
	}
	if r.W <= 0 || r.H <= 0 {
		t.Fatalf("state().plane is empty: %+v", r)
	}
	return r
}

// Points is len(state().points).
func Points(t *testing.T, s map[string]any) []any {
	t.Helper()
	switch pts := s["points"].(type) {
	case []any:
		return pts
	case nil:
		return nil
	default:
		t.Fatalf(`state().points is %T, not a list`, s["points"])
		return nil
	}
}

// distinctColors counts the colours of img, sampled on a grid so that the
// count does not depend on its size.
func distinctColors(img image.Image) int {
	b := img.Bounds()
	seen := map[[3]uint32]bool{}
	stepX, stepY := max(1, b.Dx()/400), max(1, b.Dy()/300)
	for y := b.Min.Y; y < b.Max.Y; y += stepY {
		for x := b.Min.X; x < b.Max.X; x += stepX {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}

func squeeze(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return s
}

var errNoDisplay = errors.New("no X display (DISPLAY is empty): run under xvfb-run -a")

// Resize changes the page's viewport, as dragging the window's corner does.
func (p *Page) Resize(t *testing.T, w, h int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, h)); err != nil {
		t.Fatalf("resize: %v", err)
	}
	p.touch = false // EmulateViewport turns touch emulation off
}

// WaitPoints waits until state().points has n entries and returns the
// class ("y") of the last one.
func (p *Page) WaitPoints(t *testing.T, n int) float64 {
	t.Helper()
	pts := Points(t, p.WaitState(t, fmt.Sprintf(`s.points.length === %d`, n)))
	last, _ := pts[len(pts)-1].(map[string]any)
	y, ok := last["y"].(float64)
	if !ok {
		t.Fatalf(`the new point has no numeric class "y": %v`, last)
	}
	return y
}

// NoConsoleErrors fails the test if the page logged an error or threw.
func (p *Page) NoConsoleErrors(t *testing.T) {
	t.Helper()
	if errs := p.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n  %s", strings.Join(errs, "\n  "))
	}
}
