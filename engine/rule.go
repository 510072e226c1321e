package engine

import (
	"fmt"
	"strings"
)

// Rule selects the perceptron's update rule.
type Rule int

const (
	// Classic is the notes' "regla antigua": labels in {0,1},
	// ŷ = step(θ·x + b) with step(a) = 1 iff a > 0, and on every point
	// Δθ = α(y − ŷ)x, Δb = α(y − ŷ).
	Classic Rule = iota
	// PlusMinus is the rule of the convergence proof: labels ±1, the bias
	// folded into the augmented input u = [x₁, x₂, 1], and w ← w + α·y·u
	// whenever y(w·u) ≤ 0 (α = 1 in the notes).
	PlusMinus
)

// String returns "classic" or "pm1" (the names cmd/trace uses).
func (r Rule) String() string {
	switch r {
	case Classic:
		return "classic"
	case PlusMinus:
		return "pm1"
	}
	return fmt.Sprintf("Rule(%d)", int(r))
}

// ParseRule returns the rule named s: "classic", or "pm1" (also "plusminus").
func ParseRule(s string) (Rule, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "classic":
		return Classic, nil
	case "pm1", "plusminus", "±1":
		return PlusMinus, nil
	}
	return 0, fmt.Errorf("unknown perceptron rule %q (want classic or pm1)", s)
}

// Order selects the order in which the perceptron visits the points.
type Order int

const (
	// Cyclic visits the points in insertion order, again and again; it is
	// the default and reproducible.
	Cyclic Order = iota
	// Shuffle visits every point once per epoch in a seeded pseudo-random
	// order that changes from epoch to epoch.
	Shuffle
)

// String returns "cyclic" or "shuffle".
func (o Order) String() string {
	switch o {
	case Cyclic:
		return "cyclic"
	case Shuffle:
		return "shuffle"
	}
	return fmt.Sprintf("Order(%d)", int(o))
}

// ParseOrder returns the order named s: "cyclic" or "shuffle".
func ParseOrder(s string) (Order, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "cyclic":
		return Cyclic, nil
	case "shuffle":
		return Shuffle, nil
	}
	return 0, fmt.Errorf("unknown order %q (want cyclic or shuffle)", s)
}
