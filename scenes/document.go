package scenes

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sync/atomic"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/notebook"
	"github.com/neurona/neurona/internal/jsonencode"
	"github.com/neurona/neurona/internal/version"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/platform"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// documents is the document layer: it writes the state document of what
// the game shows (for the page's API, export, notebooks and the page's
// link) and loads documents, links and dropped files into the scenes. It
// keeps its own state: the document waiting for the first tick, the last
// document made and when the link was last written. It reads the game
// through a view and changes it only through host.
type documents struct {
	plat      platform.Platform
	pending   []byte // a state document to load on the next tick
	lastState string // the last state document made, for TryStateJSON
	stateTick uint64 // the tick lastState was made in
	hashTick  uint64 // the tick the link was last written
	busyScene int    // 1 + the scene whose state last had over linkBusyPoints points (0: none)
	link      linkMemo

	// asked is set by each request of the page for the state document
	// that comes in the middle of a tick (from the browser's own thread
	// of events); askedTick is the tick refresh last saw it set.
	asked     atomic.Bool
	askedTick uint64
	askedEver bool
}

// host is what the document layer asks of the scene manager: what it
// shows, and the few changes a document makes to it.
type host interface {
	view() view
	warn(msg string)
	note(msg string)
	switchTo(id string) bool
	setLang(lang i18n.Lang)
	// show makes scene cur and language lang current after a document
	// or data was loaded into the scene: its frames are new.
	show(cur int, lang i18n.Lang)
}

// await keeps doc to load on the next tick (Options.Document, a link's
// state).
func (d *documents) await(doc []byte) { d.pending = doc }

// waiting reports whether a document waits for the next tick.
func (d *documents) waiting() bool { return d.pending != nil }

// loadPending loads the waiting document, if any; it waits no longer
// whether or not the scene takes it.
func (d *documents) loadPending(h host) error {
	if d.pending == nil {
		return nil
	}
	err := d.load(h, d.pending)
	d.pending = nil
	return err
}

// stateMap assembles the state document of what v shows.
func stateMap(v view) map[string]any {
	m := v.scene().State()
	if m == nil {
		m = map[string]any{}
	}
	m["scene"] = v.scene().ID()
	m["lang"] = string(v.lang)
	m["frame"] = v.frame
	m["theme"] = v.theme.Name
	// Which build wrote the document; loading ignores it.
	m["version"] = version.String()
	if _, ok := m["step"]; !ok {
		m["step"] = 0
	}
	if _, ok := m["points"]; !ok {
		m["points"] = []any{}
	}
	// Where the scene's data plane is, in CSS pixels, so that tests and
	// embedding pages can aim clicks at it.
	if p := v.plane; !p.Empty() {
		s := v.dsf
		m["plane"] = map[string]float64{"x": p.X / s, "y": p.Y / s, "w": p.W / s, "h": p.H / s}
	}
	return m
}

// stateJSON returns the state document of what v shows and keeps it for
// last.
func (d *documents) stateJSON(v view) string {
	b, err := state.Marshal(stateMap(v))
	if err != nil {
		return fmt.Sprintf(`{"error":%q}`, err.Error())
	}
	d.lastState = string(b)
	return d.lastState
}

// last returns the last state document made, for callers that must not
// wait for a tick.
func (d *documents) last() string { return d.lastState }

// refresh keeps the document TryStateJSON gives while a tick holds the
// lock up to date. While the page is asking for it in the middle of
// ticks (a test or an embedding page polling state() while a tick waits
// on the browser), and while it is small, it is remade every tick: made only on request, it went stale whenever the page asked
// in the middle of a tick, and a page polling state() saw a playing scene
// stay at one step. Otherwise it is remade every two seconds: encoding
// the document every tick for nobody was the largest part of a small
// scene's garbage per frame, which the page pays in collection pauses.
// A large document is not remade while the scene animates (1,000 points
// took 3–5 ms natively, in one frame every two seconds), as the link is
// not (syncLink).
//
// The first document is made in the second tick, after the first frame
// has been drawn: the first use of the JSON encoder is slow in a page
// still compiling its code, and the page's loader shows nothing of the app
// until that frame. Until then TryStateJSON makes the document itself
// whenever no tick holds the lock.
func (d *documents) refresh(v view, animating bool) {
	if d.asked.Swap(false) {
		d.askedTick, d.askedEver = v.frame, true
	}
	polled := d.askedEver && v.frame-d.askedTick < askedTicks
	small := len(d.lastState) < freshStateBytes
	first := d.lastState == "" && v.frame > 1
	if first || (polled && small) || v.frame-d.stateTick >= askedTicks && (small || !animating) {
		d.stateJSON(v)
		d.stateTick = v.frame
	}
}

