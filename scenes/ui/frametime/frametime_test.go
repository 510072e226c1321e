package frametime

import (
	"encoding/json"
	"testing"
	"time"
)

func ms(x float64) time.Duration { return time.Duration(x * float64(time.Millisecond)) }

func TestPercentilesOfKnownInputs(t *testing.T) {
	for _, c := range []struct {
		name     string
		v        []float64
		p50, p95 float64
	}{
		// Nearest rank: the ⌈p·n/100⌉-th smallest.
		{"one", []float64{7}, 7, 7},
		{"two", []float64{3, 1}, 1, 3},
		{"1..100 shuffled", shuffled(100), 50, 95},
		{"1..20", seq(20), 10, 19},
		{"1..300", seq(300), 150, 285},
		{"a spike in 300", append(constant(299, 2), 40), 2, 2},
		{"spikes in 5 % of 100", append(constant(95, 1), constant(5, 9)...), 1, 1},
		{"spikes in 6 % of 100", append(constant(94, 1), constant(6, 9)...), 1, 9},
	} {
		t.Run(c.name, func(t *testing.T) {
			var r Recorder
			for _, x := range c.v {
				r.AddUpdate(ms(x))
				r.AddDraw(ms(2 * x))
			}
			s := r.Stats()
			if s.Ticks != len(c.v) || s.Frames != len(c.v) {
				t.Fatalf("counted %d ticks, %d frames; want %d", s.Ticks, s.Frames, len(c.v))
			}
			near(t, "update p50", s.Update.P50, c.p50)
			near(t, "update p95", s.Update.P95, c.p95)
			near(t, "draw p50", s.Draw.P50, 2*c.p50)
			near(t, "draw p95", s.Draw.P95, 2*c.p95)
			// One tick per frame: a frame's total is its tick and its draw.
			near(t, "total p50", s.Total.P50, 3*c.p50)
			near(t, "total p95", s.Total.P95, 3*c.p95)
		})
	}
}

func TestRingKeepsTheLastWindow(t *testing.T) {
	var r Recorder
	// 1 … 1000: only 701 … 1000 remain.
	for i := 1; i <= 1000; i++ {
		r.AddUpdate(ms(float64(i)))
		r.AddDraw(ms(float64(i)))
	}
	s := r.Stats()
	if s.Frames != Window || s.Ticks != Window || s.Drawn != 1000 {
		t.Fatalf("frames %d, ticks %d, drawn %d; want %d, %d, 1000", s.Frames, s.Ticks, s.Drawn, Window, Window)
	}
	near(t, "update p50", s.Update.P50, 850)
	near(t, "update p95", s.Update.P95, 985)
	near(t, "draw p50", s.Draw.P50, 850)
	near(t, "total p95", s.Total.P95, 2*985)
	// A slow stretch long ago is forgotten once Window fast frames follow.
	for range Window {
		r.AddUpdate(ms(0.5))
		r.AddDraw(ms(1))
	}
	s = r.Stats()
	near(t, "update p95 after", s.Update.P95, 0.5)
	near(t, "total p95 after", s.Total.P95, 1.5)
}

func TestTotalTakesOneTickPerFrame(t *testing.T) {
	var r Recorder
	// A slow renderer: three ticks of 1, 2 and 3 ms, then a 4 ms draw.
	r.AddUpdate(ms(1))
	r.AddUpdate(ms(2))
	r.AddUpdate(ms(3))
	r.AddDraw(ms(4))
	s := r.Stats()
	near(t, "total", s.Total.P50, 4+2)
	if s.Ticks != 3 || s.Frames != 1 {
		t.Fatalf("%d ticks, %d frames", s.Ticks, s.Frames)
	}
	// A fast display: a frame without a tick counts the last tick.
	r.AddDraw(ms(4))
	s = r.Stats()
	near(t, "total of a frame without a tick", s.Total.P95, 4+3)
}

func TestReset(t *testing.T) {
	var r Recorder
	for range 50 {
		r.AddUpdate(ms(10))
		r.AddDraw(ms(10))
	}
	r.AddUpdate(ms(10)) // a tick whose frame has not come yet
	r.Reset()
	if s := r.Stats(); s != (Stats{}) {
		t.Fatalf("after Reset: %+v", s)
	}
	r.AddUpdate(ms(1))
	r.AddDraw(ms(1))
	s := r.Stats()
	if s.Frames != 1 || s.Drawn != 1 {
		t.Fatalf("after Reset and one frame: %+v", s)
	}
	near(t, "total", s.Total.P50, 2)
}

func TestJSON(t *testing.T) {
	var r Recorder
	var empty map[string]any
	if err := json.Unmarshal([]byte(r.JSON()), &empty); err != nil {
		t.Fatalf("empty recorder: %v\n%s", err, r.JSON())
	}
	for range 10 {
		r.AddUpdate(ms(0.25))
		r.AddDraw(ms(1.5))
	}
	var got struct {
		Frames, Ticks, Drawn int
		Update, Draw, Total  struct{ P50, P95 float64 }
	}
	if err := json.Unmarshal([]byte(r.JSON()), &got); err != nil {
		t.Fatalf("%v\n%s", err, r.JSON())
	}
	if got.Frames != 10 || got.Ticks != 10 || got.Drawn != 10 {
		t.Fatalf("counts: %+v", got)
	}
	near(t, "update p50", got.Update.P50, 0.25)
	near(t, "draw p95", got.Draw.P95, 1.5)
	near(t, "total p95", got.Total.P95, 1.75)
}

func TestRecordingAllocatesNothing(t *testing.T) {
	var r Recorder
	for range 2 * Window {
		r.AddUpdate(ms(1))
		r.AddDraw(ms(1))
	}
	if n := testing.AllocsPerRun(1000, func() {
		start := time.Now()
		r.UpdateSince(start)
		r.UpdateSince(start)
		r.DrawSince(start)
	}); n != 0 {
		t.Errorf("recording a frame allocates %v times", n)
	}
	// Stats sorts in the recorder's own scratch space.
	if n := testing.AllocsPerRun(20, func() { _ = r.Stats() }); n != 0 {
		t.Errorf("Stats allocates %v times", n)
	}
}

func TestSinceMeasuresElapsedTime(t *testing.T) {
	var r Recorder
	start := time.Now().Add(-5 * time.Millisecond)
	r.UpdateSince(start)
	r.DrawSince(start)
	s := r.Stats()
	if s.Update.P50 < 5 || s.Draw.P50 < 5 {
		t.Errorf("a tick and a frame begun 5 ms ago recorded as %v and %v ms", s.Update.P50, s.Draw.P50)
	}
	// A start in the future (a clock stepping back) records 0, not less.
	r.UpdateSince(time.Now().Add(time.Hour))
	if s := r.Stats(); s.Update.P50 < 0 {
		t.Errorf("negative duration recorded: %+v", s)
	}
}

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if d := got - want; d > 1e-6 || d < -1e-6 {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func seq(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = float64(i + 1)
	}
	return v
}

func constant(n int, x float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = x
	}
	return v
}

// shuffled is 1 … n in a fixed scrambled order (i·37 mod n is a
// permutation when n and 37 are coprime).
func shuffled(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = float64(i*37%n + 1)
	}
	return v
}
