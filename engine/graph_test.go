package engine

import (
	"math"
	"slices"
	"testing"
)

// walk takes every step of g and returns the records.
func walk(g *Graph) []GraphStep {
	var out []GraphStep
	for {
		s, ok := g.Next()
		if !ok {
			return out
		}
		out = append(out, s)
	}
}

func TestGraphWalk(t *testing.T) {
	m := NewMLP(2, Sigmoid, 5)
	x, y := [2]float64{0.7, -1.3}, 1
	g := NewGraph(m, x, y)
	steps := walk(g)
	var order []string
	for _, s := range steps {
		order = append(order, s.Phase+":"+s.Node)
	}
	want := []string{
		"forward:a1", "forward:a2", "forward:z1", "forward:z2", "forward:a3", "forward:yhat", "loss:L",
		"backward:yhat", "backward:a3", "backward:w1", "backward:w2", "backward:b3", "backward:z1", "backward:z2",
		"backward:a1", "backward:a2", "backward:t11", "backward:t12", "backward:b1", "backward:t21", "backward:t22", "backward:b2",
		"update:",
	}
	if !slices.Equal(order, want) || g.Steps() != len(want) || !g.Done() || g.Pos() != len(want) {
		t.Fatalf("order %v", order)
	}
	if _, ok := g.Next(); ok {
		t.Fatal("Next after the end")
	}
	// Forward values agree with MLP.Forward and the loss with SampleLoss.
	f := m.Forward(x)
	for id, v := range map[string]float64{"a1": f.A1[0], "a2": f.A1[1], "z1": f.Z1[0], "z2": f.Z1[1], "a3": f.A3, "yhat": f.YHat, "L": m.SampleLoss(f, y, BCE)} {
		if n, _ := g.NodeByID(id); n.Value != v || !n.HasValue {
			t.Errorf("%s = %g, want %g", id, n.Value, v)
		}
	}
	for _, e := range g.Edges {
		if !e.Known || e.Formula == "" {
			t.Errorf("edge %s→%s not filled in", e.From, e.To)
		}
	}
	if _, ok := g.NodeByID("nope"); ok {
		t.Error("NodeByID")
	}
}

// TestGraphGradients checks every ∂L/∂θ of the graph against MLP.Backward,
// against finite differences, and ∂L/∂θ₁₁ against the lecture's formula
// −x₁ θ₁^[2] z₁(1 − z₁)(y − ŷ).
func TestGraphGradients(t *testing.T) {
	for seed := range int64(20) {
		m := NewMLP(2, Sigmoid, seed)
		x := [2]float64{float64(seed%5) - 2, 1.5 - float64(seed%3)}
		y := 1 - 2*int(seed%2)
		g := NewGraph(m, x, y)
		steps := walk(g)
		f := m.Forward(x)
		bw := m.Backward(f, x, y, BCE)
		want := map[string]float64{
			"t11": bw.W1[0][0], "t12": bw.W1[0][1], "b1": bw.B1[0],
			"t21": bw.W1[1][0], "t22": bw.W1[1][1], "b2": bw.B1[1],
			"w1": bw.W2[0], "w2": bw.W2[1], "b3": bw.B2,
		}
		fd := numGrads(m, []Point{{X: x, Y: y}}, BCE)
		wantFD := map[string]float64{
			"t11": fd.W1[0][0], "t12": fd.W1[0][1], "b1": fd.B1[0],
			"t21": fd.W1[1][0], "t22": fd.W1[1][1], "b2": fd.B1[1],
			"w1": fd.W2[0], "w2": fd.W2[1], "b3": fd.B2,
		}
		for _, s := range steps {
			if s.Phase != "backward" {
				continue
			}
			if w, ok := want[s.Node]; ok {
				if math.Abs(s.Value-w) > 1e-14*(1+math.Abs(w)) || math.Abs(s.Value-wantFD[s.Node]) > 1e-6 {
					t.Errorf("seed %d: ∂L/∂%s = %g, backprop %g, finite difference %g", seed, s.Node, s.Value, w, wantFD[s.Node])
				}
			}
			prod := 1.0
			for _, c := range s.Chain {
				prod *= c
			}
			if math.Abs(prod-s.Value) > 1e-12*(1+math.Abs(s.Value)) {
				t.Errorf("seed %d %s: chain product %g ≠ %g", seed, s.Node, prod, s.Value)
			}
		}
		t11, _ := g.NodeByID("t11")
		z1 := f.Z1[0]
		tt := float64(y+1) / 2
		lecture := -x[0] * m.W2[0] * z1 * (1 - z1) * (tt - f.YHat)
		if math.Abs(t11.Grad-lecture) > 1e-14*(1+math.Abs(lecture)) {
			t.Errorf("seed %d: ∂L/∂θ₁₁ = %g, lecture formula %g", seed, t11.Grad, lecture)
		}
	}
}

