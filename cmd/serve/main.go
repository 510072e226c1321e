// Command serve serves Neurona's built web bundle (the dist folder that
// `make dist` writes) to a browser on this machine or, with a non-loopback
// address, to a classroom, printing the address and a QR code for
// students. With -precompress it instead writes the .gz and .br variants the
// server hands to browsers.
//
//	go run ./cmd/serve -dir dist -addr localhost:8080
//	go run ./cmd/serve -dir dist -addr 0.0.0.0:8080      # the classroom
//	go run ./cmd/serve -precompress dist                 # at build time
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/neurona/neurona/cmd/serve/static"
	"github.com/neurona/neurona/engine"
	qrcode "github.com/skip2/go-qrcode"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, errorLine(err))
		os.Exit(1)
	}
}

// maxErrorLine bounds the error line serve prints.
const maxErrorLine = 300

// errorLine is the line serve prints for err: errors may quote a flag
// value (an address, a folder) in full, so it is cut short.
func errorLine(err error) string {
	return "serve: " + engine.Truncate(err.Error(), maxErrorLine)
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	dir := fl.String("dir", "dist", "folder to serve (what `make dist` builds)")
	addr := fl.String("addr", "localhost:8080", "listen address; 0.0.0.0:8080 serves the local network")
	pre := fl.String("precompress", "", "write .gz and .br next to each compressible file in this `folder`, then exit")
	brq := fl.Int("brotli-quality", static.DefaultBrotliQuality, "brotli level 0-11 for -precompress (11: smallest, about 40 s for the bundle)")
	fl.SetOutput(io.Discard) // the error is printed once, cut short, by main
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fl.SetOutput(os.Stderr)
			fl.Usage()
		}
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", engine.Excerpt(fl.Arg(0)))
	}
	if *pre != "" {
		return precompress(*pre, *brq, stdout)
	}
	// Ctrl+C or a service manager's SIGTERM ends serving gracefully.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, *dir, *addr, stdout)
}

func precompress(dir string, quality int, stdout io.Writer) error {
	start := time.Now()
	res, err := static.Precompress(dir, static.PrecompressOptions{
		BrotliQuality: quality,
		Log:           func(f string, a ...any) { fmt.Fprintf(stdout, f+"\n", a...) },
	})
	if err != nil {
		return err
	}
	fresh := 0
	for _, c := range res {
		if c.UpToDate {
			fresh++
		}
	}
	fmt.Fprintf(stdout, "precompressed %d files (%d already up to date) in %s\n", len(res), fresh, time.Since(start).Round(time.Millisecond))
	return nil
}

// Timeouts: a classroom on busy Wi-Fi is slow, so the write timeout leaves
// minutes for the bundle (200 students × 3 MB share one access point); the
// header and idle timeouts are short, so idle or stalled connections cannot
// pile up.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 10 * time.Minute
	idleTimeout       = 2 * time.Minute
)

func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    32 << 10,
	}
}

// serve serves dir on addr until ctx ends.
func serve(ctx context.Context, dir, addr string, stdout io.Writer) error {
	h, err := static.New(dir)
	if err != nil {
		return fmt.Errorf("%w (build it first: make dist)", err)
	}
	if _, err := os.Stat(filepath.Join(h.Dir(), "index.html")); err != nil {
		return fmt.Errorf("%s has no index.html (build it first: make dist)", dir)
	}
	ln, err := listen(addr)
	if err != nil {
		return err
	}
	host, _, _ := net.SplitHostPort(addr)
	port := ln.Addr().(*net.TCPAddr).Port
	fmt.Fprintf(stdout, "Neurona %s\n", bundleVersion(h.Dir()))
	announce(stdout, host, port)

	srv := newServer(h)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// Let downloads in flight finish for a moment, then go.
	sctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// announce prints where to open the app: localhost for a loopback address;
// otherwise every address students can reach, and a QR code of the first.
func announce(w io.Writer, host string, port int) {
	if isLoopbackHost(host) {
		fmt.Fprintf(w, "Neurona: http://%s/\n", net.JoinHostPort(host, fmt.Sprint(port)))
		fmt.Fprintln(w, "(only this computer; for a classroom: make serve ADDR=0.0.0.0:8080)")
		fmt.Fprintln(w, "Ctrl+C stops the server.")
		return
	}
	urls := studentURLs(host, port, localInterfaces())
	if len(urls) == 0 {
		fmt.Fprintf(w, "Neurona is listening on %s, but this computer has no network address students can reach.\n", net.JoinHostPort(host, fmt.Sprint(port)))
		return
	}
	fmt.Fprintln(w, "Neurona — students open / los estudiantes abren:")
	for _, u := range urls {
		fmt.Fprintln(w, "  "+u)
	}
	if q, err := qrcode.New(urls[0], qrcode.Medium); err == nil {
		fmt.Fprint(w, q.ToSmallString(false))
		fmt.Fprintln(w, "  "+urls[0])
	}
	fmt.Fprintln(w, "Ctrl+C stops the server.")
}
