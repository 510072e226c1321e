package static

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// TestClassroomLoad has 200 students open the page at once: 200 clients,
// each on its own connection, fetch the page and a 4 MB bundle (a third
// each as brotli, gzip and identity) from a server on loopback, and every
// body must arrive whole and correct. The run is bounded: exactly 400
// requests, and a 60 s context that aborts them all. No timing is
// asserted; the figure is logged.
func TestClassroomLoad(t *testing.T) {
	const (
		clients    = 200
		bundleSize = 4 << 20
	)
	dir := t.TempDir()
	bundle := wordSoup(bundleSize)
	page := []byte("<!doctype html><title>Neurona</title>" + strings.Repeat("<p>hola</p>", 300))
	os.WriteFile(filepath.Join(dir, "neurona.wasm"), bundle, 0o644)
	os.WriteFile(filepath.Join(dir, "index.html"), page, 0o644)
	if _, err := Precompress(dir, PrecompressOptions{BrotliQuality: 5}); err != nil {
		t.Fatal(err)
	}
	want := map[string][32]byte{"/": sha256.Sum256(page), "/neurona.wasm": sha256.Sum256(bundle)}

	srv := httptest.NewUnstartedServer(newHandler(t, dir))
	srv.Config.ReadHeaderTimeout = 10 * time.Second
	srv.Config.IdleTimeout = 30 * time.Second
	srv.Start()
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	var (
		requests atomic.Int64
		bytesIn  atomic.Int64
		mu       sync.Mutex
		errs     []string
		start    = make(chan struct{})
		wg       sync.WaitGroup
	)
	fail := func(format string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(errs) < 20 {
			errs = append(errs, fmt.Sprintf(format, a...))
		}
	}
	encodings := []string{"br", "gzip", ""}
	for i := range clients {
		wg.Go(func() {
			// Each student's browser: its own connection pool, and
			// Accept-Encoding under the test's control.
			tr := &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 1}
			defer tr.CloseIdleConnections()
			client := &http.Client{Transport: tr}
			enc := encodings[i%len(encodings)]
			<-start
			for _, path := range []string{"/", "/neurona.wasm"} {
				requests.Add(1)
				req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+path, nil)
				if enc != "" {
					req.Header.Set("Accept-Encoding", enc)
				}
				resp, err := client.Do(req)
				if err != nil {
					fail("client %d %s: %v", i, path, err)
					return
				}
				sum, n, err := readDecoded(resp)
				resp.Body.Close()
				bytesIn.Add(n)
				switch {
				case err != nil:
					fail("client %d %s: %v", i, path, err)
				case resp.StatusCode != http.StatusOK:
					fail("client %d %s: status %d", i, path, resp.StatusCode)
				case resp.Header.Get("Content-Encoding") != enc:
					fail("client %d %s: Content-Encoding %q, want %q", i, path, resp.Header.Get("Content-Encoding"), enc)
				case sum != want[path]:
					fail("client %d %s: body differs", i, path)
				}
			}
		})
	}
	began := time.Now()
	close(start)
	wg.Wait()
	if ctx.Err() != nil {
		t.Fatalf("the load did not finish within the bound: %v", ctx.Err())
	}
	for _, e := range errs {
		t.Error(e)
	}
	if got := requests.Load(); got != 2*clients {
		t.Errorf("%d requests, want %d", got, 2*clients)
	}
	t.Logf("%d clients, %d requests, %.1f MB on the wire in %s",
		clients, requests.Load(), float64(bytesIn.Load())/1e6, time.Since(began).Round(time.Millisecond))
}

// readDecoded hashes the decoded body and counts the bytes on the wire.
func readDecoded(resp *http.Response) ([32]byte, int64, error) {
	wire := &countingReader{r: resp.Body}
	var body io.Reader = wire
	switch resp.Header.Get("Content-Encoding") {
	case "br":
		body = brotli.NewReader(wire)
	case "gzip":
		zr, err := gzip.NewReader(wire)
		if err != nil {
			return [32]byte{}, wire.n, err
		}
		body = zr
	}
	h := sha256.New()
	if _, err := io.Copy(h, body); err != nil {
		return [32]byte{}, wire.n, err
	}
	if cl := resp.ContentLength; cl >= 0 && cl != wire.n {
		return [32]byte{}, wire.n, fmt.Errorf("Content-Length %d, got %d bytes", cl, wire.n)
	}
	return [32]byte(h.Sum(nil)), wire.n, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// wordSoup makes size bytes that compress about as well as a wasm bundle
// (3-4x), deterministically.
func wordSoup(size int) []byte {
	rng := rand.New(rand.NewPCG(7, 11))
	words := make([][]byte, 512)
	for i := range words {
		w := make([]byte, 2+rng.IntN(9))
		for j := range w {
			w[j] = byte(rng.IntN(256))
		}
		words[i] = w
	}
	var b bytes.Buffer
	b.Grow(size + 16)
	for b.Len() < size {
		b.Write(words[rng.IntN(len(words))])
	}
	return b.Bytes()[:size]
}
