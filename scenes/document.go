package scenes

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
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
		return fmt.Errorf("unknown scene %q (use %s)", id, sceneIDs())
	}
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
			return fmt.Errorf("field \"scene\": unknown scene %q (use %s)", id, sceneIDs())
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
		if err := g.importFile(files, p); err != nil {
			g.warn(fmt.Sprintf("%s %s: %v", g.t("msg.load.refused"), path.Base(p), err))
		} else {
			g.note(g.t("msg.imported") + " " + path.Base(p))
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
	return g.importData(path.Base(p), data)
}

// importData loads a dropped or pasted file by its content: JSON documents
// start with '{', anything else is read as a points CSV.
func (g *Game) importData(name string, data []byte) error {
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		return g.loadDoc(data)
	}
	pts, err := engine.ReadPointsCSV(bytes.NewReader(data), name)
	if err != nil {
		return err
	}
	doc, err := state.FromMap(map[string]any{"points": state.PointsField(pts)})
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
	if b, err := state.Marshal(m); err == nil && len(b) <= linkStateLimit {
		l.State = b
	}
	g.plat.SetLink(state.Format(l))
}

// linkStateLimit is the largest state a link carries; beyond it (thousands
// of points) the link names only the scene and language. Browsers accept
// URLs of a few megabytes, but chat tools and course sites do not.
const linkStateLimit = 256 << 10
