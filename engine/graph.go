package engine

import (
	"math"
	"slices"
)

// GraphNode is one node of the 2-2-1 network's computational graph.
type GraphNode struct {
	ID     string  // stable identifier: "x1", "t11", "a1", "z1", "w1", "b3", "a3", "yhat", "L", …
	Label  string  // the lecture's notation: "x₁", "θ₁₁", "a₁", "z₁", "θ₁^[2]", "b₃", "ŷ", "L", …
	Kind   string  // "input", "param", "hidden" (a, z), "output" (a₃, ŷ) or "loss"
	Column int     // left-to-right layer for layout, from 0 (inputs) to 6 (L)
	Row    int     // position within the column, from 0 at the top
	Value  float64 // the value once HasValue (after the update step, parameters hold their new values)
	Grad   float64 // ∂L/∂node once HasGrad
	// HasValue and HasGrad report whether the forward and backward passes
	// have reached the node (inputs and parameters have values from the start).
	HasValue, HasGrad bool
	// Reads counts the backward steps that multiplied this node's cached
	// gradient instead of recomputing the chain above it.
	Reads int
}

// GraphEdge is an edge From → To of the graph, carrying the local derivative
// ∂To/∂From once the forward pass has computed To.
type GraphEdge struct {
	From, To string  // node IDs
	Local    float64 // ∂To/∂From, once Known
	Formula  string  // the local derivative in the lecture's notation, e.g. "z₁(1−z₁)"
	Known    bool    // whether the forward pass has reached To
}

// GraphUpdate is one parameter's change in the graph's update step.
type GraphUpdate struct {
	ID     string  // the parameter's node ID
	Before float64 // value before the update
	Grad   float64 // ∂L/∂parameter
	After  float64 // Before − LR·Grad
}

// GraphStep is one step of the walk through the graph.
type GraphStep struct {
	N     int    // 1 for the first step
	Phase string // "forward", "loss", "backward" or "update"
	Node  string // the node computed (empty for "update")
	// Value is the node's value (forward, loss) or ∂L/∂node (backward).
	Value float64
	// Edges are the edges used: the node's inputs when going forward, the
	// edge to its consumer when going backward; Local is filled in.
	Edges []GraphEdge
	// Chain lists the local derivatives from L down to the node (backward
	// only): ∂L/∂ŷ, ∂ŷ/∂a₃, …; their product is Value (up to rounding, and
	// except where ŷ saturates: see Graph).
	Chain []float64
	// Path lists the nodes from ŷ down to the node (backward only) and
	// Running their gradients ∂L/∂ŷ, ∂L/∂a₃, …: the running chain-rule
	// product, each entry the previous one times the next Chain factor, and
	// each one a gradient cached by an earlier step.
	Path    []string
	Running []float64
	// Reused lists the nodes whose cached ∂L/∂node this step multiplied
	// instead of recomputing the chain above them (backward only); it is
	// ["a1"] for both θ₁₁ and θ₁₂, the lecture's point about backprop.
	Reused []string
	// Updates and Diverged describe the update step (see Graph.LR).
	Updates  []GraphUpdate
	Diverged bool
}

// Graph is the computational graph of the 2-2-1 network with binary
// cross-entropy for one sample (x, y), stepped one node at a time: forward in
// topological order, the loss, backward from L to every θ and b, and a final
// update θ ← θ − LR·∂L/∂θ. It holds only arrays and strings, so copying a
// Graph (or Clone) snapshots it for stepping back.
//
// ∂L/∂a₃ is computed as ŷ − y for a sigmoid output (the lecture's
// simplification), which stays exact when ŷ rounds to 0 or 1; the displayed
// factor ∂L/∂ŷ uses ŷ clamped into [1e-12, 1−1e-12], so there the product of
// the chain can differ from the value.
type Graph struct {
	Nodes [graphNodes]GraphNode // in a fixed order: inputs, θ and b of layer 1, a, z, layer 2, a₃, ŷ, L
	Edges [graphEdges]GraphEdge // every edge, grouped by the node they enter
	X     [2]float64            // the sample
	Y     int                   // the label, ±1 (the loss uses (y+1)/2)
	LR    float64               // learning rate α of the update step; 1 unless set
	model MLP
	pos   int // next entry of graphSchedule
}

