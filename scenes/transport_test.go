package scenes

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// lesson is the lecture's three points in the perceptron scene.
const lesson = `{"scene":"perceptron","points":[{"x":[0,1],"y":1},{"x":[0,-1],"y":1},{"x":[-1,0.5],"y":-1}]}`

// newWideGame is a game on a 1280×720 projector (one device pixel per CSS
// pixel, so the canvas is supersampled twice), showing the lesson.
func newWideGame(t *testing.T) *Game {
	t.Helper()
	g := New(Options{}, newMem())
	g.resize(1280, 720, 1)
	tick(t, g)
	if err := g.LoadJSON([]byte(lesson)); err != nil {
		t.Fatal(err)
	}
	tick(t, g)
	return g
}

// keyFor is a key press bound to action a among the global keys.
func keyFor(t *testing.T, a keymap.Action) keymap.Event {
	t.Helper()
	for _, b := range keymap.Global {
		if b.Action == a && !b.Quiet {
			return keymap.Event{Key: b.Key, Char: b.Char, Shift: b.Shift, Ctrl: b.Ctrl}
		}
	}
	t.Fatalf("no key for %s", a)
	return keymap.Event{}
}

// clickControl presses and releases the mouse on control i within one
// tick, as a quick tap does.
func clickControl(t *testing.T, g *Game, i int) {
	t.Helper()
	buttons, _ := g.chrome.transportButtons(g.view())
	x, y := buttons[i].X+buttons[i].W/2, buttons[i].Y+buttons[i].H/2
	g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: y})
	g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: y})
	tick(t, g)
}

// playback is what a document does not carry of the player.
func playback(g *Game) string {
	p, ok := g.Scene().(Player)
	if !ok {
		return ""
	}
	pl := p.Playback()
	b, _ := json.Marshal([]any{pl.Playing, pl.StepsPerSecond()})
	return string(b)
}

func docOf(t *testing.T, g *Game) string {
	s := stateOf(t, g)
	delete(s, "frame")
	b, _ := json.Marshal(s)
	return string(b)
}

// TestTransportControlsDoWhatTheirKeysDo clicks each control of the strip
// in one game and presses its key in another, in the same order, and
// holds the two to the same state after every press: step, step, back,
// faster, slower, faster, play, (ticks), pause, reset.
func TestTransportControlsDoWhatTheirKeysDo(t *testing.T) {
	byMouse, byKey := newWideGame(t), newWideGame(t)
	if !byMouse.chrome.transportShown(byMouse.view()) {
		t.Fatal("no transport strip on a 1280×720 window")
	}
	index := map[keymap.Action]int{}
	for i, c := range transportControls {
		index[c.action] = i
	}
	for n, a := range []keymap.Action{keymap.Step, keymap.Step, keymap.Back, keymap.Faster, keymap.Slower,
		keymap.Faster, keymap.Play, "", "", "", keymap.Play, keymap.Step, keymap.Reset} {
		if a == "" { // let it play
			tick(t, byMouse)
			tick(t, byKey)
		} else {
			clickControl(t, byMouse, index[a])
			byKey.inject.Key(keyFor(t, a))
			tick(t, byKey)
		}
		if m, k := docOf(t, byMouse), docOf(t, byKey); m != k {
			t.Fatalf("press %d (%s): the click gave\n%s\nthe key\n%s", n, a, m, k)
		}
		if m, k := playback(byMouse), playback(byKey); m != k {
			t.Fatalf("press %d (%s): player %s by click, %s by key", n, a, m, k)
		}
	}
	if s := stateOf(t, byMouse); s["step"].(float64) != 0 {
		t.Errorf("after reset the step is %v", s["step"])
	}
}

// TestTransportPlayPauseAndSpeed: the play control starts and stops
// playing and the speed controls move the speed the readout shows.
func TestTransportPlayPauseAndSpeed(t *testing.T) {
	g := newWideGame(t)
	pl := g.Scene().(Player).Playback()
	speed := pl.StepsPerSecond()
	clickControl(t, g, 5) // faster
	if pl.StepsPerSecond() <= speed {
		t.Errorf("faster: %v → %v steps/s", speed, pl.StepsPerSecond())
	}
	clickControl(t, g, 4) // slower
	if pl.StepsPerSecond() != speed {
		t.Errorf("slower did not undo faster: %v, want %v", pl.StepsPerSecond(), speed)
	}
	clickControl(t, g, 1)
	if !pl.Playing {
		t.Fatal("the play control did not start playing")
	}
	clickControl(t, g, 1)
	if pl.Playing {
		t.Fatal("the play control did not pause")
	}
}

