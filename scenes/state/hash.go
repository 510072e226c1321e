package state

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/neurona/neurona/engine"
)

// Link is what a URL hash (or the same text given to the desktop's -load)
// says: "#scene=xor&lang=en&s=…", where s is the whole state document,
// deflated and base64url-encoded so that a link with a hundred points still
// fits in a chat message.
type Link struct {
	Scene string // "" when the hash does not name one
	Lang  string // "" when the hash does not name one
	State []byte // the state document, nil when absent
}

// maxLinkBytes bounds the inflated state in a link, like MaxBytes for files.
const maxLinkBytes = MaxBytes

// ParseLink reads a URL hash or a whole URL. It never fails: what it cannot
// use it leaves out and describes in ignored, so that a malformed link opens
// the default view and says why. The descriptions quote at most an
// engine.Excerpt of each part, however long the link. Scene and Lang are
// the link's text as given: quote them with engine.Excerpt too.
func ParseLink(s string) (l Link, ignored []string) {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[i+1:]
	} else if strings.Contains(s, "://") {
		return l, nil // a URL without a hash says nothing about the state
	}
	for _, part := range strings.Split(s, "&") {
		if part == "" {
			continue
		}
		k, v, found := strings.Cut(part, "=")
		key, err1 := queryUnescape(k)
		val, err2 := queryUnescape(v)
		if !found || err1 != nil || err2 != nil {
			ignored = append(ignored, fmt.Sprintf("%q", engine.Excerpt(part)))
			continue
		}
		switch key {
		case "scene":
			l.Scene = val
		case "lang":
			l.Lang = val
		case "s":
			doc, err := decodeState(val)
			if err != nil {
				ignored = append(ignored, "s: "+err.Error())
				continue
			}
			l.State = doc
		default:
			ignored = append(ignored, fmt.Sprintf("%q", engine.Excerpt(key)))
		}
	}
	return l, ignored
}

func decodeState(v string) ([]byte, error) {
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(v, "="))
	if err != nil {
		return nil, fmt.Errorf("not base64url")
	}
	r := flate.NewReader(bytes.NewReader(raw))
	defer r.Close()
	doc, err := io.ReadAll(io.LimitReader(r, maxLinkBytes+1))
	if err != nil {
		return nil, fmt.Errorf("not a compressed state document")
	}
	if len(doc) > maxLinkBytes {
		return nil, fmt.Errorf("state larger than %d bytes", maxLinkBytes)
	}
	return doc, nil
}

// Format writes a link hash (without the leading '#'). A nil state leaves
// the "s" part out.
func Format(l Link) string {
	var b strings.Builder
	b.WriteString("scene=" + queryEscape(l.Scene))
	if l.Lang != "" {
		b.WriteString("&lang=" + queryEscape(l.Lang))
	}
	if l.State != nil {
		deflater.Lock()
		z := &deflater.buf
		z.Reset()
		if deflater.w == nil {
			deflater.w, _ = flate.NewWriter(z, flate.BestCompression)
		} else {
			deflater.w.Reset(z)
		}
		deflater.w.Write(l.State)
		deflater.w.Close()
		b.WriteString("&s=" + base64.RawURLEncoding.EncodeToString(z.Bytes()))
		deflater.Unlock()
	}
	return b.String()
}

// deflater is Format's compressor, kept: a new flate.Writer allocates
// some 800 KB of tables, and a playing scene's link is formatted anew
// twice a second (garbage the page pays for in collection pauses).
// Reset makes it the same as a new one, so the links are unchanged.
var deflater struct {
	sync.Mutex
	w   *flate.Writer
	buf bytes.Buffer
}
