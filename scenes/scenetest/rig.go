package scenetest

import (
	"encoding/json"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// Rig drives one scene through Update in a 1280×754 test context, the way
// the game does, for tests that step, click and read the state document.
type Rig[S ui.Scene] struct {
	T *testing.T
	S S
	C *ui.Context
}

// NewRig runs the scene's first tick and returns its rig.
func NewRig[S ui.Scene](t *testing.T, s S) *Rig[S] {
	r := &Rig[S]{T: t, S: s, C: ui.NewTestContext(1280, 754)}
	r.S.Update(r.C)
	return r
}

// Do runs one tick with the given key actions.
func (r *Rig[S]) Do(as ...keymap.Action) {
	r.C.Next()
	for _, a := range as {
		r.C.Do(a, 0)
	}
	r.S.Update(r.C)
}

// Steps presses Space n times, one tick each.
func (r *Rig[S]) Steps(n int) {
	for range n {
		r.Do(keymap.Step)
	}
}

// Click runs one tick with a press and release at (x, y).
func (r *Rig[S]) Click(x, y float64, b ui.Button) {
	r.C.Next()
	r.C.Click(x, y, b)
	r.S.Update(r.C)
}

// StateJSON is the scene's state as the page's state() gives it.
func (r *Rig[S]) StateJSON() string {
	r.T.Helper()
	b, err := json.Marshal(r.S.State())
	if err != nil {
		r.T.Fatalf("State does not marshal: %v", err)
	}
	return string(b)
}

// State is the state document decoded from JSON, as a page reads it.
func (r *Rig[S]) State() map[string]any {
	r.T.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(r.StateJSON()), &m); err != nil {
		r.T.Fatal(err)
	}
	return m
}

// Doc is the state as a parsed document, through JSON.
func (r *Rig[S]) Doc() ui.Doc {
	r.T.Helper()
	d, err := state.Parse([]byte(r.StateJSON()))
	if err != nil {
		r.T.Fatal(err)
	}
	return d
}

// Load loads the fields into the scene and runs a tick.
func (r *Rig[S]) Load(m map[string]any) error {
	r.T.Helper()
	d, err := state.FromMap(m)
	if err != nil {
		r.T.Fatal(err)
	}
	err = r.S.Load(d)
	r.Do()
	return err
}