// TestTransportHitTesting: each control is found at its centre and only
// there; presses in the strip never reach the scene; the scene's area
// and plane end above the strip.
func TestTransportHitTesting(t *testing.T) {
	g := newWideGame(t)
	v := g.view()
	bar := g.chrome.transportRect(v)
	buttons, speed := g.chrome.transportButtons(v)
	if len(buttons) != len(transportControls) {
		t.Fatalf("%d rectangles for %d controls", len(buttons), len(transportControls))
	}
	for i, r := range buttons {
		if got := g.chrome.transportHit(v, r.X+r.W/2, r.Y+r.H/2); got != i {
			t.Errorf("centre of control %d (%s) hits %d", i, transportControls[i].action, got)
		}
		if r.Y < bar.Y || r.Bottom() > bar.Bottom() {
			t.Errorf("control %d %+v outside the strip %+v", i, r, bar)
		}
		for j := i + 1; j < len(buttons); j++ {
			if overlaps(r, buttons[j]) {
				t.Errorf("controls %d and %d overlap", i, j)
			}
		}
	}
	if got := g.chrome.transportHit(v, speed.X+speed.W/2, speed.Y+speed.H/2); got != -1 {
		t.Errorf("the speed readout hits control %d", got)
	}
	if area := g.sceneBounds(); area.Bottom() > bar.Y+0.5 {
		t.Errorf("the scene's area %+v reaches into the strip %+v", area, bar)
	}
	if p := g.ctx.Plane; p.Empty() || p.Bottom() > bar.Y+0.5 {
		t.Errorf("the plane %+v reaches into the strip %+v", p, bar)
	}
	// A press on the strip away from the controls does nothing and adds no
	// point.
	before := docOf(t, g)
	x := g.chrome.toastArea(v).X + 40
	g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: x, Y: bar.Y + bar.H/2})
	g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: x, Y: bar.Y + bar.H/2})
	tick(t, g)
	if after := docOf(t, g); after != before {
		t.Errorf("a press on the strip changed the state:\n%s\n%s", before, after)
	}
	// Controls' text is at least 16 px on the 1280×720 projector: the
	// strip's scale is the full layout scale there.
	if s := transportScale(v); s < v.dsf {
		t.Errorf("the strip is scaled down to %v canvas pixels per unit at 1280×720 (want %v)", s, v.dsf)
	}
}

func overlaps(a, b ui.Rect) bool {
	return a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom()
}

// TestTransportTooltipNamesTheKey: resting the pointer on a control
// shows its name and key, in the current language.
func TestTransportTooltipNamesTheKey(t *testing.T) {
	g := newWideGame(t)
	buttons, _ := g.chrome.transportButtons(g.view())
	r := buttons[2] // step
	g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: r.X + r.W/2, Y: r.Y + r.H/2})
	tick(t, g)
	if g.chrome.transport.hover != 2 {
		t.Fatalf("hover %d over the step control", g.chrome.transport.hover)
	}
	for lang, want := range map[i18n.Lang][]string{
		i18n.ES: {"un paso", "Espacio"},
		i18n.EN: {"one step", "Space"},
	} {
		tip := tooltip(keymap.Step, lang)
		for _, w := range want {
			if !strings.Contains(tip, w) {
				t.Errorf("%s tooltip %q lacks %q", lang, tip, w)
			}
		}
	}
	for _, c := range transportControls {
		if tooltip(c.action, i18n.ES) == "" {
			t.Errorf("%s has no tooltip", c.action)
		}
	}
	g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerMove, X: r.X + r.W/2, Y: r.Y - 100})
	tick(t, g)
	if g.chrome.transport.hover != -1 {
		t.Errorf("hover %d with the pointer over the scene", g.chrome.transport.hover)
	}
}

// TestTransportOnlyOnWideScreens: a phone gets no strip (the touch bar
// comes with the first touch), and a touch on a wide screen swaps the
// strip for the touch bar.
func TestTransportOnlyOnWideScreens(t *testing.T) {
	g := New(Options{}, newMem())
	g.resize(390, 844, 3)
	tick(t, g)
	if g.chrome.transportShown(g.view()) {
		t.Error("a 390×844 phone shows the transport strip")
	}
	w := newWideGame(t)
	area := w.sceneBounds()
	w.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: area.X + 5, Y: area.Y + 5, Touch: true})
	w.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: area.X + 5, Y: area.Y + 5, Touch: true})
	tick(t, w)
	if w.chrome.transportShown(w.view()) || !w.chrome.touchUI {
		t.Error("after a touch the strip stays instead of the touch bar")
	}
}

