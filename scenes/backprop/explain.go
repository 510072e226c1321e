package backprop

import (
	"fmt"
	"strings"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/backprop/model"
	"github.com/neurona/neurona/scenes/ui"
)

// reuse says how a backward step used the cached gradient it multiplied.
type reuse int

const (
	noCache   reuse = iota // nothing cached to use (∂L/∂ŷ, the first link)
	firstUse               // the cached ∂L/∂u is used for the first time
	reusedHit              // used again: computed once, reused, not recomputed
)

// explanation is what the strip below the graph says about the current
// step: a first line, and a second one whose middle part (the cached
// product of the lecture's box) may be boxed.
type explanation struct {
	L1             string
	Pre, Box, Post string
	Reuse          reuse
	Cached         string // the node whose cached gradient the box stands for
}

// tr translates a message key (the scene passes its context's T).
type tr func(key string) string

// node returns the graph node id (its zero value if absent).
//
// Not inlined (bundle size): the explanations look nodes up by name many
// times over, and a copy of the search at each call grew the web bundle;
// they are built when the explained node changes, not per frame.
//
//go:noinline
func node(g *engine.Graph, id string) engine.GraphNode {
	n, _ := g.NodeByID(id)
	return n
}

// val returns node id's value.
func val(g *engine.Graph, id string) float64 { return node(g, id).Value }

// partial writes ∂top/∂bottom in the lecture's notation.
func partial(top, bottom string) string { return "∂" + labels[top] + "/∂" + labels[bottom] }

// consumer returns the node that node id feeds ("" for L and the inputs,
// which feed two).
func consumer(g *engine.Graph, id string) string {
	for _, e := range g.Edges {
		if e.From == id && id != "x1" && id != "x2" {
			return e.To
		}
	}
	return ""
}

// pathUp returns the nodes from id up to L: id, its consumer, …, L.
func pathUp(g *engine.Graph, id string) []string {
	p := []string{id}
	for id != "L" && id != "" {
		id = consumer(g, id)
		if id != "" {
			p = append(p, id)
		}
	}
	return p
}

// explain describes the step that led to snapshot s.
func explain(s *model.Snap, t tr) explanation {
	g := &s.G
	st := &s.St
	if st.N == 0 {
		p := pointOf(g)
		return explanation{
			L1:  fmt.Sprintf(t("backprop.explain.start"), s.Ex+1, ui.Num(p.X[0]), ui.Num(p.X[1]), target(p.Y)),
			Pre: t("backprop.explain.start.next"),
		}
	}
	switch st.Phase {
	case "forward":
		return explainForward(g, st.Node)
	case "loss":
		y, yh := target(g.Y), val(g, "yhat")
		if saturated(yh) {
			return explainSaturated(y, yh, t)
		}
		return explanation{
			L1:  "L = −[y log ŷ + (1 − y) log(1 − ŷ)]",
			Pre: fmt.Sprintf("= −[%d·log(%s) + %d·log(%s)] = %s", y, ui.Num(yh), 1-y, ui.Num(1-yh), ui.Num(val(g, "L"))),
		}
	case "backward":
		return explainBackward(s, t)
	}
	e := explanation{L1: fmt.Sprintf("θ ← θ − α ∂L/∂θ,   α = %s", ui.Num(g.LR)), Pre: t("backprop.explain.update")}
	if st.Diverged {
		e.Pre = t("backprop.explain.diverged")
	}
	return e
}

// saturated reports whether ŷ is 0 or 1 to within 10⁻¹²: ∂L/∂ŷ's
// quotient divides by (nearly) zero, and the engine's clamped value
// (about 10¹²) would be a giant that means nothing.
func saturated(yh float64) bool { return !(yh*(1-yh) > 1e-12) }

// explainSaturated writes ∂L/∂ŷ's formula without a value, and why, for a
// saturated ŷ: at the loss step and at the first backward step alike.
func explainSaturated(y int, yh float64, t tr) explanation {
	return explanation{
		L1:  fmt.Sprintf("∂L/∂ŷ = −(y − ŷ)/(ŷ(1 − ŷ)) = −(%d − %s)/(%s·%s)", y, ui.Num(yh), ui.Num(yh), ui.Num(1-yh)),
		Pre: t("backprop.explain.first.saturated"),
	}
}

