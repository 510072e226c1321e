package main

import (
	"bufio"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestStalledClientsAreCut runs the server newServer builds, with its
// timeouts scaled down, against clients that stall: one that never
// finishes its request headers and one that sends headers larger than
// MaxHeaderBytes. The first is disconnected once the header timeout
// passes; the second is answered 431 at once. Neither holds the server.
func TestStalledClientsAreCut(t *testing.T) {
	s := newServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	s.ReadHeaderTimeout, s.ReadTimeout, s.IdleTimeout = 300*time.Millisecond, time.Second, time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(ln)
	defer s.Close()

	slow, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	slow.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n")) // and never the blank line
	slow.SetReadDeadline(time.Now().Add(10 * time.Second))
	start := time.Now()
	buf := make([]byte, 512)
	for {
		if _, err := slow.Read(buf); err != nil {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Fatal("a client stalled in its headers was not cut off")
			}
			break // closed by the server
		}
	}
	t.Logf("stalled client cut after %s", time.Since(start).Round(10*time.Millisecond))

	big, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer big.Close()
	big.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + strings.Repeat("a", 64<<10) + "\r\n\r\n"))
	big.SetReadDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(big).ReadString('\n')
	if err != nil || !strings.Contains(line, "431") {
		t.Fatalf("oversized headers: %q, %v", line, err)
	}

	// The server still serves.
	resp, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("after the stalled clients: %v %v", resp, err)
	}
	resp.Body.Close()
}