// TestTitlePlayStatusFollowsAndPlays: the title bar's play status is a
// control too: a click plays, another pauses.
func TestTitlePlayStatusFollowsAndPlays(t *testing.T) {
	g := newWideGame(t)
	pl := g.Scene().(Player).Playback()
	r, ok := g.chrome.playStatusRect(g.view())
	if !ok {
		t.Fatal("no play status in the title bar at 1280×720")
	}
	for _, want := range []bool{true, false} {
		g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerDown, X: r.X + 10, Y: r.Y + r.H/2})
		g.inject.Pointer(ui.PointerEvent{Kind: ui.PointerUp, X: r.X + 10, Y: r.Y + r.H/2})
		tick(t, g)
		if pl.Playing != want {
			t.Fatalf("a click on the play status: playing %v, want %v", pl.Playing, want)
		}
	}
}

// TestToastsStayOutOfTheSceneAndGoWithIt: messages are drawn outside the
// scene's area (in the strip, or over the title bar without it), and a
// scene switch clears them.
func TestToastsStayOutOfTheSceneAndGoWithIt(t *testing.T) {
	for _, size := range [][3]float64{{1280, 720, 1}, {1920, 1080, 1}, {390, 844, 3}} {
		g := New(Options{}, newMem())
		g.resize(size[0], size[1], size[2])
		tick(t, g)
		g.warn("a message")
		if overlaps(g.chrome.toastArea(g.view()), g.sceneBounds()) {
			t.Errorf("%v: the toast area %+v overlaps the scene %+v", size, g.chrome.toastArea(g.view()), g.sceneBounds())
		}
		key(g, "Digit2", false)
		tick(t, g)
		if len(g.chrome.toasts) != 0 {
			t.Errorf("%v: messages stay after switching scenes: %v", size, g.chrome.toasts)
		}
	}
}

// linkPlatform is memPlatform with an address bar: follow is a link the
// user opened in the running app.
type linkPlatform struct {
	*memPlatform
	follow []string
}

func (p *linkPlatform) FollowedLink() (string, bool) {
	if len(p.follow) == 0 {
		return "", false
	}
	h := p.follow[0]
	p.follow = p.follow[1:]
	return h, true
}

// TestFollowedLinkSwitchesSceneLanguageAndState: a link opened in the
// running app (hashchange) applies its scene, language and state, and
// what the app writes back is that view, not the old one.
func TestFollowedLinkSwitchesSceneLanguageAndState(t *testing.T) {
	p := &linkPlatform{memPlatform: newMem()}
	g := New(Options{}, p)
	g.resize(1280, 720, 1)
	tick(t, g)
	// The link a teacher copied: the lesson after one step, in English.
	src := newWideGame(t)
	key(src, "Space", false)
	key(src, "L", false)
	tick(t, src)
	src.docs.hashTick = 0
	src.frame += ui.TPS
	tick(t, src)
	link := src.plat.(*memPlatform).link
	if !strings.Contains(link, "s=") {
		t.Fatalf("no state in the link %q", link)
	}
	g.warn("a message about the neuron")
	p.follow = append(p.follow, link)
	tick(t, g)
	if g.Scene().ID() != "perceptron" || g.lang != i18n.EN {
		t.Fatalf("the link opened %s in %s", g.Scene().ID(), g.lang)
	}
	if m, want := docOf(t, g), docOf(t, src); m != want {
		t.Fatalf("the link's state was not loaded:\n%s\nwant\n%s", m, want)
	}
	if len(g.chrome.toasts) != 0 {
		t.Errorf("messages about the old scene stay: %v", g.chrome.toasts)
	}
	g.frame += ui.TPS
	tick(t, g)
	if !strings.Contains(p.link, "scene=perceptron") || !strings.Contains(p.link, "lang=en") {
		t.Errorf("the app wrote back %q", p.link)
	}
	// Only a scene and a language; then a link with parts it cannot use.
	p.follow = append(p.follow, "scene=xor&lang=es")
	tick(t, g)
	if g.Scene().ID() != "xor" || g.lang != i18n.ES {
		t.Fatalf("#scene=xor&lang=es opened %s in %s", g.Scene().ID(), g.lang)
	}
	p.follow = append(p.follow, "scene=nope&lang=zz")
	tick(t, g)
	if g.Scene().ID() != "xor" || g.lang != i18n.ES || len(g.chrome.toasts) < 2 {
		t.Fatalf("a bad link: %s in %s, messages %v", g.Scene().ID(), g.lang, g.chrome.toasts)
	}
}

