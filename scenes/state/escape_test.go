package state

import (
	"math/rand/v2"
	"net/url"
	"testing"
)

// TestEscapeMatchesNetURL holds queryEscape and queryUnescape to
// url.QueryEscape and url.QueryUnescape, which they replaced: every byte,
// escapes good and bad, and random strings over the bytes that matter.
func TestEscapeMatchesNetURL(t *testing.T) {
	inputs := []string{"", "+", "%", "%4", "%41", "%4g", "%zz", "a%2", "a%20b+c", "%e2%82%ac", "%E2%82%AC", "100%", "scene=xor&lang=es"}
	for c := 0; c < 256; c++ {
		inputs = append(inputs, string([]byte{byte(c)}), "%"+string([]byte{byte(c)})+"0")
	}
	r := rand.New(rand.NewPCG(17, 2))
	const alphabet = "%+ aZ09-_.~&=#?/:;,$@!*'()[]\x00\xff\xe2\x82\xacfFgG"
	for range 5000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		if got, want := queryEscape(s), url.QueryEscape(s); got != want {
			t.Errorf("queryEscape(%q) = %q, url.QueryEscape %q", s, got, want)
		}
		got, err := queryUnescape(s)
		want, werr := url.QueryUnescape(s)
		if got != want || (err == nil) != (werr == nil) {
			t.Errorf("queryUnescape(%q) = %q, %v; url.QueryUnescape %q, %v", s, got, err, want, werr)
		}
	}
}
