package model

import (
	"math"
	"runtime"
	"testing"

	"github.com/neurona/neurona/engine"
)

func moons(t *testing.T) ([]Point, []engine.ClassPoint, []engine.ClassPoint) {
	t.Helper()
	pts := Generate(engine.MoonsData, 200, 0.1, 0.3, 1)
	train, test := Sets(pts, nil, nil)
	if len(train) != 140 || len(test) != 60 {
		t.Fatalf("%d training and %d test points, want 140 and 60", len(train), len(test))
	}
	return pts, train, test
}

// TestAdvanceAllocatesNothing: once the history is full, training a tick's
// steps, keeping a snapshot and a sample allocates nothing.
func TestAdvanceAllocatesNothing(t *testing.T) {
	_, train, test := moons(t)
	r := NewRun(engine.NewNet([]int{8, 8, 2}, 2, engine.Tanh, 1), train, test, engine.NetConfig{LR: 0.1, Batch: 16, Seed: 1})
	for range HistoryLimit + maxSamples {
		r.Advance(1)
	}
	if a := testing.AllocsPerRun(20, func() { r.Advance(10) }); a != 0 {
		t.Errorf("Advance allocated %v times", a)
	}
	if _, n := r.History(); n != HistoryLimit {
		t.Errorf("history holds %d, want its limit %d", n, HistoryLimit)
	}
	if len(r.Curve()) > maxSamples {
		t.Errorf("curve holds %d samples, beyond %d", len(r.Curve()), maxSamples)
	}
}

// TestTrainAllocatesNothingFromTheStart: a new run's history has room for
// its limit, so the training steps of a playing scene (a snapshot each)
// allocate nothing from the first step on: a history grown by doubling
// allocated and copied up to 512 snapshots in a tick.
func TestTrainAllocatesNothingFromTheStart(t *testing.T) {
	_, train, test := moons(t)
	r := NewRun(engine.NewNet([]int{8, 8, 8, 8}, 2, engine.Tanh, 1), train, test, engine.NetConfig{LR: 0.1, Batch: 32, Seed: 1})
	r.Train(1) // once outside the count, as AllocsPerRun does
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range HistoryLimit + 50 {
		r.Train(1)
	}
	runtime.ReadMemStats(&after)
	// Bytes, not counts: the runtime and the test's own goroutines
	// allocate a few small objects meanwhile; a grown history is
	// megabytes.
	if b := after.TotalAlloc - before.TotalAlloc; b > 16<<10 {
		t.Errorf("%d steps allocated %d bytes", HistoryLimit+50, b)
	}
	if _, n := r.History(); n != HistoryLimit {
		t.Errorf("history holds %d, want its limit %d", n, HistoryLimit)
	}
}

// TestResumeMatchesReplay: resuming at step k from the parameters a replay
// reached continues exactly as the replay does (same mini-batches).
func TestResumeMatchesReplay(t *testing.T) {
	_, train, test := moons(t)
	cfg := engine.NetConfig{LR: 0.1, Batch: 16, Seed: 3}
	start := engine.NewNet([]int{4, 2}, 2, engine.Tanh, 2)
	a := NewRun(start, train, test, cfg)
	if err := a.Replay(23); err != nil {
		t.Fatal(err)
	}
	b := NewRun(start, train, test, cfg)
	b.Resume(*a.Net(), 23)
	a.Advance(7)
	b.Advance(7)
	if *a.Net() != *b.Net() || a.Step() != 30 || b.Step() != 30 {
		t.Error("a resumed run does not continue as the replayed one")
	}
	if err := a.Replay(int(MaxReplay)); err != ErrReplayTooLong {
		t.Errorf("replaying %g steps: %v", MaxReplay, err)
	}
}

