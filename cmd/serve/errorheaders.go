package main

import (
	"bytes"
	"io"
	"net"
	"net/http"

	"github.com/neurona/neurona/cmd/serve/static"
)

// net/http answers a request it cannot parse (a malformed request line or
// header, headers over MaxHeaderBytes, an unknown transfer coding or HTTP
// version) itself: it writes the 400, 431, 501 or 505 response straight to
// the connection, in one write, with exactly this header block after the
// status line, and never calls the handler. So the handler cannot add the
// security headers to those responses; the connection adds them instead.
const netHTTPErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

// listen listens on addr for the server: every connection it accepts adds
// the security headers to net/http's own error responses.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	static.SetSecurityHeaders(h)
	var b bytes.Buffer
	h.Write(&b) // "Name: value\r\n" lines, sorted
	return &headerListener{Listener: ln, headers: b.Bytes()}, nil
}

// headerListener wraps each accepted connection in a headerConn.
type headerListener struct {
	net.Listener
	headers []byte // the security header lines to add
}

// Accept waits for the next connection.
func (l *headerListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &headerConn{Conn: c, headers: l.headers}, nil
}

// headerConn is a connection that adds the security headers to net/http's
// error responses. The handler's responses already carry them (they have a
// Content-Security-Policy line, so they never match netHTTPErrorHeaders) and
// pass through unchanged.
type headerConn struct {
	net.Conn
	headers []byte
}

// Write writes p, with the security headers added after the status line if
// p is one of net/http's error responses.
func (c *headerConn) Write(p []byte) (int, error) {
	if !bytes.HasPrefix(p, []byte("HTTP/1.")) {
		return c.Conn.Write(p)
	}
	eol := bytes.Index(p, []byte("\r\n"))
	if eol < 0 || !bytes.HasPrefix(p[eol:], []byte(netHTTPErrorHeaders)) {
		return c.Conn.Write(p)
	}
	q := make([]byte, 0, len(p)+len(c.headers))
	q = append(q, p[:eol+2]...)
	q = append(q, c.headers...)
	q = append(q, p[eol+2:]...)
	if _, err := c.Conn.Write(q); err != nil {
		return 0, err
	}
	return len(p), nil
}

// ReadFrom keeps net/http's sendfile path for file bodies: it hands the
// copy to the TCP connection, bypassing Write (a body is never rewritten).
func (c *headerConn) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(c.Conn, r)
}

// CloseWrite lets net/http half-close after a 431, as it does on a bare
// TCP connection.
func (c *headerConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return c.Conn.Close()
}
