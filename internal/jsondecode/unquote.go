package jsondecode

import "unicode/utf8"

// unquote returns the text of the JSON string literal s (quotes included)
// as encoding/json reads it: escapes resolved, a \uXXXX pair of UTF-16
// surrogates joined, and a lone surrogate and each byte of invalid UTF-8
// replaced by U+FFFD. When there is nothing to change it returns a part of
// s itself.
func unquote(s []byte) []byte {
	s = s[1 : len(s)-1]
	i := 0
	for i < len(s) {
		if c := s[i]; c == '\\' {
			break
		} else if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	out := make([]byte, i, len(s)+utf8.UTFMax)
	copy(out, s[:i])
	for i < len(s) {
		c := s[i]
		switch {
		case c == '\\' && s[i+1] == 'u':
			r := hex4(s[i+2:])
			i += 6
			if isSurrogate(r) {
				r, i = joinSurrogates(r, s, i)
			}
			out = utf8.AppendRune(out, r)
		case c == '\\':
			out = append(out, unescape(s[i+1]))
			i += 2
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			r, n := utf8.DecodeRune(s[i:]) // U+FFFD for a byte of invalid UTF-8
			out = utf8.AppendRune(out, r)
			i += n
		}
	}
	return out
}

// isSurrogate reports whether r is a UTF-16 surrogate, high or low.
func isSurrogate(r rune) bool { return 0xD800 <= r && r < 0xE000 }

// joinSurrogates returns the character whose high surrogate is r when a
// \uXXXX escape of its low surrogate follows at s[i:], and i past that;
// otherwise U+FFFD and i unchanged (what follows is read on its own).
func joinSurrogates(r rune, s []byte, i int) (rune, int) {
	if r < 0xDC00 && i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
		if lo := hex4(s[i+2:]); 0xDC00 <= lo && lo < 0xE000 {
			return 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00), i + 6
		}
	}
	return utf8.RuneError, i
}

// hex4 reads the four hexadecimal digits of a \u escape.
func hex4(s []byte) rune {
	var r rune
	for _, c := range s[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// unescape returns the byte a backslash escape other than \u stands for.
func unescape(c byte) byte {
	switch c {
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return c // '"', '\\' and '/' stand for themselves
}