// TestBackAndCurve: stepping back restores the metrics of that snapshot
// and a new step after it drops the curve's later samples.
func TestBackAndCurve(t *testing.T) {
	_, train, test := moons(t)
	r := NewRun(engine.NewNet([]int{4, 2}, 2, engine.Tanh, 2), train, test, engine.NetConfig{LR: 0.5})
	r.Advance(1)
	m1 := r.Metrics()
	r.Advance(1)
	r.Advance(1)
	if !r.Back() || !r.Back() || r.Metrics() != m1 || r.Step() != 1 {
		t.Fatalf("back twice: step %d, metrics %+v, want %+v", r.Step(), r.Metrics(), m1)
	}
	r.Advance(1)
	c := r.Curve()
	if len(c) != 3 || c[2].Step != 2 {
		t.Errorf("curve %+v, want steps 0, 1, 2", c)
	}
	if !(m1.HasTest && m1.TestAcc >= 0 && m1.TestAcc <= 1 && m1.Loss > 0) {
		t.Errorf("metrics %+v", m1)
	}
}

// TestEmbeddingIsTheLayerOrItsPCA: a 2-unit layer is drawn as it is, a
// wider one by its principal components, with the next layer's lines only
// in the first case.
func TestEmbeddingIsTheLayerOrItsPCA(t *testing.T) {
	_, train, _ := moons(t)
	net := engine.NewNet([]int{8, 2}, 2, engine.Tanh, 4)
	var e Embedding
	e.Compute(&net, train, 2, false)
	var f engine.NetForward
	net.Forward(train[5].X, &f)
	if e.PCA || e.D != 2 || e.Y[5] != [2]float64{f.Z[2][0], f.Z[2][1]} {
		t.Errorf("layer 2: %+v, want the layer's outputs %v", e.Y[5], f.Z[2][:2])
	}
	if ws, bs := Lines(&net, 2); len(ws) != 1 || ws[0] != [2]float64{net.W[2][0][0], net.W[2][0][1]} || bs[0] != net.B[2][0] {
		t.Errorf("the output's line %v %v", ws, bs)
	}
	e.Compute(&net, train, 1, false)
	if !e.PCA || e.D != 8 || len(e.Y) != len(train) {
		t.Errorf("layer 1: D %d, pca %v, %d rows", e.D, e.PCA, len(e.Y))
	}
	// PCA's first coordinate has the largest variance.
	v := [2]float64{}
	for _, y := range e.Y {
		v[0] += y[0] * y[0]
		v[1] += y[1] * y[1]
	}
	if v[0] < v[1] {
		t.Errorf("variances %v: the first principal component should carry more", v)
	}
	if ws, _ := Lines(&net, 1); ws != nil {
		t.Error("an 8-unit layer has no lines to draw")
	}
}

// TestTSNEPairCalibratesThenIterates: the pair spreads calibration over
// ticks within its budget, then iterates, and the layer's KL falls.
func TestTSNEPairCalibratesThenIterates(t *testing.T) {
	pts, _, _ := moons(t)
	all := All(pts, nil)
	net := engine.NewNet([]int{8, 2}, 2, engine.Tanh, 4)
	lay := net.LayerOutputs(nil, all, 1)
	const budget = 100000
	// A row of P costs n·d/4 + n per evaluation of its entropy: well under
	// 200·8/4 + 200·200.
	const row = 200*8/4 + 200*200
	var p TSNEPair
	p.Sync(all, 1, lay, 8, 1, 20, false)
	if used := p.Tick(budget); used > budget+row || !p.Calibrating() {
		t.Errorf("first tick: %d units, calibrating %v (200 points need more than %d units)", used, p.Calibrating(), budget)
	}
	ticks := 1
	for ; p.Calibrating() && ticks < 1000; ticks++ {
		if used := p.Tick(budget); used > budget+row {
			t.Fatalf("tick %d used %d units of %d", ticks, used, budget)
		}
	}
	if ticks < 3 {
		t.Errorf("calibrated in %d ticks", ticks)
	}
	for range 2 * klEvery {
		p.Tick(budget)
	}
	_, k0 := p.KL()
	for range 200 {
		p.Sync(all, 1, lay, 8, 1, 20, false)
		p.Tick(budget)
	}
	_, k1 := p.KL()
	if p.Calibrating() || !(k0 > 0) || !(k1 < k0) || math.IsNaN(k1) {
		t.Errorf("KL %v → %v, calibrating %v", k0, k1, p.Calibrating())
	}
	var few TSNEPair
	few.Sync(all[:1], 1, lay[:8], 8, 1, 20, false)
	if few.Err == nil {
		t.Error("t-SNE of one point should be refused")
	}
}

