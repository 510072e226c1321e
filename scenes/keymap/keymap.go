// Package keymap holds Neurona's one key map as data: the global keys that
// behave the same in every scene, the conventions scenes share for their own
// keys, and the resolution of a key press into an action.
//
// The help overlay, README.md and the tests all read these tables, so a key
// is documented in exactly one place. The package does not import Ebiten:
// keys are named by Ebiten's key names ("Space", "A", "Digit1", "ArrowLeft"),
// which are the physical positions of the keys on a US layout.
package keymap

import (
	"fmt"
	"sort"
	"strings"
)

// Action names what a key press asks for. Global actions are listed below;
// a scene's own actions are prefixed with its id ("perceptron.rule").
type Action string

// Global actions, shared by every scene.
const (
	SceneGoto  Action = "scene.goto" // Arg: scene number 1…7
	SceneNext  Action = "scene.next"
	ScenePrev  Action = "scene.prev"
	Step       Action = "step"
	Play       Action = "play"
	Faster     Action = "faster"
	Slower     Action = "slower"
	Back       Action = "back"
	Forward    Action = "forward"
	Reset      Action = "reset"
	Clear      Action = "clear"
	Preset     Action = "preset" // Arg: preset number 1…9
	Undo       Action = "undo"
	Redo       Action = "redo"
	Help       Action = "help"
	Escape     Action = "escape"
	Language   Action = "lang"
	Fullscreen Action = "fullscreen"
	Theme      Action = "theme"
	ZoomIn     Action = "zoom.in"
	ZoomOut    Action = "zoom.out"
	SavePNG    Action = "save"
	Export     Action = "export"
	Notebook   Action = "notebook" // export the Jupyter notebook of the state
	Delete     Action = "delete"   // remove the point under the pointer
	// The side panel's scroll, for a panel taller than the window
	// (Ctrl+= reflows a panel rather than hide its parts).
	PanelDown Action = "panel.down" // a page further down
	PanelUp   Action = "panel.up"   // a page back up
	PanelTop  Action = "panel.top"
	PanelEnd  Action = "panel.end"
)

// Shared scene conventions: scenes that expose tunable parameters bind these.
const (
	ParamInc  Action = "param.inc"
	ParamDec  Action = "param.dec"
	ParamPrev Action = "param.prev"
	ParamNext Action = "param.next"
)

// Binding ties one key (or one typed character) to an action.
type Binding struct {
	Action Action
	Arg    int    // argument of the action (scene or preset number), 0 if none
	Key    string // Ebiten key name of the physical key, "" for a character binding
	Char   rune   // typed character for layout-independent symbols ('?', '+', '-'), 0 if none
	Shift  bool   // the Shift modifier must be held (physical bindings only)
	Ctrl   bool   // Ctrl (or Cmd on a Mac) must be held
	Help   string // translation key of the action's description
	// Quiet bindings work but are left out of the help overlay and
	// README, so that a row stays readable (Ctrl+Shift+= is Ctrl+= on
	// keyboards that need Shift for '=').
	Quiet bool
}

// Event is one key press as the input layer reports it.
type Event struct {
	Key   string // Ebiten key name, "" if only a character is known
	Char  rune   // the typed character, 0 if none
	Shift bool
	Ctrl  bool // Ctrl or Meta
	Alt   bool
}

func key(a Action, k string, help string) Binding { return Binding{Action: a, Key: k, Help: help} }
func char(a Action, c rune, help string) Binding  { return Binding{Action: a, Char: c, Help: help} }

// Global lists every global binding, in the order the help overlay shows them.
var Global = buildGlobal()

// Scenes is how many scenes the number keys reach (1 … Scenes), in the
// lecture's order: neuron, perceptron, xor, gradient, backprop,
// regression, embedding. A number past the registered scenes does nothing.
const Scenes = 7

