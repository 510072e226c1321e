package ui

// Memo keeps a text made from a comparable key (the values and the
// language it shows) and makes it again only for a key it does not hold:
// for text drawn every frame that changes now and then, which would
// otherwise be a new string, and garbage, every frame. It is a Recent of
// strings with the one call a panel's line needs.
type Memo[K comparable] struct{ r Recent[K, string] }

// Text returns the text for key, calling make only when key is not among
// the last RecentSize keys.
func (m *Memo[K]) Text(key K, make func() string) string {
	return *m.r.Get(key, func(s *string) { *s = make() })
}

// RecentSize is how many states a Recent keeps.
const RecentSize = 4

// Recent keeps what was made (typically a panel's formatted text) for the
// last RecentSize keys, so that a frame whose numbers did not change, or
// went back to a recent state (↑ then ↓, a step back and forth), formats
// nothing: numbers written with fmt and joined strings are garbage, which
// the single-threaded web page pays for in collection pauses. Update
// calls Get; Draw reads Shown. The values' slices are reused when a slot
// is filled again.
type Recent[K comparable, V any] struct {
	keys [RecentSize]K
	vals [RecentSize]V
	used [RecentSize]bool
	next int // the slot to fill next
	cur  int // the slot shown
}

// Get makes k's value the one shown, calling fill on a slot to make it
// when no slot holds it, and returns it.
func (m *Recent[K, V]) Get(k K, fill func(v *V)) *V {
	for i := range m.keys {
		if m.used[i] && m.keys[i] == k {
			m.cur = i
			return &m.vals[i]
		}
	}
	i := m.next
	m.keys[i], m.used[i] = k, true
	fill(&m.vals[i])
	m.cur, m.next = i, (i+1)%RecentSize
	return &m.vals[i]
}

// Shown is the value of the last Get (the zero value before any).
func (m *Recent[K, V]) Shown() *V { return &m.vals[m.cur] }

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
