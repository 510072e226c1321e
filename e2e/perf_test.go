//go:build e2e

package e2e

import (
	"encoding/json"
	"testing"
	"time"
)

// perfOf reads window.neurona.perf() as a generic object.
func perfOf(t *testing.T, p *Page) map[string]any {
	t.Helper()
	js := Eval[string](p, `window.neurona.perf()`)
	var m map[string]any
	if err := json.Unmarshal([]byte(js), &m); err != nil {
		t.Fatalf("perf() is not JSON: %v\n%s", err, js)
	}
	return m
}

// TestPerfCountsFramesAndHasItsFields: perf() describes the frames of the
// current scene (not their timings, which belong in make bench).
func TestPerfCountsFramesAndHasItsFields(t *testing.T) {
	p := openPage(t, "scene=gradient")
	p.Key(t, "p") // play, so that frames are drawn
	p.WaitFrames(t, 20)
	m := perfOf(t, p)
	for _, k := range []string{"frames", "ticks", "drawn"} {
		if n, ok := m[k].(float64); !ok || n <= 0 {
			t.Errorf("perf().%s = %v; want a count above 0", k, m[k])
		}
	}
	for _, k := range []string{"update", "draw", "total"} {
		q, ok := m[k].(map[string]any)
		if !ok {
			t.Errorf("perf() has no %q: %v", k, m)
			continue
		}
		for _, pk := range []string{"p50", "p95"} {
			if _, ok := q[pk].(float64); !ok {
				t.Errorf("perf().%s.%s missing: %v", k, pk, q)
			}
		}
	}
	p.NoConsoleErrors(t)
}

// TestIdlePageDrawsNothingAndWakesOnAKey: paused with no input, the page
// stops drawing frames (perf() counts only frames drawn), and a key press
// afterwards acts and draws again.
func TestIdlePageDrawsNothingAndWakesOnAKey(t *testing.T) {
	p := openPage(t, "scene=neuron&lang=es")
	time.Sleep(2 * time.Second) // nothing changes: the page goes idle
	d1 := perfOf(t, p)["drawn"].(float64)
	time.Sleep(1500 * time.Millisecond)
	if d2 := perfOf(t, p)["drawn"].(float64); d2 != d1 {
		t.Fatalf("idle: %v frames drawn in 1.5 s without input", d2-d1)
	}
	p.Key(t, "l")
	p.WaitState(t, `s.lang === "en"`)
	if d3 := perfOf(t, p)["drawn"].(float64); d3 <= d1 {
		t.Fatalf("a key press after idle drew no frame (%v before, %v after)", d1, d3)
	}
	p.NoConsoleErrors(t)
}
