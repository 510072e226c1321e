package scenes

import (
	"strings"
	"testing"

	"github.com/neurona/neurona/engine"
)

// hostileTexts are strings from outside (a link, a scene id, a language, a
// dropped file's name) of every awkward kind: long, made of multi-byte
// runes, of control characters, of quotes and of nothing.
func hostileTexts() map[string]string {
	return map[string]string{
		"2 KB":           strings.Repeat("a", 2<<10),
		"100 KB":         strings.Repeat("b", 100<<10),
		"1.5 MB":         strings.Repeat("c", 3<<19),
		"runes":          strings.Repeat("ñ€😀", 20000),
		"controls":       strings.Repeat("\x00\x1b[31m\n\r\t", 5000),
		"quotes":         strings.Repeat(`"'\&=#%`, 5000),
		"invalid UTF-8":  strings.Repeat("\xff\xfe", 30000),
		"empty":          "",
		"many parts":     strings.Repeat("&x=1", 50000),
		"markup":         strings.Repeat("_{x}^{2}", 10000),
		"spaces":         strings.Repeat(" ", 100000),
		"one long word":  strings.Repeat("W", 300000),
		"newline joined": strings.Repeat("line\n", 20000),
	}
}

// toastsBounded fails unless the game shows at most maxToasts messages,
// each short, however long the input that caused them.
func toastsBounded(t *testing.T, g *Game, what string) {
	t.Helper()
	if len(g.chrome.toasts) > maxToasts {
		t.Errorf("%s: %d messages queued", what, len(g.chrome.toasts))
	}
	for _, m := range g.chrome.toasts {
		if len(m.msg) > maxToastBytes+40 {
			t.Errorf("%s: a message of %d bytes: %.80q…", what, len(m.msg), m.msg)
		}
	}
}

// TestOutsideTextIsCutBeforeItIsShown opens links, switches to scene ids,
// loads documents and imports files made of hostile text: every refusal
// and every message quotes at most an excerpt, and the game keeps working.
func TestOutsideTextIsCutBeforeItIsShown(t *testing.T) {
	for name, s := range hostileTexts() {
		t.Run(name, func(t *testing.T) {
			for _, link := range []string{"#scene=" + s, "#lang=" + s, "#" + s, "#s=" + s, "#scene=xor&" + s + "=1"} {
				g := New(Options{Link: link}, newMem())
				g.resize(640, 400, 1)
				tick(t, g)
				toastsBounded(t, g, "link")
			}
			g, _ := newTestGame(t, Options{Lang: s, Scene: s})
			tick(t, g)
			toastsBounded(t, g, "options")
			if err := g.TrySwitchTo(s); err == nil || len(err.Error()) > 400 {
				t.Errorf("TrySwitchTo: %d-byte refusal %.80q", len(err.Error()), err)
			}
			for _, doc := range []string{`{"scene":"` + s + `"}`, `{"lang":"` + s + `"}`, s, `{"points":"` + s + `"}`} {
				if err := g.LoadJSON([]byte(doc)); err != nil && len(err.Error()) > 400 {
					t.Errorf("LoadJSON: %d-byte refusal %.80q", len(err.Error()), err)
				}
			}
			for _, file := range []struct{ name, data string }{
				{s + ".csv", "x1,x2,y\n1,2,1\n"},
				{"f.csv", "x1,x2,y\n" + s + ",1,1\n"},
				{"f.csv", s},
			} {
				if err := g.docs.importData(g, engine.Excerpt(file.name), []byte(file.data)); err != nil {
					g.warn(g.t("msg.load.refused") + " " + err.Error())
				} else {
					g.note(g.t("msg.imported"))
				}
			}
			tick(t, g)
			toastsBounded(t, g, "imports")
			key(g, "Space", false)
			tick(t, g)
			if stateOf(t, g)["scene"] == nil {
				t.Fatal("no state after hostile text")
			}
		})
	}
}

// TestToastsAreLaidOutOnceAndClearedOnSwitch queues many messages: only
// the last few stay, their layout is made when they are queued (a frame
// finds it made), and switching scenes clears them.
func TestToastsAreLaidOutOnceAndClearedOnSwitch(t *testing.T) {
	g, _ := newTestGame(t, Options{})
	for i := 0; i < 10000; i++ {
		g.warn(strings.Repeat("long message ", 1000))
	}
	tick(t, g)
	toastsBounded(t, g, "10,000 warnings")
	v := g.view()
	s := v.dsf * v.zoom
	area := g.chrome.toastArea(v)
	shown := g.chrome.shown()
	_, px := toastRows(area, len(shown), s)
	for _, m := range shown {
		if m.key != (toastKey{px, area.W - 24*s}) || m.size <= 0 || m.shown == "" {
			t.Fatalf("a message not laid out after its tick: %+v", m.key)
		}
	}
	for _, sw := range []func(){
		func() { key(g, "Tab", false); tick(t, g) },
		func() { key(g, "Digit3", false); tick(t, g) },
		func() {
			if err := g.TrySwitchTo("neuron"); err != nil {
				t.Fatal(err)
			}
		},
	} {
		g.warn("about the scene before")
		tick(t, g)
		sw()
		if len(g.chrome.toasts) != 0 {
			t.Fatalf("messages kept after a switch: %q", g.chrome.toasts[0].msg)
		}
	}
}
