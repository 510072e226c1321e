package scenes

import (
	"encoding/json"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// The layout report (window.neurona.layout()) has the messages shown and
// their boxes, outside the scene's area at every text scale, and the
// side panel with its parts; loading a document of another scene clears
// the messages about the old one.
func TestLayoutReportsToastsAndPanels(t *testing.T) {
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(1280, 720) })
	for _, zoom := range []float64{1, 3} {
		g := New(Options{}, newMem())
		g.resize(1280, 720, 1)
		g.zoom = zoom
		tick(t, g)
		g.warn("a message")
		tick(t, g)
		onGame(func() { g.Draw(screen) })
		var rep layoutReport
		if err := json.Unmarshal([]byte(g.LayoutJSON()), &rep); err != nil {
			t.Fatal(err)
		}
		if len(rep.Toasts) != 1 || rep.Toasts[0].Text != "a message" {
			t.Fatalf("zoom %g: layout() toasts %+v, want the one message", zoom, rep.Toasts)
		}
		b, s := rep.Toasts[0].Box, rep.Scene
		if b[0] < s[2] && s[0] < b[2] && b[1] < s[3] && s[1] < b[3] {
			t.Errorf("zoom %g: the message %v is over the scene %v", zoom, b, s)
		}
		if len(rep.Panels) == 0 || len(rep.Panels[0].Parts) == 0 {
			t.Errorf("zoom %g: layout() reports no panel parts: %+v", zoom, rep.Panels)
		}
		if zoom == 3 && rep.Panels[0].Max <= 0 {
			t.Errorf("zoom 3: the neuron's panel fits at 1280×720 (max %g); the scroll is not exercised", rep.Panels[0].Max)
		}
		if err := g.LoadJSON([]byte(`{"scene":"xor"}`)); err != nil {
			t.Fatal(err)
		}
		if len(g.chrome.toasts) != 0 {
			t.Errorf("zoom %g: messages stay after loading another scene's document: %v", zoom, g.chrome.toasts)
		}
	}
}
