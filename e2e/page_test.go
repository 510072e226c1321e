//go:build e2e

package e2e

import (
	"context"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Tests of web/index.html and web/boot.js themselves: what a visitor sees
// while the bundle loads, when it cannot run, and inside an iframe.

// initScript runs JavaScript in every new document before the page's own
// scripts: a way to take a browser feature away.
func initScript(js string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js})
		return err
	})
}

// loaderError waits for the loader's error screen and returns its text.
func (p *Page) loaderError(t *testing.T) string {
	t.Helper()
	p.poll(`!document.getElementById("error").hidden`, startTimeout)
	p.Screenshot(t)
	text := Eval[string](p, `document.getElementById("error").innerText`)
	if Eval[bool](p, `!document.getElementById("loader").hidden`) {
		t.Error("the loader is still shown beside the error")
	}
	if Eval[string](p, `document.activeElement.id`) != "reload" {
		t.Error("the reload button does not have the focus (Enter should reload)")
	}
	return text
}

func TestLoaderExplainsMissingBundle(t *testing.T) {
	p := openURL(t, baseURL+"/_e2e/nowasm/#scene=xor&lang=es")
	text := p.loaderError(t)
	if !strings.Contains(text, "No se pudo cargar Neurona") || !strings.Contains(text, "404") || !strings.Contains(text, "Recargar") {
		t.Errorf("Spanish error screen:\n%s", text)
	}
	// Without lang in the link, the browser's language decides (the test
	// browser's is en-US).
	p = openURL(t, baseURL+"/_e2e/nowasm/")
	if text := p.loaderError(t); !strings.Contains(text, "Neurona could not be loaded") || !strings.Contains(text, "Reload") {
		t.Errorf("English error screen:\n%s", text)
	}
}

func TestLoaderExplainsMissingWebGL2(t *testing.T) {
	p := openURL(t, baseURL+"/#lang=en", initScript(`
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
			return kind === "webgl2" ? null : getContext.call(this, kind, ...rest);
		};`))
	if text := p.loaderError(t); !strings.Contains(text, "WebGL 2") || !strings.Contains(text, "hardware acceleration") {
		t.Errorf("error screen:\n%s", text)
	}
}

func TestLoaderExplainsMissingWebAssembly(t *testing.T) {
	p := openURL(t, baseURL+"/#lang=es", initScript(`delete window.WebAssembly;`))
	if text := p.loaderError(t); !strings.Contains(text, "WebAssembly") || !strings.Contains(text, "navegador") {
		t.Errorf("error screen:\n%s", text)
	}
}

// TestLoaderSpeaksWithoutBootJS: when boot.js cannot run (here it is
// missing; a browser too old to parse it is the real case), the page
// still says something after a while, in both languages.
func TestLoaderSpeaksWithoutBootJS(t *testing.T) {
	p := openURL(t, baseURL+"/_e2e/noboot/")
	p.poll(`getComputedStyle(document.getElementById("slow")).opacity === "1"`, actionTimeout)
	text := Eval[string](p, `document.getElementById("loader").innerText`)
	if !strings.Contains(text, "actualiza el navegador") || !strings.Contains(text, "update the browser") {
		t.Errorf("loader text:\n%s", text)
	}
	p.Screenshot(t)
}

// TestCrashIsExplained: a program that panics after starting leaves an
// error screen with the panic's message, not a frozen canvas.
func TestCrashIsExplained(t *testing.T) {
	p := openURL(t, baseURL+"/_e2e/crash/#lang=es")
	text := p.loaderError(t)
	if !strings.Contains(text, "Neurona se detuvo por un error") || !strings.Contains(text, "exit code 2") ||
		!strings.Contains(text, "assignment to entry in nil map") {
		t.Errorf("error screen:\n%s", text)
	}
}

