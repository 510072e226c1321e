package engine

import "strings"

// Tie selects what the perceptron does with a point on its hyperplane, where
// the potential a = θ·x + b is exactly 0. The notes use two conventions: the
// convergence proof counts y·a ≤ 0 as a mistake, while the three-point
// example iterates with sign(0) = +1.
type Tie int

const (
	// TieRule (the zero value) is the rule's own convention: TieNegative
	// for Classic (step(a) = 1 iff a > 0) and TieMistake for PlusMinus
	// (Perceptron.Tie reports which).
	TieRule Tie = iota
	// TieMistake counts a = 0 as a mistake whatever the label, as the
	// proof does (y·a ≤ 0). Under Classic the point is given the wrong
	// class, ŷ = 1 − y, so that y − ŷ = ±1 corrects it.
	TieMistake
	// TiePositive predicts the positive class at a = 0: sign(0) = +1 (ŷ = 1
	// under Classic), the notes' iteration of the three-point example.
	TiePositive
	// TieNegative predicts the negative class at a = 0: step(0) = 0, the
	// notes' old rule.
	TieNegative
)

// tieNames are the names String returns, by convention.
var tieNames = []string{"rule", "mistake", "positive", "negative"}

// String returns "rule", "mistake", "positive" or "negative" (the names
// cmd/trace and the state document use).
func (t Tie) String() string { return enumString(tieNames, int(t), "Tie") }

// ParseTie returns the convention named s; the empty string is TieRule.
func ParseTie(s string) (Tie, error) {
	if strings.TrimSpace(s) == "" {
		return TieRule, nil
	}
	i, err := enumParse(tieNames, s, "tie convention")
	return Tie(i), err
}

// resolve returns the convention t means under rule r.
func (t Tie) resolve(r Rule) Tie {
	switch {
	case t == TieMistake || t == TiePositive || t == TieNegative:
		return t
	case r == Classic:
		return TieNegative
	}
	return TieMistake
}
