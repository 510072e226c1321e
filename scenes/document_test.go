package scenes

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// fakeHost is a scene manager reduced to what the document layer asks of
// one: the documents are tested alone, without a Game.
type fakeHost struct {
	v            view
	warns, notes []string
	shown        int // calls of show
}

func newFakeHost() *fakeHost {
	return &fakeHost{v: view{scenes: All(), lang: i18n.ES, theme: ui.Dark, dsf: 1, frame: 1}}
}

func (h *fakeHost) view() view              { return h.v }
func (h *fakeHost) warn(msg string)         { h.warns = append(h.warns, msg) }
func (h *fakeHost) note(msg string)         { h.notes = append(h.notes, msg) }
func (h *fakeHost) setLang(l i18n.Lang)     { h.v.lang = l }
func (h *fakeHost) show(c int, l i18n.Lang) { h.v.cur, h.v.lang = c, l; h.shown++ }
func (h *fakeHost) switchTo(id string) bool {
	for i, s := range h.v.scenes {
		if s.ID() == id {
			h.v.cur = i
			return true
		}
	}
	return false
}

func TestDocumentsLoadShowsTheDocumentsSceneAndLanguage(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem()}
	if err := d.load(h, []byte(`{"scene":"xor","lang":"en","points":[{"x":[1,1],"y":1}]}`)); err != nil {
		t.Fatal(err)
	}
	if h.v.scene().ID() != "xor" || h.v.lang != i18n.EN || h.shown != 1 {
		t.Fatalf("showing %s/%s after %d calls of show", h.v.scene().ID(), h.v.lang, h.shown)
	}
	if n := lenOf(stateMap(h.v)["points"]); n != 1 {
		t.Fatalf("the scene holds %d points, want 1", n)
	}
	for _, doc := range []string{`{"scene":"nope"}`, `{"lang":"zz"}`, `{"scene":"neuron","points":7}`} {
		if err := d.load(h, []byte(doc)); err == nil {
			t.Errorf("%s was accepted", doc)
		}
	}
	if h.v.scene().ID() != "xor" || h.v.lang != i18n.EN || h.shown != 1 {
		t.Fatalf("a refused document changed what is shown: %s/%s", h.v.scene().ID(), h.v.lang)
	}
}

func TestDocumentsPendingIsLoadedOnce(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem()}
	d.await([]byte(`{"scene":"nope"}`))
	if !d.waiting() {
		t.Fatal("an awaited document is not waiting")
	}
	if err := d.loadPending(h); err == nil || !strings.Contains(err.Error(), "scene") {
		t.Fatalf("got %v, want an error naming the scene", err)
	}
	if d.waiting() || d.loadPending(h) != nil {
		t.Fatal("a refused document still waits")
	}
}

// The first tick, before the first frame, makes no state document unless
// the page asked for one; the second makes it.
func TestDocumentsFirstStateWaitsForTheSecondTick(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem()}
	h.v.frame = 1
	d.refresh(h.v, false)
	if d.last() != "" {
		t.Fatalf("the first tick made the document %q", d.last())
	}
	h.v.frame = 2
	d.refresh(h.v, false)
	if !strings.Contains(d.last(), `"frame":2`) {
		t.Fatalf("the second tick left the document %q", d.last())
	}
	h, d = newFakeHost(), documents{plat: newMem()}
	h.v.frame = 1
	d.ask()
	d.refresh(h.v, false)
	if !strings.Contains(d.last(), `"frame":1`) {
		t.Fatalf("asked for in the first tick, the document is %q", d.last())
	}
}

func TestDocumentsStateNamesTheViewAndKeepsTheLast(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem()}
	h.v.cur, h.v.frame, h.v.dsf = 2, 42, 2
	h.v.plane = ui.Rect{X: 20, Y: 40, W: 200, H: 100}
	var m map[string]any
	if err := json.Unmarshal([]byte(d.stateJSON(h.v)), &m); err != nil {
		t.Fatal(err)
	}
	if m["scene"] != "xor" || m["lang"] != "es" || m["frame"] != 42.0 || m["theme"] != ui.Dark.Name {
		t.Fatalf("document %v", m)
	}
	if p := m["plane"].(map[string]any); p["x"] != 10.0 || p["w"] != 100.0 {
		t.Fatalf("plane in CSS pixels: %v", p)
	}
	if d.last() == "" || !strings.Contains(d.last(), `"frame":42`) {
		t.Fatalf("last document %q", d.last())
	}
	// Nobody asking: the document is remade every two seconds only.
	h.v.frame = 43
	d.refresh(h.v, false)
	if !strings.Contains(d.last(), `"frame":42`) {
		t.Fatal("refresh remade the document every tick with nobody asking for it")
	}
	h.v.frame = 42 + 2*ui.TPS
	d.refresh(h.v, false)
	if !strings.Contains(d.last(), fmt.Sprintf(`"frame":%d`, h.v.frame)) {
		t.Fatal("refresh let the document get older than two seconds")
	}
	// While the page polls, a small document is remade every tick, until
	// two seconds after the last request.
	d.ask()
	for i := 1; i <= 2*ui.TPS; i++ {
		h.v.frame++
		d.refresh(h.v, false)
		if !strings.Contains(d.last(), fmt.Sprintf(`"frame":%d`, h.v.frame)) {
			t.Fatalf("tick %d after a request: refresh kept a stale small document", i)
		}
	}
	asked := h.v.frame
	h.v.frame++
	d.refresh(h.v, false)
	if strings.Contains(d.last(), fmt.Sprintf(`"frame":%d`, h.v.frame)) {
		t.Fatalf("remade every tick %d ticks after the last request", h.v.frame-asked)
	}
}

