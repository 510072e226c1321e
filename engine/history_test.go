package engine

import "testing"

func TestHistory(t *testing.T) {
	h := NewHistory(0)
	if h.Back() || h.Forward() || h.Pos() != 0 || h.Len() != 1 || h.Current() != 0 {
		t.Fatal("fresh history")
	}
	for i := 1; i <= 5; i++ {
		h.Push(i)
	}
	if h.Current() != 5 || h.Len() != 6 || h.Forward() {
		t.Fatal("after pushes")
	}
	h.Back()
	h.Back()
	if h.Current() != 3 || h.Pos() != 3 {
		t.Fatalf("back: %d", h.Current())
	}
	h.Push(30) // drops 4 and 5
	if h.Len() != 5 || h.Current() != 30 || h.Forward() {
		t.Fatalf("push after back: len %d", h.Len())
	}
	if h.Seek(-1) || h.Seek(5) || !h.Seek(0) || h.Current() != 0 {
		t.Fatal("seek")
	}
	for h.Forward() {
	}
	if h.Current() != 30 {
		t.Fatal("forward to end")
	}
	h.Reset(7)
	if h.Len() != 1 || h.Pos() != 0 || h.Current() != 7 {
		t.Fatal("reset")
	}
}

func TestHistoryLimit(t *testing.T) {
	h := NewHistory(0)
	h.SetLimit(5)
	for i := 1; i <= 12; i++ {
		h.Push(i)
		if h.Len() > 5 || h.Current() != i || h.Pos() != h.Len()-1 {
			t.Fatalf("push %d: len %d pos %d cur %d", i, h.Len(), h.Pos(), h.Current())
		}
	}
	for i := range 5 {
		if s, ok := h.At(i); !ok || s != 8+i {
			t.Fatalf("At(%d) = %d", i, s)
		}
	}
	if _, ok := h.At(5); ok {
		t.Fatal("At past the end")
	}
	h.Seek(1) // state 9
	h.Push(100)
	if h.Len() != 3 || h.Current() != 100 {
		t.Fatalf("push after seek: len %d", h.Len())
	}
	for i := 0; i < 20; i++ {
		h.Push(200 + i)
	}
	if s, _ := h.At(0); s != 215 || h.Len() != 5 {
		t.Fatalf("oldest %d len %d", s, h.Len())
	}
	h.SetLimit(2)
	if h.Len() != 2 || h.Current() != 219 || h.Limit() != 2 {
		t.Fatalf("shrink: len %d cur %d", h.Len(), h.Current())
	}
	h.SetLimit(0)
	for i := range 100 {
		h.Push(i)
	}
	if h.Len() != 102 {
		t.Fatalf("unlimited len %d", h.Len())
	}
	h.Reset(-1)
	if h.Len() != 1 || h.Current() != -1 {
		t.Fatal("reset")
	}
}

// TestHistoryReserve: after Reserve, pushing up to the reserved number of
// states allocates nothing and keeps every state in order; Reserve stops at
// the limit.
func TestHistoryReserve(t *testing.T) {
	h := NewHistory([64]float64{0})
	h.SetLimit(100)
	h.Push([64]float64{1})
	h.Reserve(1000) // capped at the limit
	if len(h.buf) != 100 {
		t.Fatalf("reserved %d states, want the limit 100", len(h.buf))
	}
	i := 1
	if a := testing.AllocsPerRun(1, func() {
		for ; i < 150; i++ {
			h.Push([64]float64{float64(i + 1)})
		}
	}); a != 0 {
		t.Errorf("pushing 150 states after Reserve allocated %v times", a)
	}
	if h.Len() != 100 {
		t.Fatalf("%d states kept, want 100", h.Len())
	}
	for k := range 100 {
		if s, _ := h.At(k); s[0] != float64(51+k) {
			t.Fatalf("state %d is %v, want %d", k, s[0], 51+k)
		}
	}
}

// TestHistoryForgetsWhatItDrops: states dropped by the limit (across the
// ring's wrap) and by a push after stepping back leave no reference in
// the storage, so what they point to can be collected.
func TestHistoryForgetsWhatItDrops(t *testing.T) {
	h := NewHistory(new(int))
	h.SetLimit(7)
	for i := range 60 {
		v := i
		switch {
		case i%7 == 3:
			h.SetLimit(2 + i%5) // drops the oldest few at once, wherever the ring starts
			h.SetLimit(7)
		case i%5 == 1:
			h.Back()
			h.Back()
			h.Push(&v) // drops the state ahead of the cursor
		default:
			h.Push(&v)
		}
		held := 0
		for _, p := range h.buf {
			if p != nil {
				held++
			}
		}
		if held != h.Len() {
			t.Fatalf("after %d changes the storage holds %d states, the history %d", i+1, held, h.Len())
		}
	}
}
