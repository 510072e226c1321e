package scenes

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/neurona/neurona/scenes/state"
)

// FuzzLoadDocument loads arbitrary documents into every scene through the
// game (as window.neurona.load, import and -load do): nothing panics; a
// refused document leaves the state exactly as it was and the refusal
// names the problem (a field, or what is wrong with the JSON); an accepted
// one gives a valid state document and a tick that runs.
//
//	make fuzz    (or: xvfb-run -a go test -run '^$' -fuzz FuzzLoadDocument -fuzztime 30s ./scenes/)
func FuzzLoadDocument(f *testing.F) {
	g := New(Options{}, newMem())
	g.resize(640, 400, 2)
	for i := range g.scenes {
		s := g.scenes.at(i)
		g.cur = i
		g.Update()
		f.Add([]byte(g.StateJSON()), uint8(i))
		f.Add([]byte(`{"scene":"`+s.ID()+`","points":[{"x":[1e9,-1e9],"y":1},{"x":[0,0],"y":0}],"alpha":1e6,"lr":1e6,"step":3}`), uint8(i))
		f.Add([]byte(`{"points":[],"step":-1,"w":[1,"a"],"theta":[1e400,0],"b":null}`), uint8(i))
	}
	f.Add([]byte(`{"scene":"xor","hidden":8,"W1":[[1,2]],"step":1e9}`), uint8(2))
	f.Add([]byte(`{"scene":"gradient","path":[[1,2,3],[4,5]],"step":1,"k":0}`), uint8(3))
	f.Add([]byte(`{"scene":"backprop","example":99,"step":2400}`), uint8(4))
	f.Add([]byte(`[]`), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		g.cur = int(which) % len(g.scenes)
		before := fuzzState(t, g)
		err := g.LoadJSON(data)
		if err != nil {
			msg := err.Error()
			var fe *state.FieldError
			if !errors.As(err, &fe) && !strings.Contains(msg, "field") && !strings.Contains(msg, "JSON") &&
				!strings.Contains(msg, "limit") {
				t.Fatalf("refusal %q names no field or problem", msg)
			}
			if after := fuzzState(t, g); after != before {
				t.Fatalf("refused (%v) but the state changed:\n%.400s\n%.400s", err, before, after)
			}
			return
		}
		if err := g.Update(); err != nil {
			t.Fatal(err)
		}
		fuzzState(t, g)
	})
}

// fuzzState is the state document without the tick count and the layout;
// it fails the test if state() is not valid JSON.
func fuzzState(t *testing.T, g *Game) string {
	t.Helper()
	js := g.StateJSON()
	var m map[string]any
	if err := json.Unmarshal([]byte(js), &m); err != nil || m["error"] != nil {
		t.Fatalf("state() broken: %.300s", js)
	}
	delete(m, "frame")
	delete(m, "plane")
	b, _ := json.Marshal(m)
	return string(b)
}

// FuzzImportFile drops arbitrary files (a state document or a points CSV,
// told apart by content) on the current scene: nothing panics, a refused
// file leaves the state as it was and the message names the file's line
// or field.
func FuzzImportFile(f *testing.F) {
	g := New(Options{}, newMem())
	g.resize(640, 400, 2)
	for _, s := range []string{
		"x1,x2,y\n0,1,1\n0,-1,1\n-1,0.5,-1\n",
		"x1,x2,y\n1e9,-1e9,0\n",
		"x1,x2,y\nNaN,0,1\n",
		"x1;x2;y\n1;2;1\n",
		`{"points":[{"x":[1,2],"y":1}]}`,
		"\ufeffx1,x2,y\n1,2,1\n",
		"",
	} {
		for i := range g.scenes {
			f.Add([]byte(s), uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		g.cur = int(which) % len(g.scenes)
		before := fuzzState(t, g)
		if err := g.docs.importData(g, "drop.csv", data); err != nil {
			msg := err.Error()
			if !strings.HasPrefix(msg, "drop.csv:") && !strings.Contains(msg, "field") &&
				!strings.Contains(msg, "JSON") && !strings.Contains(msg, "limit") {
				t.Fatalf("refusal %q names no line, field or problem", msg)
			}
			if after := fuzzState(t, g); after != before {
				t.Fatalf("refused (%v) but the state changed", err)
			}
			return
		}
		if err := g.Update(); err != nil {
			t.Fatal(err)
		}
		fuzzState(t, g)
	})
}

// FuzzOpenLink opens the game on arbitrary link text (the page's hash, or
// the desktop's -load LINK): it always starts, on the link's scene when it
// names a known one, and says what it ignored.
func FuzzOpenLink(f *testing.F) {
	doc := []byte(`{"scene":"xor","points":[{"x":[0,1],"y":1}],"lr":1000000}`)
	for _, s := range []string{
		"#scene=xor&lang=en",
		"#" + state.Format(state.Link{Scene: "perceptron", Lang: "es", State: doc}),
		"#" + state.Format(state.Link{Scene: "gradient", State: []byte(`{"alpha":"big"}`)}),
		"https://example.org/neurona/#scene=backprop&s=%%%",
		"scene=nope&lang=zz&&=&s=AAAA",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, link string) {
		g := New(Options{Link: link}, newMem())
		g.resize(640, 400, 2)
		if err := g.Update(); err != nil {
			t.Fatal(err)
		}
		fuzzState(t, g)
		// The link's scene is opened unless its state document names
		// another; a scene it cannot open is reported.
		l, ignored := state.ParseLink(link)
		if len(ignored) > 0 && len(g.chrome.toasts) == 0 {
			t.Fatalf("%q: ignored %q without a word", link, ignored)
		}
		if l.Scene != "" && l.State == nil && g.Scene().ID() != l.Scene && len(g.chrome.toasts) == 0 {
			t.Fatalf("%q: opened %s instead of %q without a word", link, g.Scene().ID(), l.Scene)
		}
	})
}