func TestDocumentsLinkIsWrittenTwiceASecond(t *testing.T) {
	p := newMem()
	h, d := newFakeHost(), documents{plat: p}
	h.v.frame = ui.TPS
	d.syncLink(h.v, false)
	l, ignored := state.ParseLink(p.link)
	if len(ignored) != 0 || l.Scene != "neuron" || l.Lang != "es" || l.State == nil {
		t.Fatalf("link %q: %+v, ignored %v", p.link, l, ignored)
	}
	if strings.Contains(string(l.State), `"frame"`) || strings.Contains(string(l.State), `"version"`) {
		t.Fatalf("the link carries what changes every tick: %s", l.State)
	}
	p.link = ""
	h.v.frame += ui.TPS/2 - 1
	if d.syncLink(h.v, false); p.link != "" {
		t.Fatal("the link was written again within half a second")
	}
	h.v.frame++
	if d.syncLink(h.v, false); p.link == "" {
		t.Fatal("the link was not written after half a second")
	}
	// While the scene animates, every two seconds: a frame in a few
	// dozen paid for encoding and compressing the state.
	p.link = ""
	h.v.frame += ui.TPS / 2
	if d.syncLink(h.v, true); p.link != "" {
		t.Fatal("while animating, the link was written again within half a second")
	}
	h.v.frame += 2*ui.TPS - ui.TPS/2
	if d.syncLink(h.v, true); p.link == "" {
		t.Fatal("while animating, the link was not written after two seconds")
	}
}

func TestDocumentsFollowLinkAppliesWhatItCanAndNamesTheRest(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem(), hashTick: 99}
	d.followLink(h, "#scene=perceptron&lang=en&bogus=1")
	if h.v.scene().ID() != "perceptron" || h.v.lang != i18n.EN {
		t.Fatalf("following went to %s/%s", h.v.scene().ID(), h.v.lang)
	}
	if len(h.warns) != 1 || !strings.Contains(h.warns[0], "bogus") {
		t.Fatalf("messages %q, want one naming the ignored part", h.warns)
	}
	if d.hashTick != 0 {
		t.Fatal("the link is not written back at once")
	}
	d.followLink(h, "#scene=nope")
	if h.v.scene().ID() != "perceptron" || len(h.warns) != 2 || !strings.Contains(h.warns[1], `scene="nope"`) {
		t.Fatalf("an unknown scene: at %s, messages %q", h.v.scene().ID(), h.warns)
	}
}

// failingPlatform cannot save.
type failingPlatform struct{ *memPlatform }

func (failingPlatform) SaveFile(string, string, []byte) (string, error) {
	return "", errors.New("disk full")
}

func TestDocumentsExportSaysWhereOrWhyNot(t *testing.T) {
	p := newMem()
	h, d := newFakeHost(), documents{plat: p}
	d.export(h)
	d.exportNotebook(h)
	if _, ok := p.files["neurona-neuron.json"]; !ok {
		t.Fatalf("export saved %v", p.files)
	}
	if _, ok := p.files["neurona-neuron.ipynb"]; !ok {
		t.Fatalf("the notebook export saved %v", p.files)
	}
	if len(h.notes) != 2 || len(h.warns) != 0 {
		t.Fatalf("notes %q, warnings %q", h.notes, h.warns)
	}
	d.plat = failingPlatform{p}
	d.export(h)
	if len(h.warns) != 1 || !strings.Contains(h.warns[0], "disk full") {
		t.Fatalf("a failed save said %q", h.warns)
	}
}

func TestDocumentsImportDataByContent(t *testing.T) {
	h, d := newFakeHost(), documents{plat: newMem()}
	h.v.cur = 1 // perceptron
	if err := d.importData(h, "p.csv", []byte("x1,x2,y\n0.5,1,1\n-1,0.25,0\n")); err != nil {
		t.Fatal(err)
	}
	if n := lenOf(stateMap(h.v)["points"]); n != 2 || h.shown != 1 {
		t.Fatalf("%d points after a CSV, show called %d times", n, h.shown)
	}
	if err := d.importData(h, "d.json", []byte(` {"scene":"xor"}`)); err != nil || h.v.scene().ID() != "xor" {
		t.Fatalf("a document by its '{': %v, at %s", err, h.v.scene().ID())
	}
	if err := d.importData(h, "bad.csv", []byte("a,b\n1,2\n")); err == nil || h.shown != 2 {
		t.Fatalf("a bad CSV: %v, show called %d times", err, h.shown)
	}
}
