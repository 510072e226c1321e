package engine

// History is a linear sequence of states with a cursor, for stepping an
// algorithm back and forward. States are stored by value: T should be a plain
// value (or something the caller never mutates after Push). With SetLimit it
// keeps only the most recent states, in a ring buffer, so a long run costs
// O(1) per Push and bounded memory.
type History[T any] struct {
	buf   []T // ring buffer; the states are buf[(start+i) % len(buf)], i < n
	start int
	n     int
	pos   int
	limit int // 0: unlimited
}

// NewHistory returns an unlimited history holding only the initial state, at
// position 0.
func NewHistory[T any](initial T) *History[T] {
	return &History[T]{buf: []T{initial}, n: 1}
}

// at returns a pointer to state i (0 ≤ i < n).
func (h *History[T]) at(i int) *T { return &h.buf[(h.start+i)%len(h.buf)] }

// Current returns the state at the cursor.
//
// Not inlined (bundle size): it copies the whole state, so its copies at the
// call sites were large; a call costs little beside that copy, and it is
// called once per frame or step, not per point.
//
//go:noinline
func (h *History[T]) Current() T { return *h.at(h.pos) }

// Push appends s after the cursor and moves to it, dropping any states that
// were ahead of the cursor (the redo tail), as an editor does. If that makes
// the history longer than its limit, the oldest state is forgotten.
func (h *History[T]) Push(s T) {
	h.truncate(h.pos + 1)
	if h.limit > 0 && h.n >= h.limit {
		h.dropOldest(h.n - h.limit + 1)
	}
	if h.n == len(h.buf) {
		h.grow()
	}
	*h.at(h.n) = s
	h.n++
	h.pos = h.n - 1
}

// truncate forgets the states from index k on.
func (h *History[T]) truncate(k int) {
	var zero T
	for i := k; i < h.n; i++ {
		*h.at(i) = zero // let states holding pointers be collected
	}
	h.n = k
}

// dropOldest forgets the k oldest states, moving the cursor with them.
func (h *History[T]) dropOldest(k int) {
	var zero T
	for i := 0; i < k; i++ {
		*h.at(i) = zero
	}
	h.start = (h.start + k) % len(h.buf)
	h.n -= k
	h.pos = max(h.pos-k, 0)
}

// grow doubles the ring buffer (up to the limit), unrolling it to start at 0.
func (h *History[T]) grow() {
	c := max(2*len(h.buf), 8)
	if h.limit > 0 {
		c = max(min(c, h.limit), h.n+1)
	}
	nb := make([]T, c)
	for i := 0; i < h.n; i++ {
		nb[i] = *h.at(i)
	}
	h.buf, h.start = nb, 0
}

// Back moves the cursor one state back; it returns false at the first state.
func (h *History[T]) Back() bool {
	if h.pos == 0 {
		return false
	}
	h.pos--
	return true
}

// Forward moves the cursor one state forward; it returns false at the last state.
func (h *History[T]) Forward() bool {
	if h.pos >= h.n-1 {
		return false
	}
	h.pos++
	return true
}

// Pos returns the cursor position; 0 is the oldest state kept (the initial
// one unless a limit has forgotten it).
func (h *History[T]) Pos() int { return h.pos }

// Len returns the number of states kept, including the initial one.
func (h *History[T]) Len() int { return h.n }

// Seek moves the cursor to pos; it returns false, leaving the cursor alone, if
// pos is out of range.
func (h *History[T]) Seek(pos int) bool {
	if pos < 0 || pos >= h.n {
		return false
	}
	h.pos = pos
	return true
}

// At returns state i (0 ≤ i < Len) without moving the cursor; ok is false
// if i is out of range.
func (h *History[T]) At(i int) (s T, ok bool) {
	if i < 0 || i >= h.n {
		return s, false
	}
	return *h.at(i), true
}

// SetLimit keeps at most n states from now on (n ≤ 0: no limit), forgetting
// the oldest ones at once if there are more.
func (h *History[T]) SetLimit(n int) {
	h.limit = max(n, 0)
	if h.limit > 0 && h.n > h.limit {
		h.dropOldest(h.n - h.limit)
	}
}

// Reserve makes room for n states (no more than the limit, if one is
// set), so that the next Pushes up to n states do not grow the storage: a
// scene that pushes a state every tick while playing reserves its limit
// when it starts, rather than copying a doubling buffer of states in the
// middle of play (a 600-state history of a 4×8 network is some 3 MB).
func (h *History[T]) Reserve(n int) {
	if h.limit > 0 {
		n = min(n, h.limit)
	}
	if n <= len(h.buf) {
		return
	}
	nb := make([]T, n)
	for i := 0; i < h.n; i++ {
		nb[i] = *h.at(i)
	}
	h.buf, h.start = nb, 0
}

// Limit returns the maximum number of states kept (0: no limit).
func (h *History[T]) Limit() int { return h.limit }

// Reset discards every state and starts again from initial at position 0,
// keeping the limit and the allocated storage.
func (h *History[T]) Reset(initial T) {
	h.truncate(0)
	h.start = 0
	h.buf[0] = initial
	h.n, h.pos = 1, 0
}
