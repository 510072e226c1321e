package engine

import (
	"fmt"
	"unicode/utf8"
)

// ExcerptBytes is how much of a text from outside (a file's field, a flag
// value, a link part) an error message quotes. Messages are shown in toasts,
// on stderr and in logs: quoting a 50 MB field in full made a 50 MB error
// line, and laying it out exhausted the page's memory.
const ExcerptBytes = 40

// Excerpt returns s when it is at most ExcerptBytes long, and otherwise its
// first bytes (cut at a rune boundary), "…" and the full length, so that
// a message can quote any input and still stay short. Format the result
// with %q where the input may hold control characters.
//
// Not inlined (bundle size): an error path, copied at each of its many call
// sites it grew the web bundle.
//
//go:noinline
func Excerpt(s string) string {
	return Truncate(s, ExcerptBytes)
}

// Truncate is Excerpt with a limit of n bytes (n ≥ 0) before the "…".
// Use it for a whole message that may already quote input in full, such as
// the flag package's errors.
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := max(n, 0)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", s[:cut], len(s))
}
