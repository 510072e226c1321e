//go:build e2e && bench

package e2e

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// NEURONA_BENCH_PROFILE names a folder: when set, each scene's case is
// recorded with Chromium's sampling profiler while perf() counts its
// frames, the profile is written there as <scene>.cpuprofile (open it in
// DevTools' Performance panel), and the functions with the most samples
// are logged. Function names are in the profile only when the bundle
// keeps the wasm name section: build it with `make dist WASM_STRIP=`.
const profileEnv = "NEURONA_BENCH_PROFILE"

// startProfile starts the sampling profiler when profileEnv is set, and
// returns the function that stops it and writes what it recorded.
func startProfile(t *testing.T, p *Page, scene string) (stop func()) {
	t.Helper()
	dir := os.Getenv(profileEnv)
	if dir == "" {
		return func() {}
	}
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("Profiler.enable: %v", err)
	}
	// 200 µs: a 4 ms frame gets some twenty samples.
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
		t.Fatalf("Profiler.setSamplingInterval: %v", err)
	}
	if _, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{}); err != nil {
		t.Fatalf("Profiler.start: %v", err)
	}
	return func() {
		ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
		defer cancel()
		res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
		if err != nil {
			t.Fatalf("Profiler.stop: %v", err)
		}
		js, err := json.Marshal(res.Profile)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, scene+".cpuprofile")
		if err := os.WriteFile(path, js, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: profile in %s; most samples (self, then with callees):\n%s", scene, path, topFunctions(res.Profile, 30))
	}
}

// topFunctions lists the n functions with the most samples of their own,
// each with its share of the busy samples and the share of the busy
// samples in which it is on the stack at all. Samples of V8's "(program)",
// "(idle)" and "(root)" (the main thread waiting, almost all of a
// software-rendered page's time) are not busy and are left out.
func topFunctions(pr *profiler.Profile, n int) string {
	byID := make(map[int64]*profiler.ProfileNode, len(pr.Nodes))
	parent := make(map[int64]int64, len(pr.Nodes))
	for _, nd := range pr.Nodes {
		byID[nd.ID] = nd
		for _, c := range nd.Children {
			parent[c] = nd.ID
		}
	}
	name := func(nd *profiler.ProfileNode) string {
		if nd.CallFrame.FunctionName == "" {
			return "(anonymous " + nd.CallFrame.URL + ")"
		}
		return nd.CallFrame.FunctionName
	}
	self, total := map[string]int{}, map[string]int{}
	busy := 0
	for _, id := range pr.Samples {
		nd := byID[id]
		if nd == nil {
			continue
		}
		switch name(nd) {
		case "(program)", "(idle)", "(root)":
			continue
		}
		busy++
		self[name(nd)]++
		seen := map[string]bool{}
		for ok := true; ok; id, ok = parent[id] {
			f := name(byID[id])
			if !seen[f] {
				seen[f] = true
				total[f]++
			}
		}
	}
	names := make([]string, 0, len(self))
	for f := range self {
		names = append(names, f)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Compare(self[b], self[a]) })
	var sb strings.Builder
	all := float64(max(busy, 1))
	for _, f := range names[:min(n, len(names))] {
		fmt.Fprintf(&sb, "  %5.1f %%  %5.1f %%  %s\n", 100*float64(self[f])/all, 100*float64(total[f])/all, f)
	}
	return sb.String()
}
