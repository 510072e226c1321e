package model

import (
	"math"
	"testing"

	"github.com/neurona/neurona/engine"
)

var three = []engine.Sample{{X: 0, Y: 1}, {X: 1, Y: 3}, {X: 2, Y: 4.5}}

// TestReplayIsStepping: replaying n steps from the start reaches exactly
// the network n steps reach, which is what loading a document relies on.
func TestReplayIsStepping(t *testing.T) {
	start := engine.NewRegressor(3, engine.Tanh, 7)
	r := NewRun(start, three)
	for range 25 {
		if _, moved := r.Step(three, 0.01); !moved {
			t.Fatal("a step did not move")
		}
	}
	want := r.Model()
	q := NewRun(engine.Regressor{}, nil)
	q.Start = start
	q.Replay(three, 0.01, 25)
	if q.Model() != want || q.StepNo() != 25 || q.J(q.Pos()) != r.J(r.Pos()) {
		t.Errorf("replay: step %d, %+v; want 25, %+v", q.StepNo(), q.Model(), want)
	}
	if _, moved := q.Step(nil, 0.01); moved {
		t.Error("a step without data moved")
	}
}

// TestDivergenceStopsReplay: a replay stops at the refused step and says
// why; Probe finds the reason without changing anything.
func TestDivergenceStopsReplay(t *testing.T) {
	r := NewRun(engine.NewRegressor(0, engine.Tanh, 1), three)
	r.Replay(three, 1e6, 50)
	if r.Why == engine.Converging || r.StepNo() >= 50 {
		t.Fatalf("α = 10⁶: step %d, why %v", r.StepNo(), r.Why)
	}
	m := r.Model()
	if why := r.Probe(three, 1e6); why == engine.Converging || r.Model() != m {
		t.Errorf("probe: %v, model moved %v", why, r.Model() != m)
	}
}

// TestLongRunsForgetTheOldestHalf: past MaxHistory positions the oldest
// half goes, and the step count goes on.
func TestLongRunsForgetTheOldestHalf(t *testing.T) {
	r := NewRun(engine.NewRegressor(0, engine.Tanh, 1), three)
	n := MaxHistory + 10
	for range n {
		r.Step(three, 1e-9)
	}
	if r.StepNo() != n || r.Len() > MaxHistory || r.Base() == 0 || len(r.Js()) != r.Len() {
		t.Errorf("after %d steps: step %d, %d kept from %d", n, r.StepNo(), r.Len(), r.Base())
	}
}

func TestFit(t *testing.T) {
	if v := Fit([]engine.Sample{{X: -2, Y: -1}, {X: 2, Y: 2.5}}); v != DefaultView {
		t.Errorf("small data: %+v", v)
	}
	v := Fit([]engine.Sample{{X: -1e9, Y: 5}, {X: 1e9, Y: 5}})
	if v.CX-v.HalfX > -1e9 || v.CX+v.HalfX < 1e9 || !(v.HalfY > 0) || math.Abs(v.CY-5) > 1e-9 {
		t.Errorf("wide data: %+v", v)
	}
}
