package engine

import (
	"math/rand/v2"
	"testing"
)

// benchData returns a fixed noisy point set, so the perceptron keeps making
// mistakes and the benchmarks measure updates too.
func benchData(n int) []Point {
	pts := randSeparable(rand.New(rand.NewPCG(99, 100)), n)
	for i := 0; i < n; i += 7 {
		pts[i].Y = -pts[i].Y
	}
	return pts
}

// netBench and netBatchBench train the largest network, full-batch and
// with mini-batches, on a 1,000-point spiral.
var (
	netBench      = NewNetTrainer(NewNet([]int{8, 8, 8, 8}, 3, Tanh, 1), GenerateData(Spiral3Data, 1000, 0.2, 1), NetConfig{LR: 0.1, L2: 1e-3})
	netBatchBench = NewNetTrainer(NewNet([]int{8, 8, 8, 8}, 3, ReLU, 1), GenerateData(Spiral3Data, 1000, 0.2, 1), NetConfig{LR: 0.1, Batch: 32, Seed: 1})
)

// layerBuf and pcaBuf are the reused buffers of a scene's per-frame
// projection of a layer; tsneSmall is a calibrated t-SNE of 100 points.
var (
	layerBuf  = make([]float64, 0, 8000)
	pcaBuf    = make([][2]float64, 0, 1000)
	tsneSmall = newBenchTSNE(100)
)

// newBenchTSNE returns a calibrated t-SNE of n points of the last hidden
// layer of netBench.
func newBenchTSNE(n int) *TSNE {
	data := netBench.Net().LayerOutputs(nil, netBench.Points()[:n], 4)
	ts, err := NewTSNE(data, n, 8, TSNEConfig{})
	if err != nil {
		panic(err)
	}
	ts.Calibrate(n)
	return ts
}

// The hot paths allocate nothing per call; these tests say so without timing.
func TestZeroAllocs(t *testing.T) {
	pts := benchData(100)
	p := NewPerceptron(pts, PerceptronConfig{Rule: Classic, Order: Shuffle, Seed: 1})
	m := NewMLP(8, Tanh, 1)
	l := Logistic{}
	buf := make([]float64, 64*64)
	h := NewHistory(p.Snapshot())
	h.SetLimit(10000)
	for range 20000 {
		h.Push(p.Snapshot())
	}
	// A bounded history of network snapshots, full: Push reuses its ring.
	nh := NewHistory(netBatchBench.Snapshot())
	nh.SetLimit(500)
	for range 600 {
		nh.Push(netBatchBench.Snapshot())
	}
	for name, f := range map[string]func(){
		"perceptron step":  func() { p.Step() },
		"mlp step":         func() { m.Step(pts, BCE, 0.1) },
		"mlp sample step":  func() { m.StepSample(pts[3], MSE, 0.1) },
		"logistic step":    func() { l.Step(pts, BCE, 0.1) },
		"eval grid":        func() { EvalGrid(buf, 64, 64, -3, -3, 3, 3, &m) },
		"loss grid":        func() { l.LossGrid(buf, 8, 8, -3, -3, 3, 3, pts, BCE) },
		"proof point":      func() { ProofPoint(p.W(), p.B(), 1, NovikoffResult{}) },
		"history push":     func() { h.Push(p.Snapshot()) },
		"net step":         func() { netBench.Step() },
		"net batch step":   func() { netBatchBench.Step() },
		"layer outputs":    func() { layerBuf = netBench.Net().LayerOutputs(layerBuf, netBench.Points(), 4) },
		"pca":              func() { pc := FitPCA(layerBuf, 1000, 8); pcaBuf = pc.Project(pcaBuf, layerBuf, 1000) },
		"tsne step":        func() { tsneSmall.Step() },
		"tsne work":        func() { tsneSmall.Work(1777) },
		"unit grid":        func() { netBench.Net().UnitGrid(buf, 64, 64, -3, -3, 3, 3, 2, 5) },
		"net eval grid":    func() { EvalGrid(buf, 64, 64, -3, -3, 3, 3, netBench.Net()) },
		"net loss":         func() { netBench.Net().Loss(netBench.Points(), 0.1) },
		"net score":        func() { netBench.Net().Score(netBench.Points()) },
		"layer outputs at": func() { netBench.Net().LayerOutputsAt(layerBuf[:64*8], netBench.Points()[:64], 4) },
		"net history":      func() { nh.Push(netBatchBench.Snapshot()) },
	} {
		if a := testing.AllocsPerRun(50, f); a != 0 {
			t.Errorf("%s: %g allocations per call", name, a)
		}
	}
}

