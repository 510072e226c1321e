package gradient

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/neurona/neurona/engine"
)

// The iso-lines skipping the squares a level does not cross (cellSpans)
// are the very segments, in the same order, as marching over every square.
func TestIsoLinesSkipOnlyUncrossedSquares(t *testing.T) {
	var l landscape
	for pi, pts := range presets {
		for _, loss := range []engine.Loss{engine.BCE, engine.MSE} {
			for _, b := range []float64{-2, 0, 0.7} {
				l.update(b, 6, pts, uint64(pi), loss)
				for l.Pending() {
					l.update(b, 6, pts, uint64(pi), loss)
				}
				g := l.key.N
				all := make([][2]float64, (g-1)*(g-1))
				for i := range all {
					all[i] = [2]float64{math.Inf(-1), math.Inf(1)}
				}
				var want []float32
				for _, lv := range l.Levels {
					want = isoLines(want, l.Vals, all, g, g, lv)
				}
				if len(want) == 0 || !slices.Equal(l.Segs, want) {
					t.Errorf("preset %d, %v, b %g: %d segment values, want %d", pi+1, loss, b, len(l.Segs), len(want))
				}
			}
		}
	}
}

// selectRanks puts at each rank the value a sort puts there, with ties,
// runs of equal values, already sorted and reversed input, and a NaN (then
// it declines).
func TestSelectRanksIsSortsQuantiles(t *testing.T) {
	n := 9216
	ranks := make([]int, nBands-1)
	for i := range ranks {
		ranks[i] = (i + 1) * n / nBands
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	cases := map[string]func(i int) float64{
		"random":     func(int) float64 { return rnd.NormFloat64() },
		"few values": func(int) float64 { return float64(rnd.IntN(5)) },
		"all equal":  func(int) float64 { return 0.25 },
		"ascending":  func(i int) float64 { return float64(i) },
		"descending": func(i int) float64 { return float64(-i) },
		"one ≠":      func(i int) float64 { return float64(min(i%4000, 1)) },
	}
	for name, f := range cases {
		v := make([]float64, n)
		for i := range v {
			v[i] = f(i)
		}
		want := slices.Clone(v)
		slices.Sort(want)
		if !selectRanks(v, ranks) {
			t.Fatalf("%s: declined", name)
		}
		for _, r := range ranks {
			if v[r] != want[r] {
				t.Errorf("%s: rank %d is %g, want %g", name, r, v[r], want[r])
			}
		}
		slices.Sort(v)
		if !slices.Equal(v, want) {
			t.Errorf("%s: the values were not only permuted", name)
		}
	}
	if selectRanks([]float64{1, math.NaN(), 0}, []int{1}) {
		t.Error("a NaN was not declined")
	}
}