// TestLoaderShowsProgress throttles the network so the download takes a
// few seconds, and checks that the bar counts the megabytes that travel:
// the compressed body's size (about 3 MB), not the decoded bundle's
// (about 18 MB), which the page's fetch sees.
func TestLoaderShowsProgress(t *testing.T) {
	throttle := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{DownloadThroughput: 400e3, UploadThroughput: -1}},
		})
		return err
	})
	p := openURL(t, baseURL+"/#lang=es", throttle)
	status := p.poll(`(() => { const s = document.getElementById("status").textContent;
		return /\d+,\d \/ \d+,\d MB/.test(s) && !s.startsWith("Descargando… 0,0") ? s : false; })()`, startTimeout)
	p.Screenshot(t)
	m := regexp.MustCompile(`(\d+),(\d) / (\d+),(\d) MB`).FindStringSubmatch(status)
	p.waitReady()
	if !Eval[bool](p, `document.getElementById("loader").hidden`) {
		t.Error("the loader stays after the app started")
	}
	// What crossed the network, as the browser counted it.
	sizes := Eval[map[string]float64](p, `(() => {
		const e = performance.getEntriesByType("resource").find(e => e.name.endsWith("/neurona.wasm"));
		return e ? {encoded: e.encodedBodySize, decoded: e.decodedBodySize} : {};
	})()`)
	wire, decoded := sizes["encoded"], sizes["decoded"]
	if m == nil || wire <= 0 || decoded < 2*wire {
		t.Fatalf("status %q; bundle %v bytes on the wire for %v decoded", status, wire, decoded)
	}
	loaded, _ := strconv.ParseFloat(m[1]+"."+m[2], 64)
	total, _ := strconv.ParseFloat(m[3]+"."+m[4], 64)
	if math.Abs(total-wire/1e6) > 0.051 {
		t.Errorf("the bar's total %.1f MB is not the %.1f MB that travelled (decoded %.1f MB; status %q)", total, wire/1e6, decoded/1e6, status)
	}
	if loaded > total {
		t.Errorf("status %q: more downloaded than the total", status)
	}
}

// TestIframeShowsClickToStart embeds the page in a course page: it must
// say "click to start" until it has the keyboard, eat that first click
// (it starts the app, it adds no point), then take keys; and say it again
// when the course page takes the focus back.
func TestIframeShowsClickToStart(t *testing.T) {
	p := openURL(t, baseURL+"/_e2e/embed.html")
	p.app = `document.querySelector("iframe").contentWindow`
	hint := p.app + `.document.getElementById("start")`
	p.poll(p.api()+` && `+p.api()+`.ready === true`, startTimeout)
	p.poll(`!`+hint+`.hidden`, actionTimeout)
	if text := Eval[string](p, hint+`.innerText`); !strings.Contains(text, "Haz clic para empezar") {
		t.Errorf("hint %q", text)
	}
	p.Screenshot(t)
	before := len(Points(t, p.State(t)))

	// The iframe is at (40, 60), 900×600, in the course page.
	p.Click(t, 40+450, 60+300, "left")
	p.poll(hint+`.hidden && `+p.app+`.document.activeElement === `+p.app+`.document.querySelector("body > canvas")`, actionTimeout)
	p.WaitFrames(t, 3)
	if n := len(Points(t, p.State(t))); n != before {
		t.Errorf("the click that started the app added %d points", n-before)
	}
	p.Key(t, "2")
	p.WaitState(t, `s.scene === "perceptron"`)
	p.Screenshot(t)

	// A click on the course page's heading takes the keyboard away.
	p.Click(t, 20, 20, "left")
	p.poll(`!`+hint+`.hidden`, actionTimeout)
	p.NoConsoleErrors(t)
}

// TestNoScriptMessage: with JavaScript off, the page says so in both
// languages instead of showing nothing.
func TestNoScriptMessage(t *testing.T) {
	noJS := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	})
	p := openURL(t, baseURL+"/", noJS)
	text, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS("noscript .nojs")))
	if err != nil {
		t.Fatalf("no <noscript> message: %v", err)
	}
	if !strings.Contains(text, "necesita JavaScript") || !strings.Contains(text, "needs JavaScript") {
		t.Errorf("noscript text %q", text)
	}
	p.Screenshot(t)
}
