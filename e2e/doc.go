// Package e2e holds Neurona's end-to-end tests: the web bundle served by
// cmd/serve's handler and driven in Debian's headless Chromium through
// chromedp, and the desktop binary run under the current X display.
//
// They are behind the build tag e2e, so `go test ./...` stays fast and
// needs no browser:
//
//	xvfb-run -a go test -tags e2e ./e2e/
//
// NEURONA_DIST=dir reuses a bundle `make dist` built instead of building
// one; NEURONA_SHOTS=dir keeps every screenshot the tests take, for people
// to look at; NEURONA_CHROMIUM names the browser (default: chromium on
// PATH).
package e2e
