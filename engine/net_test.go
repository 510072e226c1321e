package engine

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

// netShapes are the depths and widths the gradient tests cover: every depth
// 1…MaxLayers, narrow and full-width layers.
var netShapes = [][]int{{2}, {8}, {3, 1}, {5, 4, 3}, {8, 8, 8, 8}, {1, 2, 3, 4}}

// randClassPoints returns n points in [−2, 2]² with random classes 0…k−1.
func randClassPoints(r *rand.Rand, n, k int) []ClassPoint {
	pts := make([]ClassPoint, n)
	for i := range pts {
		pts[i] = ClassPoint{X: [2]float64{4*r.Float64() - 2, 4*r.Float64() - 2}, Class: r.IntN(k)}
	}
	return pts
}

// TestNetGradientsAgreeWithFiniteDifferences holds backpropagation to
// gonum's central differences of the loss for every hidden activation with a
// derivative, every depth and K = 2, 3, 4, with and without L2.
func TestNetGradientsAgreeWithFiniteDifferences(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, act := range []Activation{Sigmoid, Tanh, ReLU, Arctan} {
		for si, shape := range netShapes {
			for k := 2; k <= MaxClasses; k++ {
				lambda := 0.0
				if si%2 == 1 {
					lambda = 0.01
				}
				n := NewNet(shape, k, act, int64(si*10+k))
				pts := randClassPoints(r, 6, k)
				var g NetGrads
				n.Gradient(pts, lambda, &g)
				back := g.Vector(&n, nil)
				probe := n
				ref := fd.Gradient(nil, func(p []float64) float64 {
					probe.SetParams(p)
					return probe.Loss(pts, lambda)
				}, n.Params(nil), &fd.Settings{Formula: fd.Central, Step: 1e-6})
				if len(back) != len(ref) || len(back) != n.NumParams() {
					t.Fatalf("%v %v K=%d: %d gradients, %d parameters", act, shape, k, len(back), len(ref))
				}
				for i := range ref {
					// ReLU's kink can fall within the step of a sample:
					// allow a looser tolerance there only.
					tol := 1e-6
					if act == ReLU {
						tol = 1e-4
					}
					if d := math.Abs(ref[i] - back[i]); d > tol*math.Max(1, math.Abs(ref[i])) {
						t.Errorf("%v %v K=%d λ=%g: parameter %d: backprop %.9g, finite differences %.9g", act, shape, k, lambda, i, back[i], ref[i])
					}
				}
			}
		}
	}
}

// TestNetOfMLPAgrees checks that the 2-H-1 MLP with a sigmoid output is the
// case L = 1, K = 2: same output, same BCE, same gradients in the same order.
func TestNetOfMLPAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, act := range []Activation{Sigmoid, Tanh, ReLU, Arctan} {
		m := NewMLP(3, act, 5)
		n := NetOfMLP(m)
		pts := randSeparable(r, 20)
		cps := make([]ClassPoint, len(pts))
		for i, p := range pts {
			cps[i] = ClassPointOf(p)
		}
		for _, p := range pts {
			if a, b := m.Predict(p.X), n.Probs(p.X)[1]; math.Abs(a-b) > 1e-15 {
				t.Fatalf("%v: MLP %g, Net %g", act, a, b)
			}
		}
		lm, gm := m.Gradient(pts, BCE)
		var g NetGrads
		ln := n.Gradient(cps, 0, &g)
		if math.Abs(lm-ln) > 1e-12 {
			t.Errorf("%v: loss %g vs %g", act, lm, ln)
		}
		// The MLP's order is W1, b1, W2, b2, as is the Net's.
		a, b := gm.Vector(3), g.Vector(&n, nil)
		for i := range a {
			if math.Abs(a[i]-b[i]) > 1e-12 {
				t.Errorf("%v: gradient %d: MLP %g, Net %g", act, i, a[i], b[i])
			}
		}
	}
}

func TestNetShapesAndParams(t *testing.T) {
	n := NewNet([]int{8, 8, 2}, 3, Tanh, 1)
	if n.L != 3 || n.Width(0) != 2 || n.Width(3) != 2 || n.Width(4) != 3 || n.Width(5) != 0 {
		t.Fatalf("shape %+v", n.Sizes)
	}
	if want := 8*3 + 8*9 + 2*9 + 3*3; n.NumParams() != want {
		t.Errorf("%d parameters, want %d", n.NumParams(), want)
	}
	v := n.Params(nil)
	var m Net
	m.L, m.K, m.Sizes, m.Act = n.L, n.K, n.Sizes, n.Act
	if !m.SetParams(v) || m != n {
		t.Error("SetParams(Params()) changed the network")
	}
	if m.SetParams(v[1:]) {
		t.Error("a short vector was accepted")
	}
	// Clamping: too many layers, too wide, too many classes.
	c := NewNet([]int{0, 99, 3, 3, 3, 3}, 9, ReLU, 1)
	if c.L != MaxLayers || c.Width(1) != 1 || c.Width(2) != MaxHidden || c.K != MaxClasses {
		t.Errorf("clamped to %+v K=%d", c.Sizes, c.K)
	}
	if NewNet([]int{3}, 2, Tanh, 4) != NewNet([]int{3}, 2, Tanh, 4) || NewNet([]int{3}, 2, Tanh, 4) == NewNet([]int{3}, 2, Tanh, 5) {
		t.Error("initialisation is not a function of the seed")
	}
}