// TestGraphReuse: ∂L/∂θ₁₁ and ∂L/∂θ₁₂ both multiply the cached ∂L/∂a₁.
func TestGraphReuse(t *testing.T) {
	g := NewGraph(XORLecture(Sigmoid), [2]float64{1, 0}, 1)
	byNode := map[string]GraphStep{}
	for _, s := range walk(g) {
		if s.Phase == "backward" {
			byNode[s.Node] = s
		}
	}
	a1, _ := g.NodeByID("a1")
	for _, id := range []string{"t11", "t12", "b1"} {
		s := byNode[id]
		if !slices.Equal(s.Reused, []string{"a1"}) || len(s.Chain) != 5 || len(s.Edges) != 1 || s.Edges[0].To != "a1" {
			t.Errorf("%s: reused %v chain %v", id, s.Reused, s.Chain)
		}
		if s.Value != a1.Grad*s.Edges[0].Local {
			t.Errorf("%s: %g ≠ ∂L/∂a₁·local", id, s.Value)
		}
		if !slices.Equal(s.Path, []string{"yhat", "a3", "z1", "a1", id}) || len(s.Running) != 5 ||
			s.Running[3] != a1.Grad || s.Running[4] != s.Value {
			t.Errorf("%s: path %v running %v", id, s.Path, s.Running)
		}
	}
	if a1.Reads != 3 || len(byNode["yhat"].Reused) != 0 || !slices.Equal(byNode["a1"].Reused, []string{"z1"}) {
		t.Errorf("reads %d, yhat reused %v", a1.Reads, byNode["yhat"].Reused)
	}
	if e := byNode["a1"].Edges[0]; e.Formula != "z₁(1−z₁)" {
		t.Errorf("∂z₁/∂a₁ formula %q", e.Formula)
	}
}

func TestGraphUpdateAndSnapshot(t *testing.T) {
	m := NewMLP(2, Tanh, 3)
	x, y := [2]float64{0.5, 0.25}, -1
	g := NewGraph(m, x, y)
	g.LR = 0.1
	for range 10 {
		g.Next()
	}
	snap := *g
	clone := g.Clone()
	rest := walk(g)
	if again := walk(clone); len(again) != len(rest) {
		t.Fatal("clone walk length")
	} else {
		for i := range rest {
			if rest[i].Value != again[i].Value || rest[i].Node != again[i].Node {
				t.Fatal("clone diverged")
			}
		}
	}
	if snap.Pos() != 10 || snap.Done() {
		t.Fatal("value copy was changed by later steps")
	}
	upd := rest[len(rest)-1]
	if upd.Phase != "update" || len(upd.Updates) != 9 || upd.Diverged {
		t.Fatalf("update step %+v", upd)
	}
	f := m.Forward(x)
	bw := m.Backward(f, x, y, BCE)
	nm := g.Model()
	if nm.W1[0][1] != m.W1[0][1]-0.1*bw.W1[0][1] || nm.B2 != m.B2-0.1*bw.B2 || nm.W2[1] != m.W2[1]-0.1*bw.W2[1] {
		t.Fatal("update does not match θ − α∂L/∂θ")
	}
	l0 := m.SampleLoss(m.Forward(x), y, BCE)
	if l1 := nm.SampleLoss(nm.Forward(x), y, BCE); l1 >= l0 {
		t.Errorf("loss did not decrease: %g → %g", l0, l1)
	}
	// A saturated network: the graph stays finite.
	sat := XORLecture(Sigmoid)
	sat.B2 = 1e3
	gs := NewGraph(sat, [2]float64{0, 0}, -1)
	for _, s := range walk(gs) {
		if math.IsNaN(s.Value) || math.IsInf(s.Value, 0) {
			t.Fatalf("saturated: %s %s = %g", s.Phase, s.Node, s.Value)
		}
	}
	// Diverging update is refused.
	big := NewMLP(2, Identity, 1)
	big.W2[0] = MaxParam
	gb := NewGraph(big, [2]float64{1e9, 1e9}, -1)
	gb.LR = 1e6
	steps := walk(gb)
	if last := steps[len(steps)-1]; !last.Diverged || gb.Model() != func() MLP { big.H = 2; return big }() {
		t.Error("diverging update not refused")
	}
}
