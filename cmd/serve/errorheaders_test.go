package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neurona/neurona/cmd/serve/static"
)

// startServer serves a dist folder with index.html as serve does (listen
// and newServer) and returns its address.
func startServer(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<title>Neurona</title>"), 0o644)
	h, err := static.New(dir)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := newServer(h)
	go s.Serve(ln)
	t.Cleanup(func() { s.Close() })
	return ln.Addr().String()
}

// rawExchange sends req on a new connection, half-closes it, and reads
// responses until the server closes it or n responses have come.
func rawExchange(t testing.TB, addr, req string, n int) []*http.Response {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	go func() { // a server that answers early may not read it all
		io.WriteString(c, req)
		c.(*net.TCPConn).CloseWrite()
	}()
	br := bufio.NewReader(c)
	var out []*http.Response
	for len(out) < n {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			break
		}
		io.ReadAll(resp.Body)
		resp.Body.Close()
		out = append(out, resp)
	}
	return out
}

// wantSecurityHeaders checks that resp carries each security header once,
// with the value every other response has.
func wantSecurityHeaders(t *testing.T, what string, resp *http.Response) {
	t.Helper()
	want := http.Header{}
	static.SetSecurityHeaders(want)
	for k, v := range want {
		if got := resp.Header.Values(k); len(got) != 1 || got[0] != v[0] {
			t.Errorf("%s: %d %s: header %s = %q, want %q once", what, resp.StatusCode, resp.Status, k, got, v[0])
		}
	}
}

// TestErrorResponsesHaveSecurityHeaders sends, over raw TCP, requests that
// net/http refuses before any handler runs (malformed request lines and
// headers, oversize headers, unknown versions and transfer codings) and
// checks that each refusal carries the same security headers as every
// other response; a good request on the same connection before a bad one
// keeps its headers exactly once and its body intact.
func TestErrorResponsesHaveSecurityHeaders(t *testing.T) {
	addr := startServer(t)
	big := strings.Repeat("a", 64<<10)
	for _, c := range []struct {
		name, req string
		status    int
	}{
		{"garbage request line", "GARBAGE\r\n\r\n", 400},
		{"binary request line", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 400},
		{"missing Host", "GET / HTTP/1.1\r\n\r\n", 400},
		{"two Host headers", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400},
		{"header without colon", "GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", 400},
		{"space in header name", "GET / HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n", 400},
		{"control byte in header", "GET / HTTP/1.1\r\nHost: x\r\nX-A: \x00\r\n\r\n", 400},
		{"two Content-Lengths", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400},
		{"bad Content-Length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400},
		{"bad Host", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400},
		{"absolute URL junk", "GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n", 400},
		{"unknown version", "GET / HTTP/9.9\r\nHost: x\r\n\r\n", 505},
		{"HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 405}, // reaches the handler
		{"unknown transfer coding", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
		{"oversize header", "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + big + "\r\n\r\n", 431},
		{"many headers", "GET / HTTP/1.1\r\nHost: x\r\n" + strings.Repeat("X-A: 1\r\n", 8<<10) + "\r\n", 431},
		{"oversize request line", "GET /" + big + " HTTP/1.1\r\nHost: x\r\n\r\n", 431},
	} {
		resps := rawExchange(t, addr, c.req, 1)
		if len(resps) != 1 || resps[0].StatusCode != c.status {
			got := 0
			if len(resps) > 0 {
				got = resps[0].StatusCode
			}
			t.Errorf("%s: %d responses (%d), want one %d", c.name, len(resps), got, c.status)
			continue
		}
		wantSecurityHeaders(t, c.name, resps[0])
	}

	resps := rawExchange(t, addr, "GET / HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE\r\n\r\n", 2)
	if len(resps) != 2 || resps[0].StatusCode != 200 || resps[1].StatusCode != 400 {
		t.Fatalf("good then bad on one connection: %d responses", len(resps))
	}
	for _, r := range resps {
		wantSecurityHeaders(t, "keep-alive", r)
	}
	resp, err := http.Get("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(body) != "<title>Neurona</title>" {
		t.Errorf("GET /: %d %q", resp.StatusCode, body)
	}
	wantSecurityHeaders(t, "GET /", resp)
}

// TestHugeFlagValuesShortErrors gives each flag a value of a megabyte: the
// refusal serve prints is one line of a few hundred bytes.
func TestHugeFlagValuesShortErrors(t *testing.T) {
	huge := strings.Repeat("x", 1<<20)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("x"), 0o644)
	for _, args := range [][]string{
		{huge},
		{"-" + huge},
		{"-dir", huge},
		{"-dir", dir, "-addr", huge},
		{"-dir", dir, "-addr", "127.0.0.1:" + huge},
		{"-brotli-quality", huge},
		{"-precompress", huge},
	} {
		var out strings.Builder
		err := run(args, &out)
		if err == nil {
			t.Errorf("%.40q: accepted", args)
			continue
		}
		if line := errorLine(err); len(line) > maxErrorLine+40 || strings.Contains(line, "\n") {
			t.Errorf("%.40q: %d bytes: %.100q", args, len(line), line)
		}
	}
}

// FuzzRawRequest sends arbitrary bytes to the server: every response that
// comes back, whoever wrote it (the handler or net/http), carries the
// security headers once.
func FuzzRawRequest(f *testing.F) {
	for _, s := range []string{
		"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
		"GARBAGE\r\n\r\n",
		"GET / HTTP/1.1\r\n\r\n",
		"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
		"GET /missing HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.0\r\n\r\n",
		"HEAD /../../etc/passwd HTTP/1.1\r\nHost: x\r\nRange: bytes=0-1\r\n\r\n",
	} {
		f.Add(s)
	}
	addr := startServer(f)
	f.Fuzz(func(t *testing.T, req string) {
		for i, resp := range rawExchange(t, addr, req, 4) {
			wantSecurityHeaders(t, fmt.Sprintf("%.60q response %d", req, i), resp)
		}
	})
}
