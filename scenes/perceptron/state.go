package perceptron

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/perceptron/model"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// State returns the scene's part of the state document. "step" is the
// history position; "bias" (false: no b, lines through the origin) and
// "tie" (what a = 0 counts as: "rule", each rule's own; "mistake", y·a ≤ 0
// as in the proof; "positive", sign(0) = +1 as in the notes' iteration;
// "negative", sign(0) = −1) are settings; "w", "b", "mistakes",
// "converged", "epoch" (and "R", "gamma", "bound" for separable data,
// "pocket" otherwise, "repeat" {"step", "mistakes", "earlierStep",
// "earlierMistakes"} once the weights came back to an earlier value)
// describe the perceptron there and are recomputed on load by replaying
// "step" steps.
func (s *Scene) State() map[string]any {
	r := s.run
	st := r.State()
	m := map[string]any{
		"step":      r.Pos(),
		"points":    state.PointsField(r.Data.Points()),
		"w":         []float64{state.Clean(st.W[0]), state.Clean(st.W[1])},
		"b":         state.Clean(st.B),
		"alpha":     r.Cfg.Alpha,
		"rule":      r.Cfg.Rule.String(),
		"order":     r.Cfg.Order.String(),
		"bias":      r.Bias(),
		"tie":       r.Cfg.Tie.String(),
		"mistakes":  st.Mistakes,
		"epoch":     st.Epoch,
		"converged": st.Converged,
		"separable": r.Nov.Separable,
		"novikoff":  s.showNov,
	}
	if r.Separable() {
		m["R"] = r.Nov.R
		m["gamma"] = r.Nov.Gamma
		m["bound"] = r.Nov.Bound
		if ui.Overflowed(r.Nov.Bound) || ui.Overflowed(r.Nov.R*r.Nov.R) {
			// Not a clamped 1.8·10³⁰⁸: no bound, and why.
			m["bound"] = nil
			m["bound_note"] = "overflow: gamma is too small beside R to compute R^2/gamma^2 in floating point"
		}
	} else if r.Data.Len() > 0 {
		w, b, e := r.P.Pocket()
		m["pocket"] = map[string]any{"w": []float64{state.Clean(w[0]), state.Clean(w[1])}, "b": state.Clean(b), "errors": e}
	}
	if rep, ok := r.Repeat(); ok {
		m["repeat"] = map[string]any{"step": rep.Step, "mistakes": rep.Mistakes, "earlierStep": rep.EarlierStep, "earlierMistakes": rep.EarlierMistakes}
	}
	return m
}

// Load restores the scene from a state document: the points, the settings
// and the history position, by replaying the engine from w⁰. Every field is
// checked before anything changes; absent fields keep their values (a
// document with only "points" loads the data and starts training afresh).
// The derived fields ("w", "b", "mistakes", …) must have the right types
// but are recomputed, so the document cannot contradict the engine.
func (s *Scene) Load(d state.Doc) error {
	pts, hasPts, err := d.Points()
	if err != nil {
		return err
	}
	cfg := s.run.Cfg
	rule := cfg.Rule.String()
	if err := d.Choice("rule", &rule, "classic", "pm1"); err != nil {
		return err
	}
	order := cfg.Order.String()
	if err := d.Choice("order", &order, "cyclic", "shuffle"); err != nil {
		return err
	}
	bias := !cfg.NoBias
	if err := d.Bool("bias", &bias); err != nil {
		return err
	}
	tie := cfg.Tie.String()
	if err := d.Choice("tie", &tie, "rule", "mistake", "positive", "negative"); err != nil {
		return err
	}
	alpha := cfg.Alpha
	if err := d.Float("alpha", &alpha, math.SmallestNonzeroFloat64, engine.MaxAlpha); err != nil {
		return err
	}
	step := 0
	if err := d.Int("step", &step, 0, model.MaxSteps); err != nil {
		return err
	}
	show := s.showNov
	if err := d.Bool("novikoff", &show); err != nil {
		return err
	}
	if err := checkDerived(d); err != nil {
		return err
	}

	cfg.Rule, _ = engine.ParseRule(rule)
	cfg.Order, _ = engine.ParseOrder(order)
	cfg.Alpha = alpha
	cfg.Tie, _ = engine.ParseTie(tie)
	biasChanged := cfg.NoBias == bias
	cfg.NoBias = !bias
	s.player.Pause()
	s.stopAnimation()
	s.showNov = show
	s.run.Cfg = cfg
	if hasPts {
		s.run.Data.Replace(pts)
	}
	if hasPts || biasChanged {
		s.run.DataChanged()
		s.novStale = false
	}
	if hasPts {
		s.fitPlane()
	}
	s.run.Replay(step)
	return nil
}

// checkDerived checks the types of the fields State derives from the run,
// which Load recomputes rather than reads.
func checkDerived(d state.Doc) error {
	const big = math.MaxFloat64
	var w [2]float64
	var f float64
	var n int
	var b bool
	checks := []func() error{
		func() error { return d.Vec("w", w[:], big) },
		func() error { return d.Float("b", &f, -big, big) },
		func() error { return d.Float("R", &f, 0, big) },
		func() error { return d.Float("gamma", &f, 0, big) },
		func() error { return d.Float("bound", &f, 0, big) },
		func() error { return d.Int("mistakes", &n, 0, math.MaxInt32) },
		func() error { return d.Int("epoch", &n, 0, math.MaxInt32) },
		func() error { return d.Bool("converged", &b) },
		func() error { return d.Bool("separable", &b) },
	}
	for _, c := range checks {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}
