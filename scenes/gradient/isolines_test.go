package gradient

import (
	"math"
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
