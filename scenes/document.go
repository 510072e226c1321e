package scenes

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/notebook"
	"github.com/neurona/neurona/internal/version"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

func sceneIDs() string {
	var ids []string
	for _, s := range All() {
		ids = append(ids, s.ID())
	}
	return strings.Join(ids, ", ")
}

// stateMap assembles the current state document.
func (g *Game) stateMap() map[string]any {
	m := g.Scene().State()
	if m == nil {
		m = map[string]any{}
	}
	m["scene"] = g.Scene().ID()
	m["lang"] = string(g.lang)
	m["frame"] = g.frame
	m["theme"] = g.theme.Name
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
	if p := g.ctx.Plane; !p.Empty() {
		s := g.dsf
		m["plane"] = map[string]float64{"x": p.X / s, "y": p.Y / s, "w": p.W / s, "h": p.H / s}
	}
	return m
}

// StateJSON returns the state document of the current scene.
func (g *Game) StateJSON() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.stateJSON()
}

func (g *Game) stateJSON() string {
	b, err := state.Marshal(g.stateMap())
	if err != nil {
		return fmt.Sprintf(`{"error":%q}`, err.Error())
	}
	g.lastState = string(b)
	return g.lastState
}

// errBusy is returned to the page when a tick is waiting on the browser.
var errBusy = errors.New("busy: the app is waiting for the browser (reading dropped files); try again")

// TryStateJSON is StateJSON for callers that must not block: the browser's
// own event handlers. If a tick is under way and waiting on the browser
// (Ebiten reading dropped files waits for the browser's promises), blocking
// here would stop the browser from ever answering; it returns the last
// document instead.
func (g *Game) TryStateJSON() string {
	if !g.mu.TryLock() {
		return g.lastState
	}
	defer g.mu.Unlock()
	return g.stateJSON()
}

// LoadJSON restores a state document; on error nothing changes.
func (g *Game) LoadJSON(data []byte) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.loadDoc(data)
}

// TryLoadJSON is LoadJSON for the browser's event handlers (see
// TryStateJSON): it refuses, changing nothing, while a tick waits.
func (g *Game) TryLoadJSON(data []byte) error {
	if !g.mu.TryLock() {
		return errBusy
	}
	defer g.mu.Unlock()
	return g.loadDoc(data)
}

// TrySwitchTo makes the scene with the given id current, for the browser's
// event handlers: it refuses, changing nothing, while a tick waits (see
// TryStateJSON).
func (g *Game) TrySwitchTo(id string) error {
	if !g.mu.TryLock() {
		return errBusy
	}
	defer g.mu.Unlock()
	if !g.switchTo(id) {
		return fmt.Errorf("unknown scene %q (use %s)", engine.Excerpt(id), sceneIDs())
	}
	g.chrome.toasts = nil // messages are about the scene left behind
	return nil
}

// loadDoc switches to the document's scene and language and hands it to
// the scene. Everything is checked before anything changes.
func (g *Game) loadDoc(data []byte) error {
	d, err := state.Parse(data)
	if err != nil {
		return err
	}
	target := g.cur
	var id string
	if err := d.String("scene", &id); err != nil {
		return err
	}
	if id != "" {
		found := false
		for i, s := range g.scenes {
			if s.ID() == id {
				target, found = i, true
			}
		}
		if !found {
			return fmt.Errorf("field \"scene\": unknown scene %q (use %s)", engine.Excerpt(id), sceneIDs())
		}
	}
	lang := g.lang
	var ls string
	if err := d.String("lang", &ls); err != nil {
		return err
	}
	if ls != "" {
		if lang, err = i18n.Parse(ls); err != nil {
			return fmt.Errorf("field \"lang\": %v", err)
		}
	}
	if err := g.scenes[target].Load(d); err != nil {
		return err
	}
	if target != g.cur {
		g.chrome.toasts = nil // messages are about the scene left behind
	}
	g.cur, g.lang = target, lang
	g.perf.Reset() // the new data's frames only
	g.markChanged()
	return nil
}

// export offers the current state document as a JSON file.
func (g *Game) export() {
	b, err := json.MarshalIndent(g.stateMap(), "", "  ")
	if err == nil {
		var where string
		where, err = g.plat.SaveFile(fmt.Sprintf("neurona-%s.json", g.Scene().ID()), "application/json", b)
		if err == nil {
			g.note(g.t("msg.exported") + " " + where)
			return
		}
	}
	g.warn(g.t("msg.save.failed") + " " + err.Error())
}

// NotebookJSON returns the Jupyter notebook (.ipynb JSON) that reproduces
// the current scene's state in Python (engine/notebook). A state document
// waiting to be loaded on the first tick (Options.Document, a link's) is
// loaded first, so that the desktop's -notebook needs no window; if the
// scene refuses it, that is the error.
func (g *Game) NotebookJSON() ([]byte, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.pending != nil {
		err := g.loadDoc(g.pending)
		g.pending = nil
		if err != nil {
			return nil, err
		}
	}
	return g.notebookJSON()
}

