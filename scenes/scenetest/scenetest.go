// Package scenetest is the scenes' test kit, as net/http/httptest is
// net/http's: a Rig builds a scene, feeds it key actions and pointer
// events tick by tick as the game would, renders frames and reads the
// state document; RoundTrip, Refuses, NoConflicts and Translations are the
// checks every scene's tests make. Only tests import it.
package scenetest

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// JSON returns s.State() encoded, as the page's state() shows it.
func JSON(t testing.TB, s ui.Scene) string {
	t.Helper()
	b, err := json.Marshal(s.State())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// RoundTrip loads s's state into a fresh scene (the package's New) and
// checks that it publishes the same state.
func RoundTrip[S ui.Scene](t testing.TB, s ui.Scene, fresh func() S) {
	t.Helper()
	want := JSON(t, s)
	d, err := state.Parse([]byte(want))
	if err != nil {
		t.Fatal(err)
	}
	r := fresh()
	if err := r.Load(d); err != nil {
		t.Fatal(err)
	}
	if got := JSON(t, r); got != want {
		t.Errorf("round trip:\n got %s\nwant %s", got, want)
	}
}

// Refuses loads each document into a fresh scene and checks that it is
// refused with an error naming field, and that the scene is untouched.
func Refuses[S ui.Scene](t testing.TB, fresh func() S, field string, docs ...string) {
	t.Helper()
	for _, text := range docs {
		s := fresh()
		New(t, s)
		before := JSON(t, s)
		d, err := state.Parse([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		err = s.Load(d)
		if err == nil || !strings.Contains(err.Error(), `"`+field+`"`) {
			t.Errorf("%s: error %v does not name %q", text, err, field)
		}
		if JSON(t, s) != before {
			t.Errorf("%s: a refused document changed the scene", text)
		}
	}
}

// NoConflicts checks that no key of the scene is also a global key or
// another of its own.
func NoConflicts(t testing.TB, s ui.Scene) {
	t.Helper()
	if c := keymap.Conflicts(s.Bindings()); len(c) > 0 {
		t.Errorf("key conflicts: %v", c)
	}
}

// Translations checks that every translation key the scene uses exists:
// the help of its bindings and mouse actions, the keys given, and every
// "<id>.…" string in the package's non-test sources (run from the package
// folder) except its action names and the keys given in skip. It returns
// how many keys it checked.
func Translations(t testing.TB, s ui.Scene, keys []string, skip ...string) int {
	t.Helper()
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	ignore := map[string]bool{}
	for _, k := range skip {
		ignore[k] = true
	}
	for _, b := range s.Bindings() {
		want[b.Help] = true
		ignore[string(b.Action)] = !i18n.Has(string(b.Action))
	}
	for _, k := range s.MouseHelp() {
		want[k] = true
	}
	re := regexp.MustCompile(`"(` + regexp.QuoteMeta(s.ID()) + `\.[a-z.]+[a-z])"`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if !ignore[m[1]] {
				want[m[1]] = true
			}
		}
	}
	for k := range want {
		if !i18n.Has(k) {
			t.Errorf("missing translation %q", k)
		}
	}
	return len(want)
}

// Keys is the check of a scene's keys and texts every scene makes:
// NoConflicts, then Translations with keys and skip. It returns how many
// translation keys it checked.
func Keys(t testing.TB, s ui.Scene, keys []string, skip ...string) int {
	t.Helper()
	NoConflicts(t, s)
	return Translations(t, s, keys, skip...)
}

// Keyed returns the translation keys prefix+v.String() of the values vs
// (a scene's activations, its reasons…), for Translations.
func Keyed[T fmt.Stringer](prefix string, vs ...T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = prefix + v.String()
	}
	return out
}

// Near reports whether a and b agree to tol, relative to the larger of
// their sizes (absolute below 1).
func Near(a, b, tol float64) bool {
	return math.Abs(a-b) <= tol*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}
