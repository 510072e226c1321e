//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Presenting and sharing (issue 7): theme, PNG export, export and import
// of the state document, share links, and the on-screen controls.

// lessonDoc is a perceptron lesson in progress: the lecture's three points.
const lessonDoc = `{"scene":"perceptron","points":[{"x":[0,1],"y":1},{"x":[0,-1],"y":1},{"x":[-1,0.5],"y":-1}]}`

func (p *Page) load(t *testing.T, doc string) {
	t.Helper()
	b, _ := json.Marshal(doc)
	if res := Eval[any](p, p.api()+`.load(`+string(b)+`)`); res != nil {
		t.Fatalf("load refused the document: %v", res)
	}
}

// downloads makes the browser save downloads into a fresh folder.
func (p *Page) downloads(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatalf("download behaviour: %v", err)
	}
	return dir
}

// waitFile waits for a finished download named name in dir.
func waitFile(t *testing.T, p *Page, dir, name string) []byte {
	t.Helper()
	deadline := time.Now().Add(actionTimeout)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil && len(b) > 0 {
			return b
		}
		p.WaitFrames(t, 2)
	}
	entries, _ := os.ReadDir(dir)
	t.Fatalf("no download %s in %v", name, entries)
	return nil
}

func withoutVolatile(s map[string]any) string {
	for _, k := range []string{"frame", "plane"} {
		delete(s, k)
	}
	b, _ := json.Marshal(s)
	return string(b)
}

func TestThemeToggles(t *testing.T) {
	p := openPage(t, "scene=perceptron")
	if th := p.State(t)["theme"]; th != "dark" {
		t.Fatalf("starts with theme %v", th)
	}
	dark := p.Screenshot(t)
	p.Key(t, "t")
	p.WaitState(t, `s.theme === "light"`)
	p.WaitFrames(t, 2)
	light := p.Screenshot(t)
	// The scene's background (away from the title bar) goes from dark to light.
	b := dark.Bounds()
	x, y := b.Dx()/4, b.Dy()*3/4
	lum := func(c interface{ RGBA() (r, g, b, a uint32) }) uint32 {
		r, g, bb, _ := c.RGBA()
		return (r + g + bb) / 3 >> 8
	}
	if ld, ll := lum(dark.At(x, y)), lum(light.At(x, y)); ld > 80 || ll < 170 {
		t.Errorf("background brightness dark %d, light %d", ld, ll)
	}
	p.NoConsoleErrors(t)
}

func TestPNGExport(t *testing.T) {
	p := openPage(t, "scene=perceptron")
	p.load(t, lessonDoc)
	dir := p.downloads(t)
	p.Key(t, "s")
	data := waitFile(t, p, dir, "neurona-perceptron.png")
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	w, h, dpr := Eval[float64](p, `innerWidth`), Eval[float64](p, `innerHeight`), Eval[float64](p, `devicePixelRatio`)
	if b := img.Bounds(); b.Dx() != int(w*dpr) || b.Dy() != int(h*dpr) {
		t.Errorf("PNG is %v, the view is %gx%g at %g", b, w, h, dpr)
	}
	if n := distinctColors(img); n < 50 {
		t.Errorf("the PNG looks blank: %d colours", n)
	}
	p.NoConsoleErrors(t)
}

func TestExportThenImportRoundTrips(t *testing.T) {
	p := openPage(t, "scene=perceptron&lang=en")
	p.load(t, lessonDoc)
	p.Key(t, " ")
	p.Key(t, " ")
	p.WaitState(t, `s.step >= 2`)
	dir := p.downloads(t)
	p.Key(t, "e")
	data := waitFile(t, p, dir, "neurona-perceptron.json")
	want := withoutVolatile(p.State(t))

	q := openPage(t, "")
	q.load(t, string(data))
	q.WaitFrames(t, 2)
	if got := withoutVolatile(q.State(t)); got != want {
		t.Fatalf("import of the exported document differs:\nexported %s\nimported %s", want, got)
	}
	// A broken document is refused with a message naming the field, and
	// the state is kept.
	res := Eval[any](q, q.api()+`.load('{"scene":"perceptron","points":[{"x":[1],"y":1}]}')`)
	if msg, ok := res.(string); !ok || !strings.Contains(msg, "points") {
		t.Fatalf("a bad document gave %v", res)
	}
	if got := withoutVolatile(q.State(t)); got != want {
		t.Fatal("a refused document changed the state")
	}
}

