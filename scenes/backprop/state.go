package backprop

import (
	"math"
	"slices"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/backprop/model"
	"github.com/neurona/neurona/scenes/state"
)

// State returns the scene's state document fields:
//
//	phase      "forward", "loss", "backward" or "update" ("forward" at the
//	           start of an example)
//	focus      the node the last step computed ("" at the start and for
//	           the update)
//	example    index of the training example in "points"
//	values     {node: value} of every node the walk has filled (inputs and
//	           parameters from the start)
//	grads      {node: ∂L/∂node} of every node the backward pass has reached
//	reused     the nodes whose cached ∂L/∂node the last step multiplied
//	check      {parameter: finite-difference ∂L/∂θ} at the walk's network
//	params     {parameter: value} now (after the update once applied)
//	updates    at the update: {parameter: {"before", "grad", "after"}}
//	diverged   the update was refused (a weight would leave engine.MaxParam)
//	alpha      the learning rate α of the update
//	walk       steps taken in this example's walk, of "steps" (23)
//	origin     {"params", "example"}: history position 0, from which the
//	           walk replays deterministically up to "step"
//	start      {parameter: value} that R returns to
//	step       history position; points: the data
//
// Parameters are the graph's node ids: t11, t12, b1, t21, t22, b2 (the
// hidden layer's θ and b), w1, w2 (θ₁^[2], θ₂^[2]) and b3.
func (s *Scene) State() map[string]any {
	w := s.w
	cur, o := w.Cur(), w.Origin()
	g := &cur.G
	values, grads := map[string]float64{}, map[string]float64{}
	for _, n := range g.Nodes {
		if n.HasValue {
			values[n.ID] = state.Clean(n.Value)
		}
		if n.HasGrad {
			grads[n.ID] = state.Clean(n.Grad)
		}
	}
	params := map[string]float64{}
	for _, id := range model.ParamIDs {
		params[id] = state.Clean(node(g, id).Value)
	}
	fd := model.FiniteDiff(cur.M0, pointOf(g))
	check := map[string]float64{}
	for i, id := range model.ParamIDs {
		check[id] = state.Clean(fd[i])
	}
	m := map[string]any{
		"phase":    cur.Phase(),
		"focus":    cur.Focus(),
		"example":  cur.Ex,
		"values":   values,
		"grads":    grads,
		"reused":   append([]string{}, cur.St.Reused...),
		"check":    check,
		"params":   params,
		"diverged": cur.St.Diverged,
		"alpha":    w.Alpha,
		"walk":     g.Pos(),
		"steps":    g.Steps(),
		"origin":   map[string]any{"params": netParams(o.M0), "example": o.Ex},
		"start":    netParams(w.Init),
		"step":     w.Hist.Pos(),
		"points":   state.PointsField(w.Data.Points()),
	}
	if cur.St.Phase == "update" {
		ups := map[string]any{}
		for _, u := range cur.St.Updates {
			ups[u.ID] = map[string]float64{"before": state.Clean(u.Before), "grad": state.Clean(u.Grad), "after": state.Clean(u.After)}
		}
		m["updates"] = ups
	}
	return m
}

// netParams returns the network's parameters by node id.
func netParams(m engine.MLP) map[string]float64 {
	out := make(map[string]float64, len(model.ParamIDs))
	for _, id := range model.ParamIDs {
		out[id] = state.Clean(*model.Param(&m, id))
	}
	return out
}

// Load restores a state document by replay: the network and example of
// "origin" (or else "params" and "example", or else the start and the
// first example) walked "step" steps. Every field is checked before
// anything changes. "phase", "focus", "values", "grads" and the other
// computed fields are not read: the replay recomputes them.
func (s *Scene) Load(d state.Doc) error {
	w := s.w
	pts, hasPts, err := d.Points()
	if err != nil {
		return err
	}
	if !hasPts {
		pts = w.Data.Points()
	}
	alpha := w.Alpha
	if err := d.Float("alpha", &alpha, alphaSteps[0]/10, engine.MaxLR); err != nil {
		return err
	}
	init, err := readParams(d, "start", w.Init)
	if err != nil {
		return err
	}
	base := init
	if d.Has("params") {
		if base, err = readParams(d, "params", init); err != nil {
			return err
		}
	}
	ex := 0
	if err := d.Int("example", &ex, 0, max(len(pts)-1, 0)); err != nil {
		return err
	}
	if d.Has("origin") {
		var o struct {
			Params  map[string]float64 `json:"params"`
			Example *int               `json:"example"`
		}
		if err := d.Decode("origin", &o); err != nil {
			return err
		}
		if base, err = paramsFrom("origin", o.Params, init); err != nil {
			return err
		}
		if o.Example != nil {
			if *o.Example < 0 || *o.Example >= max(len(pts), 1) {
				return state.Errorf("origin", "example %d is not a point index", *o.Example)
			}
			ex = *o.Example
		}
	}
	step := 0
	if err := d.Int("step", &step, 0, model.MaxHistory); err != nil {
		return err
	}
	if step > 0 && len(pts) == 0 {
		return state.Errorf("step", "there are no points to walk through")
	}

	s.player.Pause()
	s.pulse.Finish()
	if hasPts {
		w.Data.Replace(pts)
	}
	w.Alpha, w.Init = alpha, init
	w.Replay(base, ex, step)
	s.gen++ // derive and draw the loaded walk
	return nil
}

// readParams reads a {parameter: value} field over the defaults def.
func readParams(d state.Doc, name string, def engine.MLP) (engine.MLP, error) {
	var ps map[string]float64
	if err := d.Decode(name, &ps); err != nil {
		return def, err
	}
	return paramsFrom(name, ps, def)
}

// paramsFrom sets the parameters named in ps on a copy of def, refusing an
// unknown name or a value that is not a usable weight.
func paramsFrom(field string, ps map[string]float64, def engine.MLP) (engine.MLP, error) {
	m := def
	for id, v := range ps {
		p := model.Param(&m, id)
		if p == nil || !slices.Contains(model.ParamIDs, id) {
			return def, state.Errorf(field, "unknown parameter %q (use %v)", id, model.ParamIDs)
		}
		if math.IsNaN(v) || math.Abs(v) > engine.MaxParam {
			return def, state.Errorf(field, "%s = %g is not a usable weight", id, v)
		}
		*p = v
	}
	return m, nil
}
