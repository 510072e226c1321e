//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// tabControl is one control of layout()'s "tabs" or "menu": the title
// bar's scene switcher and the phone's list of scenes.
type tabControl struct {
	Text string     `json:"text"`
	Box  [4]float64 `json:"box"`
	Px   float64    `json:"px"`
}

func (p *Page) tabs(t *testing.T) (tabs, menu []tabControl) {
	t.Helper()
	var r struct {
		Tabs []tabControl `json:"tabs"`
		Menu []tabControl `json:"menu"`
	}
	if err := json.Unmarshal([]byte(Eval[string](p, p.api()+`.layout()`)), &r); err != nil {
		t.Fatalf("layout(): %v", err)
	}
	return r.Tabs, r.Menu
}

// shellNames reads the scenes' tab names and short names from the
// translations, in lang.
func shellNames(t *testing.T, lang string) (full, short map[string]string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "assets", "i18n", "shell.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	full, short = map[string]string{}, map[string]string{}
	for k, v := range m {
		if id, ok := strings.CutPrefix(k, "tab."); ok {
			full[id] = v[lang]
		}
		if id, ok := strings.CutPrefix(k, "tabshort."); ok {
			short[id] = v[lang]
		}
	}
	return full, short
}

func centre(b [4]float64) (float64, float64) { return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2 }

// The title bar names the scenes at every size, in both languages: a
// named tab per scene on a projector, and on an upright phone the
// current scene's name (at 16 px or more) between ‹ and ›, all three at
// least 44 px each way. On the phone ‹ and › go to the neighbouring
// scenes, and the name opens the list of every scene, named, where a tap
// goes to that scene.
func TestTabsNameTheScenesOnAPhone(t *testing.T) {
	order := []string{"neuron", "perceptron", "xor", "gradient", "backprop", "regression", "embedding"}
	p := openPage(t, "scene=xor&lang=es")
	for _, lang := range []string{"es", "en"} {
		if p.State(t)["lang"] != lang {
			p.Key(t, "l")
			p.WaitState(t, `s.lang === "`+lang+`"`)
		}
		full, short := shellNames(t, lang)

		p.Resize(t, 1280, 720)
		p.WaitFrames(t, 3)
		tabs, _ := p.tabs(t)
		if len(tabs) != len(order) {
			t.Fatalf("%s 1280×720: %d tabs, want %d", lang, len(tabs), len(order))
		}
		for i, tb := range tabs {
			if !strings.Contains(tb.Text, full[order[i]]) && !strings.Contains(tb.Text, short[order[i]]) || tb.Px < 16 {
				t.Errorf("%s 1280×720: tab %d is %q at %.1f px, want %q's name at 16 px or more", lang, i+1, tb.Text, tb.Px, order[i])
			}
		}

		p.Resize(t, 390, 844)
		p.WaitFrames(t, 3)
		p.WaitState(t, `s.scene === "xor"`)
		tabs, _ = p.tabs(t)
		if len(tabs) != 3 {
			t.Fatalf("%s 390×844: the switcher is %+v, want ‹, the name and ›", lang, tabs)
		}
		name := tabs[1]
		if name.Text != full["xor"] && name.Text != short["xor"] || name.Px < 16 || strings.IndexFunc(name.Text, unicode.IsLetter) < 0 {
			t.Errorf("%s 390×844: the switcher shows %q at %.1f px, want %q at 16 px or more", lang, name.Text, name.Px, full["xor"])
		}
		for _, tb := range tabs {
			if w, h := tb.Box[2]-tb.Box[0], tb.Box[3]-tb.Box[1]; w < 44 || h < 44 {
				t.Errorf("%s 390×844: %q is %.0f×%.0f px, under 44", lang, tb.Text, w, h)
			}
		}
		p.Click(t, tabs[2].Box[0]+10, tabs[2].Box[1]+10, "left") // ›
		p.WaitState(t, `s.scene === "gradient"`)
		tabs, _ = p.tabs(t)
		if tabs[1].Text != full["gradient"] && tabs[1].Text != short["gradient"] {
			t.Errorf("%s: after › the switcher shows %q", lang, tabs[1].Text)
		}
		x, y := centre(tabs[0].Box) // ‹
		p.Click(t, x, y, "left")
		p.WaitState(t, `s.scene === "xor"`)

		x, y = centre(tabs[1].Box)
		p.Click(t, x, y, "left") // the name opens the list
		p.WaitFrames(t, 2)
		_, menu := p.tabs(t)
		if len(menu) != len(order) {
			t.Fatalf("%s: the list has %d rows, want %d", lang, len(menu), len(order))
		}
		for i, m := range menu {
			if !strings.Contains(m.Text, full[order[i]]) || m.Px < 16 || m.Box[3]-m.Box[1] < 44 || m.Box[2] > 390 || m.Box[3] > 844 {
				t.Errorf("%s: row %d is %q at %.1f px in %v", lang, i+1, m.Text, m.Px, m.Box)
			}
		}
		shot := p.Screenshot(t)
		if shot.Bounds().Dx() == 0 {
			t.Error("no screenshot of the open list")
		}
		x, y = centre(menu[4].Box)
		p.Click(t, x, y, "left") // backprop
		p.WaitState(t, `s.scene === "backprop"`)
		if _, menu = p.tabs(t); len(menu) != 0 {
			t.Errorf("%s: the list stayed open after a scene was chosen", lang)
		}
		// Back to XOR through the list, by touch.
		tabs, _ = p.tabs(t)
		x, y = centre(tabs[1].Box)
		p.Tap(t, x, y)
		p.WaitFrames(t, 2)
		if _, menu = p.tabs(t); len(menu) != len(order) {
			t.Fatalf("%s: a tap on the name left %d rows", lang, len(menu))
		}
		x, y = centre(menu[2].Box)
		p.Tap(t, x, y)
		p.WaitState(t, `s.scene === "xor"`)
	}
	p.NoConsoleErrors(t)
}
