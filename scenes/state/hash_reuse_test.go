package state

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"strings"
	"testing"
)

// Format's kept compressor gives, document after document, what a new
// compressor gives, and a link formatted again does not make its tables
// again (a new flate.Writer allocates some 800 KB).
func TestFormatKeepsItsCompressor(t *testing.T) {
	docs := []string{
		`{"points":[]}`,
		`{"path":[` + strings.Repeat(`[-3,2,0.125],`, 300) + `[0,0,0]]}`,
		`{"scene":"xor","points":[{"x":[0.5,-1],"y":1}]}`,
	}
	for _, d := range docs {
		var z bytes.Buffer
		w, _ := flate.NewWriter(&z, flate.BestCompression)
		w.Write([]byte(d))
		w.Close()
		want := "scene=gradient&s=" + base64.RawURLEncoding.EncodeToString(z.Bytes())
		if got := Format(Link{Scene: "gradient", State: []byte(d)}); got != want {
			t.Errorf("%.20s…: %q, want %q", d, got, want)
		}
	}
	doc := []byte(docs[1])
	if n := testing.AllocsPerRun(5, func() { Format(Link{Scene: "gradient", State: doc}) }); n > 8 {
		t.Errorf("a link formatted again allocates %v times", n)
	}
}
