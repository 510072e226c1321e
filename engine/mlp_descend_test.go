package engine

import "testing"

// TestDescendMatchesStep holds Descend to Step bit for bit: a run of Descend
// calls leaves exactly (==) the networks, losses and divergences that Step
// gives one by one, for both losses, several widths and seeds.
func TestDescendMatchesStep(t *testing.T) {
	pts := []Point{{X: [2]float64{0, 0}, Y: -1}, {X: [2]float64{0, 1}, Y: 1}, {X: [2]float64{1, 0}, Y: 1}, {X: [2]float64{1, 1}, Y: -1}}
	for _, loss := range []Loss{BCE, MSE} {
		for _, h := range []int{1, 2, 3, MaxHidden} {
			for seed := int64(1); seed <= 3; seed++ {
				a, b := NewMLP(h, Sigmoid, seed), NewMLP(h, Sigmoid, seed)
				for i := range 300 {
					lr := 0.5 + float64(i%7)
					st := a.Step(pts, loss, lr)
					l, div := b.Descend(pts, loss, lr)
					if a != b || l != st.Loss || div != st.Diverged {
						t.Fatalf("loss %v h %d seed %d step %d: Descend differs from Step", loss, h, seed, i)
					}
				}
			}
		}
	}
}

// TestDescendAllocatesNothing keeps the training hot path free of garbage.
func TestDescendAllocatesNothing(t *testing.T) {
	pts := []Point{{X: [2]float64{0, 1}, Y: 1}, {X: [2]float64{1, 1}, Y: -1}}
	m := NewMLP(2, Sigmoid, 1)
	if n := testing.AllocsPerRun(100, func() { m.Descend(pts, BCE, 1) }); n != 0 {
		t.Fatalf("Descend allocates %v times a call, want 0", n)
	}
}
