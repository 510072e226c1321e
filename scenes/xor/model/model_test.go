package model

import (
	"math"
	"testing"

	"github.com/neurona/neurona/engine"
)

func TestRunTrimKeepsTheRecentSteps(t *testing.T) {
	pts := XORPoints()
	r := NewRun(engine.NewMLP(2, engine.Sigmoid, 1), pts, 0)
	var nets []engine.MLP
	for range 10 {
		r.Step(pts, 1)
		nets = append(nets, r.Net())
	}
	r.Trim(4)
	if r.hist.Len() != 4 || len(r.losses) != 4 || r.StepNo() != 10 || r.base != 7 {
		t.Fatalf("trim: len %d losses %d step %d base %d", r.hist.Len(), len(r.losses), r.StepNo(), r.base)
	}
	r.Back()
	if r.Net() != nets[8] || r.StepNo() != 9 {
		t.Error("back after trim")
	}
	if math.Abs(r.Loss()-LossOf(nets[8], pts)) > 0 {
		t.Error("loss after trim")
	}
	// A huge data set: the work per tick is bounded.
	if n := StepsThisTick(500, 100000); n != 2 {
		t.Errorf("steps for 100000 points: %d", n)
	}
}

func TestStepsMatchesStepOneAtATime(t *testing.T) {
	pts := XORPoints()
	one := NewRun(engine.NewMLP(2, engine.Sigmoid, 1), pts, 0)
	many := NewRun(engine.NewMLP(2, engine.Sigmoid, 1), pts, 0)
	for range 7 {
		one.Step(pts, 0.5)
	}
	if !many.Steps(pts, 0.5, 3) || !many.Steps(pts, 0.5, 4) {
		t.Fatal("Steps refused a step Step took")
	}
	if len(one.losses) != len(many.losses) || one.Net() != many.Net() {
		t.Fatalf("7 steps: %d losses and net %v one at a time, %d and %v with Steps", len(one.losses), one.Net(), len(many.losses), many.Net())
	}
	for i, l := range one.losses {
		if math.Abs(many.losses[i]-l) > 1e-12*math.Max(1, math.Abs(l)) {
			t.Errorf("loss %d: %v with Steps, %v one at a time", i, many.losses[i], l)
		}
	}
	// Every state's loss is filled, the last by its own pass.
	many.Steps(pts, 0.5, 5)
	for i, l := range many.losses {
		if math.IsNaN(l) {
			t.Fatalf("loss %d left unfilled", i)
		}
	}
	if many.Loss() != LossOf(many.Net(), pts) {
		t.Errorf("last loss %v; LossOf gives %v", many.Loss(), LossOf(many.Net(), pts))
	}
}
