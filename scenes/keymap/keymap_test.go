package keymap

import (
	"testing"

	"github.com/neurona/neurona/internal/golden"
	"github.com/neurona/neurona/scenes/i18n"
)

func TestGlobalMapHasNoConflicts(t *testing.T) {
	if c := Conflicts(ParamBindings); len(c) != 0 {
		t.Fatalf("conflicts: %v", c)
	}
}

func TestConflictsAreFound(t *testing.T) {
	scene := []Binding{{Action: "demo.thing", Key: "Space", Help: "x"}}
	if c := Conflicts(scene); len(c) == 0 {
		t.Fatal("a scene key on Space was not reported")
	}
}

func TestEveryHelpTextIsTranslated(t *testing.T) {
	for _, b := range append(append([]Binding{}, Global...), ParamBindings...) {
		if !i18n.Has(b.Help) {
			t.Errorf("%s: help key %q has no translation", b.Action, b.Help)
		}
	}
}

func TestResolve(t *testing.T) {
	cases := []struct {
		e    Event
		want Action
		arg  int
	}{
		{Event{Key: "Digit2"}, SceneGoto, 2},
		{Event{Key: "Digit3", Shift: true, Char: '#'}, Preset, 3},
		{Event{Key: "Tab", Shift: true}, ScenePrev, 0},
		{Event{Key: "Space", Char: ' '}, Step, 0},
		{Event{Key: "Equal", Shift: true, Char: '+'}, Faster, 0}, // '+' on a US keyboard
		{Event{Key: "BracketRight", Char: '+'}, Faster, 0},       // '+' on a Spanish keyboard
		{Event{Key: "Slash", Char: '-'}, Slower, 0},              // '-' on a Spanish keyboard
		{Event{Key: "Minus", Shift: true, Char: '?'}, Help, 0},   // '?' on a Spanish keyboard
		{Event{Key: "Equal", Ctrl: true}, ZoomIn, 0},
		{Event{Key: "Z", Ctrl: true}, Undo, 0},
		{Event{Key: "Z", Ctrl: true, Shift: true}, Redo, 0},
		{Event{Key: "ArrowLeft"}, Back, 0},
		{Event{Key: "L", Char: 'l'}, Language, 0},
	}
	for _, c := range cases {
		b, ok := Resolve(c.e, ParamBindings)
		if !ok || b.Action != c.want || b.Arg != c.arg {
			t.Errorf("%+v: got %v(%d) ok=%v, want %v(%d)", c.e, b.Action, b.Arg, ok, c.want, c.arg)
		}
	}
	if b, ok := Resolve(Event{Key: "Q", Char: 'q'}, nil); ok {
		t.Errorf("Q is unbound but resolved to %v", b.Action)
	}
	if _, ok := Resolve(Event{Key: "Space", Alt: true}, nil); ok {
		t.Error("Alt+Space resolved; Alt combinations belong to the system")
	}
}

func TestSceneBindingsComeFirst(t *testing.T) {
	scene := []Binding{{Action: "demo.rule", Key: "U", Help: "x"}}
	b, ok := Resolve(Event{Key: "U", Char: 'u'}, scene)
	if !ok || b.Action != "demo.rule" {
		t.Fatalf("got %v", b.Action)
	}
}

func TestLabelsAndRows(t *testing.T) {
	rows := Rows(Global, "en")
	if rows[0].Keys != "1 … 7" {
		t.Errorf("scene keys row: %q", rows[0].Keys)
	}
	found := false
	for _, r := range Rows(Global, "es") {
		if r.Help == "key.preset" {
			found = r.Keys == "Mayús+1 … 9"
		}
	}
	if !found {
		t.Error("preset row is not written as Mayús+1 … 9 in Spanish")
	}
}

// TestREADMEKeyTable keeps README.md's key table generated from Global:
// run `go test ./scenes/keymap -run README -update` after changing the map.
func TestREADMEKeyTable(t *testing.T) {
	const path = "../../README.md"
	const begin, end = "<!-- keys:begin -->\n", "<!-- keys:end -->"
	want := Markdown(func(k string) string { return i18n.T(i18n.EN, k) })
	golden.Section(t, path, begin, end, want, "go test ./scenes/keymap -run README -update")
}

func TestCycleWrapsBothWays(t *testing.T) {
	if got := Cycle(ParamNext, 2, 3); got != 0 {
		t.Errorf("] from the last of 3: %d", got)
	}
	if got := Cycle(ParamPrev, 0, 3); got != 2 {
		t.Errorf("[ from the first of 3: %d", got)
	}
	if got := Cycle(Step, 1, 3); got != 1 {
		t.Errorf("Space moved the selection to %d", got)
	}
}
