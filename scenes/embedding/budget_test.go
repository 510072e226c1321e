package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// TestTSNEViewPlaysWithinASmallerTick: while the t-SNE view plays, a
// tick's budget is the smaller tsneTickUnits, and training keeps the
// 12,000 units (30 % of tickUnits) it had, so that the top speed a student
// sees is the one it was (53 steps/s for the bench's 1,000 points).
func TestTSNEViewPlaysWithinASmallerTick(t *testing.T) {
	r := scenetest.New(t, New())
	bench9(r)
	if got := r.S.tickBudget(); got != tsneTickUnits {
		t.Fatalf("the t-SNE view playing has a budget of %d units a tick, want %d", got, tsneTickUnits)
	}
	want := ui.TPS * float64(tickUnits*30/100) / float64(r.S.stepUnits())
	if r.S.player.Cap != want {
		t.Errorf("the top speed is %g steps/s, was %g", r.S.player.Cap, want)
	}
}

// TestFollowerSkipsLayerOutputsTSNEDoesNotTake: in the t-SNE view the
// follower computes the layer's outputs (half its pass with a thousand
// points) only when t-SNE takes them; while the layer's t-SNE waits for
// its P (the raw inputs' is calibrated first) no pass computes them, and
// the passes go on (the panel's numbers and curves).
func TestFollowerSkipsLayerOutputsTSNEDoesNotTake(t *testing.T) {
	r := scenetest.New(t, New())
	bench9(r)
	passes, computed := r.S.fol.passes, 0
	for range 600 {
		waiting := r.S.tsne.Layer != nil && !r.S.tsne.Layer.Ready()
		r.Tick()
		if waiting && r.S.embNew {
			computed++
		}
	}
	if r.S.tsne.Layer == nil || r.S.tsne.Layer.Ready() {
		t.Fatalf("the layer's t-SNE is %v, ready %v: not the case tested", r.S.tsne.Layer != nil, r.S.tsne.Layer != nil && r.S.tsne.Layer.Ready())
	}
	if computed > 0 {
		t.Errorf("%d passes computed the layer's outputs while its t-SNE waited for P", computed)
	}
	if r.S.fol.passes-passes < 5 {
		t.Errorf("%d passes of the follower in 600 ticks", r.S.fol.passes-passes)
	}
}

// TestRedrawTicksLeaveTheRestToTheNextTick: while the bench's case
// plays, a tick after which Draw redraws a still picture (the tick that
// ends a follower's pass, and the one that lays the panel out anew) is
// charged the rest of its budget, so that t-SNE (and, in the second, the
// follower) wait for the next tick and the frame's Draw, the costliest of
// the pass, has its tick's room; the other ticks spend their budget on
// the follower and t-SNE besides training.
func TestRedrawTicksLeaveTheRestToTheNextTick(t *testing.T) {
	r := scenetest.New(t, New())
	bench9(r)
	redraws, busy := 0, 0
	for range 400 {
		passes, laid, step := r.S.fol.passes, r.S.v.panelLaid, r.S.run.Step()
		r.Tick()
		besides := r.S.work - r.S.charged - (r.S.run.Step()-step)*r.S.stepUnits()
		switch {
		case r.S.v.panelLaid != laid:
			redraws++
			if besides > 0 {
				t.Errorf("the tick that laid the panel out anew spent %d units on the follower and t-SNE", besides)
			}
		case r.S.fol.passes != passes:
			redraws++
		case besides > 0:
			busy++
			continue
		default:
			continue
		}
		if r.S.work < r.S.tickBudget() {
			t.Errorf("a tick after which Draw redraws a picture is charged %d units in all, less than its budget %d", r.S.work, r.S.tickBudget())
		}
	}
	if redraws < 4 || busy < 100 {
		t.Errorf("in 400 ticks %d redraw ticks and %d ticks that followed the network or ran t-SNE", redraws, busy)
	}
}