// pointOf returns the graph's example as a point.
func pointOf(g *engine.Graph) engine.Point { return engine.Point{X: g.X, Y: g.Y} }

// target is the label as the loss uses it: 0 or 1.
func target(y int) int { return (y + 1) / 2 }

// explainForward writes the formula of a forward step and its numbers.
func explainForward(g *engine.Graph, id string) explanation {
	v := func(id string) string { return ui.Paren(val(g, id)) }
	switch id {
	case "a1", "a2":
		j := id[1:]
		t1, t2, b := "t"+j+"1", "t"+j+"2", "b"+j
		return explanation{
			L1: fmt.Sprintf("%s = %sx₁ + %sx₂ + %s", labels[id], labels[t1], labels[t2], labels[b]),
			Pre: fmt.Sprintf("= %s·%s + %s·%s + %s = %s",
				v(t1), v("x1"), v(t2), v("x2"), v(b), ui.Num(val(g, id))),
		}
	case "z1", "z2":
		a := "a" + id[1:]
		return explanation{
			L1:  fmt.Sprintf("%s = σ(%s) = 1/(1 + e^{−%s})", labels[id], labels[a], labels[a]),
			Pre: fmt.Sprintf("= σ(%s) = %s", ui.Num(val(g, a)), ui.Num(val(g, id))),
		}
	case "a3":
		return explanation{
			L1: "a₃ = θ₁^{[2]}z₁ + θ₂^{[2]}z₂ + b₃",
			Pre: fmt.Sprintf("= %s·%s + %s·%s + %s = %s",
				v("w1"), v("z1"), v("w2"), v("z2"), v("b3"), ui.Num(val(g, "a3"))),
		}
	}
	return explanation{
		L1:  "ŷ = σ(a₃)",
		Pre: fmt.Sprintf("= σ(%s) = %s", ui.Num(val(g, "a3")), ui.Num(val(g, "yhat"))),
	}
}

// explainBackward writes ∂L/∂node as the cached ∂L/∂consumer times the
// local derivative, then the whole chain in the lecture's order with the
// cached part boxed, marked as reused when it was already used before.
func explainBackward(s *model.Snap, t tr) explanation {
	g, id := &s.G, s.St.Node
	gv := node(g, id).Grad
	if id == "yhat" {
		y, yh := target(g.Y), val(g, "yhat")
		if saturated(yh) {
			return explainSaturated(y, yh, t)
		}
		return explanation{
			L1:  fmt.Sprintf("∂L/∂ŷ = −(y − ŷ)/(ŷ(1 − ŷ)) = −(%d − %s)/(%s·%s) = %s", y, ui.Num(yh), ui.Num(yh), ui.Num(1-yh), ui.Num(gv)),
			Pre: t("backprop.explain.first"),
		}
	}
	u := consumer(g, id)
	local := 0.0
	if len(s.St.Edges) > 0 {
		local = s.St.Edges[0].Local
	}
	e := explanation{
		L1: fmt.Sprintf("∂L/∂%s = ∂L/∂%s · %s = %s·%s = %s",
			labels[id], labels[u], partial(u, id), ui.Paren(node(g, u).Grad), ui.Paren(local), ui.Num(gv)),
		Cached: u,
		Reuse:  firstUse,
	}
	if node(g, u).Reads >= 2 {
		e.Reuse = reusedHit
	}
	p := pathUp(g, id)
	factors := make([]string, 0, len(p)-1)
	for i := len(p) - 1; i > 0; i-- {
		factors = append(factors, partial(p[i], p[i-1]))
	}
	// The lecture's order: from the node up to L.
	for l, r := 0, len(factors)-1; l < r; l, r = l+1, r-1 {
		factors[l], factors[r] = factors[r], factors[l]
	}
	e.Pre = fmt.Sprintf("∂L/∂%s = %s · ", labels[id], factors[0])
	e.Box = strings.Join(factors[1:], " · ")
	if len(factors) > 2 {
		e.Post = " = ∂L/∂" + labels[u]
	}
	return e
}
