//go:build e2e

package e2e

import (
	"fmt"
	"testing"
)

// xorClasses are the notes' classes of (0,0), (0,1), (1,0), (1,1).
const xorClasses = "[0 1 1 0]"

// tableOf returns the classes, outputs and hidden outputs of the truth
// table in state(), each written as a list.
func tableOf(t *testing.T, s map[string]any) (classes, yhat, z string) {
	t.Helper()
	rows, ok := s["table"].([]any)
	if !ok || len(rows) != 4 {
		t.Fatalf("state().table = %v, want 4 rows", s["table"])
	}
	var c, y, zs []any
	for _, r := range rows {
		m := r.(map[string]any)
		c, y, zs = append(c, m["class"]), append(y, m["yhat"]), append(zs, m["z"])
	}
	return fmt.Sprint(c), fmt.Sprint(y), fmt.Sprint(zs)
}

// TestXORTableMorphAndTraining checks the notes' truth table through
// state() with the sign and then the sigmoid, runs the morph into hidden
// space, trains a network from scratch (N) to 100 % on the XOR points, and
// looks at the page mid-morph and trained.
func TestXORTableMorphAndTraining(t *testing.T) {
	p := openPage(t, "scene=xor&lang=es")
	s := p.WaitState(t, `s.scene === "xor"`)
	classes, yhat, z := tableOf(t, s)
	// The notes: z₁, z₂ = (−1, 1), (1, 1), (1, 1), (1, −1); z₃ = −1, 1, 1, −1.
	if s["activation"] != "sign" || classes != xorClasses || yhat != "[-1 1 1 -1]" || z != "[[-1 1] [1 1] [1 1] [1 -1]]" {
		t.Fatalf("sign: classes %s ŷ %s z %s", classes, yhat, z)
	}
	if fmt.Sprint(s["W1"]) != "[[20 20] [-20 -20]]" || fmt.Sprint(s["b1"]) != "[-10 30]" || fmt.Sprint(s["W2"]) != "[[20 20]]" || s["b2"] != -30.0 {
		t.Errorf("not the notes' weights: W1 %v b1 %v W2 %v b2 %v", s["W1"], s["b1"], s["W2"], s["b2"])
	}

	// A: the sigmoid gives the same classes.
	p.Key(t, "a")
	s = p.WaitState(t, `s.activation === "sigmoid"`)
	if classes, _, _ := tableOf(t, s); classes != xorClasses {
		t.Errorf("sigmoid: classes %s", classes)
	}

	// M morphs the plane into hidden space in two stages: the affine map
	// (to morph = 0.5), then the squashing (to 1); look while the first
	// runs, then Space finishes each at once. (Frames are few and slow in
	// software WebGL, so nothing here waits for the animation.)
	p.Key(t, "m")
	p.WaitState(t, `s.morph > 0 && s.morph <= 0.5`)
	if img := p.Screenshot(t); distinctColors(img) < 24 {
		t.Error("the morph looks blank")
	}
	p.Key(t, " ")
	s = p.WaitState(t, `s.morph === 0.5`)
	if s["step"] != 0.0 {
		t.Errorf("Space during the morph also stepped: step %v", s["step"])
	}
	p.Key(t, "m")
	p.Key(t, " ")
	p.WaitState(t, `s.morph === 1`)
	p.Key(t, "m")
	p.Key(t, " ")
	p.WaitState(t, `s.morph === 0`)

	// N: new seeded weights, trained by gradient descent while playing;
	// + raises the speed to 2000 steps/s, many steps per tick.
	p.Key(t, "n")
	s = p.WaitState(t, `s.training === true && s.step > 0`)
	if s["activation"] != "sigmoid" || s["hidden"] != 2.0 {
		t.Errorf("N: %v, H = %v", s["activation"], s["hidden"])
	}
	for range 5 {
		p.Key(t, "+")
	}
	s = p.WaitState(t, `s.accuracy === 1`)
	if classes, _, _ := tableOf(t, s); classes != xorClasses {
		t.Errorf("trained from scratch: classes %s at step %v", classes, s["step"])
	}
	p.Key(t, "p") // pause
	s = p.WaitState(t, `s.accuracy === 1`)
	step := s["step"].(float64)
	p.WaitFrames(t, 5)
	if got := p.State(t)["step"].(float64); got != step {
		t.Errorf("still stepping after pause: %v → %v", step, got)
	}
	if img := p.Screenshot(t); distinctColors(img) < 24 {
		t.Error("the trained network looks blank")
	}
	p.NoConsoleErrors(t)
}
