package regression

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/internal/jsondecode"
	"github.com/neurona/neurona/scenes/regression/model"
	"github.com/neurona/neurona/scenes/state"
)

// matrices writes a network's parameters as the notes lay them out (and
// trace mlp prints them): "W1" H×1, "b1" of length H, "W2" 1×H and "b2" of
// length 1; for H = 0, "W1" 1×1 (the slope θ) and "b1" of length 1 (the
// intercept b), without "W2" and "b2".
func matrices(m engine.Regressor) map[string]any {
	if m.H == 0 {
		return map[string]any{"W1": [][]float64{{state.Clean(m.W1[0])}}, "b1": []float64{state.Clean(m.B1[0])}}
	}
	w1 := make([][]float64, m.H)
	b1 := make([]float64, m.H)
	w2 := make([]float64, m.H)
	for j := range m.H {
		w1[j] = []float64{state.Clean(m.W1[j])}
		b1[j] = state.Clean(m.B1[j])
		w2[j] = state.Clean(m.W2[j])
	}
	return map[string]any{"W1": w1, "b1": b1, "W2": [][]float64{w2}, "b2": []float64{state.Clean(m.B2)}}
}

// State implements ui.Scene. Fields: "step" (steps from the start),
// "points" ([{"x":[x],"y":y}]), "hidden" (H), "activation" (sigmoid, tanh,
// relu or arctan), "alpha", "seed", "param" (the cell ↑ / ↓ change: alpha,
// hidden or activation), the network now as "W1", "b1", "W2", "b2" (see
// matrices) and at step 0 as "start" {W1, b1, W2, b2}; computed: "J" (the
// sum Σᵢ (ŷᵢ − yᵢ)²), "mean" (J/m), "diverged" (false, or why the last
// step was refused: overflow, loss-bound, loss-growth, param-bound) and,
// for H = 0 when it exists, "leastSquares" {W1, b1}; the view: "squares",
// "unit" (the selected hidden unit, −1 for none) and "logScale".
func (s *Scene) State() map[string]any {
	data := s.samples()
	m := s.run.Model()
	j, mean := m.Loss(data)
	pts := make([]map[string]any, len(data))
	for i, d := range data {
		pts[i] = map[string]any{"x": []float64{d.X}, "y": d.Y}
	}
	out := map[string]any{
		"step":       s.run.StepNo(),
		"points":     pts,
		"hidden":     s.hidden,
		"activation": s.act.String(),
		"alpha":      s.alpha,
		"seed":       s.seed,
		"param":      paramIDs[s.sel],
		"start":      matrices(s.run.Start),
		"J":          state.Clean(j),
		"mean":       state.Clean(mean),
		"diverged":   false,
		"squares":    s.squares,
		"unit":       s.unit,
		"logScale":   s.logScale,
	}
	for k, v := range matrices(m) {
		out[k] = v
	}
	if s.run.Why != engine.Converging {
		out["diverged"] = s.run.Why.String()
	}
	if m.H == 0 {
		if ls, err := engine.LeastSquaresLine(data); err == nil {
			out["leastSquares"] = matrices(ls)
		}
	}
	return out
}

// actNames are the values of "activation".
func actNames() []string {
	out := make([]string, len(model.Acts))
	for i, a := range model.Acts {
		out[i] = a.String()
	}
	return out
}