// ask records that the page asked for the state document.
func (d *documents) ask() { d.asked.Store(true) }

// freshStateBytes is the largest state document remade every tick while
// the page polls it.
const freshStateBytes = 32 << 10

// askedTicks is how long after the page's last request the document is
// kept fresh every tick, and how old it may otherwise get: two seconds.
const askedTicks = 2 * ui.TPS

// load switches to the document's scene and language and hands it to the
// scene. Everything is checked before anything changes.
func (d *documents) load(h host, data []byte) error {
	doc, err := state.Parse(data)
	if err != nil {
		return err
	}
	v := h.view()
	target := v.cur
	var id string
	if err := doc.String("scene", &id); err != nil {
		return err
	}
	if id != "" {
		if target = v.scenes.index(id); target < 0 {
			return fmt.Errorf("field \"scene\": unknown scene %q (use %s)", engine.Excerpt(id), sceneIDs())
		}
	}
	lang := v.lang
	var ls string
	if err := doc.String("lang", &ls); err != nil {
		return err
	}
	if ls != "" {
		if lang, err = i18n.Parse(ls); err != nil {
			return fmt.Errorf("field \"lang\": %v", err)
		}
	}
	if err := v.scenes.at(target).Load(doc); err != nil {
		return err
	}
	h.show(target, lang)
	return nil
}

// export offers the current state document as a JSON file.
func (d *documents) export(h host) {
	v := h.view()
	b, err := jsonencode.MarshalIndent(stateMap(v), "", "  ")
	saveAs(d.plat, h, b, err, "json", "application/json", "msg.exported", "msg.save.failed")
}

// notebookJSON returns the Jupyter notebook (.ipynb JSON) that reproduces
// what v shows in Python (engine/notebook).
func notebookJSON(v view) ([]byte, error) {
	b, err := state.Marshal(stateMap(v))
	if err != nil {
		return nil, err
	}
	return notebook.FromState(b)
}

// exportNotebook offers the current scene's notebook as
// neurona-<scene>.ipynb, where E puts the state document.
func (d *documents) exportNotebook(h host) {
	b, err := notebookJSON(h.view())
	saveAs(d.plat, h, b, err, "ipynb", "application/x-ipynb+json", "msg.notebook", "msg.notebook.failed")
}

// saveAs saves data (unless making it failed with err) through plat as
// neurona-<scene>.<ext> and says where, with the message done, or why
// not, with the message failed: E, N and S all end here.
func saveAs(plat platform.Platform, h host, data []byte, err error, ext, mime, done, failed string) {
	v := h.view()
	if err == nil {
		var where string
		where, err = plat.SaveFile(fmt.Sprintf("neurona-%s.%s", v.scene().ID(), ext), mime, data)
		if err == nil {
			h.note(v.t(done) + " " + where)
			return
		}
	}
	h.warn(v.t(failed) + " " + err.Error())
}

// importDropped loads files dropped on the window or page: a state
// document (.json) or a points CSV (header x1,x2,y). A bad file is refused
// with a message naming the problem and the current state is kept.
func (d *documents) importDropped(h host) {
	files := ebiten.DroppedFiles()
	if files == nil {
		return
	}
	for _, p := range droppedPaths(files) {
		name := engine.Excerpt(path.Base(p))
		if err := d.importFile(h, files, p); err != nil {
			h.warn(fmt.Sprintf("%s %s: %v", h.view().t("msg.load.refused"), name, err))
		} else {
			h.note(h.view().t("msg.imported") + " " + name)
		}
	}
}

func (d *documents) importFile(h host, files fs.FS, p string) error {
	info, err := fs.Stat(files, p)
	if err != nil {
		return err
	}
	if info.Size() > state.MaxBytes {
		return fmt.Errorf("%d bytes; the limit is %d", info.Size(), state.MaxBytes)
	}
	data, err := fs.ReadFile(files, p)
	if err != nil {
		return err
	}
	return d.importData(h, engine.Excerpt(path.Base(p)), data)
}

// importData loads a dropped or pasted file by its content: JSON documents
// start with '{', anything else is read as a points CSV.
func (d *documents) importData(h host, name string, data []byte) error {
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		return d.load(h, data)
	}
	v := h.view()
	if r, ok := v.scene().(ui.CSVReader); ok {
		return r.ReadCSV(name, data)
	}
	pts, err := engine.ReadPointsCSV(bytes.NewReader(data), name)
	if err != nil {
		return err
	}
	doc, err := state.FromPoints(pts)
	if err != nil {
		return err
	}
	if err := v.scene().Load(doc); err != nil {
		return err
	}
	h.show(v.cur, v.lang)
	return nil
}