func buildGlobal() []Binding {
	var g []Binding
	for i := 1; i <= Scenes; i++ {
		g = append(g, Binding{Action: SceneGoto, Arg: i, Key: fmt.Sprintf("Digit%d", i), Help: "key.scene.goto"})
	}
	g = append(g,
		key(SceneNext, "PageDown", "key.scene.next"),
		key(SceneNext, "Tab", "key.scene.next"),
		key(ScenePrev, "PageUp", "key.scene.prev"),
		Binding{Action: ScenePrev, Key: "Tab", Shift: true, Help: "key.scene.prev"},
		key(Step, "Space", "key.step"),
		key(Play, "Enter", "key.play"),
		Binding{Action: Play, Key: "NumpadEnter", Help: "key.play", Quiet: true},
		key(Play, "P", "key.play"),
		char(Faster, '+', "key.faster"),
		key(Faster, "NumpadAdd", "key.faster"),
		key(Faster, "Equal", "key.faster"),
		char(Slower, '-', "key.slower"),
		key(Slower, "NumpadSubtract", "key.slower"),
		key(Slower, "Minus", "key.slower"),
		key(Back, "Backspace", "key.back"),
		key(Back, "ArrowLeft", "key.back"),
		key(Forward, "ArrowRight", "key.forward"),
		key(Reset, "R", "key.reset"),
		key(Clear, "C", "key.clear"),
	)
	for i := 1; i <= 9; i++ {
		g = append(g, Binding{Action: Preset, Arg: i, Key: fmt.Sprintf("Digit%d", i), Shift: true, Help: "key.preset"})
	}
	g = append(g,
		Binding{Action: Undo, Key: "Z", Ctrl: true, Help: "key.undo"},
		Binding{Action: Redo, Key: "Y", Ctrl: true, Help: "key.redo"},
		Binding{Action: Redo, Key: "Z", Ctrl: true, Shift: true, Help: "key.redo"},
		key(Delete, "Delete", "key.delete"),
		key(Help, "H", "key.help"),
		char(Help, '?', "key.help"),
		key(Escape, "Escape", "key.escape"),
		key(Language, "L", "key.lang"),
		key(Fullscreen, "F", "key.fullscreen"),
		key(Theme, "T", "key.theme"),
		Binding{Action: ZoomIn, Key: "Equal", Ctrl: true, Help: "key.zoom.in"},
		Binding{Action: ZoomIn, Key: "Equal", Ctrl: true, Shift: true, Help: "key.zoom.in", Quiet: true},
		Binding{Action: ZoomIn, Key: "NumpadAdd", Ctrl: true, Help: "key.zoom.in", Quiet: true},
		Binding{Action: ZoomOut, Key: "Minus", Ctrl: true, Help: "key.zoom.out"},
		Binding{Action: ZoomOut, Key: "NumpadSubtract", Ctrl: true, Help: "key.zoom.out", Quiet: true},
		// Shift+PageDown / Shift+PageUp: PageDown and PageUp alone change
		// scene, and Shift with them scrolls in terminals and editors.
		Binding{Action: PanelDown, Key: "PageDown", Shift: true, Help: "key.panel.down"},
		Binding{Action: PanelUp, Key: "PageUp", Shift: true, Help: "key.panel.up"},
		key(PanelTop, "Home", "key.panel.top"),
		key(PanelEnd, "End", "key.panel.end"),
		key(SavePNG, "S", "key.save"),
		key(Export, "E", "key.export"),
		// Shift+E: beside E (export), and E is E on QWERTY, AZERTY and
		// QWERTZ alike; the letters still free unshifted (I, W, X) move or
		// mean nothing, and N is taken by scenes.
		Binding{Action: Notebook, Key: "E", Shift: true, Help: "key.notebook"},
	)
	return g
}

// ParamBindings are the shared keys of scenes with tunable parameters:
// ↑ / ↓ nudge the selected parameter, [ / ] choose which.
var ParamBindings = []Binding{
	key(ParamInc, "ArrowUp", "key.param.inc"),
	key(ParamDec, "ArrowDown", "key.param.dec"),
	key(ParamPrev, "BracketLeft", "key.param.prev"),
	key(ParamNext, "BracketRight", "key.param.next"),
}

// Matches reports whether the binding is triggered by the event.
func (b Binding) Matches(e Event) bool {
	if e.Alt {
		return false
	}
	if b.Key != "" && b.Key == e.Key {
		return b.Shift == e.Shift && b.Ctrl == e.Ctrl
	}
	// Typed characters already carry Shift (and the layout), so only Ctrl counts.
	if b.Char != 0 && b.Char == e.Char && !e.Ctrl && !b.Ctrl {
		return true
	}
	return false
}

// Resolve returns the binding an event triggers, first among the scene's
// own bindings and then among the global ones. A typed character that has a
// binding of its own wins over the physical key, so that '+' speeds up on a
// Spanish keyboard (where it sits on the key a US layout calls "]"); other
// presses go by the physical key, so that Shift+1 is preset 1 on every layout
// even though it types '!'.
func Resolve(e Event, scene []Binding) (Binding, bool) {
	tables := [][]Binding{scene, Global}
	order := []bool{true, false} // physical first
	if e.Char != 0 && !e.Ctrl {
		order = []bool{false, true}
	}
	for _, physical := range order {
		for _, t := range tables {
			for _, b := range t {
				if (b.Key != "") != physical {
					continue
				}
				if b.Matches(e) {
					return b, true
				}
			}
		}
	}
	return Binding{}, false
}

// Conflicts returns a description of every pair of bindings in the global
// table plus the scene's table that a single key press could trigger both of.
// An empty result means the map is unambiguous for that scene.
func Conflicts(scene []Binding) []string {
	all := append(append([]Binding{}, Global...), scene...)
	var out []string
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			a, b := all[i], all[j]
			if a.Action == b.Action && a.Arg == b.Arg {
				continue
			}
			if a.Key != "" && a.Key == b.Key && a.Shift == b.Shift && a.Ctrl == b.Ctrl {
				out = append(out, fmt.Sprintf("%s and %s%s both on %s", a.Action, b.Action, argSuffix(b), Label(a, "en")))
			}
			if a.Char != 0 && a.Char == b.Char && a.Ctrl == b.Ctrl {
				out = append(out, fmt.Sprintf("%s and %s both on %q", a.Action, b.Action, a.Char))
			}
		}
	}
	return out
}

