package main

import (
	"context"
	"io"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func prefixes(s ...string) []netip.Prefix {
	var out []netip.Prefix
	for _, x := range s {
		out = append(out, netip.MustParsePrefix(x))
	}
	return out
}

// The addresses are documentation ranges (RFC 5737, RFC 3849) and private
// ranges as data only: nothing here opens a connection.
func TestStudentURLs(t *testing.T) {
	ifs := []iface{
		{name: "lo", up: false, addrs: prefixes("127.0.0.1/8", "::1/128")},
		{name: "docker0", up: true, addrs: prefixes("172.17.0.1/16")},
		{name: "wlan0", up: true, addrs: prefixes("192.168.1.23/24", "fe80::1/64", "2001:db8::23/64")},
		{name: "eth1", up: true, addrs: prefixes("198.51.100.7/24")},
		{name: "eth2", up: false, addrs: prefixes("10.9.9.9/8")},
	}
	got := studentURLs("0.0.0.0", 8080, ifs)
	want := []string{"http://192.168.1.23:8080/", "http://198.51.100.7:8080/", "http://172.17.0.1:8080/"}
	if !slices.Equal(got, want) {
		t.Errorf("0.0.0.0: %v, want %v", got, want)
	}
	got = studentURLs("::", 8080, ifs)
	if got[0] != "http://192.168.1.23:8080/" || !slices.Contains(got, "http://[2001:db8::23]:8080/") {
		t.Errorf("[::]: %v", got)
	}
	for _, u := range got {
		if strings.Contains(u, "fe80") || strings.Contains(u, "127.0.0.1") || strings.Contains(u, "10.9.9.9") {
			t.Errorf("[::]: unreachable address listed: %s", u)
		}
	}
	if got := studentURLs("", 9000, ifs); got[0] != "http://192.168.1.23:9000/" {
		t.Errorf("empty host: %v", got)
	}
	if got := studentURLs("192.0.2.5", 8080, nil); !slices.Equal(got, []string{"http://192.0.2.5:8080/"}) {
		t.Errorf("specific host: %v", got)
	}
	if got := studentURLs("aula.example", 80, nil); !slices.Equal(got, []string{"http://aula.example:80/"}) {
		t.Errorf("host name: %v", got)
	}
	if got := studentURLs("0.0.0.0", 8080, nil); len(got) != 0 {
		t.Errorf("no interfaces: %v", got)
	}
}

func TestIsLoopbackHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "LocalHost": true, "127.0.0.1": true, "127.1.2.3": true, "::1": true,
		"0.0.0.0": false, "": false, "::": false, "192.168.1.2": false, "example.org": false,
	} {
		if got := isLoopbackHost(host); got != want {
			t.Errorf("isLoopbackHost(%q) = %v", host, got)
		}
	}
}

func TestAnnounce(t *testing.T) {
	var b strings.Builder
	announce(&b, "localhost", 8080)
	if !strings.Contains(b.String(), "http://localhost:8080/") || strings.Contains(b.String(), "█") {
		t.Errorf("loopback announcement:\n%s", b.String())
	}
	b.Reset()
	announce(&b, "192.0.2.5", 8080)
	out := b.String()
	if !strings.Contains(out, "http://192.0.2.5:8080/") || strings.Count(out, "\n") < 15 || !strings.ContainsAny(out, "█▀▄") {
		t.Errorf("classroom announcement has no address or QR code:\n%s", out)
	}
}

func TestRunFlags(t *testing.T) {
	var b strings.Builder
	if err := run([]string{"-nope"}, &b); err == nil {
		t.Error("unknown flag accepted")
	}
	if err := run([]string{"extra"}, &b); err == nil {
		t.Error("stray argument accepted")
	}
	if err := run([]string{"-dir", filepath.Join(t.TempDir(), "missing")}, &b); err == nil || !strings.Contains(err.Error(), "make dist") {
		t.Errorf("missing dist: %v", err)
	}
	if err := run([]string{"-dir", t.TempDir()}, &b); err == nil || !strings.Contains(err.Error(), "index.html") {
		t.Errorf("dist without index.html: %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("x"), 0o644)
	if err := run([]string{"-dir", dir, "-addr", "256.0.0.1:http"}, &b); err == nil {
		t.Error("bad address accepted")
	}
}

func TestRunPrecompress(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "boot.js"), []byte(strings.Repeat("boot();\n", 500)), 0o644)
	var b strings.Builder
	if err := run([]string{"-precompress", dir, "-brotli-quality", "3"}, &b); err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"boot.js.gz", "boot.js.br"} {
		if _, err := os.Stat(filepath.Join(dir, v)); err != nil {
			t.Error(err)
		}
	}
	if !strings.Contains(b.String(), "precompressed 1 files") {
		t.Errorf("output: %s", b.String())
	}
}

func TestServerTimeouts(t *testing.T) {
	s := newServer(nil)
	if s.ReadHeaderTimeout <= 0 || s.ReadHeaderTimeout > 30*time.Second || s.ReadTimeout <= 0 || s.WriteTimeout < time.Minute || s.IdleTimeout <= 0 || s.MaxHeaderBytes <= 0 {
		t.Errorf("timeouts: %+v", s)
	}
}

// TestServe runs the real server on a loopback port: it prints the address,
// serves the folder, and stops cleanly when its context ends.
func TestServe(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<title>Neurona</title>"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &syncWriter{}
	done := make(chan error, 1)
	go func() { done <- serve(ctx, dir, "127.0.0.1:0", out) }()

	var url string
	deadline := time.Now().Add(10 * time.Second)
	for url == "" && time.Now().Before(deadline) {
		if m := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(out.String()); m != "" {
			url = m
		}
		time.Sleep(10 * time.Millisecond)
	}
	if url == "" {
		t.Fatalf("no address printed:\n%s", out.String())
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(body) != "<title>Neurona</title>" || resp.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("GET /: %d %q", resp.StatusCode, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after its context ended", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

type syncWriter struct {
	mu sync.Mutex
	b  strings.Builder
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}
