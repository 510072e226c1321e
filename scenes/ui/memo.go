package ui

// MemoSize is how many states a Memo keeps.
const MemoSize = 4

// Memo keeps what was made (typically a panel's formatted text) for the
// last MemoSize keys, so that a frame whose numbers did not change, or
// went back to a recent state (↑ then ↓, a step back and forth), formats
// nothing: numbers written with fmt and joined strings are garbage, which
// the single-threaded web page pays for in collection pauses. Update
// calls Get; Draw reads Shown. The values' slices are reused when a slot
// is filled again.
type Memo[K comparable, V any] struct {
	keys [MemoSize]K
	vals [MemoSize]V
	used [MemoSize]bool
	next int // the slot to fill next
	cur  int // the slot shown
}

// Get makes k's value the one shown, calling fill on a slot to make it
// when no slot holds it, and returns it.
func (m *Memo[K, V]) Get(k K, fill func(v *V)) *V {
	for i := range m.keys {
		if m.used[i] && m.keys[i] == k {
			m.cur = i
			return &m.vals[i]
		}
	}
	i := m.next
	m.keys[i], m.used[i] = k, true
	fill(&m.vals[i])
	m.cur, m.next = i, (i+1)%MemoSize
	return &m.vals[i]
}

// Shown is the value of the last Get (the zero value before any).
func (m *Memo[K, V]) Shown() *V { return &m.vals[m.cur] }

// cached returns m[k], making it with mk first when m lacks it; a map
// holding limit values is emptied before it takes another, so that a
// cache of what frames draw (tick numbers, split markup) stays bounded.
func cached[K comparable, V any](m map[K]V, limit int, k K, mk func(K) V) V {
	if v, ok := m[k]; ok {
		return v
	}
	if len(m) >= limit {
		clear(m)
	}
	v := mk(k)
	m[k] = v
	return v
}
