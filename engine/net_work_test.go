package engine

import (
	"math"
	"testing"
)

// TestScoreIsLossAndAccuracy: Score's sums over parts of the points give
// Loss's mean and Accuracy's fraction, for K = 2 and K = 4.
func TestScoreIsLossAndAccuracy(t *testing.T) {
	for _, k := range []int{2, 4} {
		net := NewNet([]int{8, 5}, k, Tanh, 3)
		pts := make([]ClassPoint, 101)
		for i := range pts {
			pts[i] = ClassPoint{X: [2]float64{math.Sin(float64(i)), math.Cos(1.7 * float64(i))}, Class: i % k}
		}
		l1, c1 := net.Score(pts[:40])
		l2, c2 := net.Score(pts[40:])
		n := float64(len(pts))
		if got, want := (l1+l2)/n, net.Loss(pts, 0); math.Abs(got-want) > 1e-12 {
			t.Errorf("K=%d: Score's loss %v, Loss %v", k, got, want)
		}
		if got, want := float64(c1+c2)/n, net.Accuracy(pts); got != want {
			t.Errorf("K=%d: Score's accuracy %v, Accuracy %v", k, got, want)
		}
		all := net.LayerOutputs(nil, pts, 2)
		part := make([]float64, len(all))
		net.LayerOutputsAt(part[:40*5], pts[:40], 2)
		net.LayerOutputsAt(part[40*5:], pts[40:], 2)
		for i := range all {
			if all[i] != part[i] {
				t.Fatalf("K=%d: LayerOutputsAt[%d] = %v, LayerOutputs %v", k, i, part[i], all[i])
			}
		}
	}
}

// TestWorkUnitsGrowWithTheNetwork: a deeper, wider network costs more
// units, and a step on b points b times a point's.
func TestWorkUnitsGrowWithTheNetwork(t *testing.T) {
	small := NewNet([]int{2}, 2, Tanh, 1)
	big := NewNet([]int{8, 8, 8, 8}, 3, Tanh, 1)
	if !(small.ForwardUnits() > 0 && big.ForwardUnits() > 4*small.ForwardUnits()) {
		t.Errorf("forward units %d (2-2-1) and %d (2-8-8-8-8-3)", small.ForwardUnits(), big.ForwardUnits())
	}
	if big.StepUnits(32) != 32*big.StepUnits(1) || big.StepUnits(0) != big.StepUnits(1) {
		t.Errorf("step units %d for 32 points, %d for one", big.StepUnits(32), big.StepUnits(1))
	}
}