// TestNetProbsSumToOne checks the softmax and the sigmoid's two classes.
func TestNetProbsSumToOne(t *testing.T) {
	for k := 2; k <= MaxClasses; k++ {
		n := NewNet([]int{4, 4}, k, Sigmoid, int64(k))
		for _, x := range [][2]float64{{0, 0}, {1e9, -1e9}, {-3, 2}} {
			p := n.Probs(x)
			s := 0.0
			for _, v := range p {
				s += v
			}
			if math.Abs(s-1) > 1e-12 {
				t.Errorf("K=%d at %v: probabilities %v", k, x, p)
			}
		}
	}
}

// trainedNet trains a network on a generated data set and returns it with
// the final training accuracy.
func trainedNet(kind DataKind, hidden []int, act Activation, batch, steps int) (Net, float64) {
	pts := GenerateData(kind, 200, 0, 3)
	n := NewNet(hidden, kind.Classes(), act, 1)
	tr := NewNetTrainer(n, pts, NetConfig{LR: 0.3, Batch: batch, Seed: 2})
	tr.Run(steps)
	return *tr.Net(), tr.Net().Accuracy(pts)
}

// TestNetLearns trains full-batch and mini-batch networks on data no line
// separates: the accuracy must go far beyond chance.
func TestNetLearns(t *testing.T) {
	for _, c := range []struct {
		kind   DataKind
		hidden []int
		act    Activation
		batch  int
		want   float64
	}{
		{XORData, []int{4}, Tanh, 0, 0.95},
		{CircleData, []int{8, 4}, ReLU, 20, 0.95},
		{Blobs3Data, []int{6}, Tanh, 0, 0.95},
		{Blobs4Data, []int{8, 8}, Sigmoid, 10, 0.9},
	} {
		_, acc := trainedNet(c.kind, c.hidden, c.act, c.batch, 3000)
		if acc < c.want {
			t.Errorf("%v %v %v batch %d: accuracy %.3f, want ≥ %.2f", c.kind, c.hidden, c.act, c.batch, acc, c.want)
		}
	}
}

// TestNetMiniBatchCoversEpoch checks that mini-batches visit every point
// once an epoch: the mean of the batch gradients over an epoch of a net
// that does not move (α = 0) is the full-batch gradient.
func TestNetMiniBatchCoversEpoch(t *testing.T) {
	pts := GenerateData(MoonsData, 23, 0.1, 1)
	n := NewNet([]int{3}, 2, Tanh, 1)
	var full NetGrads
	n.Gradient(pts, 0, &full)
	tr := NewNetTrainer(n, pts, NetConfig{LR: 0, Batch: 5, Seed: 9})
	var sum [MaxLayers + 1][MaxHidden][MaxHidden]float64
	sizes := 0
	for tr.Snapshot().Epoch == 0 {
		st := tr.Step()
		sizes += st.Batch
		g := tr.Grads()
		for j := range 3 {
			for i := range 2 {
				sum[0][j][i] += g.W[0][j][i] * float64(st.Batch)
			}
		}
	}
	if sizes != len(pts) {
		t.Fatalf("an epoch visited %d points, want %d", sizes, len(pts))
	}
	for j := range 3 {
		for i := range 2 {
			if got := sum[0][j][i] / float64(len(pts)); math.Abs(got-full.W[0][j][i]) > 1e-12 {
				t.Errorf("W1[%d][%d]: epoch mean %g, full batch %g", j, i, got, full.W[0][j][i])
			}
		}
	}
}

// TestNetDivergenceRefused drives training with a huge rate on far points:
// steps are refused and flagged, and nothing becomes NaN or infinite.
func TestNetDivergenceRefused(t *testing.T) {
	pts := []ClassPoint{{X: [2]float64{1e9, -1e9}, Class: 1}, {X: [2]float64{-1e9, 1e9}, Class: 0}, {X: [2]float64{1e9, 1e9}, Class: 2}}
	for _, act := range []Activation{ReLU, Sigmoid, Tanh, Arctan} {
		tr := NewNetTrainer(NewNet([]int{8, 8, 8, 8}, 3, act, 1), pts, NetConfig{LR: MaxLR})
		diverged := false
		for range 200 {
			st := tr.Step()
			diverged = diverged || st.Diverged
			if math.IsNaN(st.Loss) || math.IsInf(st.Loss, 0) || math.IsNaN(st.GradNorm) {
				t.Fatalf("%v: step %+v", act, st)
			}
		}
		n := tr.Net()
		for _, v := range n.Params(nil) {
			if !(math.Abs(v) <= MaxNetParam) {
				t.Fatalf("%v: parameter %g", act, v)
			}
		}
		if l := n.Loss(pts, 0); math.IsNaN(l) || math.IsInf(l, 0) {
			t.Errorf("%v: loss %g", act, l)
		}
		if act == ReLU && !diverged {
			t.Errorf("%v: no step was refused", act)
		}
	}
}

