//go:build e2e

package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"github.com/neurona/neurona/engine"
)

// TestPerceptronStepsMatchEngine clicks a data set into the perceptron
// scene, presses Space and checks every published number against the
// engine run here on the same points; then steps back and looks.
func TestPerceptronStepsMatchEngine(t *testing.T) {
	p, _ := openScene(t, "perceptron", "es", "")
	p.Key(t, "c")
	p.WaitState(t, `s.points.length === 0 && s.step === 0`)

	plane := p.Plane(t)
	clicks := []struct {
		fx, fy float64
		button string
		class  float64
	}{
		{0.72, 0.30, "left", 1},
		{0.62, 0.72, "left", 1},
		{0.22, 0.45, "right", -1},
		{0.35, 0.20, "right", -1},
	}
	for i, k := range clicks {
		p.Click(t, plane.X+plane.W*k.fx, plane.Y+plane.H*k.fy, k.button)
		if c := p.WaitPoints(t, i+1); c != k.class {
			t.Fatalf("click %d added class %v, want %v", i+1, c, k.class)
		}
	}

	s := p.State(t)
	pts := enginePoints(t, s)
	rule, err := engine.ParseRule(fmt.Sprint(s["rule"]))
	if err != nil {
		t.Fatal(err)
	}
	order, err := engine.ParseOrder(fmt.Sprint(s["order"]))
	if err != nil {
		t.Fatal(err)
	}
	tie, err := engine.ParseTie(fmt.Sprint(s["tie"]))
	if err != nil {
		t.Fatal(err)
	}
	bias, _ := s["bias"].(bool)
	alpha, _ := s["alpha"].(float64)
	ref := engine.NewPerceptron(pts, engine.PerceptronConfig{Rule: rule, Alpha: alpha, Order: order, NoBias: !bias, Tie: tie})
	nov := engine.NovikoffFor(pts, bias)
	if !nov.Separable || s["R"] != nov.R || s["gamma"] != nov.Gamma || s["bound"] != nov.Bound {
		t.Errorf("Novikoff: page R=%v γ=%v bound=%v; engine %v %v %v (separable %v)", s["R"], s["gamma"], s["bound"], nov.R, nov.Gamma, nov.Bound, nov.Separable)
	}

	var snaps []engine.PerceptronState
	for i := 1; i <= 6; i++ {
		p.Key(t, " ")
		s = p.WaitState(t, fmt.Sprintf(`s.step === %d`, i))
		ref.Step()
		snaps = append(snaps, ref.Snapshot())
		checkPerceptron(t, fmt.Sprintf("after Space %d", i), s, ref.Snapshot())
	}

	// Backspace steps back to the exact earlier state.
	p.Key(t, kb.Backspace)
	s = p.WaitState(t, `s.step === 5`)
	checkPerceptron(t, "after Backspace", s, snaps[4])

	img := p.Screenshot(t)
	if n := distinctColors(img); n < 24 {
		t.Errorf("the perceptron scene looks blank: %d distinct colours", n)
	}
	p.NoConsoleErrors(t)
}

// TestPerceptronNotesRunRepeats steps the page's first preset, the notes'
// three points exactly as the notes iterate them (no bias, sign(0) = +1),
// and checks w¹ = [1, −½], w² = [1, ½], w³ = [1, −½] = w¹ and the repeat
// the page reports; then the second preset, the same points with a bias,
// converges in three mistakes.
func TestPerceptronNotesRunRepeats(t *testing.T) {
	p, _ := openScene(t, "perceptron", "en", "")
	p.Key(t, "!") // Shift+1
	s := p.WaitState(t, `s.bias === false && s.tie === "positive" && s.points.length === 3 && s.step === 0`)
	want := [][2]float64{{0, 0}, {0, 0}, {1, -0.5}, {1, 0.5}, {1, -0.5}}
	for i, w := range want {
		p.Key(t, " ")
		s = p.WaitState(t, fmt.Sprintf(`s.step === %d`, i+1))
		got, _ := s["w"].([]any)
		if len(got) != 2 || got[0] != w[0] || got[1] != w[1] || s["b"] != 0.0 {
			t.Fatalf("step %d: w = %v, b = %v; the notes: %v, 0", i+1, got, s["b"], w)
		}
		_, rep := s["repeat"]
		if rep != (i == 4) {
			t.Fatalf("step %d: repeat reported %v", i+1, rep)
		}
	}
	rep, _ := s["repeat"].(map[string]any)
	if rep["mistakes"] != 3.0 || rep["earlierMistakes"] != 1.0 || s["separable"] != false {
		t.Errorf("repeat %v, separable %v: want w³ = w¹ and no separator through the origin", rep, s["separable"])
	}
	if n := distinctColors(p.Screenshot(t)); n < 24 {
		t.Errorf("the notes' run looks blank: %d distinct colours", n)
	}

	p.Key(t, "@") // Shift+2: the same points with a bias
	p.WaitState(t, `s.bias === true && s.step === 0`)
	for i := 1; i <= 9; i++ {
		p.Key(t, " ")
		s = p.WaitState(t, fmt.Sprintf(`s.step === %d`, i))
	}
	w, _ := s["w"].([]any)
	if len(w) != 2 || w[0] != 1.0 || w[1] != -0.5 || s["b"] != 1.0 || s["mistakes"] != 3.0 || s["converged"] != true {
		t.Errorf("with a bias: w=%v b=%v mistakes=%v converged=%v; want (1, −½), 1, 3, true", w, s["b"], s["mistakes"], s["converged"])
	}
	p.NoConsoleErrors(t)
}

// enginePoints reads state().points as engine points.
func enginePoints(t *testing.T, s map[string]any) []engine.Point {
	t.Helper()
	var pts []engine.Point
	for i, raw := range Points(t, s) {
		m, _ := raw.(map[string]any)
		x, _ := m["x"].([]any)
		y, _ := m["y"].(float64)
		if len(x) != 2 {
			t.Fatalf("point %d: %v", i, raw)
		}
		x0, _ := x[0].(float64)
		x1, _ := x[1].(float64)
		pts = append(pts, engine.Point{X: [2]float64{x0, x1}, Y: int(y)})
	}
	return pts
}

// checkPerceptron compares the page's w, b, mistakes and converged with
// an engine state.
func checkPerceptron(t *testing.T, when string, s map[string]any, want engine.PerceptronState) {
	t.Helper()
	w, _ := s["w"].([]any)
	if len(w) != 2 || w[0] != want.W[0] || w[1] != want.W[1] || s["b"] != want.B ||
		s["mistakes"] != float64(want.Mistakes) || s["converged"] != want.Converged {
		t.Errorf("%s: page w=%v b=%v mistakes=%v converged=%v; engine w=%v b=%v mistakes=%d converged=%v",
			when, s["w"], s["b"], s["mistakes"], s["converged"], want.W, want.B, want.Mistakes, want.Converged)
	}
}
