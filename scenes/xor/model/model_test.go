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
