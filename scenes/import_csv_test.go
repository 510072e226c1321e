package scenes

import "testing"

// TestSceneReadsItsOwnCSV: a dropped CSV goes to a scene that reads CSV
// files itself (ui.CSVReader): the embedding scene takes class indices,
// which the game's ±1 reader refuses, and a bad file is refused by name
// and line.
func TestSceneReadsItsOwnCSV(t *testing.T) {
	g, _ := newTestGame(t, Options{Scene: "embedding"})
	tick(t, g)
	if err := g.docs.importData(g, "three.csv", []byte("x1,x2,y\n0,0,0\n1,1,1\n-1,1,2\n")); err != nil {
		t.Fatal(err)
	}
	tick(t, g)
	s := stateOf(t, g)
	if n := len(s["points"].([]any)); n != 3 || s["classes"] != 3.0 {
		t.Errorf("%d points, classes %v; want 3 and 3", n, s["classes"])
	}
	err := g.docs.importData(g, "bad.csv", []byte("x1,x2,y\n0,0,9\n"))
	if err == nil || err.Error()[:len("bad.csv:2:")] != "bad.csv:2:" {
		t.Errorf("error %v, want one naming bad.csv:2", err)
	}
}
