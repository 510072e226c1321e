package model

import (
	"math"
	"runtime"
	"testing"
	"unsafe"

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
}

// TestStepsThisTickBoundsTheWork checks the budget of a playing tick: the
// steps granted never cost more than WorkPerTick (but one step is always
// granted), never exceed the request, and a request within the budget is
// granted whole.
func TestStepsThisTickBoundsTheWork(t *testing.T) {
	if n := StepsThisTick(0, 4, 2); n != 0 {
		t.Errorf("paused: %d steps", n)
	}
	for _, points := range []int{0, 1, 4, 100, 1000, 100000} {
		for _, h := range []int{MinHidden, 4, MaxHidden} {
			for _, asked := range []int{1, 2, 17, 250, 1000, 50000} {
				n := StepsThisTick(asked, points, h)
				cost := n * StepWork(points, h)
				switch {
				case n < 1 || n > asked:
					t.Errorf("%d points, H = %d, %d asked: %d steps", points, h, asked, n)
				case n > 1 && cost > WorkPerTick:
					t.Errorf("%d points, H = %d: %d steps cost %d > %d", points, h, n, cost, WorkPerTick)
				case asked*StepWork(points, h) <= WorkPerTick && n != asked:
					t.Errorf("%d points, H = %d: %d asked within the budget, %d granted", points, h, asked, n)
				}
			}
		}
	}
	// The work grows with the data and the width: more points or units,
	// fewer steps.
	if a, b := StepsThisTick(1000, 4, 2), StepsThisTick(1000, 4, 8); !(a > b) {
		t.Errorf("H = 2 takes %d steps, H = 8 %d", a, b)
	}
	if a, b := StepsThisTick(1000, 4, 2), StepsThisTick(1000, 100, 2); !(a > b) {
		t.Errorf("4 points take %d steps, 100 points %d", a, b)
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

// TestFastRunAllocatesOnce: playing fast (many steps a call) through more
// steps than the history keeps, the run makes room for its whole history
// once, rather than growing (and copying) it as it fills, and trimming
// it allocates nothing.
func TestFastRunAllocatesOnce(t *testing.T) {
	r, pts, n := topSpeedRun()
	calls := 3 * MaxHistory / n
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range calls {
		if !r.Steps(pts, 0.5, n) {
			t.Fatal("a step was refused")
		}
	}
	runtime.ReadMemStats(&after)
	// Bytes, not counts: the runtime and the test framework allocate a
	// few small objects meanwhile; a history grown by doubling, or made
	// again, is megabytes more than the one reservation.
	once := uint64(MaxHistory+1) * uint64(unsafe.Sizeof(engine.MLP{})+unsafe.Sizeof(float64(0)))
	if b := after.TotalAlloc - before.TotalAlloc; b > once+64<<10 {
		t.Errorf("%d steps allocated %d bytes, want at most %d (the history and its losses, once)", calls*n, b, once+64<<10)
	}
}

// topSpeedRun is a run of the notes' 2-2-1 network from a seeded start on
// the XOR points, with the steps a tick takes at the top speed.
func topSpeedRun() (r *Run, pts []engine.Point, stepsPerTick int) {
	pts = XORPoints()
	return NewRun(engine.NewMLP(2, engine.Sigmoid, 1), pts, 0), pts, StepsThisTick(math.MaxInt, len(pts), 2)
}
