package notebook

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
)

// backpropMaxSteps is the scene's history limit.
const backpropMaxSteps = 40000

// backpropView is what backprop.tmpl writes: the 2-2-1 network at the
// walk's origin, the examples whose walks ended in an update, and the walk
// in progress.
type backpropView struct {
	X, Y     string
	Params   string // the origin's parameters, a Python dict by node id
	Alpha    string
	Done     string // the examples of the finished walks, in order
	NDone    int
	Example  int  // the example of the walk in progress
	Walk     int  // its steps taken, of Steps
	Steps    int  // a walk's steps (23)
	Updated  bool // the walk in progress has applied its update
	Phase    string
	AppGrads string // the gradients the walk has shown so far, by node id
	AppVals  string
}

// backpropData reads a backprop document as the scene loads it: the
// network and example of "origin" (or else "params" and "example", or else
// "start" and example 0) walked "step" steps through the graph, with
// "alpha"; "points" are the examples.
func backpropData(d doc, _ string) (any, error) {
	pts, err := d.points()
	if err != nil {
		return nil, err
	}
	alpha := 1.0
	if err := d.rate("alpha", &alpha, engine.MaxLR); err != nil {
		return nil, err
	}
	base := engine.BackpropStart()
	if err := readParams(d, "start", &base); err != nil {
		return nil, err
	}
	if d.Has("params") {
		if err := readParams(d, "params", &base); err != nil {
			return nil, err
		}
	}
	ex := 0
	if err := d.Int("example", &ex, 0, max(len(pts)-1, 0)); err != nil {
		return nil, err
	}
	if d.Has("origin") {
		var o struct {
			Params  map[string]float64 `json:"params"`
			Example *int               `json:"example"`
		}
		if err := d.Decode("origin", &o); err != nil {
			return nil, err
		}
		if err := setParams("origin", o.Params, &base); err != nil {
			return nil, err
		}
		if o.Example != nil {
			if *o.Example < 0 || *o.Example >= max(len(pts), 1) {
				return nil, statedoc.Errorf("origin", "example %d is not a point index", *o.Example)
			}
			ex = *o.Example
		}
	}
	step := 0
	if err := d.Int("step", &step, 0, backpropMaxSteps); err != nil {
		return nil, err
	}
	if step > 0 && len(pts) == 0 {
		return nil, statedoc.Errorf("step", "there are no points to walk through")
	}

	v := backpropView{Alpha: py(alpha), Params: paramDict(base)}
	// Replay the walk as the scene does: 23 steps per example, then one
	// more that starts the next example with the updated network.
	example := func(i int) engine.Point {
		if i < 0 || i >= len(pts) {
			return engine.Point{Y: 1}
		}
		return pts[i]
	}
	newGraph := func(m engine.MLP, i int) *engine.Graph {
		p := example(i)
		g := engine.NewGraph(m, p.X, p.Y)
		g.LR = alpha
		return g
	}
	m0, cur := base, ex
	g := newGraph(m0, cur)
	var done []int
	var last engine.GraphStep
	for range step {
		if g.Done() {
			done = append(done, cur)
			m0, cur = g.Model(), (cur+1)%len(pts)
			g = newGraph(m0, cur)
			last = engine.GraphStep{}
			continue
		}
		last, _ = g.Next()
	}
	v.Done = pyInts(done)
	v.NDone = len(done)
	v.Example, v.Walk, v.Steps = cur, g.Pos(), g.Steps()
	v.Updated = last.Phase == "update" && !last.Diverged
	v.Phase = last.Phase
	if v.Phase == "" {
		v.Phase = "forward"
	}
	grads, vals := map[string]float64{}, map[string]float64{}
	for _, n := range g.Nodes {
		if n.HasGrad {
			grads[n.ID] = n.Grad
		}
		if n.HasValue && n.Kind != "param" && n.Kind != "input" {
			vals[n.ID] = n.Value
		}
	}
	v.AppGrads, v.AppVals = pyDict(grads), pyDict(vals)
	v.X, v.Y = pointRows(pts)
	return v, nil
}

// backpropOrder names, by graph node id, the entries of engine.MLP.Params
// for the 2-2-1 network, in that order.
var backpropOrder = []string{"t11", "t12", "t21", "t22", "b1", "b2", "w1", "w2", "b3"}

// paramsByID returns m's parameters by graph node id.
func paramsByID(m engine.MLP) map[string]float64 {
	out := map[string]float64{}
	for i, v := range m.Params() {
		out[backpropOrder[i]] = v
	}
	return out
}

// readParams reads a {node id: value} field over m.
func readParams(d doc, name string, m *engine.MLP) error {
	var ps map[string]float64
	if err := d.Decode(name, &ps); err != nil {
		return err
	}
	return setParams(name, ps, m)
}

// setParams sets the named parameters of m, refusing unknown names and
// unusable values.
func setParams(field string, ps map[string]float64, m *engine.MLP) error {
	vec := m.Params()
	for id, v := range ps {
		i := slices.Index(backpropOrder, id)
		if i < 0 {
			return statedoc.Errorf(field, "unknown parameter %q (use %v)", id, backpropOrder)
		}
		if err := statedoc.Finite(field, engine.MaxParam, v); err != nil {
			return err
		}
		vec[i] = v
	}
	m.SetParams(vec)
	return nil
}

// paramDict writes m's parameters as a Python dict by node id.
func paramDict(m engine.MLP) string { return pyDict(paramsByID(m)) }

// pyDict writes a Python dict of numbers with sorted keys.
func pyDict(m map[string]float64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Sort(sort.StringSlice(keys)) // not sort.Strings: it instantiates slices.Sort for strings
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%q: %s", k, py(m[k]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}
