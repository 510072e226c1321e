package scenes

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/neurona/neurona/internal/golden"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// memPlatform keeps files and settings in memory.
type memPlatform struct {
	files    map[string][]byte
	settings []byte
	link     string
}

func newMem() *memPlatform { return &memPlatform{files: map[string][]byte{}} }

func (m *memPlatform) SaveFile(name, _ string, data []byte) (string, error) {
	m.files[name] = data
	return name, nil
}
func (m *memPlatform) LoadSettings() []byte         { return m.settings }
func (m *memPlatform) StoreSettings(b []byte) error { m.settings = b; return nil }
func (m *memPlatform) SetLink(h string)             { m.link = h }

func newTestGame(t *testing.T, opt Options) (*Game, *memPlatform) {
	t.Helper()
	p := newMem()
	g := New(opt, p)
	g.resize(640, 400, 2) // a Retina-like 1280×800 screen: no supersampling, canvas pixels are device pixels
	return g, p
}

func tick(t *testing.T, g *Game) {
	t.Helper()
	if err := g.Update(); err != nil {
		t.Fatal(err)
	}
}

func stateOf(t *testing.T, g *Game) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(g.StateJSON()), &m); err != nil {
		t.Fatalf("state() is not JSON: %v", err)
	}
	return m
}

func key(g *Game, name string, shift bool) {
	g.inject.Key(keymap.Event{Key: name, Shift: shift})
}

func TestDefaultsAndCommonFields(t *testing.T) {
	g, _ := newTestGame(t, Options{})
	tick(t, g)
	s := stateOf(t, g)
	if s["scene"] != "neuron" || s["lang"] != "es" {
		t.Fatalf("defaults: scene=%v lang=%v", s["scene"], s["lang"])
	}
	for _, f := range []string{"step", "frame", "points"} {
		if _, ok := s[f]; !ok {
			t.Errorf("state lacks %q", f)
		}
	}
	f0 := s["frame"].(float64)
	tick(t, g)
	if stateOf(t, g)["frame"].(float64) <= f0 {
		t.Error("frame does not grow every tick")
	}
}

func TestKeysSwitchScenesAndLanguage(t *testing.T) {
	g, p := newTestGame(t, Options{})
	for _, c := range []struct {
		keys  []string
		shift bool
		want  string
	}{
		{[]string{"Digit2"}, false, "perceptron"},
		{[]string{"Tab", "PageDown"}, false, "gradient"},
		{[]string{"Tab"}, true, "xor"},
	} {
		for _, k := range c.keys {
			key(g, k, c.shift)
			tick(t, g)
		}
		if id := g.Scene().ID(); id != c.want {
			t.Fatalf("%v (shift %v) → %s, want %s", c.keys, c.shift, id, c.want)
		}
	}
	key(g, "L", false)
	tick(t, g)
	if g.lang != "en" {
		t.Fatal("L did not switch to English")
	}
	if !strings.Contains(string(p.settings), `"lang":"en"`) {
		t.Errorf("language not persisted: %s", p.settings)
	}
}

func TestEveryScenePublishesItsPlaneAndTakesAClick(t *testing.T) {
	g, _ := newTestGame(t, Options{})
	for i := range g.scenes {
		s := g.scenes.at(i)
		g.cur = i
		tick(t, g)
		if g.ctx.Plane.Empty() {
			t.Errorf("%s: no plane reported", s.ID())
			continue
		}
		key(g, "C", false) // clear, so that the click lands on empty plane
		tick(t, g)
		n := len(stateOf(t, g)["points"].([]any))
		r := g.ctx.Plane
		// A press and a release within one tick, as a tap produces: must
		// add exactly one point.
		x, y := r.X+r.W*0.37, r.Y+r.H*0.41
		g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
		g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y})
		tick(t, g)
		if m := len(stateOf(t, g)["points"].([]any)); m != n+1 {
			t.Errorf("%s: a click went from %d to %d points", s.ID(), n, m)
		}
	}
}

func TestMalformedLinkFallsBackAndSaysSo(t *testing.T) {
	g, _ := newTestGame(t, Options{Link: "#scene=nope&lang=zz&%%%"})
	tick(t, g)
	if g.Scene().ID() != "neuron" || g.lang != "es" {
		t.Fatalf("fell back to %s/%s", g.Scene().ID(), g.lang)
	}
	if len(g.chrome.toasts) < 2 {
		t.Fatalf("want messages naming what was ignored, got %v", g.chrome.toasts)
	}
}

func TestLinkSelectsSceneLanguageAndState(t *testing.T) {
	g, p := newTestGame(t, Options{Link: "#scene=xor&lang=en"})
	tick(t, g)
	if g.Scene().ID() != "xor" || g.lang != "en" {
		t.Fatalf("got %s/%s", g.Scene().ID(), g.lang)
	}
	doc := `{"scene":"perceptron","points":[{"x":[0.5,0.5],"y":1},{"x":[-1,-1],"y":-1}]}`
	if err := g.LoadJSON([]byte(doc)); err != nil {
		t.Fatal(err)
	}
	g.docs.hashTick = 0
	g.frame += ui.TPS
	tick(t, g)
	// The page's hash now carries the state: opening it elsewhere
	// reproduces the points.
	g2, _ := newTestGame(t, Options{Link: "#" + p.link})
	tick(t, g2)
	if g2.Scene().ID() != "perceptron" || len(stateOf(t, g2)["points"].([]any)) != 2 {
		t.Fatalf("link %q reproduced %s with %v", p.link, g2.Scene().ID(), stateOf(t, g2)["points"])
	}
}

