package jsondecode

import "unicode/utf8"

// unquote returns the text of the JSON string literal s (quotes included)
// as encoding/json reads it: escapes resolved, a \uXXXX pair of UTF-16
// surrogates joined, and a lone surrogate and each byte of invalid UTF-8
// replaced by U+FFFD. A string of plain ASCII is returned as a part of s.
func unquote(s []byte) []byte {
	s = s[1 : len(s)-1]
	plain := true
	for _, c := range s {
		plain = plain && c != '\\' && c < utf8.RuneSelf
	}
	if plain {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			r, n := utf8.DecodeRune(s[i:]) // U+FFFD for a byte of invalid UTF-8
			out = utf8.AppendRune(out, r)
			i += n
			continue
		}
		c := s[i+1]
		i += 2
		if c != 'u' {
			out = append(out, unescape(c))
			continue
		}
		r := hex4(s[i:])
		i += 4
		if 0xD800 <= r && r < 0xE000 { // a surrogate: joined with a low one that follows, else U+FFFD
			lo := rune(0)
			if r < 0xDC00 && i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
				lo = hex4(s[i+2:])
			}
			if 0xDC00 <= lo && lo < 0xE000 {
				r = 0x10000 + (r-0xD800)<<10 + lo - 0xDC00
				i += 6
			} else {
				r = utf8.RuneError
			}
		}
		out = utf8.AppendRune(out, r)
	}
	return out
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
