package engine

// History is a linear sequence of states with a cursor, for stepping an
// algorithm back and forward. States are stored by value: T should be a plain
// value (or something the caller never mutates after Push).
type History[T any] struct {
	states []T
	pos    int
}

// NewHistory returns a history holding only the initial state, at position 0.
func NewHistory[T any](initial T) *History[T] {
	return &History[T]{states: []T{initial}}
}

// Current returns the state at the cursor.
func (h *History[T]) Current() T { return h.states[h.pos] }

// Push appends s after the cursor and moves to it, dropping any states that
// were ahead of the cursor (the redo tail), as an editor does.
func (h *History[T]) Push(s T) {
	// Clear the dropped tail so that states holding pointers can be collected.
	var zero T
	for i := h.pos + 1; i < len(h.states); i++ {
		h.states[i] = zero
	}
	h.states = append(h.states[:h.pos+1], s)
	h.pos++
}

// Back moves the cursor one state back; it returns false at the initial state.
func (h *History[T]) Back() bool {
	if h.pos == 0 {
		return false
	}
	h.pos--
	return true
}

// Forward moves the cursor one state forward; it returns false at the last state.
func (h *History[T]) Forward() bool {
	if h.pos >= len(h.states)-1 {
		return false
	}
	h.pos++
	return true
}

// Pos returns the cursor position; 0 is the initial state.
func (h *History[T]) Pos() int { return h.pos }

// Len returns the number of states, including the initial one.
func (h *History[T]) Len() int { return len(h.states) }

// Seek moves the cursor to pos; it returns false, leaving the cursor alone, if
// pos is out of range.
func (h *History[T]) Seek(pos int) bool {
	if pos < 0 || pos >= len(h.states) {
		return false
	}
	h.pos = pos
	return true
}

// Reset discards every state and starts again from initial at position 0,
// keeping the allocated storage.
func (h *History[T]) Reset(initial T) {
	var zero T
	for i := range h.states {
		h.states[i] = zero
	}
	h.states = append(h.states[:0], initial)
	h.pos = 0
}