func TestBadDocumentsAreRefusedAndNothingChanges(t *testing.T) {
	g, _ := newTestGame(t, Options{Scene: "perceptron"})
	tick(t, g)
	if err := g.LoadJSON([]byte(`{"points":[{"x":[1,1],"y":1}]}`)); err != nil {
		t.Fatal(err)
	}
	before := stateOf(t, g)
	for doc, want := range map[string]string{
		`{"scene":"nope"}`:                 "scene",
		`{"lang":"zz"}`:                    "lang",
		`{"points":"many"}`:                "points",
		`{"points":[{"x":[1,"a"],"y":1}]}`: "points",
		`[1,2,3]`:                          "object",
		`{"scene":"xor","points":[{"x":[1],"y":1}]}`: "points",
	} {
		err := g.LoadJSON([]byte(doc))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want an error naming %q", doc, err, want)
		}
	}
	after := stateOf(t, g)
	if after["scene"] != before["scene"] || len(after["points"].([]any)) != 1 {
		t.Fatalf("a refused document changed the state: %v", after)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	g, p := newTestGame(t, Options{Scene: "perceptron"})
	tick(t, g)
	if err := g.docs.importData(g, "pts.csv", []byte("x1,x2,y\n0.5,1,1\n-1,0.25,0\n")); err != nil {
		t.Fatal(err)
	}
	key(g, "E", false)
	tick(t, g)
	data, ok := p.files["neurona-perceptron.json"]
	if !ok {
		t.Fatal("E exported nothing")
	}
	g2, _ := newTestGame(t, Options{})
	tick(t, g2)
	if err := g2.docs.importData(g2, "neurona-perceptron.json", data); err != nil {
		t.Fatal(err)
	}
	a, b := stateOf(t, g), stateOf(t, g2)
	for _, k := range []string{"frame", "plane"} { // the tick count and the layout are not state
		delete(a, k)
		delete(b, k)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Fatalf("round trip differs:\n%s\n%s", ja, jb)
	}
	if err := g2.docs.importData(g2, "bad.csv", []byte("a,b\n1,2\n")); err == nil {
		t.Fatal("a CSV with a wrong header was accepted")
	}
}

func TestZoomThemeAndSettingsPersist(t *testing.T) {
	g, p := newTestGame(t, Options{})
	g.resize(2560, 1600, 2) // a laptop's window: a phone's keeps text scale 1
	g.inject.Key(keymap.Event{Key: "Equal", Ctrl: true})
	key(g, "T", false)
	tick(t, g)
	if g.zoom <= 1 || g.theme != ui.Light {
		t.Fatalf("zoom %v theme %s", g.zoom, g.theme.Name)
	}
	g2 := New(Options{}, p)
	if g2.zoom != g.zoom || g2.theme != ui.Light {
		t.Fatalf("settings not restored: zoom %v theme %s", g2.zoom, g2.theme.Name)
	}
	p.settings = []byte("{not json")
	if g3 := New(Options{}, p); g3.zoom != 1 {
		t.Fatal("a damaged settings file was not ignored")
	}
}

func TestEveryScenesKeysAreUnambiguous(t *testing.T) {
	for _, s := range All() {
		if c := keymap.Conflicts(s.Bindings()); len(c) != 0 {
			t.Errorf("%s: %v", s.ID(), c)
		}
	}
}

func TestEveryHelpLineIsTranslated(t *testing.T) {
	for _, s := range All() {
		for _, b := range s.Bindings() {
			if !i18n.Has(b.Help) {
				t.Errorf("%s: key help %q has no translation", s.ID(), b.Help)
			}
		}
		for _, m := range s.MouseHelp() {
			if !i18n.Has(m) {
				t.Errorf("%s: mouse help %q has no translation", s.ID(), m)
			}
		}
		if !i18n.Has("scene." + s.ID()) {
			t.Errorf("scene %s has no title", s.ID())
		}
	}
}

// TestREADMESceneKeys keeps README.md's table of each scene's own keys
// generated from the scenes' bindings and mouse help, the same data the help
// overlay shows: run `go test ./scenes -run READMESceneKeys -update` (under
// a display) after changing them.
func TestREADMESceneKeys(t *testing.T) {
	const path = "../README.md"
	const begin, end = "<!-- scenekeys:begin -->\n", "<!-- scenekeys:end -->"
	var b strings.Builder
	b.WriteString("| scene | keys | action |\n|---|---|---|\n")
	for _, s := range All() {
		for _, row := range keymap.Rows(s.Bindings(), "en") {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", s.ID(), row.Keys, i18n.T(i18n.EN, row.Help))
		}
	}
	golden.Section(t, path, begin, end, b.String(), "go test ./scenes -run READMESceneKeys -update")
}
