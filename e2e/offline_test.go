//go:build e2e

package e2e

import (
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/neurona/neurona/cmd/serve/static"
)

// Tests of web/sw.js, the service worker: the page starts without network
// after one visit, and a new deployment replaces the old files.

// deployment is a copy of the bundle served on its own server under a
// sub-path, as a course site would host it, so a test can change the
// files and take the server away.
type deployment struct {
	dir  string
	url  string // the page, ending in "/"
	srv  *http.Server
	hits atomic.Int64 // requests served
}

// newDeployment copies the page and bundle the shared server serves (the
// decoded bodies) into a folder and stamps its service worker with
// version, as make dist does.
func newDeployment(t *testing.T, version string) *deployment {
	t.Helper()
	d := &deployment{dir: t.TempDir()}
	for _, f := range bundleFiles {
		resp, err := http.Get(baseURL + "/" + f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("%s: %v %s", f, err, resp.Status)
		}
		if err := os.WriteFile(filepath.Join(d.dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d.stamp(t, version)
	h, err := static.New(d.dir)
	if err != nil {
		t.Fatal(err)
	}
	const sub = "/cursos/redes/neurona"
	mux := http.NewServeMux()
	mux.Handle(sub+"/", http.StripPrefix(sub, h))
	// The course's own page, embedding Neurona in an iframe.
	mux.HandleFunc("/cursos/redes/clase5.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<!doctype html><title>Clase 5</title><link rel="icon" href="data:,">
<h1>Clase 5</h1><iframe src="neurona/#lang=es" width="900" height="600"></iframe>`)
	})
	srv, addr, err := serveLocal(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d.hits.Add(1)
		mux.ServeHTTP(w, r)
	}))
	if err != nil {
		t.Fatal(err)
	}
	d.srv = srv
	t.Cleanup(func() { d.srv.Close() })
	// localhost, not 127.0.0.1: browsers count both as secure contexts,
	// which service workers need; the name is what a teacher's laptop uses.
	d.url = "http://localhost:" + strings.TrimPrefix(addr, "127.0.0.1:") + sub + "/"
	return d
}

// stamp writes sw.js for the folder's files with scripts/stamp-sw.sh, the
// step make dist runs.
func (d *deployment) stamp(t *testing.T, version string) {
	t.Helper()
	cmd := exec.Command("bash", "scripts/stamp-sw.sh", d.dir, version)
	cmd.Dir = repoRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("stamp-sw.sh: %v\n%s", err, out)
	}
}

// offline takes the network away from the page and its service worker
// (CDP network emulation) and stops the server too, so nothing can come
// from the network even if the emulation missed a request.
func (p *Page) offline(t *testing.T, d *deployment) {
	t.Helper()
	yes := true
	_, err := chromedp.Run(p.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			EmulateOfflineServiceWorker: &yes,
			MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
		})
		return err
	}))
	if err != nil {
		t.Fatalf("network emulation: %v", err)
	}
	d.srv.Close()
}

func (p *Page) reload(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, startTimeout)
	defer cancel()
	// The app's ready flag belongs to the old document; clear it so the
	// wait below sees the new one start.
	Eval[bool](p, `window.neurona ? (window.neurona.ready = false, true) : true`)
	if _, err := chromedp.Run(ctx, chromedp.Reload()); err != nil {
		t.Fatalf("reload: %v", err)
	}
	p.waitReady()
}

// waitOfflineCopy waits until a service worker controls the page and the
// only cache of this page is the given build's with all four files, and
// returns the cache's name.
func (p *Page) waitOfflineCopy(t *testing.T, version string) string {
	t.Helper()
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("service worker: %s", Eval[string](p, `navigator.serviceWorker.getRegistration().then(r => JSON.stringify({
				active: r && r.active && r.active.state, waiting: r && r.waiting && r.waiting.state,
				installing: r && r.installing && r.installing.state,
				controller: navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL,
				caches: window.e2eCaches}))`, chromedp.EvalAwaitPromise))
		}
	})
	return p.poll(`(() => {
		caches.keys().then(async (names) => {
			const out = [];
			// Only the wanted cache is opened: opening a deleted one
			// would make it again.
			for (const n of names) out.push(n.includes(":`+version+`-") ? n + " " + (await (await caches.open(n)).keys()).length : n);
			window.e2eCaches = out;
		});
		const c = window.e2eCaches || [];
		return `+p.appWindow()+`.navigator.serviceWorker.controller && c.length === 1 &&
			c[0].includes(":`+version+`-") && c[0].endsWith(" 4") ? c[0] : false;
	})()`, startTimeout)
}

func TestPageWorksOffline(t *testing.T) {
	d := newDeployment(t, "e2e-1")
	p := openURL(t, d.url+"#scene=xor&lang=es")
	p.waitReady()
	cache := p.waitOfflineCopy(t, "e2e-1")
	if !strings.Contains(cache, ":/cursos/redes/neurona/:") {
		t.Errorf("cache %q is not named after the page's folder", cache)
	}
	p.offline(t, d)
	hits := d.hits.Load()
	p.reload(t)
	if d.hits.Load() != hits {
		t.Errorf("the stopped server saw %d requests", d.hits.Load()-hits)
	}
	// Runs: frames go on and a key changes the state.
	p.WaitFrames(t, 20)
	if s := p.State(t); s["scene"] != "xor" {
		t.Errorf("scene %v after the offline reload", s["scene"])
	}
	p.Key(t, "l")
	p.WaitState(t, `s.lang === "en"`)
	p.Screenshot(t)
	p.NoConsoleErrors(t)
}

// TestOfflineCopyInIframe: a course page embeds Neurona; the frame gets
// its offline copy too, and starts inside the course page without network.
func TestOfflineCopyInIframe(t *testing.T) {
	d := newDeployment(t, "e2e-1")
	p := openURL(t, strings.TrimSuffix(d.url, "neurona/")+"clase5.html")
	p.app = `document.querySelector("iframe").contentWindow`
	p.poll(p.api()+` && `+p.api()+`.ready === true`, startTimeout)
	p.waitOfflineCopy(t, "e2e-1")
	p.offline(t, d)
	// The course page is not Neurona's to keep; the frame reloads alone.
	Eval[bool](p, `(() => { `+p.api()+`.ready = false; `+p.app+`.location.reload(); return true; })()`)
	p.poll(p.api()+` && `+p.api()+`.ready === true`, startTimeout)
	p.WaitFrames(t, 10)
	p.NoConsoleErrors(t)
}

// TestPageTakesNewDeployment: the teacher deploys a new version while a
// student's browser holds the old one; the next load runs the new files,
// the old cache is gone, and offline the new version starts.
func TestPageTakesNewDeployment(t *testing.T) {
	d := newDeployment(t, "e2e-1")
	p := openURL(t, d.url+"#lang=en")
	p.waitReady()
	p.waitOfflineCopy(t, "e2e-1")
	if Eval[bool](p, `window.e2eDeployment === 2`) {
		t.Fatal("the marker of the new deployment is there before it")
	}

	// The new deployment: a changed boot.js (it marks the window) and
	// the service worker stamped for the new files and version.
	boot := filepath.Join(d.dir, "boot.js")
	b, err := os.ReadFile(boot)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(boot, append(b, "\nwindow.e2eDeployment = 2;\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	d.stamp(t, "e2e-2")

	p.reload(t)
	if !Eval[bool](p, `window.e2eDeployment === 2`) {
		t.Error("the reload after the deployment ran the old boot.js")
	}
	cache := p.waitOfflineCopy(t, "e2e-2")
	cached := Eval[string](p, `caches.open(`+jsString(strings.TrimSuffix(cache, " 4"))+`)
		.then(c => c.match("boot.js")).then(r => r.text())`, chromedp.EvalAwaitPromise)
	if !strings.Contains(cached, "e2eDeployment = 2") {
		t.Error("the new cache holds the old boot.js")
	}

	p.offline(t, d)
	p.reload(t)
	if !Eval[bool](p, `window.e2eDeployment === 2`) {
		t.Error("offline, the page started the old version")
	}
	p.WaitFrames(t, 10)
	p.NoConsoleErrors(t)
}

// TestFilePageAsksForServer opens index.html from the disk, as a teacher
// who unzipped the web folder might: the page says it needs a server.
func TestFilePageAsksForServer(t *testing.T) {
	d := newDeployment(t, "e2e-1")
	p := openURL(t, "file://"+filepath.ToSlash(filepath.Join(d.dir, "index.html"))+"#lang=es")
	text := p.loaderError(t)
	for _, want := range []string{"necesita un servidor", "make serve", "http://localhost:8080/"} {
		if !strings.Contains(text, want) {
			t.Errorf("file:// page says:\n%s\nwant %q in it", text, want)
		}
	}
}

// appWindow is the window the app runs in.
func (p *Page) appWindow() string {
	if p.app == "" {
		return "window"
	}
	return p.app
}

// jsString quotes text for a JavaScript expression.
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
