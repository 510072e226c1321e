//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// memScript keeps the Go program's WebAssembly memory where a test can
// read it (window.__wasmMemory(), bytes), by hooking instantiation as the
// benchmark does: the loader keeps its Go object to itself.
const memScript = `(() => {
	let mem = null;
	const keep = (r) => {
		const inst = r && (r.instance || r);
		if (inst && inst.exports && inst.exports.mem instanceof WebAssembly.Memory) mem = inst.exports.mem;
		return r;
	};
	for (const name of ['instantiate', 'instantiateStreaming']) {
		const f = WebAssembly[name];
		if (f) WebAssembly[name] = function (...a) { return f.apply(this, a).then(keep); };
	}
	window.__wasmMemory = () => mem ? mem.buffer.byteLength : -1;
})();`

// robustMemoryLimit is the most WebAssembly memory the page may hold after
// any hostile call, link or drop (the bound).
const robustMemoryLimit = 200 << 20

func openRobust(t *testing.T, hash string) *Page {
	t.Helper()
	p := openURL(t, baseURL+"/#"+hash, initScript(memScript))
	p.waitReady()
	return p
}

// stillAlive checks what every hostile case must leave: state() answers
// with a document, a key press still acts (Space steps the perceptron),
// no console error or exception, and memory under robustMemoryLimit.
func stillAlive(t *testing.T, p *Page, what string) {
	t.Helper()
	if msg := Eval[any](p, `window.neurona.scene("perceptron")`); msg != nil {
		t.Fatalf("%s: scene(\"perceptron\") answered %v", what, msg)
	}
	p.WaitState(t, `s.scene === "perceptron"`)
	step, _ := p.State(t)["step"].(float64)
	p.Key(t, " ")
	p.WaitState(t, fmt.Sprintf(`s.step !== %g`, step))
	if mem := Eval[float64](p, `window.__wasmMemory()`); mem > robustMemoryLimit || mem < 0 {
		t.Errorf("%s: wasm memory %.0f MB (limit %d MB)", what, mem/1e6, robustMemoryLimit>>20)
	} else {
		t.Logf("%s: wasm memory %.0f MB", what, mem/1e6)
	}
	p.NoConsoleErrors(t)
}

// hostileValues are JavaScript expressions of every kind of value a
// console user can pass: those syscall/js cannot read (BigInt, Symbol),
// objects whose every property access throws, functions, huge arrays and
// strings, and the plain wrong types.
var hostileValues = []string{
	`10n`, `-(2n ** 200n)`, `Symbol('x')`, `Symbol.iterator`,
	`new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); } })`,
	`({ get length() { throw new Error('getter'); }, toString() { throw new Error('toString'); } })`,
	`Object.create(null)`, `(() => 1)`, `class A {}`, `new Array(1e6).fill('x')`, `new Uint8Array(1 << 20)`,
	`'x'.repeat(3 << 20)`, `'{'.repeat(1 << 20)`, `JSON.stringify({ scene: 'x'.repeat(1 << 20) })`,
	`JSON.stringify({ lang: 'y'.repeat(1 << 20) })`, `JSON.stringify({ points: 'z'.repeat(1 << 20) })`,
	`'\u0000\uD800\uDFFF\uFFFF'`, `''`, `null`, `undefined`, `NaN`, `-0`, `1e308 * 10`, `true`,
	`[]`, `[[[[[]]]]]`, `document`, `window`, `new Date()`, `/re/g`, `Promise.resolve(1)`, `new Error('e')`,
}

// TestHostileAPICallsKeepThePageAlive calls every function of
// window.neurona with every hostile value, with no argument and with many:
// each call returns (a message or null, never an exception that stops the
// program) and the page goes on.
func TestHostileAPICallsKeepThePageAlive(t *testing.T) {
	p := openRobust(t, "scene=perceptron&lang=en")
	calls := 0
	for _, fn := range []string{"load", "scene", "state"} {
		var b strings.Builder
		b.WriteString(`(() => { const out = []; const f = window.neurona.` + fn + `;`)
		for _, v := range hostileValues {
			fmt.Fprintf(&b, "try { out.push(String(f(%s))); } catch (e) { out.push('THROWN ' + e); }\n", v)
			calls++
		}
		b.WriteString(`try { out.push(String(f())); } catch (e) { out.push('THROWN ' + e); }
			try { out.push(String(f('perceptron', 10n, Symbol('s'), ...new Array(1000).fill(1)))); } catch (e) { out.push('THROWN ' + e); }
			try { out.push(String(f.call(10n, 10n))); } catch (e) { out.push('THROWN ' + e); }
			return out; })()`)
		calls += 3
		out := Eval[[]string](p, b.String())
		for i, o := range out {
			if strings.HasPrefix(o, "THROWN") || strings.Contains(o, "internal error") {
				t.Errorf("neurona.%s(case %d): %s", fn, i, cut(o))
			}
			if len(o) > 2000 && fn != "state" {
				t.Errorf("neurona.%s(case %d): a %d-byte answer", fn, i, len(o))
			}
		}
	}
	// Synthetic events without the fields real ones have, on the listeners
	// the program installs.
	Eval[any](p, `(() => {
		const c = document.querySelector('canvas');
		for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'contextmenu']) {
			c.dispatchEvent(new Event(type));
			c.dispatchEvent(new CustomEvent(type, { detail: 10n }));
		}
		window.dispatchEvent(new Event('keydown'));
		window.dispatchEvent(new KeyboardEvent('keydown', { code: 'x'.repeat(1 << 16), key: '\uD800' }));
		return null; })()`)
	t.Logf("%d hostile calls answered", calls)
	stillAlive(t, p, "after the hostile calls")
}

