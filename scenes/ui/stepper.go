package ui

import (
	"math"

	"github.com/neurona/neurona/scenes/keymap"
)

// Ladder is the ordered list of values a parameter's ↑ / ↓ keys step
// through, such as a learning rate's 1-2-5 sequence. A loaded document may
// hold a value between rungs; a step then goes to the next rung beyond it.
type Ladder []float64

// Ladder125 returns the values 1, 2 and 5 × 10ⁿ from lo to hi (both
// included when they are such values), each rounded to the nearest double
// of its decimal form (0.005, not 5 × 0.001).
func Ladder125(lo, hi float64) Ladder {
	var out Ladder
	for e := math.Floor(math.Log10(lo)); ; e++ {
		for _, m := range [...]float64{1, 2, 5} {
			v := roundSig(m * math.Pow(10, e))
			if v > hi*(1+1e-12) {
				return out
			}
			if v >= lo*(1-1e-12) {
				out = append(out, v)
			}
		}
	}
}

// roundSig rounds v to 6 significant digits.
func roundSig(v float64) float64 {
	if v == 0 {
		return 0
	}
	p := math.Pow(10, 5-math.Floor(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}

// Step returns the rung next above v (up) or below it, staying at the ends.
//
// Not inlined (bundle size): called on input or once per frame at most, not
// per point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (l Ladder) Step(v float64, up bool) float64 {
	if up {
		for _, x := range l {
			if x > v*(1+1e-9) {
				return x
			}
		}
		return l[len(l)-1]
	}
	for i := len(l) - 1; i >= 0; i-- {
		if l[i] < v*(1-1e-9) {
			return l[i]
		}
	}
	return l[0]
}

// NudgeKeys are the shared ↑ / ↓ parameter keys, for a scene whose only
// parameter is α: [ and ] (which choose a parameter) are left out, so the
// help lists no key that does nothing.
func NudgeKeys() []keymap.Binding {
	var out []keymap.Binding
	for _, b := range keymap.ParamBindings {
		if b.Action == keymap.ParamInc || b.Action == keymap.ParamDec {
			out = append(out, b)
		}
	}
	return out
}