// TestToastTextIsLegible: two messages at once still get 16 CSS pixels of
// text on a 1280×720 projector, in the strip and over the title bar.
func TestToastTextIsLegible(t *testing.T) {
	g := newWideGame(t)
	for _, touch := range []bool{false, true} {
		g.chrome.touchUI = touch
		v := g.view()
		if _, px := toastRows(g.chrome.toastArea(v), 2, v.dsf*v.zoom); px*0.95 < 16*v.dsf {
			t.Errorf("touch %v: messages at %.1f CSS px", touch, px*0.95/v.dsf)
		}
	}
	if got := elide(strings.Repeat("palabra ", 60), 18, 300); !strings.HasSuffix(got, "…") {
		t.Errorf("a long message was not shortened: %q", got)
	}
}

// TestTransportShowsOnlyWhatTheSceneDoes: the neuron has no steps, so its
// strip shows reset alone, and its touch bar no step, back or play; a
// click on reset does what R does; every control a scene that plays
// shows is there.
func TestTransportShowsOnlyWhatTheSceneDoes(t *testing.T) {
	const nudged = `{"scene":"neuron","theta":[1.5,-0.5],"b":0.25}`
	byMouse, byKey := newWideGame(t), newWideGame(t)
	for _, g := range []*Game{byMouse, byKey} {
		if err := g.LoadJSON([]byte(nudged)); err != nil {
			t.Fatal(err)
		}
		tick(t, g)
	}
	v := byMouse.view()
	buttons, speed := byMouse.chrome.transportButtons(v)
	reset := -1
	for i, c := range transportControls {
		shown := !buttons[i].Empty()
		if c.action == keymap.Reset {
			reset = i
		}
		if shown != (c.action == keymap.Reset) {
			t.Errorf("neuron: control %s shown %v", c.action, shown)
		}
	}
	if !speed.Empty() {
		t.Errorf("neuron: a speed readout at %+v, with no speed", speed)
	}
	if r := buttons[reset]; r.X > byMouse.chrome.transportRect(v).X+10*v.dsf {
		t.Errorf("neuron: reset at x = %v, not first in the strip", r.X)
	}
	before := docOf(t, byMouse)
	clickControl(t, byMouse, reset)
	byKey.inject.Key(keyFor(t, keymap.Reset))
	tick(t, byKey)
	m, k := docOf(t, byMouse), docOf(t, byKey)
	if m != k {
		t.Fatalf("reset by click gave\n%s\nby key\n%s", m, k)
	}
	if m == before {
		t.Error("reset did not reset the nudged neuron")
	}
	// A click where step was in a scene that plays does nothing here.
	x := byMouse.chrome.toastArea(v).X - 2*v.dsf
	if got := byMouse.chrome.transportHit(v, x, buttons[reset].Y+buttons[reset].H/2); got != -1 && got != reset {
		t.Errorf("the strip's free part hits control %d", got)
	}
	for i, r := range byMouse.chrome.touchButtonRects(v) {
		a := touchButtons[i].action
		dead := a == keymap.Back || a == keymap.Step || a == keymap.Play
		if r.Empty() != dead {
			t.Errorf("neuron's touch bar: %s shown %v", a, !r.Empty())
		}
	}

	g := newWideGame(t) // the perceptron plays: all of them
	buttons, speed = g.chrome.transportButtons(g.view())
	for i, r := range buttons {
		if r.Empty() {
			t.Errorf("perceptron: control %s hidden", transportControls[i].action)
		}
	}
	if speed.Empty() {
		t.Error("perceptron: no speed readout")
	}
}

// TestTransportKeepsItsRectsAndText: laying out and drawing the strip of
// a scene that plays allocates nothing once the speed's text is made
// (transportButtons made a slice on each of its four calls a frame, and
// the readout a new string every frame); a new speed makes the text
// again.
func TestTransportKeepsItsRectsAndText(t *testing.T) {
	g := newWideGame(t)
	g.inject.Key(keyFor(t, keymap.Play))
	tick(t, g)
	v := g.view()
	if n := testing.AllocsPerRun(20, func() { g.chrome.transportButtons(v) }); n != 0 {
		t.Errorf("transportButtons allocates %v times a call", n)
	}
	var screen *ebiten.Image
	onGame(func() { screen = ebiten.NewImage(int(v.w), int(v.h)) })
	draw := func() { g.chrome.drawTransport(v, screen) }
	// What is left is Ebiten's own: a command for its queue.
	scenetest.DrawsWithoutGarbage(t, "the strip", func() {}, draw, 1, 64)
	texts := map[string]bool{}
	stop := ui.WatchText(func(s string, _ float64) { texts[s] = true })
	defer stop()
	g.inject.Key(keyFor(t, keymap.Faster))
	tick(t, g)
	onGame(draw)
	want := fmt.Sprintf("%g %s", g.Scene().(Player).Playback().StepsPerSecond(), v.t("ui.steps.per.second"))
	if !texts[want] {
		t.Errorf("after +, the strip does not show %q", want)
	}
}
