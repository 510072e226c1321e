package scenes

import "testing"

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
	ch.clearMessages()
	if ch.messages() != 0 {
		t.Fatal("messages left after clearing")
	}
}
