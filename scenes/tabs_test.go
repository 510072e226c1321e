package scenes

import (
	"strings"
	"testing"
	"unicode"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
)

// At every text scale Ctrl+= / Ctrl+− reach, the tabs of a 1280 px and a
// 1920 px window keep a name (full or short, never a bare number), all at
// one text size (no smaller than 16 px unless Ctrl+− made all text
// smaller), in both languages; and the tabs
// stay between the app's name and the buttons.
func TestTabsKeepTheirNamesAtEveryZoom(t *testing.T) {
	for _, win := range [][2]float64{{1280, 720}, {1920, 1080}} {
		for _, lang := range []i18n.Lang{i18n.ES, i18n.EN} {
			// The scales Ctrl+= and Ctrl+− reach from 1, both ways.
			zooms := []float64{1}
			for z := 1.15; z < 3; z *= 1.15 {
				zooms = append(zooms, z)
			}
			zooms = append(zooms, 3)
			for z := 1 / 1.15; z > 0.6; z /= 1.15 {
				zooms = append(zooms, z)
			}
			for _, z := range zooms {
				slide := max(1, min(win[0]/1280, win[1]/720))
				v := view{w: win[0], h: win[1], dsf: 1, zoom: z * slide, lang: lang, scenes: All()}
				var ch chrome
				tabs := ch.tabRects(v)
				labels, size, fit := tabLabels(v, tabs, 19*titleScale(v)*0.9)
				if !fit || phoneTabs(v) {
					t.Errorf("%gx%g %s zoom %.2f: the tabs' names do not fit", win[0], win[1], lang, z)
				}
				for i, l := range labels {
					if !strings.Contains(l, "·") {
						t.Errorf("%gx%g %s zoom %.2f: tab %d is %q, a bare number", win[0], win[1], lang, z, i+1, l)
					}
				}
				if z >= 1 && size < 16 {
					t.Errorf("%gx%g %s zoom %.2f: tab text is %.1f px", win[0], win[1], lang, z, size)
				}
				bs := ch.titleButtons(v)
				last := tabs[len(tabs)-1]
				if right := bs[len(bs)-1].r.X; last.Right() > right || tabs[0].W <= 0 {
					t.Errorf("%gx%g zoom %.2f: the tabs end at %g, over the buttons at %g", win[0], win[1], z, last.Right(), right)
				}
				for i, r := range tabs {
					if w, _ := ui.MeasureText(labels[i], size); w > r.W {
						t.Errorf("%gx%g %s zoom %.2f: %q (%.0f px) overflows its tab (%.0f px)", win[0], win[1], lang, z, labels[i], w, r.W)
					}
				}
			}
		}
	}
}

// named reports whether a tab's label names its scene: it has letters,
// not only a number.
func named(label string) bool {
	return strings.IndexFunc(label, unicode.IsLetter) >= 0
}

// On a phone held upright (390×844, at one and at three device pixels per
// CSS pixel) and on every window too narrow for seven named tabs, the
// title bar names the current scene, in both languages, between a
// "previous" and a "next" button: its name or its short form at 16 CSS
// px or more, inside its button, every button at least 44 CSS px each
// way and clear of the title bar's other buttons.
func TestPhoneTabsNameTheCurrentScene(t *testing.T) {
	for _, win := range [][3]float64{{390, 844, 1}, {390, 844, 3}, {360, 640, 2}, {600, 900, 1}, {800, 600, 1}, {1024, 768, 1}} {
		for _, lang := range []i18n.Lang{i18n.ES, i18n.EN} {
			for cur, sc := range All() {
				dsf := win[2]
				v := view{w: win[0] * dsf, h: win[1] * dsf, dsf: dsf, zoom: 1, lang: lang, scenes: All(), cur: cur}
				var ch chrome
				what := func() string {
					return string(lang) + " " + sc.ID() + " " + ui.Num(win[0]) + "x" + ui.Num(win[1]) + " ×" + ui.Num(dsf)
				}
				ctl := ch.tabControls(v)
				bs := ch.titleButtons(v)
				if !phoneTabs(v) {
					if win[0] < phoneMinCSS {
						t.Errorf("%s: a tab per scene on a phone", what())
					}
					for _, c := range ctl {
						if !named(c.label) {
							t.Errorf("%s: tab %q is a bare number", what(), c.label)
						}
					}
					continue
				}
				if len(ctl) != 3 || ctl[0].kind != tabPrev || ctl[1].kind != tabMenu || ctl[2].kind != tabNext {
					t.Fatalf("%s: the phone's switcher is %+v, want ‹, the name, ›", what(), ctl)
				}
				name := ctl[1]
				if full, short := i18n.T(lang, "tab."+sc.ID()), i18n.T(lang, "tabshort."+sc.ID()); name.label != full && name.label != short {
					t.Errorf("%s: the switcher shows %q, not the scene's name %q or %q", what(), name.label, full, short)
				}
				if !named(name.label) || name.px < 16*dsf {
					t.Errorf("%s: the name %q at %.1f CSS px, want a name at 16 px or more", what(), name.label, name.px/dsf)
				}
				if w, _ := ui.MeasureText(name.label, name.px); w > name.r.W-caretRoom(titleScale(v)) {
					t.Errorf("%s: %q (%.0f px) overflows its button (%.0f px)", what(), name.label, w, name.r.W)
				}
				for i, c := range ctl {
					if c.r.W < 44*dsf || c.r.H < 44*dsf {
						t.Errorf("%s: control %d is %.0f×%.0f CSS px, under 44", what(), i, c.r.W/dsf, c.r.H/dsf)
					}
					if i > 0 && c.r.X < ctl[i-1].r.Right() {
						t.Errorf("%s: control %d overlaps control %d", what(), i, i-1)
					}
				}
				if right := bs[len(bs)-1].r.X; ctl[2].r.Right() > right {
					t.Errorf("%s: the switcher ends at %g, over the buttons at %g", what(), ctl[2].r.Right(), right)
				}
			}
		}
	}
}