// Node indices, in a fixed order that the arrays follow.
const (
	gX1 = iota
	gX2
	gT11
	gT12
	gB1
	gT21
	gT22
	gB2
	gA1
	gA2
	gZ1
	gZ2
	gW1
	gW2
	gB3
	gA3
	gYhat
	gL
	graphNodes
)

// graphEdges is the number of edges of the 2-2-1 graph.
const graphEdges = 19

// graphSchedule is the order of the walk: node index and phase.
var graphSchedule = [...]struct {
	phase string
	node  int
}{
	{"forward", gA1}, {"forward", gA2}, {"forward", gZ1}, {"forward", gZ2},
	{"forward", gA3}, {"forward", gYhat}, {"loss", gL},
	{"backward", gYhat}, {"backward", gA3}, {"backward", gW1}, {"backward", gW2},
	{"backward", gB3}, {"backward", gZ1}, {"backward", gZ2}, {"backward", gA1},
	{"backward", gA2}, {"backward", gT11}, {"backward", gT12}, {"backward", gB1},
	{"backward", gT21}, {"backward", gT22}, {"backward", gB2},
	{"update", -1},
}

// graphParams lists the parameter nodes in update order.
var graphParams = [...]int{gT11, gT12, gB1, gT21, gT22, gB2, gW1, gW2, gB3}

// NewGraph returns the graph of network m (which should have H = 2; only
// units 1 and 2 are used) for the sample x with label y (±1), with every
// input and parameter filled in and nothing computed yet.
func NewGraph(m MLP, x [2]float64, y int) *Graph {
	m.H = 2
	g := &Graph{X: x, Y: y, LR: 1, model: m}
	type nd struct {
		id, label, kind string
		col, row        int
	}
	for i, n := range [graphNodes]nd{
		{"x1", "x₁", "input", 0, 0}, {"x2", "x₂", "input", 0, 1},
		{"t11", "θ₁₁", "param", 1, 0}, {"t12", "θ₁₂", "param", 1, 1}, {"b1", "b₁", "param", 1, 2},
		{"t21", "θ₂₁", "param", 1, 3}, {"t22", "θ₂₂", "param", 1, 4}, {"b2", "b₂", "param", 1, 5},
		{"a1", "a₁", "hidden", 2, 0}, {"a2", "a₂", "hidden", 2, 1},
		{"z1", "z₁", "hidden", 3, 0}, {"z2", "z₂", "hidden", 3, 4},
		{"w1", "θ₁^[2]", "param", 3, 1}, {"w2", "θ₂^[2]", "param", 3, 3}, {"b3", "b₃", "param", 3, 2},
		{"a3", "a₃", "output", 4, 0}, {"yhat", "ŷ", "output", 5, 0}, {"L", "L", "loss", 6, 0},
	} {
		g.Nodes[i] = GraphNode{ID: n.id, Label: n.label, Kind: n.kind, Column: n.col, Row: n.row}
	}
	for i, e := range [graphEdges][3]int{
		{gX1, gA1}, {gT11, gA1}, {gX2, gA1}, {gT12, gA1}, {gB1, gA1},
		{gX1, gA2}, {gT21, gA2}, {gX2, gA2}, {gT22, gA2}, {gB2, gA2},
		{gA1, gZ1}, {gA2, gZ2},
		{gZ1, gA3}, {gW1, gA3}, {gZ2, gA3}, {gW2, gA3}, {gB3, gA3},
		{gA3, gYhat}, {gYhat, gL},
	} {
		g.Edges[i] = GraphEdge{From: g.Nodes[e[0]].ID, To: g.Nodes[e[1]].ID}
	}
	for i, v := range g.leafValues() {
		g.Nodes[i].Value, g.Nodes[i].HasValue = v, true
	}
	return g
}

