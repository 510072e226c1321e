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
	for i, s := range g.scenes {
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
