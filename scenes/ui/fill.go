package ui

import "strings"

// fill returns src with each slot of pairs (slot, text, slot, text…)
// replaced by its text, in one pass from left to right as a
// strings.Replacer does: a text put in is never searched for slots, and
// where two slots match at one place the one listed first wins. It
// stands in for strings.NewReplacer, whose tries and special cases cost
// the web bundle some 25 kB of code for the two shader sources that use
// it.
func fill(src string, pairs ...string) string {
	var b strings.Builder
	b.Grow(len(src))
	for {
		at, k := -1, 0
		for i := 0; i+1 < len(pairs); i += 2 {
			if j := strings.Index(src, pairs[i]); j >= 0 && (at < 0 || j < at) {
				at, k = j, i
			}
		}
		if at < 0 {
			b.WriteString(src)
			return b.String()
		}
		b.WriteString(src[:at])
		b.WriteString(pairs[k+1])
		src = src[at+len(pairs[k]):]
	}
}
