//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"github.com/neurona/neurona/engine"
)

// TestRegressionStepsAddsAndDiverges opens the regression scene, checks J
// (the notes' sum) and one step θ^(k+1) = θ^(k) − α ∂J/∂θ against the
// engine on the published points, selects a unit and shows the squares
// with keys, adds a point with a click, reads a dropped x,y CSV, loads a
// document with α = 10⁶ and sees the divergence said in words, and takes
// screenshots in both languages at a projector's and a phone's size.
func TestRegressionStepsAddsAndDiverges(t *testing.T) {
	// Key 6 reaches the scene, and so does the JS API.
	p := openPage(t, "lang=es")
	p.Key(t, "6")
	p.WaitState(t, `s.scene === "regression"`)
	p.Key(t, "1")
	p.WaitState(t, `s.scene === "neuron"`)
	if msg := Eval[any](p, `neurona.scene("regression")`); msg != nil {
		t.Fatalf("neurona.scene: %v", msg)
	}
	s := p.WaitState(t, `s.scene === "regression" && s.step === 0`)
	if s["hidden"] != 4.0 || s["activation"] != "tanh" {
		t.Fatalf("default: H=%v σ=%v, want the sine preset's 4 tanh units", s["hidden"], s["activation"])
	}
	for i := 1; i <= 2; i++ {
		data, m, alpha := regressionOf(t, s)
		j, g := m.Gradient(data)
		if math.Abs(s["J"].(float64)-j) > 1e-9*math.Max(1, j) || math.Abs(s["mean"].(float64)-j/float64(len(data))) > 1e-9 {
			t.Fatalf("step %d: page J=%v mean=%v, engine %v", i-1, s["J"], s["mean"], j)
		}
		p.Key(t, " ")
		s = p.WaitState(t, fmt.Sprintf(`s.step === %d`, i))
		_, next, _ := regressionOf(t, s)
		want, grad, got := m.Params(), g.Vector(m.H), next.Params()
		for k := range want {
			if d := got[k] - (want[k] - alpha*grad[k]); math.Abs(d) > 1e-9*math.Max(1, math.Abs(want[k])) {
				t.Errorf("step %d: parameter %d moved to %v, want %v − α·%v", i, k, got[k], want[k], grad[k])
			}
		}
	}

	// U selects a unit, Q shows the squares, G the log scale.
	p.Key(t, "u")
	p.Key(t, "q")
	p.Key(t, "g")
	s = p.WaitState(t, `s.unit === 0 && s.squares === true && s.logScale === true`)
	p.Screenshot(t)

	// A click at the middle of the plane adds (about) the view's centre.
	n := len(Points(t, s))
	plane := p.Plane(t)
	cx, cy := plane.Center()
	p.Click(t, cx, cy, "left")
	s = p.WaitState(t, fmt.Sprintf(`s.points.length === %d`, n+1))
	last := Points(t, s)[n].(map[string]any)
	if x := last["x"].([]any); len(x) != 1 || math.Abs(x[0].(float64)) > 0.1 || math.Abs(last["y"].(float64)-0.5) > 0.1 {
		t.Errorf("the click added %v, want about (0, 0.5)", last)
	}
	if s["step"] != 0.0 {
		t.Errorf("an edit should start the run again from the current network: step %v", s["step"])
	}

	// A dropped x,y CSV replaces the points.
	dir := t.TempDir()
	csv := filepath.Join(dir, "medidas.csv")
	os.WriteFile(csv, []byte("x,y\n0,1\n1,2.5\n2,3.9\n3,5.6\n"), 0o644)
	w, h := Eval[float64](p, `innerWidth`), Eval[float64](p, `innerHeight`)
	p.drop(t, w/2, h/2, csv)
	s = p.WaitState(t, `s.points.length === 4 && s.points[3].y === 5.6`)

	// English, H = 0 with the least-squares line, at 1280×720.
	p.Resize(t, 1280, 720)
	p.Key(t, "l")
	p.Key(t, "!", kb.ModifierShift)
	s = p.WaitState(t, `s.lang === "en" && s.hidden === 0 && s.leastSquares !== undefined`)
	for range 10 {
		p.Key(t, " ")
	}
	p.WaitState(t, `s.step === 10`)
	if img := p.Screenshot(t); distinctColors(img) < 24 {
		t.Error("the regression scene looks blank")
	}

	// The help overlay lists the scene's keys and mouse actions.
	p.Key(t, "h")
	p.WaitFrames(t, 3)
	p.Screenshot(t)
	p.Key(t, kb.Escape)
	p.WaitFrames(t, 3)

	// The address carries the state: a page opened on it shows the same
	// network, replayed from "start".
	p.poll(`location.hash.includes("s=") && JSON.parse(neurona.state()).step === 10`, actionTimeout)
	p.WaitFrames(t, 40) // the link is refreshed twice a second
	hash := Eval[string](p, `location.hash.slice(1)`)
	want := p.State(t)
	q := openPage(t, hash)
	got := q.WaitState(t, `s.scene === "regression" && s.step === 10`)
	for _, k := range []string{"W1", "b1", "J", "points", "start", "leastSquares"} {
		if fmt.Sprint(got[k]) != fmt.Sprint(want[k]) {
			t.Errorf("link: %s = %v, want %v", k, got[k], want[k])
		}
	}

	// α = 10⁶ through the JS API: the step is refused and said, no NaN.
	doc, _ := json.Marshal(map[string]any{"scene": "regression", "alpha": 1e6, "hidden": 0, "step": 0})
	if msg := Eval[any](p, `neurona.load(`+quoteJS(string(doc))+`)`); msg != nil {
		t.Fatalf("load: %v", msg)
	}
	for range 3 {
		p.Key(t, " ")
	}
	s = p.WaitState(t, `typeof s.diverged === "string"`)
	if j := fmt.Sprint(s); strings.Contains(j, "NaN") || strings.Contains(j, "Inf") {
		t.Errorf("state after divergence: %s", j)
	}
	p.Screenshot(t)

	// A bad document is refused with a message naming the field.
	if msg, _ := Eval[any](p, `neurona.load('{"scene":"regression","points":[{"x":[1,2],"y":1}]}')`).(string); !strings.Contains(msg, "points") {
		t.Errorf("a 2-D point was not refused by name: %q", msg)
	}

	// Spanish on a phone.
	p.Key(t, "l")
	p.Resize(t, 390, 844)
	p.Key(t, "#", kb.ModifierShift)
	p.WaitState(t, `s.lang === "es" && s.hidden === 4`)
	p.WaitFrames(t, 5)
	p.Screenshot(t)
	p.NoConsoleErrors(t)
}

