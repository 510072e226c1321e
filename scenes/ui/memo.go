package ui

// Memo keeps a text made from a comparable key (the values and the
// language it shows) and makes it again only when the key changes: for
// text drawn every frame that changes now and then, which would otherwise
// be a new string, and garbage, every frame.
type Memo[K comparable] struct {
	key  K
	text string
	made bool
}

// Text returns the text for key, calling make only when key differs from
// the last one.
func (m *Memo[K]) Text(key K, make func() string) string {
	if !m.made || key != m.key {
		m.key, m.text, m.made = key, make(), true
	}
	return m.text
}