// TryNotebookJSON is NotebookJSON for the browser's event handlers (see
// TryStateJSON): it refuses while a tick waits.
func (g *Game) TryNotebookJSON() ([]byte, error) {
	if !g.mu.TryLock() {
		return nil, errBusy
	}
	defer g.mu.Unlock()
	return g.notebookJSON()
}

func (g *Game) notebookJSON() ([]byte, error) {
	b, err := state.Marshal(g.stateMap())
	if err != nil {
		return nil, err
	}
	return notebook.FromState(b)
}

// exportNotebook offers the current scene's notebook as
// neurona-<scene>.ipynb, where E puts the state document.
func (g *Game) exportNotebook() {
	b, err := g.notebookJSON()
	if err == nil {
		var where string
		where, err = g.plat.SaveFile(fmt.Sprintf("neurona-%s.ipynb", g.Scene().ID()), "application/x-ipynb+json", b)
		if err == nil {
			g.note(g.t("msg.notebook") + " " + where)
			return
		}
	}
	g.warn(g.t("msg.notebook.failed") + " " + err.Error())
}

// importDropped loads files dropped on the window or page: a state
// document (.json) or a points CSV (header x1,x2,y). A bad file is refused
// with a message naming the problem and the current state is kept.
func (g *Game) importDropped() {
	files := ebiten.DroppedFiles()
	if files == nil {
		return
	}
	_ = fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		name := engine.Excerpt(path.Base(p))
		if err := g.importFile(files, p); err != nil {
			g.warn(fmt.Sprintf("%s %s: %v", g.t("msg.load.refused"), name, err))
		} else {
			g.note(g.t("msg.imported") + " " + name)
		}
		return nil
	})
}

func (g *Game) importFile(files fs.FS, p string) error {
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
	return g.importData(engine.Excerpt(path.Base(p)), data)
}

// importData loads a dropped or pasted file by its content: JSON documents
// start with '{', anything else is read as a points CSV.
func (g *Game) importData(name string, data []byte) error {
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		return g.loadDoc(data)
	}
	if r, ok := g.Scene().(ui.CSVReader); ok {
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
	if err := g.Scene().Load(doc); err != nil {
		return err
	}
	g.perf.Reset() // the new data's frames only
	g.markChanged()
	return nil
}

// syncLink keeps the page's URL hash describing the current view, twice a
// second, so that copying the address shares exactly what is on screen.
func (g *Game) syncLink() {
	if g.frame-g.hashTick < ui.TPS/2 {
		return
	}
	g.hashTick = g.frame
	l := state.Link{Scene: g.Scene().ID(), Lang: string(g.lang)}
	m := g.stateMap()
	delete(m, "frame") // changes every tick; not part of what a link shares
	delete(m, "plane")
	delete(m, "version")
	// A point takes at least linkPointBytes of JSON: beyond the limit's
	// worth of points the document is not even encoded (100,000 points
	// made 2.7 MB of garbage twice a second).
	if n := lenOf(m["points"]); n*linkPointBytes <= linkStateLimit {
		if b, err := state.Marshal(m); err == nil && len(b) <= linkStateLimit {
			l.State = b
		}
	}
	g.plat.SetLink(state.Format(l))
}

// linkStateLimit is the largest state a link carries; beyond it (thousands
// of points) the link names only the scene and language. Browsers accept
// URLs of a few megabytes, but chat tools and course sites do not.
const linkStateLimit = 256 << 10

// linkLanguage parses a link, names the parts it ignores in messages and
// applies its language; the caller applies its scene and state.
func (g *Game) linkLanguage(link string) state.Link {
	l, ignored := state.ParseLink(link)
	if len(ignored) > 0 {
		g.warn(g.t("msg.link.ignored") + " " + listExcerpt(ignored))
	}
	if l.Lang != "" {
		if lang, err := i18n.Parse(l.Lang); err == nil {
			g.lang = lang
		} else {
			g.warn(g.t("msg.link.ignored") + " lang=" + fmt.Sprintf("%q", engine.Excerpt(l.Lang)))
		}
	}
	return l
}

// followLink applies a link the user opened in the running app (a new
// URL hash in an open tab): its language, its scene and its state, as at
// start-up. What it cannot use is named in a message and the rest
// applied; a state the scene refuses changes nothing.
func (g *Game) followLink(hash string) {
	before, old := g.cur, len(g.chrome.toasts)
	l := g.linkLanguage(hash)
	if l.Scene != "" && !g.switchTo(l.Scene) {
		g.warn(g.t("msg.link.ignored") + " scene=" + fmt.Sprintf("%q", engine.Excerpt(l.Scene)))
	}
	if l.State != nil {
		if err := g.loadDoc(l.State); err != nil {
			g.warn(g.t("msg.load.refused") + " " + err.Error())
		}
	}
	if g.cur != before {
		g.chrome.toasts = g.chrome.toasts[old:] // the older ones were about the scene left
	}
	g.hashTick = 0 // write the address back in the app's own form at once
}

// linkPointBytes is the least JSON a point takes: {"x":[0,0],"y":1}.
const linkPointBytes = 17

// lenOf is the length of a slice held in an interface (0 for anything
// else).
func lenOf(v any) int {
	if r := reflect.ValueOf(v); r.Kind() == reflect.Slice {
		return r.Len()
	}
	return 0
}