// regressionOf reads the published points, network and α.
func regressionOf(t *testing.T, s map[string]any) ([]engine.Sample, engine.Regressor, float64) {
	t.Helper()
	b, _ := json.Marshal(s)
	var d struct {
		Points []struct {
			X []float64 `json:"x"`
			Y float64   `json:"y"`
		} `json:"points"`
		Hidden     int         `json:"hidden"`
		Activation string      `json:"activation"`
		Alpha      float64     `json:"alpha"`
		W1         [][]float64 `json:"W1"`
		B1         []float64   `json:"b1"`
		W2         [][]float64 `json:"W2"`
		B2         []float64   `json:"b2"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	data := make([]engine.Sample, len(d.Points))
	for i, p := range d.Points {
		data[i] = engine.Sample{X: p.X[0], Y: p.Y}
	}
	act, err := engine.ParseActivation(d.Activation)
	if err != nil {
		t.Fatal(err)
	}
	m := engine.Regressor{H: d.Hidden, Hidden: act}
	for j := range max(d.Hidden, 1) {
		m.W1[j], m.B1[j] = d.W1[j][0], d.B1[j]
		if d.Hidden > 0 {
			m.W2[j] = d.W2[0][j]
		}
	}
	if d.Hidden > 0 {
		m.B2 = d.B2[0]
	}
	return data, m, d.Alpha
}

// quoteJS writes s as a JavaScript string literal.
func quoteJS(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
