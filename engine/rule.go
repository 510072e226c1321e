package engine

import "strings"

// Rule selects the perceptron's update rule.
type Rule int

const (
	// Classic is the notes' "regla antigua": labels in {0,1},
	// ŷ = step(θ·x + b) with step(a) = 1 iff a > 0, and on every point
	// Δθ = α(y − ŷ)x, Δb = α(y − ŷ).
	Classic Rule = iota
	// PlusMinus is the rule of the convergence proof: labels ±1, the bias
	// folded into the augmented input u = [x₁, x₂, 1], and w ← w + α·y·u
	// whenever y(w·u) ≤ 0 (α = 1 in the notes). PerceptronConfig's NoBias
	// and Tie change both rules' input and their verdict at a = 0.
	PlusMinus
)

// ruleNames are the names String returns, by rule.
var ruleNames = []string{"classic", "pm1"}

// String returns "classic" or "pm1" (the names cmd/trace uses).
func (r Rule) String() string { return enumString(ruleNames, int(r), "Rule") }

// ParseRule returns the rule named s: "classic", or "pm1" (also "plusminus").
func ParseRule(s string) (Rule, error) {
	if strings.EqualFold(strings.TrimSpace(s), "plusminus") {
		return PlusMinus, nil
	}
	i, err := enumParse(ruleNames, s, "perceptron rule")
	return Rule(i), err
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

// orderNames are the names String returns, by order.
var orderNames = []string{"cyclic", "shuffle"}

// String returns "cyclic" or "shuffle".
func (o Order) String() string { return enumString(orderNames, int(o), "Order") }

// ParseOrder returns the order named s: "cyclic" or "shuffle".
func ParseOrder(s string) (Order, error) {
	i, err := enumParse(orderNames, s, "order")
	return Order(i), err
}
