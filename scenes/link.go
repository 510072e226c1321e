package scenes

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// syncLink keeps the page's URL hash describing the current view, twice a
// second, so that copying the address shares exactly what is on screen.
// While the scene animates (plays, a tween runs) it follows every two
// seconds only: encoding and compressing even a small state took a
// millisecond or so as WebAssembly, in one frame of every few dozen,
// which set the 95th percentile of a playing scene's frame time; and a
// state of more than
// linkBusyPoints points is left as it was: encoding and compressing a
// document of 3,000 points took 15–50 ms natively, twice a second, and
// set the worst frames of a page that plays. The link is written within
// half a second of the scene coming to rest, before the game goes idle
// (idleAfter is longer), so it describes the picture a teacher copies.
func (d *documents) syncLink(v view, animating bool) {
	period := uint64(ui.TPS / 2)
	if animating {
		period = 2 * ui.TPS
	}
	if v.frame-d.hashTick < period {
		return
	}
	d.hashTick = v.frame
	// A scene last seen with too many points is not even asked for its
	// state while it animates: building the state of 1,000 points to
	// throw it away took a millisecond and a half natively.
	if animating && d.busyScene == v.cur+1 {
		return
	}
	l := state.Link{Scene: v.scene().ID(), Lang: string(v.lang)}
	m := stateMap(v)
	n := lenOf(m["points"])
	d.busyScene = 0
	if n > linkBusyPoints {
		d.busyScene = v.cur + 1
	}
	if animating && n > linkBusyPoints {
		return
	}
	delete(m, "frame") // changes every tick; not part of what a link shares
	delete(m, "plane")
	delete(m, "version")
	// A point takes at least linkPointBytes of JSON: beyond the limit's
	// worth of points the document is not even encoded (100,000 points
	// made 2.7 MB of garbage twice a second).
	if n*linkPointBytes <= linkStateLimit {
		if b, err := state.Marshal(m); err == nil && len(b) <= linkStateLimit {
			l.State = b
		}
	}
	d.plat.SetLink(d.formatLink(l))
}

// linkBusyPoints is the most points a link is rewritten with while the
// scene animates (a few milliseconds of compression natively).
const linkBusyPoints = 200

// formatLink returns state.Format(l), kept for the last link formatted: a
// paused scene with the pointer moving over it (not idle) wrote the same
// link twice a second, compressing its state anew each time.
func (d *documents) formatLink(l state.Link) string {
	k := &d.link
	if k.text != "" && l.Scene == k.of.Scene && l.Lang == k.of.Lang && bytes.Equal(l.State, k.of.State) {
		return k.text
	}
	k.of, k.text = l, state.Format(l)
	return k.text
}

// linkMemo is the last link formatted and what it was made of.
type linkMemo struct {
	of   state.Link
	text string
}

// linkStateLimit is the largest state a link carries; beyond it (thousands
// of points) the link names only the scene and language. Browsers accept
// URLs of a few megabytes, but chat tools and course sites do not.
const linkStateLimit = 256 << 10

// linkPointBytes is the least JSON a point takes: {"x":[0,0],"y":1}.
const linkPointBytes = 17

// linkLanguage parses a link, names the parts it ignores in messages and
// applies its language; the caller applies its scene and state.
func linkLanguage(h host, link string) state.Link {
	l, ignored := state.ParseLink(link)
	if len(ignored) > 0 {
		h.warn(h.view().t("msg.link.ignored") + " " + listExcerpt(ignored))
	}
	if l.Lang != "" {
		if lang, err := i18n.Parse(l.Lang); err == nil {
			h.setLang(lang)
		} else {
			h.warn(h.view().t("msg.link.ignored") + " lang=" + fmt.Sprintf("%q", engine.Excerpt(l.Lang)))
		}
	}
	return l
}

// followLink applies a link the user opened in the running app (a new
// URL hash in an open tab): its language, its scene and its state, as at
// start-up. What it cannot use is named in a message and the rest
// applied; a state the scene refuses changes nothing.
func (d *documents) followLink(h host, hash string) {
	l := linkLanguage(h, hash)
	if l.Scene != "" && !h.switchTo(l.Scene) {
		h.warn(h.view().t("msg.link.ignored") + " scene=" + fmt.Sprintf("%q", engine.Excerpt(l.Scene)))
	}
	if l.State != nil {
		if err := d.load(h, l.State); err != nil {
			h.warn(h.view().t("msg.load.refused") + " " + err.Error())
		}
	}
	d.hashTick = 0 // write the address back in the app's own form at once
}

// lenOf is the length of a slice held in an interface (0 for anything
// else).
func lenOf(v any) int {
	if r := reflect.ValueOf(v); r.Kind() == reflect.Slice {
		return r.Len()
	}
	return 0
}

// listExcerpt joins the first few of items (each already an excerpt) and
// says how many more there were: a link of a million ignored parts makes
// one short message.
func listExcerpt(items []string) string {
	const show = 3
	if len(items) <= show {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s (+%d)", strings.Join(items[:show], ", "), len(items)-show)
}

// sceneIDs lists the scene ids, for messages.
func sceneIDs() string {
	var ids []string
	for _, r := range registry {
		ids = append(ids, r.id)
	}
	return strings.Join(ids, ", ")
}
