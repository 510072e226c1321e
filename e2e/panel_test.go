//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Ctrl+= reflows, never drops (issue 13): at the largest text scale on a
// 1280×720 projector each scene's side panel holds more than fits, and
// the mouse wheel over it and the panel keys (Shift+PageDown /
// Shift+PageUp, Home / End) scroll it, as layout() reports.

// panelReport is one of layout()'s "panels".
type panelReport struct {
	Box    [4]float64 `json:"box"`
	Scroll float64    `json:"scroll"`
	Max    float64    `json:"max"`
	Parts  []struct {
		Name string     `json:"name"`
		Box  [4]float64 `json:"box"`
	} `json:"parts"`
}

// panel returns the first side panel of the last frame.
func (p *Page) panel(t *testing.T) panelReport {
	t.Helper()
	var r struct {
		Panels []panelReport `json:"panels"`
	}
	s := Eval[string](p, p.api()+`.layout()`)
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("layout() is not JSON: %v: %.120s", err, s)
	}
	if len(r.Panels) == 0 {
		t.Fatalf("layout() reports no panel: %.200s", s)
	}
	return r.Panels[0]
}

// Wheel moves the mouse to (x, y), CSS pixels, and turns the wheel there
// by dy (down): a WheelEvent on the canvas, as the browser sends one
// (the DevTools mouseWheel event needs a deltaX that its JSON omits when 0).
func (p *Page) Wheel(t *testing.T, x, y, dy float64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseMoved, X: x, Y: y}); err != nil {
		t.Fatalf("mouse event: %v", err)
	}
	Eval[any](p, fmt.Sprintf(`document.querySelector("canvas").dispatchEvent(new WheelEvent("wheel", {deltaY: %g, clientX: %g, clientY: %g, bubbles: true, cancelable: true})), null`, dy, x, y))
}

func TestPanelScrollsAtLargestZoom(t *testing.T) {
	p := openPage(t, "scene=neuron&lang=es")
	p.Resize(t, 1280, 720)
	for range zoomInSteps {
		p.Key(t, "=", kb.ModifierCtrl)
	}
	for _, id := range []string{"neuron", "perceptron", "xor", "gradient", "backprop", "regression", "embedding"} {
		if res := Eval[any](p, p.api()+`.scene("`+id+`")`); res != nil {
			t.Errorf("scene(%q): %v", id, res)
			continue
		}
		p.WaitFrames(t, 4)
		top := p.panel(t)
		if top.Max <= 0 || top.Scroll != 0 {
			t.Errorf("%s: at the largest zoom the panel should hold more than fits, from its top: scroll %g of %g", id, top.Scroll, top.Max)
			continue
		}
		cx, cy := (top.Box[0]+top.Box[2])/2, (top.Box[1]+top.Box[3])/2
		p.Wheel(t, cx, cy, 120)
		p.WaitFrames(t, 3)
		if got := p.panel(t); got.Scroll <= 0 {
			t.Errorf("%s: the wheel over the panel did not scroll it (scroll %g)", id, got.Scroll)
		}
		p.Key(t, kb.End)
		p.WaitFrames(t, 3)
		if got := p.panel(t); got.Scroll < got.Max-1 {
			t.Errorf("%s: End left the panel at %g of %g", id, got.Scroll, got.Max)
		} else if last := got.Parts[len(got.Parts)-1]; last.Box[3] > got.Box[3]+1 {
			t.Errorf("%s: at the end the last part %q still ends below the panel (%g > %g)", id, last.Name, last.Box[3], got.Box[3])
		}
		p.Key(t, kb.Home)
		p.WaitFrames(t, 3)
		if got := p.panel(t); got.Scroll != 0 {
			t.Errorf("%s: Home left the panel at %g", id, got.Scroll)
		}
		p.Key(t, kb.PageDown, kb.ModifierShift)
		p.WaitFrames(t, 3)
		down := p.panel(t)
		if down.Scroll <= 0 {
			t.Errorf("%s: Shift+PageDown did not scroll the panel", id)
		}
		if st := p.State(t); st["scene"] != id {
			t.Errorf("Shift+PageDown changed the scene from %s to %v", id, st["scene"])
		}
		p.Key(t, kb.PageUp, kb.ModifierShift)
		p.WaitFrames(t, 3)
		if got := p.panel(t); got.Scroll >= down.Scroll {
			t.Errorf("%s: Shift+PageUp did not scroll the panel back (%g, was %g)", id, got.Scroll, down.Scroll)
		}
		p.Screenshot(t)
	}
	p.NoConsoleErrors(t)
}
