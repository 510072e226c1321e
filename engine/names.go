package engine

import (
	"fmt"
	"strings"
)

// enumString returns names[i], or "typ(i)" for a value without a name.
//
// Not inlined (bundle size): a formatting call costs far more than the call
// itself, and a copy of its body at each of its many call sites grew the web
// bundle.
//
//go:noinline
func enumString(names []string, i int, typ string) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("%s(%d)", typ, i)
	}
	return names[i]
}

// enumParse returns the index of s in names (case and surrounding spaces
// ignored), or an error naming what was expected.
func enumParse(names []string, s, what string) (int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for i, n := range names {
		if n == t {
			return i, nil
		}
	}
	return 0, fmt.Errorf("unknown %s %q (want %s)", what, Excerpt(s), strings.Join(names, ", "))
}