func argSuffix(b Binding) string {
	if b.Arg == 0 {
		return ""
	}
	return fmt.Sprintf("(%d)", b.Arg)
}

// keyNames holds the display names of keys whose Ebiten names are not what
// is printed on the key cap, per language. A list rather than a map (bundle
// size): a map literal compiles to code that inserts each entry, 7 kB of
// it in the web bundle; the list is data, and Label reads it rarely.
var keyNames = [...]struct{ key, es, en string }{
	{"Space", "Espacio", "Space"},
	{"Enter", "Intro", "Enter"},
	{"NumpadEnter", "Intro (numérico)", "Keypad Enter"},
	{"Backspace", "Retroceso", "Backspace"},
	{"ArrowLeft", "←", "←"},
	{"ArrowRight", "→", "→"},
	{"ArrowUp", "↑", "↑"},
	{"ArrowDown", "↓", "↓"},
	{"PageDown", "AvPág", "PageDown"},
	{"PageUp", "RePág", "PageUp"},
	{"Home", "Inicio", "Home"},
	{"End", "Fin", "End"},
	{"Escape", "Esc", "Esc"},
	{"Delete", "Supr", "Delete"},
	{"Equal", "=", "="},
	{"Minus", "−", "−"},
	{"NumpadAdd", "+ (numérico)", "Keypad +"},
	{"NumpadSubtract", "− (numérico)", "Keypad −"},
	{"BracketLeft", "[", "["},
	{"BracketRight", "]", "]"},
}

// Label returns how a binding is written for people, in language lang
// ("es" or "en"): "Ctrl+Z", "Mayús+Tab", "?".
func Label(b Binding, lang string) string {
	var parts []string
	if b.Ctrl {
		parts = append(parts, "Ctrl")
	}
	if b.Shift {
		if lang == "es" {
			parts = append(parts, "Mayús")
		} else {
			parts = append(parts, "Shift")
		}
	}
	switch {
	case b.Key != "":
		name := b.Key
		name = strings.TrimPrefix(name, "Digit")
		for _, n := range keyNames {
			if n.key == b.Key {
				name = n.en
				if lang == "es" {
					name = n.es
				}
				break
			}
		}
		parts = append(parts, name)
	case b.Char == '-':
		parts = append(parts, "−")
	default:
		parts = append(parts, string(b.Char))
	}
	return strings.Join(parts, "+")
}

// Row is one line of the help overlay or README: the keys, joined, and the
// translation key of what they do.
type Row struct {
	Keys string
	Help string
}

// Rows groups bindings by their help text, in first-seen order, joining the
// key labels; ranges such as 1 … 5 are written compactly.
func Rows(bs []Binding, lang string) []Row {
	var order []string
	labels := map[string][]string{}
	for _, b := range bs {
		if b.Quiet {
			continue
		}
		if _, ok := labels[b.Help]; !ok {
			order = append(order, b.Help)
		}
		labels[b.Help] = append(labels[b.Help], Label(b, lang))
	}
	rows := make([]Row, 0, len(order))
	for _, h := range order {
		rows = append(rows, Row{Keys: compact(labels[h]), Help: h})
	}
	return rows
}

// compact writes runs like "1 / 2 / 3 / 4 / 5" as "1 … 5" and
// "Shift+1 … Shift+9" as "Shift+1 … 9".
func compact(ls []string) string {
	if len(ls) >= 3 {
		prefix, first, ok := splitDigit(ls[0])
		run := ok
		for i := 1; run && i < len(ls); i++ {
			p, d, ok := splitDigit(ls[i])
			run = ok && p == prefix && d == first+i
		}
		if run {
			return fmt.Sprintf("%s%d … %d", prefix, first, first+len(ls)-1)
		}
	}
	return strings.Join(dedupe(ls), " / ")
}

func splitDigit(s string) (string, int, bool) {
	if s == "" {
		return "", 0, false
	}
	c := s[len(s)-1]
	if c < '0' || c > '9' || (len(s) > 1 && s[len(s)-2] >= '0' && s[len(s)-2] <= '9') {
		return "", 0, false
	}
	return s[:len(s)-1], int(c - '0'), true
}

func dedupe(ls []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range ls {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// SortedActions returns the distinct actions of a table, sorted; tests use
// it to check that every action is handled somewhere.
func SortedActions(bs []Binding) []Action {
	seen := map[Action]bool{}
	var out []Action
	for _, b := range bs {
		if !seen[b.Action] {
			seen[b.Action] = true
			out = append(out, b.Action)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Cycle returns the parameter cell that [ or ] selects from sel among n
// cells: the next for ParamNext, the one before for ParamPrev, wrapping
// around; any other action keeps sel.
func Cycle(a Action, sel, n int) int {
	switch a {
	case ParamNext:
		return (sel + 1) % n
	case ParamPrev:
		return (sel + n - 1) % n
	}
	return sel
}
