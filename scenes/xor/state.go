package xor

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/xor/model"
)

// State implements ui.Scene. Matrices are arrays of rows, as the notes
// write them: "W1" is H×2 (row j holds hidden unit j's weights), "W2" is
// 1×H; "b1" is the H biases and "b2" the output's bias. Then "hidden" (H),
// "activation" (sign or sigmoid, both layers), "lr" (α), "training" (true
// when the network started from seeded random weights, N, rather than the
// notes'), "seed", "param" (selected: lr, hidden or seed), "morph" (0 input
// space, 0.5 the image of the affine map a = W^[1]x + b^[1], 1 hidden space
// z = σ(a); the first half moves the plane affinely, the second squashes
// it), and, computed: "table" (the XOR truth table: for
// each input "x", the hidden outputs "z", the output "yhat" and its class
// 0/1 "class"), "loss" (J, the mean binary cross-entropy), "accuracy" on
// the points and "diverged" (the last step was refused: α too large).
func (s *Scene) State() map[string]any {
	m := s.net()
	w1 := make([][]float64, m.H)
	b1 := make([]float64, m.H)
	w2 := make([]float64, m.H)
	for j := range m.H {
		w1[j] = []float64{state.Clean(m.W1[j][0]), state.Clean(m.W1[j][1])}
		b1[j] = state.Clean(m.B1[j])
		w2[j] = state.Clean(m.W2[j])
	}
	table := make([]map[string]any, 0, 4)
	for _, r := range model.TruthTable(m) {
		z := make([]float64, m.H)
		for j := range z {
			z[j] = state.Clean(r.Z[j])
		}
		table = append(table, map[string]any{
			"x": []float64{r.X[0], r.X[1]}, "z": z, "yhat": state.Clean(r.YHat), "class": r.Class,
		})
	}
	pts := s.data.Points()
	return map[string]any{
		"step":       s.run.StepNo(),
		"points":     state.PointsField(pts),
		"W1":         w1,
		"b1":         b1,
		"W2":         [][]float64{w2},
		"b2":         state.Clean(m.B2),
		"hidden":     m.H,
		"activation": s.act.String(),
		"lr":         s.lr,
		"training":   s.training,
		"seed":       s.seed,
		"param":      paramIDs[s.sel],
		"morph":      s.morphPos(),
		"table":      table,
		"loss":       state.Clean(model.LossOf(m, pts)),
		"accuracy":   m.Accuracy(pts),
		"diverged":   s.run.Diverged,
	}
}

// Load implements ui.Scene: every field is checked before anything
// changes, and absent fields keep their values. A different width
// "hidden" needs the matching "W1", "b1" and "W2". Computed fields
// ("table", "loss", "accuracy", "diverged") are ignored.
func (s *Scene) Load(d state.Doc) error {
	m := s.run.Net()
	h := m.H
	if err := d.Int("hidden", &h, model.MinHidden, model.MaxHidden); err != nil {
		return err
	}
	if err := loadWeights(d, &m, h); err != nil {
		return err
	}
	if err := d.Float("b2", &m.B2, -engine.MaxParam, engine.MaxParam); err != nil {
		return err
	}
	act := s.act.String()
	if err := d.Choice("activation", &act, engine.Sign.String(), engine.Sigmoid.String()); err != nil {
		return err
	}
	lr := s.lr
	if err := d.Rate("lr", &lr, engine.MaxLR); err != nil {
		return err
	}
	training, seed := s.training, int(s.seed)
	if err := d.Bool("training", &training); err != nil {
		return err
	}
	if err := d.Int("seed", &seed, 0, math.MaxInt32); err != nil {
		return err
	}
	step := s.run.StepNo()
	if err := d.Int("step", &step, 0, math.MaxInt32); err != nil {
		return err
	}
	param := paramIDs[s.sel]
	if err := d.Choice("param", &param, paramIDs[:]...); err != nil {
		return err
	}
	morph := s.morphPos()
	if err := d.Float("morph", &morph, 0, 1); err != nil {
		return err
	}
	pts, hasPts, err := d.Points()
	if err != nil {
		return err
	}

	if hasPts {
		s.data.Replace(pts)
	}
	s.act, _ = engine.ParseActivation(act)
	s.lr, s.training, s.seed, s.hidden = lr, training, int64(seed), h
	for i, id := range paramIDs {
		if id == param {
			s.sel = i
		}
	}
	s.morphFrom, s.morphTo = morph, morph
	s.tween = ui.Tween{}
	s.player.Pause()
	s.run.Reset(m, s.data.Points(), step)
	return nil
}

// loadWeights reads "W1", "b1" and "W2" into m for width h. Each may be
// absent only if the width does not change.
func loadWeights(d state.Doc, m *engine.MLP, h int) error {
	same := h == m.H
	need := func(name string) error {
		if !same && !d.Has(name) {
			return state.Errorf(name, "needed for hidden = %d", h)
		}
		return nil
	}
	var w1 [][]float64
	var b1 []float64
	var w2 [][]float64
	for _, f := range []struct {
		name string
		v    any
	}{{"W1", &w1}, {"b1", &b1}, {"W2", &w2}} {
		if err := need(f.name); err != nil {
			return err
		}
		if err := d.Decode(f.name, f.v); err != nil {
			return err
		}
	}
	next := *m
	next.H = h
	if d.Has("W1") {
		if len(w1) != h {
			return state.Errorf("W1", "want %d rows (H×2), got %d", h, len(w1))
		}
		for j, row := range w1 {
			if len(row) != 2 || !params(row) {
				return state.Errorf("W1", "row %d: want 2 finite numbers within ±%g", j, engine.MaxParam)
			}
			next.W1[j] = [2]float64{row[0], row[1]}
		}
	}
	if d.Has("b1") {
		if len(b1) != h || !params(b1) {
			return state.Errorf("b1", "want %d finite numbers within ±%g (H×1)", h, engine.MaxParam)
		}
		copy(next.B1[:], b1)
	}
	if d.Has("W2") {
		if len(w2) != 1 || len(w2[0]) != h || !params(w2[0]) {
			return state.Errorf("W2", "want one row of %d finite numbers within ±%g (1×H)", h, engine.MaxParam)
		}
		copy(next.W2[:], w2[0])
	}
	// Units beyond H are not part of the network.
	for j := h; j < engine.MaxHidden; j++ {
		next.W1[j], next.B1[j], next.W2[j] = [2]float64{}, 0, 0
	}
	*m = next
	return nil
}

// params reports whether every value is a usable weight.
func params(vs []float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.Abs(v) > engine.MaxParam {
			return false
		}
	}
	return true
}