// The phone's switcher works with taps: ‹ and › go to the previous and
// next scene, the name opens the list of every scene (named, in rows a
// finger can hit), a row goes to its scene and closes the list, a tap
// outside closes it without reaching the scene, and so does the rest of
// that gesture.
func TestPhoneTabsTaps(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ES, i18n.EN} {
		v := view{w: 390, h: 844, dsf: 1, zoom: 1, lang: lang, scenes: All(), cur: 2}
		var ch chrome
		ctl := ch.tabControls(v)
		tap := func(r ui.Rect) (ui.Action, bool) {
			return ch.pointer(v, ui.PointerEvent{Kind: ui.PointerDown, X: r.X + r.W/2, Y: r.Y + r.H/2})
		}
		if a, used := tap(ctl[0].r); !used || a.Action != keymap.ScenePrev {
			t.Errorf("%s: ‹ gives %+v", lang, a)
		}
		if a, used := tap(ctl[2].r); !used || a.Action != keymap.SceneNext {
			t.Errorf("%s: › gives %+v", lang, a)
		}
		if _, used := tap(ctl[1].r); !used || !ch.menu {
			t.Fatalf("%s: the name did not open the list", lang)
		}
		rows := ch.tabMenuRows(v)
		if len(rows) != len(All()) {
			t.Fatalf("%s: %d rows for %d scenes", lang, len(rows), len(All()))
		}
		for i, r := range rows {
			want := i18n.T(lang, "tab."+All()[i].ID())
			if !strings.Contains(r.label, want) || r.px < 16 || r.r.H < 44 || r.r.Right() > v.w || r.r.Bottom() > v.h {
				t.Errorf("%s: row %d is %q at %.1f px in %+v", lang, i, r.label, r.px, r.r)
			}
			if w, _ := ui.MeasureText(r.label, r.px); w > r.r.W {
				t.Errorf("%s: row %q overflows", lang, r.label)
			}
		}
		if a, used := tap(rows[4].r); !used || a.Action != keymap.SceneGoto || a.Arg != 5 || ch.menu {
			t.Errorf("%s: the fifth row gives %+v (list open %v), want scene 5 and the list closed", lang, a, ch.menu)
		}
		if _, used := ch.pointer(v, ui.PointerEvent{Kind: ui.PointerUp, X: rows[4].r.X + 5, Y: rows[4].r.Y + 5}); !used {
			t.Errorf("%s: the release of the row's tap reached the scene", lang)
		}
		// Open again, then a tap on the scene closes the list and does
		// nothing else; the name, tapped again, closes it too.
		tap(ctl[1].r)
		if a, used := ch.pointer(v, ui.PointerEvent{Kind: ui.PointerDown, X: 380, Y: 800}); !used || a.Action != "" || ch.menu {
			t.Errorf("%s: a tap beside the list gives %+v, used %v, open %v", lang, a, used, ch.menu)
		}
		ch.pointer(v, ui.PointerEvent{Kind: ui.PointerUp, X: 380, Y: 800})
		if _, used := ch.pointer(v, ui.PointerEvent{Kind: ui.PointerDown, X: 380, Y: 800}); used {
			t.Errorf("%s: with the list closed, a tap on the scene went to the chrome", lang)
		}
		tap(ctl[1].r)
		if tap(ctl[1].r); ch.menu {
			t.Errorf("%s: tapping the name again left the list open", lang)
		}
	}
}