// TestHostileLinksOpenThePage opens the page on links made of long and
// malformed parts: it starts, says what it ignored, and goes on.
func TestHostileLinksOpenThePage(t *testing.T) {
	for name, hash := range map[string]string{
		"100 KB scene": "scene=" + strings.Repeat("s", 100<<10),
		"100 KB lang":  "scene=perceptron&lang=" + strings.Repeat("l", 100<<10),
		"10,000 parts": "scene=perceptron&" + strings.Repeat("junk&", 10000),
		"100 KB bad s": "scene=perceptron&s=" + strings.Repeat("%%", 50<<10),
		"long key":     "scene=perceptron&" + strings.Repeat("k", 100<<10) + "=1",
	} {
		t.Run(name, func(t *testing.T) {
			p := openRobust(t, hash)
			stillAlive(t, p, name)
		})
	}
}

// TestHostileDropsArePassed drops files with a 1.9 MB field, a long name
// and 100,000 points: each is refused with a message or held, and the
// page goes on.
func TestHostileDropsArePassed(t *testing.T) {
	p := openRobust(t, "scene=perceptron&lang=en")
	dir := t.TempDir()
	files := map[string]string{
		"field.csv":                       "x1,x2,y\n" + strings.Repeat("9", 1900<<10) + ",1,1\n",
		strings.Repeat("n", 200) + ".csv": "x1,x2,y\n1,2,1\n",
		"commas.csv":                      strings.Repeat(",", 1900<<10),
	}
	w, h := Eval[float64](p, `innerWidth`), Eval[float64](p, `innerHeight`)
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		p.drop(t, w/2, h/2, path)
		p.WaitFrames(t, 5)
		stillAlive(t, p, "after dropping "+cut(name))
	}
}

// TestHundredThousandPointsAreHeld drops a CSV of 100,000 points (which
// fits the file limit): the page holds it, keeps answering, and stays
// under 300 MB of memory.
func TestHundredThousandPointsAreHeld(t *testing.T) {
	p := openRobust(t, "scene=perceptron&lang=en")
	start := time.Now()
	dropCSV(t, p, 100000)
	p.poll(`(() => { try { return JSON.parse(window.neurona.state()).points.length === 100000; } catch (e) { return false; } })()`, 3*actionTimeout)
	t.Logf("100,000 points held %s after the drop", time.Since(start).Round(100*time.Millisecond))
	p.Key(t, " ")
	p.WaitState(t, `s.step >= 1`)
	if mem := Eval[float64](p, `window.__wasmMemory()`); mem > 300<<20 || mem < 0 {
		t.Errorf("wasm memory %.0f MB with 100,000 points (limit 300 MB)", mem/1e6)
	} else {
		t.Logf("wasm memory %.0f MB with 100,000 points", mem/1e6)
	}
	p.NoConsoleErrors(t)
}

// dropCSV drops n points in [−1, 1]² as a CSV.
func dropCSV(t *testing.T, p *Page, n int) {
	t.Helper()
	var b strings.Builder
	b.WriteString("x1,x2,y\n")
	for i := range n {
		x1, x2 := float64(i%1000)/500-1, float64(i/1000%100)/50-1
		y := 1
		if x1+0.5*x2 < 0.1 {
			y = -1
		}
		fmt.Fprintf(&b, "%.3f,%.3f,%d\n", x1, x2, y)
	}
	path := filepath.Join(t.TempDir(), "puntos.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	w, h := Eval[float64](p, `innerWidth`), Eval[float64](p, `innerHeight`)
	p.drop(t, w/2, h/2, path)
}

// cut shortens s for a failure message.
func cut(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}