// Load implements ui.Scene. Every field is checked before anything
// changes; absent fields keep their values. The run is rebuilt by
// replaying "step" steps (with the document's points and α) from "start";
// without "start", from the document's "W1", "b1", "W2", "b2"; without
// those either, from the current start, or from the seeded network when
// "hidden", "activation" or "seed" change it. The computed fields ("J",
// "mean", "leastSquares") are recomputed; "diverged" only asks that the
// reason be found again, by trying the step after the last.
func (s *Scene) Load(d state.Doc) error {
	data, hasPts, err := loadSamples(d)
	if err != nil {
		return err
	}
	if !hasPts {
		data = append([]engine.Sample(nil), s.samples()...)
	}
	h := s.hidden
	if err := d.Int("hidden", &h, 0, engine.MaxHidden); err != nil {
		return err
	}
	actName := s.act.String()
	if err := d.Choice("activation", &actName, actNames()...); err != nil {
		return err
	}
	act, _ := engine.ParseActivation(actName)
	alpha := s.alpha
	if err := d.Rate("alpha", &alpha, engine.MaxLR); err != nil {
		return err
	}
	seed := int(s.seed)
	if err := d.Int("seed", &seed, 0, math.MaxInt32); err != nil {
		return err
	}
	param := paramIDs[s.sel]
	if err := d.Choice("param", &param, paramIDs[:]...); err != nil {
		return err
	}
	squares, logScale, unit := s.squares, s.logScale, s.unit
	if err := d.Bool("squares", &squares); err != nil {
		return err
	}
	if err := d.Bool("logScale", &logScale); err != nil {
		return err
	}
	if err := d.Int("unit", &unit, -1, engine.MaxHidden-1); err != nil {
		return err
	}
	if unit >= h {
		return state.Errorf("unit", "%d is not a hidden unit (0 to %d, or −1)", unit, h-1)
	}
	step := 0
	if err := d.Int("step", &step, 0, math.MaxInt32); err != nil {
		return err
	}
	if work := float64(step) * float64(max(len(data), 1)); work > model.ReplayWork {
		return state.Errorf("step", "replaying %d steps on %d points is too much work; the limit is %d steps × points", step, len(data), model.ReplayWork)
	}
	var div any
	if err := d.Decode("diverged", &div); err != nil {
		return err
	}
	switch x := div.(type) {
	case nil, bool:
	case string:
		if _, ok := divergenceByName(x); !ok {
			return state.Errorf("diverged", "%q is not false or a reason (overflow, loss-bound, loss-growth, param-bound)", x)
		}
	default:
		return state.Errorf("diverged", "want false or a reason")
	}

	// The start: "start", else the current parameters given, else kept.
	start := s.run.Start
	changed := h != s.hidden || act != s.act || int64(seed) != s.seed
	if changed {
		start = engine.NewRegressor(h, act, int64(seed))
	}
	start.Hidden = act
	switch {
	case d.Has("start"):
		var raw map[string]json.RawMessage
		if err := d.Decode("start", &raw); err != nil {
			return err
		}
		if start, err = readNet("start", raw, h, act); err != nil {
			return err
		}
	case d.Has("W1") || d.Has("b1") || d.Has("W2") || d.Has("b2"):
		raw := map[string]json.RawMessage{}
		for _, k := range []string{"W1", "b1", "W2", "b2"} {
			var v json.RawMessage
			if err := d.Decode(k, &v); err != nil {
				return err
			}
			if v != nil {
				raw[k] = v
			}
		}
		if start, err = readNet("", raw, h, act); err != nil {
			return err
		}
	}

	// Everything is valid: apply.
	s.player.Pause()
	if hasPts {
		s.data.Replace(model.Points(data))
		s.view = model.Fit(data)
	}
	s.hidden, s.act, s.alpha, s.seed = h, act, alpha, int64(seed)
	s.squares, s.logScale, s.unit = squares, logScale, unit
	for i, id := range paramIDs {
		if id == param {
			s.sel = i
		}
	}
	s.run.Start = start
	s.run.Replay(s.samples(), alpha, step)
	if x, ok := div.(string); ok && x != "" && s.run.Why == engine.Converging {
		s.run.Why = s.run.Probe(s.samples(), alpha)
	}
	return nil
}

// divergenceByName returns the divergence called name.
func divergenceByName(name string) (engine.Divergence, bool) {
	for d := engine.LossOverflow; d <= engine.ParamBound; d++ {
		if d.String() == name {
			return d, true
		}
	}
	return engine.Converging, false
}

// jsonSample is a point of the document: "x" a one-element array, "y" any
// finite number.
type jsonSample struct {
	X []float64 `json:"x"`
	Y *float64  `json:"y"`
}

