package gradient

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/gradient/model"
	"github.com/neurona/neurona/scenes/state"
)

// State returns the scene's state document fields:
//
//	theta [θ₁, θ₂], b     the neuron now (at history position "step")
//	alpha, loss          the learning rate and "bce" or "mse"
//	J                    the mean loss over the points now
//	gradient             {"theta": [∂J/∂θ₁, ∂J/∂θ₂], "b": ∂J/∂b} now
//	diverged             the step that led here made the loss blow up
//	step, k              history position, and iteration number (k ≥ step
//	                     once old history has been dropped)
//	path                 [θ₁, θ₂, b] of every history position up to
//	                     "step" (the redo tail is not kept)
//	start                [θ₁, θ₂, b] that R returns to
//	points               the data
func (s *Scene) State() map[string]any {
	t := s.tr
	cur := t.Cur()
	_, dt, db := cur.M.Gradient(t.Data.Points(), t.Loss)
	path := make([][]float64, 0, t.Hist.Pos()+1)
	t.Each(func(_ int, sn model.Snap) { path = append(path, triple(sn.M)) })
	return map[string]any{
		"theta":    []float64{cur.M.Theta[0], cur.M.Theta[1]},
		"b":        cur.M.B,
		"alpha":    t.Alpha,
		"loss":     t.Loss.String(),
		"J":        state.Clean(cur.J),
		"gradient": map[string]any{"theta": []float64{state.Clean(dt[0]), state.Clean(dt[1])}, "b": state.Clean(db)},
		"diverged": cur.Div,
		"step":     t.Hist.Pos(),
		"k":        t.K(),
		"path":     path,
		"start":    triple(t.Start),
		"points":   state.PointsField(t.Data.Points()),
	}
}

func triple(m engine.Logistic) []float64 { return []float64{m.Theta[0], m.Theta[1], m.B} }

func fromTriple(v []float64) engine.Logistic {
	return engine.Logistic{Theta: [2]float64{v[0], v[1]}, B: v[2]}
}

// Load restores a state document. Every field is checked before anything
// changes. With "path", the history is rebuilt from it at position "step";
// otherwise "theta" and "b" (or, with neither, the start) begin a fresh
// history. A document with only "points" keeps the other settings and
// restarts the descent on the new data.
func (s *Scene) Load(d state.Doc) error {
	t := s.tr
	pts, hasPts, err := d.Points()
	if err != nil {
		return err
	}
	lossName := t.Loss.String()
	if err := d.Choice("loss", &lossName, "bce", "mse"); err != nil {
		return err
	}
	loss, _ := engine.ParseLoss(lossName)
	alpha := t.Alpha
	if err := d.Float("alpha", &alpha, 1e-12, engine.MaxLR); err != nil {
		return err
	}
	start := triple(t.Start)
	if err := d.Vec("start", start, engine.MaxParam); err != nil {
		return err
	}
	cur := triple(t.Start)
	if err := d.Vec("theta", cur[:2], engine.MaxParam); err != nil {
		return err
	}
	if err := d.Float("b", &cur[2], -engine.MaxParam, engine.MaxParam); err != nil {
		return err
	}
	var path [][]float64
	if err := d.Decode("path", &path); err != nil {
		return err
	}
	if err := checkPath(path); err != nil {
		return err
	}
	step, k := 0, 0
	if err := d.Int("step", &step, 0, model.MaxHistory); err != nil {
		return err
	}
	if len(path) > 0 && step >= len(path) {
		return state.Errorf("step", "%d is beyond the %d entries of \"path\"", step, len(path))
	}
	if err := d.Int("k", &k, 0, math.MaxInt32); err != nil {
		return err
	}
	if !d.Has("k") {
		k = step
	}
	if len(path) > 0 && k < step {
		return state.Errorf("k", "%d is less than \"step\" (%d)", k, step)
	}

	// Everything is valid: apply.
	s.player.Pause()
	if hasPts {
		t.Data.Replace(pts)
	}
	t.Loss, t.Alpha, t.Start = loss, alpha, fromTriple(start)
	switch {
	case len(path) > 0:
		ms := make([]engine.Logistic, len(path))
		for i, v := range path {
			ms[i] = fromTriple(v)
		}
		t.SetHistory(ms, step, k-step)
	case d.Has("theta") || d.Has("b"):
		t.Rebase(fromTriple(cur), k)
	default:
		t.Reset()
	}
	return nil
}

// checkPath refuses a path that is too long or has an entry that is not
// three finite numbers within engine.MaxParam.
func checkPath(path [][]float64) error {
	if len(path) > model.MaxHistory {
		return state.Errorf("path", "%d entries; the limit is %d", len(path), model.MaxHistory)
	}
	for i, v := range path {
		if len(v) != 3 {
			return state.Errorf("path", "entry %d: want [θ₁, θ₂, b], got %d numbers", i, len(v))
		}
		for _, x := range v {
			if math.IsNaN(x) || math.Abs(x) > engine.MaxParam {
				return state.Errorf("path", "entry %d: %g is not a usable parameter", i, x)
			}
		}
	}
	return nil
}
