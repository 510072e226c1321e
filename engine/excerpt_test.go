package engine

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestExcerpt checks that short texts pass unchanged and long ones, of any
// content, come out short, valid UTF-8 where the input was, and with their
// length stated.
func TestExcerpt(t *testing.T) {
	for _, s := range []string{"", "xor", strings.Repeat("a", ExcerptBytes)} {
		if got := Excerpt(s); got != s {
			t.Errorf("Excerpt(%q) = %q, want it unchanged", s, got)
		}
	}
	for _, s := range []string{
		strings.Repeat("a", ExcerptBytes+1),
		strings.Repeat(",", 50<<20),
		strings.Repeat("ñ", 1000),
		strings.Repeat("€", 100),
		strings.Repeat("🙂", 100),
		"x1,x2,y" + strings.Repeat("\x00\xff", 1000),
	} {
		got := Excerpt(s)
		if len(got) > ExcerptBytes+30 {
			t.Errorf("Excerpt of %d bytes is %d bytes: %.80q", len(s), len(got), got)
		}
		if !strings.Contains(got, "…") || !strings.HasPrefix(s, strings.SplitN(got, "…", 2)[0]) {
			t.Errorf("Excerpt(%.40q…) = %q: not a cut prefix", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("Excerpt cut a rune: %q", got)
		}
	}
}

// FuzzExcerpt: any input, any limit: the result is bounded and begins with
// a prefix of the input.
func FuzzExcerpt(f *testing.F) {
	f.Add("hello", 3)
	f.Add(strings.Repeat("ñ", 50), 7)
	f.Add("\xff\xfe", 1)
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n % 200
		got := Truncate(s, n)
		if len(s) <= n {
			if got != s {
				t.Fatalf("Truncate(%q, %d) = %q", s, n, got)
			}
			return
		}
		if len(got) > max(n, 0)+30 {
			t.Fatalf("Truncate(%d bytes, %d) = %d bytes", len(s), n, len(got))
		}
		if pre, _, _ := strings.Cut(got, "…"); !strings.HasPrefix(s, pre) {
			t.Fatalf("Truncate(%q, %d) = %q", s, n, got)
		}
	})
}
