package notebook

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
)

// maxReplay is the most training steps a notebook retraces from the
// scene's starting point; a longer run is taken up where the scene is, so
// that the notebook runs in seconds.
const maxReplay = 20000

// netView is what xor.tmpl writes: a 2-H-1 network's starting weights
// (rows as the notes write W^[l]), the steps to train from them, the
// gradients the app computes there, and the settings.
type netView struct {
	X, Y       string
	H          int
	W1, B1, W2 string // starting W^[1] (H×2), b^[1], W^[2] (1×H)
	B2         string // starting b^[2]
	Alpha      string
	Steps      int
	FromStart  bool   // the steps retrace the scene's run from its start
	Lecture    bool   // that start is the notes' network (else seeded random)
	Seed       int    // the seed of a random start
	Sign       bool   // the scene shows the sign network (trained as sigmoid)
	AppGrads   string // the app's gradient at the start, as a Python dict
	AppLoss    string
	Activation string
}

// mlpWeights returns m's parameters under the state document's names.
func mlpRows(m engine.MLP) (w1 [][]float64, b1, w2 []float64) {
	for j := range m.H {
		w1 = append(w1, []float64{m.W1[j][0], m.W1[j][1]})
		b1 = append(b1, m.B1[j])
		w2 = append(w2, m.W2[j])
	}
	return w1, b1, w2
}

// xorData reads an xor document: "points", "W1", "b1", "W2", "b2",
// "hidden", "activation", "lr", "training", "seed", "step". The weights
// are the scene's at "step"; when replaying the engine from the scene's
// start (the notes' network, or the seeded random one when "training")
// reaches them, the notebook starts there and trains "step" steps.
func xorData(d doc, _ string) (any, error) {
	pts, err := d.points()
	if err != nil {
		return nil, err
	}
	h := 2
	if err := d.Int("hidden", &h, 2, engine.MaxHidden); err != nil {
		return nil, err
	}
	cur, err := readMLP(d, h)
	if err != nil {
		return nil, err
	}
	lr := 2.0
	if err := d.rate("lr", &lr, engine.MaxLR); err != nil {
		return nil, err
	}
	act := "sigmoid"
	if err := d.Choice("activation", &act, "sign", "sigmoid"); err != nil {
		return nil, err
	}
	var training bool
	if err := d.Decode("training", &training); err != nil {
		return nil, err
	}
	seed, step := 1, 0
	if err := d.Int("seed", &seed, 0, math.MaxInt32); err != nil {
		return nil, err
	}
	if err := d.Int("step", &step, 0, math.MaxInt32); err != nil {
		return nil, err
	}

	v := netView{H: h, Seed: seed, Sign: act == "sign", Activation: act, Alpha: py(lr)}
	start := cur
	if step > 0 && step <= maxReplay && len(pts) > 0 && (training || h == 2) {
		s := engine.XORLecture(engine.Sigmoid)
		if training {
			s = engine.NewMLP(h, engine.Sigmoid, int64(seed))
		}
		m := s
		ok := true
		for range step {
			if m.Step(pts, engine.BCE, lr).Diverged {
				ok = false
				break
			}
		}
		if ok && sameMLP(m, cur) {
			start, v.Steps, v.FromStart, v.Lecture = s, step, true, !training
		}
	}
	w1, b1, w2 := mlpRows(start)
	v.W1, v.B1, v.W2, v.B2 = pyMatrix(w1), pyList(b1), pyMatrix([][]float64{w2}), py(start.B2)
	loss, g := start.Gradient(pts, engine.BCE)
	v.AppLoss = py(loss)
	v.AppGrads = mlpGradDict(start, g)
	v.X, v.Y = pointRows(pts)
	return v, nil
}

// mlpGradDict writes gradients under the state document's names as a
// Python dict of nested lists.
func mlpGradDict(m engine.MLP, g engine.Grads) string {
	gw1, gb1, gw2 := mlpRows(engine.MLP{H: m.H, W1: g.W1, B1: g.B1, W2: g.W2})
	return `{"W1": ` + pyMatrix(gw1) + `, "b1": ` + pyList(gb1) + `, "W2": ` + pyMatrix([][]float64{gw2}) + `, "b2": ` + py(g.B2) + `}`
}

// readMLP reads "W1" (H×2), "b1" (H), "W2" (1×H) and "b2" as a sigmoid
// network of h hidden units.
func readMLP(d doc, h int) (engine.MLP, error) {
	m := engine.MLP{H: h, Hidden: engine.Sigmoid, Out: engine.Sigmoid}
	var w1, w2 [][]float64
	var b1 []float64
	if err := d.Need("W1", &w1); err != nil {
		return m, err
	}
	if len(w1) != h {
		return m, statedoc.Errorf("W1", "want %d rows (H×2), got %d", h, len(w1))
	}
	for j, row := range w1 {
		if len(row) != 2 {
			return m, statedoc.Errorf("W1", "row %d: want 2 numbers", j)
		}
		if err := statedoc.Finite("W1", engine.MaxParam, row...); err != nil {
			return m, err
		}
		m.W1[j] = [2]float64{row[0], row[1]}
	}
	if err := d.Need("b1", &b1); err != nil {
		return m, err
	}
	if len(b1) != h {
		return m, statedoc.Errorf("b1", "want %d numbers, got %d", h, len(b1))
	}
	if err := statedoc.Finite("b1", engine.MaxParam, b1...); err != nil {
		return m, err
	}
	copy(m.B1[:], b1)
	if err := d.Need("W2", &w2); err != nil {
		return m, err
	}
	if len(w2) != 1 || len(w2[0]) != h {
		return m, statedoc.Errorf("W2", "want one row of %d numbers (1×H)", h)
	}
	if err := statedoc.Finite("W2", engine.MaxParam, w2[0]...); err != nil {
		return m, err
	}
	copy(m.W2[:], w2[0])
	if err := d.Need("b2", new(float64)); err != nil {
		return m, err
	}
	if err := d.number("b2", &m.B2, engine.MaxParam); err != nil {
		return m, err
	}
	return m, nil
}

// sameMLP reports whether two networks' parameters agree to 1e-12
// relative: the replay is the scene's own computation, so they agree
// exactly unless the run was not one run (α or the data changed on the
// way, or a document set the weights).
func sameMLP(a, b engine.MLP) bool {
	if a.H != b.H {
		return false
	}
	if !near(a.B2, b.B2) {
		return false
	}
	for j := range a.H {
		if !near(a.W1[j][0], b.W1[j][0]) || !near(a.W1[j][1], b.W1[j][1]) || !near(a.B1[j], b.B1[j]) || !near(a.W2[j], b.W2[j]) {
			return false
		}
	}
	return true
}
