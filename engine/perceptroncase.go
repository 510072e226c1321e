package engine

// PerceptronCase names the row of the rule's own case table that a step
// took, so that a panel can highlight it: the {0,1} rule's y − ŷ rows of the
// notes' table, or the ±1 rule's two cases of the convergence proof.
type PerceptronCase int

const (
	// CaseNone: no point was visited (an empty set).
	CaseNone PerceptronCase = iota
	// CaseClassicKeep: y − ŷ = 0, the point is classified correctly
	// ("no hay error"): Δθ = 0, Δb = 0.
	CaseClassicKeep
	// CaseClassicRaise: y − ŷ = 1 (y = 1, ŷ = 0), the weights are too small
	// ("peso muy pequeño"): Δθ = αx, Δb = α.
	CaseClassicRaise
	// CaseClassicLower: y − ŷ = −1 (y = 0, ŷ = 1), the weights are too large
	// ("peso muy grande"): Δθ = −αx, Δb = −α.
	CaseClassicLower
	// CasePlusMinusKeep: the ±1 rule sees no mistake (y·a > 0, or a = 0 and
	// the tie convention gives ŷ = y): w is left alone.
	CasePlusMinusKeep
	// CasePlusMinusUpdate: the ±1 rule sees a mistake (y·a < 0, or a = 0 and
	// the tie convention does not give ŷ = y; y·a ≤ 0 under TieMistake):
	// w ← w + α·y·u.
	CasePlusMinusUpdate
)

// caseNames are the names String returns, by case.
var caseNames = []string{"none", "classic-keep", "classic-raise", "classic-lower", "pm1-keep", "pm1-update"}

// String returns the case's name, as cmd/trace prints it.
func (c PerceptronCase) String() string { return enumString(caseNames, int(c), "PerceptronCase") }

// perceptronCase returns the case of a step of rule r that saw the rule's
// label target and prediction yhat.
func perceptronCase(r Rule, target, yhat int) PerceptronCase {
	switch {
	case r == PlusMinus && yhat == target:
		return CasePlusMinusKeep
	case r == PlusMinus:
		return CasePlusMinusUpdate
	case target == yhat:
		return CaseClassicKeep
	case target > yhat:
		return CaseClassicRaise
	}
	return CaseClassicLower
}