func TestClassesAndBounds(t *testing.T) {
	if k := Classes([]Point{{Class: 0}, {Class: 2}}); k != 3 {
		t.Errorf("Classes = %d, want 3", k)
	}
	if k := Classes(nil); k != 2 {
		t.Errorf("Classes(nil) = %d, want 2", k)
	}
	cx, cy, h := Bounds([]Point{{X: [2]float64{10, 10}}, {X: [2]float64{14, 12}}})
	if cx != 12 || cy != 11 || h < 2 {
		t.Errorf("Bounds = %v, %v, %v", cx, cy, h)
	}
}

// TestClassFromMatchesTheNetwork: running the rest of the network from a
// layer's outputs gives the class the whole network gives, for K = 2 and
// softmax, from the inputs and from a 2-unit hidden layer.
func TestClassFromMatchesTheNetwork(t *testing.T) {
	for _, k := range []int{2, 3, 4} {
		net := engine.NewNet([]int{5, 2, 3}, k, engine.Tanh, int64(k))
		var f engine.NetForward
		for i := range 50 {
			x := [2]float64{math.Sin(float64(i)) * 1.5, math.Cos(float64(3*i)) * 1.5}
			want := net.Classify(x)
			if got, conf := ClassFrom(&net, 0, x); got != want || conf < 0 || conf > 1 {
				t.Fatalf("K=%d x=%v: from the inputs class %d (conf %v), want %d", k, x, got, conf, want)
			}
			net.Forward(x, &f)
			if got, _ := ClassFrom(&net, 2, [2]float64{f.Z[2][0], f.Z[2][1]}); got != want {
				t.Fatalf("K=%d x=%v: from layer 2 class %d, want %d", k, x, got, want)
			}
		}
	}
}

// TestTrainThenRecord: Train steps as Advance does without measuring or
// recording; the Meter's sample, recorded, is the one Advance records, and
// Metrics measures on demand meanwhile.
func TestTrainThenRecord(t *testing.T) {
	_, train, test := moons(t)
	cfg := engine.NetConfig{LR: 0.3, Batch: 16, Seed: 2}
	net := engine.NewNet([]int{6, 2}, 2, engine.Tanh, 5)
	a, b := NewRun(net, train, test, cfg), NewRun(net, train, test, cfg)
	a.Advance(5)
	b.Train(5)
	if len(b.Curve()) != 1 || b.Step() != 5 {
		t.Fatalf("after Train: %d samples, step %d", len(b.Curve()), b.Step())
	}
	var m Meter
	m.Add(b.Net(), train[:50], false)
	m.Add(b.Net(), test, true)
	m.Add(b.Net(), train[50:], false)
	b.Record(m.Sample(b.Step(), false))
	ca, cb := a.Curve(), b.Curve()
	if len(cb) != 2 || cb[1].Step != 5 || math.Abs(cb[1].Loss-ca[1].Loss) > 1e-12 || cb[1].Acc != ca[1].Acc || cb[1].TestAcc != ca[1].TestAcc {
		t.Errorf("recorded %+v, Advance recorded %+v", cb[len(cb)-1], ca[1])
	}
	c := NewRun(net, train, test, cfg)
	c.Train(5)
	if got, want := c.Metrics(), a.Metrics(); got != want {
		t.Errorf("Metrics after Train %+v, after Advance %+v", got, want)
	}
	if allocs := testing.AllocsPerRun(20, func() { c.Train(3) }); allocs != 0 {
		t.Errorf("Train allocated %v times", allocs)
	}
}