// leafValues returns the values of the inputs and parameters by node index
func (g *Graph) leafValues() map[int]float64 {
	m := &g.model
	return map[int]float64{
		gX1: g.X[0], gX2: g.X[1],
		gT11: m.W1[0][0], gT12: m.W1[0][1], gB1: m.B1[0],
		gT21: m.W1[1][0], gT22: m.W1[1][1], gB2: m.B1[1],
		gW1: m.W2[0], gW2: m.W2[1], gB3: m.B2,
	}
}

// Clone returns an independent copy of the graph.
func (g *Graph) Clone() *Graph {
	c := *g
	return &c
}

// Model returns the network, with the update applied once the walk is done.
func (g *Graph) Model() MLP { return g.model }

// Done reports whether every step has been taken.
func (g *Graph) Done() bool { return g.pos >= len(graphSchedule) }

// Steps returns the total number of steps of the walk.
func (g *Graph) Steps() int { return len(graphSchedule) }

// Pos returns the number of steps taken.
func (g *Graph) Pos() int { return g.pos }

// NodeByID returns the node with the given ID.
//
// Not inlined (bundle size): a linear search by name, called per node shown
// or explained, not per point; a copy of it at each call site grew the web
// bundle.
//
//go:noinline
func (g *Graph) NodeByID(id string) (GraphNode, bool) {
	for _, n := range g.Nodes {
		if n.ID == id {
			return n, true
		}
	}
	return GraphNode{}, false
}

// Next takes the next step and returns its record; it returns false once the
// walk is done.
func (g *Graph) Next() (GraphStep, bool) {
	if g.Done() {
		return GraphStep{}, false
	}
	s := graphSchedule[g.pos]
	g.pos++
	st := GraphStep{N: g.pos, Phase: s.phase}
	switch s.phase {
	case "forward", "loss":
		g.forward(s.node, &st)
	case "backward":
		g.backward(s.node, &st)
	default:
		g.update(&st)
	}
	return st, true
}

// in returns the indices of the edges into node n.
func (g *Graph) in(n int) []int {
	var out []int
	for i, e := range g.Edges {
		if e.To == g.Nodes[n].ID {
			out = append(out, i)
		}
	}
	return out
}

// out returns the index of the edge leaving node n (each non-input node of
// this graph feeds exactly one other).
func (g *Graph) out(n int) int {
	for i, e := range g.Edges {
		if e.From == g.Nodes[n].ID {
			return i
		}
	}
	return -1
}

// forward computes node n's value and the local derivatives of its inputs.
func (g *Graph) forward(n int, st *GraphStep) {
	m := &g.model
	v := func(i int) float64 { return g.Nodes[i].Value }
	t := float64(g.Y+1) / 2
	var val float64
	var locals []float64 // in the order of g.in(n)
	var formulas []string
	switch n {
	case gA1, gA2:
		x1, x2, th1, th2, b := gX1, gX2, gT11, gT12, gB1
		if n == gA2 {
			th1, th2, b = gT21, gT22, gB2
		}
		val = v(th1)*v(x1) + v(th2)*v(x2) + v(b)
		locals = []float64{v(th1), v(x1), v(th2), v(x2), 1}
		formulas = []string{g.Nodes[th1].Label, g.Nodes[x1].Label, g.Nodes[th2].Label, g.Nodes[x2].Label, "1"}
	case gZ1, gZ2:
		a, z := gA1, "z₁"
		if n == gZ2 {
			a, z = gA2, "z₂"
		}
		val = m.Hidden.F(v(a))
		locals = []float64{m.Hidden.derivFromOutput(v(a), val)}
		formulas = []string{m.Hidden.derivFormula(z, g.Nodes[a].Label)}
	case gA3:
		val = v(gW1)*v(gZ1) + v(gW2)*v(gZ2) + v(gB3)
		locals = []float64{v(gW1), v(gZ1), v(gW2), v(gZ2), 1}
		formulas = []string{"θ₁^[2]", "z₁", "θ₂^[2]", "z₂", "1"}
	case gYhat:
		val = m.Out.F(v(gA3))
		locals = []float64{m.Out.derivFromOutput(v(gA3), val)}
		formulas = []string{m.Out.derivFormula("ŷ", "a₃")}
	case gL:
		val, _ = sampleLoss(BCE, m.Out, v(gA3), v(gYhat), g.Y)
		p := math.Min(math.Max(v(gYhat), bceClamp), 1-bceClamp)
		locals = []float64{-(t - p) / (p * (1 - p))}
		formulas = []string{"−(y−ŷ)/(ŷ(1−ŷ))"}
	}
	g.Nodes[n].Value, g.Nodes[n].HasValue = val, true
	st.Node, st.Value = g.Nodes[n].ID, val
	for k, ei := range g.in(n) {
		e := &g.Edges[ei]
		e.Local, e.Formula, e.Known = locals[k], formulas[k], true
		st.Edges = append(st.Edges, *e)
	}
}