func BenchmarkPerceptronStep(b *testing.B) {
	p := NewPerceptron(benchData(1000), PerceptronConfig{Rule: PlusMinus, Order: Shuffle, Seed: 1})
	b.ReportAllocs()
	for b.Loop() {
		p.Step()
	}
}

func BenchmarkMLPStep(b *testing.B) {
	pts := benchData(100)
	m := NewMLP(8, Tanh, 1)
	b.ReportAllocs()
	for b.Loop() {
		m.Step(pts, BCE, 0.1)
	}
}

func BenchmarkEvalGrid256(b *testing.B) {
	m := NewMLP(8, Tanh, 1)
	buf := make([]float64, 256*256)
	b.ReportAllocs()
	for b.Loop() {
		EvalGrid(buf, 256, 256, -3, -3, 3, 3, &m)
	}
}

func BenchmarkNovikoff1000(b *testing.B) {
	pts := randSeparable(rand.New(rand.NewPCG(1, 2)), 1000)
	b.ReportAllocs()
	for b.Loop() {
		Novikoff(pts)
	}
}

// BenchmarkNetStep1000 is one full-batch step of a 2-8-8-8-8-3 network on
// 1,000 points, the embedding scene's largest case.
func BenchmarkNetStep1000(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		netBench.Step()
	}
}

// BenchmarkNetBatchStep is one 32-point mini-batch step of the same network.
func BenchmarkNetBatchStep(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		netBatchBench.Step()
	}
}

// BenchmarkTSNEStep1000 is one iteration of exact t-SNE of 1,000 points,
// what the embedding scene runs a few of per frame.
func BenchmarkTSNEStep1000(b *testing.B) {
	ts := newBenchTSNE(1000)
	b.ReportAllocs()
	for b.Loop() {
		ts.Step()
	}
}

// BenchmarkTSNEWork1000 is one call of Work with a frame's t-SNE budget
// (100,000 units, a fifth of an iteration) on 1,000 points: what the
// embedding scene spends per tick on each embedding at most.
func BenchmarkTSNEWork1000(b *testing.B) {
	ts := newBenchTSNE(1000)
	b.ReportAllocs()
	for b.Loop() {
		ts.Work(100000)
	}
}

// BenchmarkTSNECalibrate1000 is the calibration of P for 1,000 points, paid
// once per perplexity or data change (spread over frames by Calibrate).
func BenchmarkTSNECalibrate1000(b *testing.B) {
	ts := newBenchTSNE(1000)
	b.ReportAllocs()
	for b.Loop() {
		ts.SetPerplexity(30)
		ts.Calibrate(1000)
	}
}

// BenchmarkPCA1000 fits and projects a 1,000-point, 8-unit layer.
func BenchmarkPCA1000(b *testing.B) {
	data := netBench.Net().LayerOutputs(nil, netBench.Points(), 4)
	dst := make([][2]float64, 1000)
	b.ReportAllocs()
	for b.Loop() {
		p := FitPCA(data, 1000, 8)
		dst = p.Project(dst, data, 1000)
	}
}

// BenchmarkLossGrid64 is the gradient scene's loss map: J over a 64×64
// grid of θ for 100 points (the loss alone, no gradient thrown away).
func BenchmarkLossGrid64(b *testing.B) {
	pts := benchData(100)
	buf := make([]float64, 64*64)
	l := Logistic{B: 0.3}
	b.ReportAllocs()
	for b.Loop() {
		l.LossGrid(buf, 64, 64, -3, -3, 3, 3, pts, BCE)
	}
}

// BenchmarkMLPDescendXOR is one training step of the xor scene at the top
// speed: the notes' 2-2-1 sigmoid network on the four XOR points.
func BenchmarkMLPDescendXOR(b *testing.B) {
	pts := []Point{{X: [2]float64{0, 0}, Y: -1}, {X: [2]float64{0, 1}, Y: 1}, {X: [2]float64{1, 0}, Y: 1}, {X: [2]float64{1, 1}, Y: -1}}
	m := NewMLP(2, Sigmoid, 1)
	b.ReportAllocs()
	for b.Loop() {
		m.Descend(pts, BCE, 0.01)
	}
}