// TestNetSnapshotRestore checks that restoring a snapshot replays the same
// steps, mini-batch order included.
func TestNetSnapshotRestore(t *testing.T) {
	pts := GenerateData(SpiralData, 60, 0.1, 1)
	tr := NewNetTrainer(NewNet([]int{6, 6}, 2, Tanh, 3), pts, NetConfig{LR: 0.1, Batch: 7, Seed: 4})
	tr.Run(13)
	s := tr.Snapshot()
	a := tr.Run(40)
	after := tr.Snapshot()
	tr.Restore(s)
	b := tr.Run(40)
	if a != b || tr.Snapshot() != after {
		t.Errorf("replay differs: %+v vs %+v", a, b)
	}
}

// TestLayerOutputs checks the per-point layer values against Forward.
func TestLayerOutputs(t *testing.T) {
	pts := GenerateData(Blobs3Data, 10, 0.2, 1)
	n := NewNet([]int{5, 2}, 3, Tanh, 1)
	for l := 0; l <= 3; l++ {
		out := n.LayerOutputs(nil, pts, l)
		w := n.Width(l)
		if len(out) != len(pts)*w {
			t.Fatalf("layer %d: %d values", l, len(out))
		}
		for k, p := range pts {
			var f NetForward
			n.Forward(p.X, &f)
			for j := range w {
				if out[k*w+j] != f.Z[l][j] || n.Unit(p.X, l, j) != f.Z[l][j] {
					t.Fatalf("layer %d point %d unit %d", l, k, j)
				}
			}
		}
	}
	grid := make([]float64, 6*4)
	n.UnitGrid(grid, 6, 4, -1, -2, 2, 2, 1, 3)
	if want := n.Unit([2]float64{-1 + 0.25, 2 - 0.5}, 1, 3); grid[0] != want {
		t.Errorf("UnitGrid's first cell %g, want %g", grid[0], want)
	}
	if len(n.LayerOutputs(nil, pts, 9)) != 0 || len(n.LayerOutputs(nil, pts, -1)) != 0 {
		t.Error("a missing layer has outputs")
	}
	if n.Unit([2]float64{}, 9, 0) != 0 || n.Unit([2]float64{}, 1, 7) != 0 {
		t.Error("a missing unit has a value")
	}
}

func ExampleNetTrainer() {
	pts := GenerateData(XORData, 100, 0, 1)
	tr := NewNetTrainer(NewNet([]int{4, 4}, 2, Tanh, 1), pts, NetConfig{LR: 0.5})
	st := tr.Run(2000)
	fmt.Printf("step %d, accuracy %.2f\n", st.Step, tr.Net().Accuracy(pts))
	// Output: step 2000, accuracy 1.00
}

// TestNetHandMade checks that a hand-made Net with out-of-range sizes never
// panics and gives finite values.
func TestNetHandMade(t *testing.T) {
	pts := []ClassPoint{{X: [2]float64{1, 2}, Class: 7}, {X: [2]float64{-1, 0}, Class: 1}}
	for _, n := range []Net{
		{},
		{L: 9, K: 99, Sizes: [MaxLayers + 2]int{2, 99, -3, 4, 5, 6}},
		{L: -1, K: -5, Act: Activation(42)},
	} {
		var g NetGrads
		l := n.Gradient(pts, 0.1, &g)
		tr := NewNetTrainer(n, pts, NetConfig{LR: 1, Batch: 1})
		tr.Run(3)
		if math.IsNaN(l) || math.IsNaN(n.Loss(pts, 0)) || n.Classify(pts[0].X) < 0 {
			t.Errorf("%+v: loss %g", n.Sizes, l)
		}
		n.LayerOutputs(nil, pts, 3)
		n.Params(nil)
	}
}

// TestForwardFromMatchesForward: running the network from a 2-unit hidden
// layer's outputs gives the outputs of the whole forward pass.
func TestForwardFromMatchesForward(t *testing.T) {
	n := NewNet([]int{5, 2, 3}, 3, Tanh, 9)
	for _, x := range [][2]float64{{0.3, -1}, {2, 1.5}, {-0.7, 0.1}} {
		var f, g NetForward
		n.Forward(x, &f)
		n.ForwardFrom(2, [2]float64{f.Z[2][0], f.Z[2][1]}, &g)
		for c := range 3 {
			if math.Abs(f.Z[4][c]-g.Z[4][c]) > 1e-12 {
				t.Errorf("at %v class %d: from layer 2 %g, whole pass %g", x, c, g.Z[4][c], f.Z[4][c])
			}
		}
		n.ForwardFrom(0, x, &g)
		if g.Z[3] != f.Z[3] {
			t.Errorf("from the inputs at %v: %v, want %v", x, g.Z[3], f.Z[3])
		}
	}
}
