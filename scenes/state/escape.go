package state

import "errors"

// The link's parts are escaped as url.QueryEscape and QueryUnescape do
// (query components: space as '+', every other byte but letters, digits
// and -_.~ as %XX); net/url's general escaping, which the web bundle
// linked for these two calls alone, is not needed for that.

// errEscape is queryUnescape's error: a '%' not followed by two hex digits.
var errEscape = errors.New("invalid URL escape")

// queryEscape escapes s as url.QueryEscape does.
func queryEscape(s string) string {
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '_', c == '.', c == '~':
			b = append(b, c)
		case c == ' ':
			b = append(b, '+')
		default:
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}

// queryUnescape undoes queryEscape as url.QueryUnescape does: '+' is a
// space, %XX a byte; a '%' without two hex digits after it is an error.
func queryUnescape(s string) (string, error) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return "", errEscape
			}
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		case '+':
			b = append(b, ' ')
		default:
			b = append(b, c)
		}
	}
	return string(b), nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}