// backward computes ∂L/∂node from the consumer's cached gradient.
func (g *Graph) backward(n int, st *GraphStep) {
	ei := g.out(n)
	e := g.Edges[ei]
	up := g.index(e.To)
	node := &g.Nodes[n]
	switch {
	case up == gL: // ∂L/∂L = 1: nothing cached to reuse
		node.Grad = e.Local
		st.Chain = []float64{e.Local}
	case n == gA3 && g.model.Out == Sigmoid:
		// The lecture's simplification ∂L/∂a₃ = ŷ − y, exact even when ŷ
		// has rounded to 0 or 1 and the two factors overflow.
		node.Grad = g.Nodes[gYhat].Value - float64(g.Y+1)/2
		st.Chain = append(g.chain(up), e.Local)
		g.read(up, st)
	default:
		node.Grad = g.Nodes[up].Grad * e.Local
		st.Chain = append(g.chain(up), e.Local)
		g.read(up, st)
	}
	node.HasGrad = true
	st.Node, st.Value = node.ID, node.Grad
	st.Edges = []GraphEdge{e}
	for i := n; i != gL; i = g.index(g.Edges[g.out(i)].To) {
		st.Path = append(st.Path, g.Nodes[i].ID)
		st.Running = append(st.Running, g.Nodes[i].Grad)
	}
	slices.Reverse(st.Path)
	slices.Reverse(st.Running)
}

// read records that the step reused node i's cached gradient.
func (g *Graph) read(i int, st *GraphStep) {
	g.Nodes[i].Reads++
	st.Reused = append(st.Reused, g.Nodes[i].ID)
}

// chain returns the local derivatives on the path from L down to node i.
func (g *Graph) chain(i int) []float64 {
	var c []float64
	for i != gL {
		e := g.Edges[g.out(i)]
		c = append(c, e.Local)
		i = g.index(e.To)
	}
	slices.Reverse(c)
	return c
}

// index returns the node index of id.
func (g *Graph) index(id string) int {
	for i, n := range g.Nodes {
		if n.ID == id {
			return i
		}
	}
	return -1
}

// update applies θ ← θ − LR·∂L/∂θ to every parameter, unless that leaves
// MaxParam (then nothing changes and the step is flagged Diverged).
func (g *Graph) update(st *GraphStep) {
	lr := clampLR(g.LR)
	ok := true
	for _, i := range graphParams {
		n := g.Nodes[i]
		u := GraphUpdate{ID: n.ID, Before: n.Value, Grad: n.Grad, After: n.Value - lr*n.Grad}
		ok = ok && inParamRange(u.After)
		st.Updates = append(st.Updates, u)
	}
	if !ok {
		st.Diverged = true
		return
	}
	for k, i := range graphParams {
		g.Nodes[i].Value = st.Updates[k].After
	}
	m := &g.model
	v := func(i int) float64 { return g.Nodes[i].Value }
	m.W1[0], m.B1[0] = [2]float64{v(gT11), v(gT12)}, v(gB1)
	m.W1[1], m.B1[1] = [2]float64{v(gT21), v(gT22)}, v(gB2)
	m.W2[0], m.W2[1], m.B2 = v(gW1), v(gW2), v(gB3)
}
