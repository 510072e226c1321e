package scenes

import (
	"testing"

	"github.com/neurona/neurona/scenes/embedding"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/perceptron"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// TestChromeKeepsItsOwnState drives the chrome's state through its
// methods alone, as the game does.
func TestChromeKeepsItsOwnState(t *testing.T) {
	ch := chrome{touchCls: 1}
	if ch.closeHelp() {
		t.Fatal("closing a closed help said it was open")
	}
	ch.toggleHelp()
	if !ch.helpShown() || !ch.closeHelp() || ch.helpShown() {
		t.Fatal("H then Esc did not open and close the help")
	}
	ch.input(true, false)
	if !ch.touchShown() {
		t.Fatal("a touch did not show the on-screen controls")
	}
	ch.input(false, false)
	if !ch.touchShown() {
		t.Fatal("a tick without input hid the on-screen controls")
	}
	ch.input(false, true)
	if ch.touchShown() {
		t.Fatal("typing did not hide the on-screen controls")
	}
	ch.flipTouchClass()
	if ch.touchClass() != -1 {
		t.Fatalf("touch class %d after a flip, want -1", ch.touchClass())
	}
	ch.warn(0, "a")
	ch.note(0, "b")
	ch.note(0, "c")
	ch.dropOlder(1)
	if ch.messages() != 2 || ch.toasts[0].msg != "b" {
		t.Fatalf("after dropping the oldest: %d messages, first %q", ch.messages(), ch.toasts[0].msg)
	}
	// The same message twice in a row is shown once.
	ch.note(0, "c")
	if sh := ch.shown(); len(sh) != 1 || sh[0].msg != "c" {
		t.Fatalf("after the same message twice, %d shown", len(sh))
	}
	ch.note(0, "d")
	if sh := ch.shown(); len(sh) != 2 || sh[0].msg != "c" || sh[1].msg != "d" {
		t.Fatalf("after two messages, %d shown", len(sh))
	}
	ch.clearMessages()
	if ch.messages() != 0 {
		t.Fatal("messages left after clearing")
	}
}

// The touch bar's class toggle shows what a tap adds: ±1 in the scenes
// of two classes, the class number (and its marker) in the scene of K
// classes, following the scene as its class moves on.
func TestTouchToggleShowsTheScenesClass(t *testing.T) {
	if label, k, classes := touchToggleFace(perceptron.New(), -1); label != "−1" || k != -1 || classes {
		t.Errorf("perceptron with −1: %q, %d, classes %v", label, k, classes)
	}
	if label, k, classes := touchToggleFace(perceptron.New(), 1); label != "+1" || k != 1 || classes {
		t.Errorf("perceptron with +1: %q, %d, classes %v", label, k, classes)
	}
	r := scenetest.New(t, embedding.New())
	seen := map[string]bool{}
	for range 3 {
		label, k, classes := touchToggleFace(r.S, 1)
		if !classes || k != r.S.PointClass() || label != ui.Int(k) {
			t.Errorf("embedding: %q, %d, classes %v; the scene's class is %d", label, k, classes, r.S.PointClass())
		}
		seen[label] = true
		r.Do(keymap.Action("embedding.class")) // K: the next class
	}
	if len(seen) != 3 {
		t.Errorf("the toggle showed %v over three classes", seen)
	}
}

// A note (a preset's name) goes when the language changes, rather than
// stay for its seconds in the language left; a warning stays.
func TestLanguageDropsNotesAndKeepsWarnings(t *testing.T) {
	g := newWideGame(t)
	g.inject.Key(keymap.Event{Key: "Digit2", Shift: true})
	tick(t, g)
	if len(g.chrome.shown()) == 0 {
		t.Fatal("loading preset 2 showed no note")
	}
	g.warn("a warning")
	g.inject.Key(keyFor(t, keymap.Language))
	tick(t, g)
	shown := g.chrome.shown()
	if len(shown) != 1 || !shown[0].bad || shown[0].msg != "a warning" {
		t.Errorf("after L the messages are %+v, want the warning alone", shown)
	}
}