func TestLinkReproducesTheView(t *testing.T) {
	p := openPage(t, "scene=perceptron")
	p.load(t, lessonDoc)
	p.Key(t, " ")
	p.WaitState(t, `s.step >= 1`)
	want := withoutVolatile(p.State(t))
	// The page keeps its address describing the view; wait until it has
	// caught up with the step.
	p.poll(`location.hash.includes("s=")`, actionTimeout)
	p.WaitFrames(t, 40) // the address is refreshed twice a second
	hash := Eval[string](p, `location.hash`)

	q := openPage(t, strings.TrimPrefix(hash, "#"))
	q.WaitFrames(t, 2)
	if got := withoutVolatile(q.State(t)); got != want {
		t.Fatalf("the link %s… opened\n%s\nnot\n%s", hash[:min(60, len(hash))], got, want)
	}
}

func TestOnScreenControlsWorkByTouch(t *testing.T) {
	p := openPage(t, "scene=perceptron")
	p.load(t, lessonDoc)
	p.WaitFrames(t, 2)
	// A first tap shows the controls (and, in the plane, adds a point of
	// the toggle's class, +1).
	plane := p.Plane(t)
	p.Tap(t, plane.X+plane.W*0.8, plane.Y+plane.H*0.2)
	s := p.WaitState(t, `s.points.length === 4`)
	if y := Points(t, s)[3].(map[string]any)["y"]; y != 1.0 {
		t.Fatalf("a tap added class %v", y)
	}
	w, h := Eval[float64](p, `innerWidth`), Eval[float64](p, `innerHeight`)
	// The bar has seven equal buttons along the bottom, 64 px tall:
	// back, step, play, reset, undo, class, help.
	tapButton := func(i int) { p.Tap(t, w*(float64(i)+0.5)/7, h-32) }
	p.WaitFrames(t, 2)
	step := p.State(t)["step"].(float64)
	tapButton(1)
	s = p.WaitState(t, fmt.Sprintf(`s.step === %g`, step+1))
	tapButton(0)
	p.WaitState(t, fmt.Sprintf(`s.step === %g`, step))
	// The class toggle makes the next tapped point a −1.
	tapButton(5)
	p.WaitFrames(t, 2)
	plane = p.Plane(t)
	p.Tap(t, plane.X+plane.W*0.2, plane.Y+plane.H*0.8)
	s = p.WaitState(t, `s.points.length === 5`)
	if y := Points(t, s)[4].(map[string]any)["y"]; y != -1.0 {
		t.Fatalf("after the class toggle a tap added class %v", y)
	}
	// Undo by touch removes it again.
	tapButton(4)
	p.WaitState(t, `s.points.length === 4`)
	p.NoConsoleErrors(t)
}

// drop drops the files onto the page at (x, y), as dragging them from the
// file manager does.
func (p *Page) drop(t *testing.T, x, y float64, files ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	data := &input.DragData{Items: []*input.DragDataItem{}, Files: files, DragOperationsMask: 1}
	for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
		if _, err := chromedp.Call(ctx, input.DispatchDragEvent, input.DispatchDragEventParams{Type: typ, X: x, Y: y, Data: data}); err != nil {
			t.Fatalf("drag event %s: %v", typ, err)
		}
	}
}

func TestDroppedFilesAreImported(t *testing.T) {
	p := openPage(t, "scene=perceptron")
	dir := t.TempDir()
	good := filepath.Join(dir, "puntos.csv")
	bad := filepath.Join(dir, "roto.csv")
	os.WriteFile(good, []byte("x1,x2,y\n0.5,1,1\n-1,0.25,0\n1,-1,1\n"), 0o644)
	os.WriteFile(bad, []byte("a,b\n1,2\n"), 0o644)
	w, h := Eval[float64](p, `innerWidth`), Eval[float64](p, `innerHeight`)

	p.drop(t, w/2, h/2, good)
	s := p.WaitState(t, `s.points.length === 3 && s.points[0].x[0] === 0.5`)
	if y := Points(t, s)[1].(map[string]any)["y"]; y != -1.0 {
		t.Fatalf("label 0 in the CSV was read as %v, not −1", y)
	}
	want := withoutVolatile(p.State(t))
	p.drop(t, w/2, h/2, bad)
	p.WaitFrames(t, 20)
	if got := withoutVolatile(p.State(t)); got != want {
		t.Fatalf("a refused file changed the state:\n%s\n%s", want, got)
	}
	// The state document exported by E drops in the same way.
	doc := filepath.Join(dir, "leccion.json")
	os.WriteFile(doc, []byte(lessonDoc), 0o644)
	p.drop(t, w/2, h/2, doc)
	p.WaitState(t, `s.points.length === 3 && s.points[2].x[0] === -1`)
	p.NoConsoleErrors(t)
}
