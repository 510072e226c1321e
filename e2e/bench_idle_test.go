//go:build e2e && bench

package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
)

// idleWindow is how long an idle page or window is watched, after
// idleSettle for it to reach its idle state.
var (
	idleWindow = envDuration("NEURONA_BENCH_IDLE", 10*time.Second)
	idleSettle = 3 * time.Second
)

// idleResult is the work done while nothing changes: Neurona's and the
// blank program's, in seconds over idleWindow (the blank measured before
// and after Neurona, the mean compared).
type idleResult struct {
	app    float64
	blanks []float64
	what   string
}

func (r idleResult) blank() float64 { return mean(r.blanks) }

// taskSeconds is Chromium's TaskDuration of the page's main thread
// (Performance.getMetrics, seconds since the page was opened).
func taskSeconds(t *testing.T, p *Page) float64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
		t.Fatalf("Performance.enable: %v", err)
	}
	res, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		t.Fatalf("Performance.getMetrics: %v", err)
	}
	for _, m := range res.Metrics {
		if m.Name == "TaskDuration" {
			return m.Value
		}
	}
	t.Fatal("Performance.getMetrics has no TaskDuration")
	return 0
}

// idleTask is the main-thread task time of p over idleWindow.
func idleTask(t *testing.T, p *Page) float64 {
	t.Helper()
	time.Sleep(idleSettle)
	a := taskSeconds(t, p)
	time.Sleep(idleWindow)
	return taskSeconds(t, p) - a
}

// benchIdleWeb compares the main thread's task time of the app, paused on
// its first scene with no input, with the blank page's, each measured
// while the other's frames are held.
func benchIdleWeb(t *testing.T, r *benchReport, appURL, blankURL string) {
	pb := openBench(t, blankURL+"#lang=es")
	pa := openBench(t, appURL+"#scene=neuron&lang=es")
	res := idleResult{what: "neuron, paused, no input"}
	freeze(t, pa, true)
	res.blanks = append(res.blanks, idleTask(t, pb))
	freeze(t, pb, true)
	freeze(t, pa, false)
	res.app = idleTask(t, pa)
	freeze(t, pa, true)
	freeze(t, pb, false)
	res.blanks = append(res.blanks, idleTask(t, pb))
	t.Logf("idle page: app %.3f s, blank %s s of main-thread tasks in %s", res.app, list(res.blanks, "%.3f"), idleWindow)
	r.idleWeb = &res
}

// benchIdleDesktop compares the CPU time (user + system, every thread) of
// the desktop app, paused on its first scene with no input, with a blank
// Ebiten window's (cmd/blank), run one after the other on the current X
// display (Xvfb under make bench, where Mesa renders on the CPU in the
// program's own threads).
func benchIdleDesktop(t *testing.T, r *benchReport) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip(errNoDisplay)
	}
	dir := t.TempDir()
	app, blank := filepath.Join(dir, "neurona"), filepath.Join(dir, "blank")
	for bin, pkg := range map[string]string{app: "./cmd/desktop", blank: "./cmd/blank"} {
		cmd := exec.Command("go", "build", "-o", bin, pkg)
		cmd.Dir = repoRoot
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("building %s: %v\n%s", pkg, err, out)
		}
	}
	tck := clockTicks()
	res := idleResult{what: "neuron, paused, no input; 1280×800 window"}
	res.blanks = append(res.blanks, idleCPU(t, blank, tck))
	res.app = idleCPU(t, app, tck)
	res.blanks = append(res.blanks, idleCPU(t, blank, tck))
	t.Logf("idle desktop: app %.3f s, blank %s s of CPU in %s", res.app, list(res.blanks, "%.3f"), idleWindow)
	r.idleDesk = &res
}

// idleCPU runs bin, lets it settle, and returns the CPU seconds it uses
// over idleWindow.
func idleCPU(t *testing.T, bin string, tck float64) float64 {
	t.Helper()
	cmd := exec.Command(bin)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	time.Sleep(idleSettle)
	a := cpuTicks(t, cmd.Process.Pid)
	time.Sleep(idleWindow)
	return (cpuTicks(t, cmd.Process.Pid) - a) / tck
}

// cpuTicks is utime + stime of a process, from /proc/PID/stat (fields 14
// and 15, counted after the command name, which may hold spaces).
func cpuTicks(t *testing.T, pid int) float64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Fatalf("the program exited early: %v", err)
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		t.Fatalf("/proc/%d/stat: too few fields", pid)
	}
	u, err1 := strconv.ParseFloat(f[11], 64)
	k, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("/proc/%d/stat: %v %v", pid, err1, err2)
	}
	return u + k
}

// clockTicks is the kernel's clock ticks per second (getconf CLK_TCK),
// 100 when it cannot be read.
func clockTicks() float64 {
	out, err := exec.Command("getconf", "CLK_TCK").Output()
	if err == nil {
		if v, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64); err == nil && v > 0 {
			return v
		}
	}
	return 100
}