// loadSamples reads "points": at most engine.MaxPoints points, each with
// one finite x and a finite y within ±engine.MaxCoord.
func loadSamples(d state.Doc) ([]engine.Sample, bool, error) {
	return state.DecodePoints(d, engine.MaxPoints, "%d points; the limit is %d", func(r jsonSample) (engine.Sample, error) {
		if len(r.X) != 1 {
			return engine.Sample{}, fmt.Errorf(`"x" needs 1 number (one input), got %d`, len(r.X))
		}
		if r.Y == nil {
			return engine.Sample{}, errors.New(`"y" is missing`)
		}
		sm := engine.Sample{X: r.X[0], Y: *r.Y}
		return sm, engine.ValidSample(sm)
	})
}

// readNet reads a network for h hidden units of activation act from W1,
// b1, W2 and b2 (shaped as matrices writes them). field names the field
// for errors ("start"), or "" when they are top-level fields.
func readNet(field string, raw map[string]json.RawMessage, h int, act engine.Activation) (engine.Regressor, error) {
	m := engine.Regressor{H: h, Hidden: act}
	name := func(k string) string {
		if field == "" {
			return k
		}
		return field
	}
	bad := func(k, msg string, args ...any) error {
		prefix := ""
		if field != "" {
			prefix = "\"" + k + "\": "
		}
		return &state.FieldError{Field: name(k), Msg: prefix + fmt.Sprintf(msg, args...)}
	}
	rows := max(h, 1)
	var w1 [][]float64
	var b1 []float64
	if err := jsondecode.Unmarshal(rawOr(raw["W1"]), &w1); err != nil || len(w1) != rows {
		return m, bad("W1", "want %d rows of 1 number (%d×1), within ±%g", rows, rows, float64(engine.MaxParam))
	}
	for j, row := range w1 {
		if len(row) != 1 {
			return m, bad("W1", "row %d: want 1 number", j)
		}
		m.W1[j] = row[0]
	}
	if err := jsondecode.Unmarshal(rawOr(raw["b1"]), &b1); err != nil || len(b1) != rows {
		return m, bad("b1", "want %d numbers", rows)
	}
	copy(m.B1[:], b1)
	if h > 0 {
		var w2 [][]float64
		var b2 []float64
		if err := jsondecode.Unmarshal(rawOr(raw["W2"]), &w2); err != nil || len(w2) != 1 || len(w2[0]) != h {
			return m, bad("W2", "want one row of %d numbers (1×%d)", h, h)
		}
		copy(m.W2[:], w2[0])
		// b2 is a list of one number, as trace mlp writes it; a plain
		// number is read as well.
		var one float64
		switch {
		case jsondecode.Unmarshal(rawOr(raw["b2"]), &b2) == nil && len(b2) == 1:
			m.B2 = b2[0]
		case raw["b2"] != nil && jsondecode.Unmarshal(raw["b2"], &one) == nil:
			m.B2 = one
		default:
			return m, bad("b2", "want [b2], one number")
		}
	} else if raw["W2"] != nil || raw["b2"] != nil {
		return m, bad("W2", "hidden = 0 has no W2 or b2")
	}
	if err := m.Check(); err != nil {
		return m, state.Errorf(name("W1"), "%v", err)
	}
	return m, nil
}

// rawOr returns raw, or JSON null for a missing field (which then fails
// the shape checks).
func rawOr(raw json.RawMessage) json.RawMessage {
	if raw == nil {
		return json.RawMessage("null")
	}
	return raw
}

// ReadCSV implements ui.CSVReader: a dropped CSV with the header x,y (any
// finite y) replaces the points, undoably, and the descent starts again
// on them.
func (s *Scene) ReadCSV(name string, data []byte) error {
	samples, err := engine.ReadSamplesCSV(bytes.NewReader(data), name, nil)
	if err != nil {
		return err
	}
	pts := make([]map[string]any, len(samples))
	for i, d := range samples {
		pts[i] = map[string]any{"x": []float64{d.X}, "y": d.Y}
	}
	doc, err := state.FromPointsField(pts)
	if err != nil {
		return err
	}
	return s.Load(doc)
}
