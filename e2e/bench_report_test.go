//go:build e2e && bench

package e2e

import (
	"fmt"
	"strings"
)

const notMeasured = "not measured in this run"

// markdown writes the report: the four targets first, then each part's
// figures.
func (r *benchReport) markdown() string {
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }

	w("### Targets\n\n")
	w("| target | Neurona | blank | ratio or figure | target | met |\n|---|---|---|---|---|---|\n")
	if r.appBr > 0 {
		w("| bundle, brotli (MB) | %.2f | %.2f | %.2f× | ≤ 1.5× | %s |\n", r.appBr/1e6, r.blankBr/1e6, r.appBr/r.blankBr, yes(r.appBr/r.blankBr <= 1.5))
		w("| bundle, gzip -9 (MB) | %.2f | %.2f | %.2f× | ≤ 1.5× | %s |\n", r.appGz/1e6, r.blankGz/1e6, r.appGz/r.blankGz, yes(r.appGz/r.blankGz <= 1.5))
	} else {
		w("| bundle | — | — | %s | ≤ 1.5× | — |\n", notMeasured)
	}
	if len(r.appReady) > 0 && len(r.blankReady) > 0 {
		ar, br := median(r.appReady), median(r.blankReady)
		w("| time to first frame (median of %d, ms) | %.0f | %.0f | %.2f× | ≤ 1.5× | %s |\n", len(r.appReady), ar, br, ar/br, yes(ar/br <= 1.5))
	} else {
		w("| time to first frame | — | — | %s | ≤ 1.5× | — |\n", notMeasured)
	}
	w("%s", r.perfTargetRows())
	for _, c := range []struct {
		name string
		res  *idleResult
		unit string
	}{
		{"idle page: main-thread task time", r.idleWeb, "s"},
		{"idle desktop app: CPU time", r.idleDesk, "s"},
	} {
		if c.res == nil {
			w("| %s | — | — | %s | ≤ 1.25× | — |\n", c.name, notMeasured)
			continue
		}
		ratio := c.res.app / c.res.blank()
		w("| %s over %s (%s) | %.3f %s | %.3f %s | %.2f× | ≤ 1.25× | %s |\n",
			c.name, idleWindow, c.res.what, c.res.app, c.unit, c.res.blank(), c.unit, ratio, yes(ratio <= 1.25))
	}

	w("\n### Per-frame CPU per scene (neurona.perf(), 1280×800)\n\n")
	w("Update per tick, Draw per frame, and Update + Draw (one tick and one frame, as at 60 Hz): p50 / p95 in ms over the last frames perf() kept. ")
	w("Frames per second are information only: Chromium renders WebGL in software here (SwiftShader), so they measure pixel filling, not Neurona.\n\n")
	w("| scene (what it does) | frames (of this case) | Update p50 / p95 | Draw p50 / p95 | Update + Draw p50 / p95 | ≤ %.0f ms | steps, ticks in %.0f s | frames/s, software WebGL (blank beside it) | WebGL draws per frame |\n", p95TargetMs, benchWindow.Seconds())
	w("|---|---|---|---|---|---|---|---|---|\n")
	if len(r.scenes) == 0 {
		w("| %s | | | | | | | | |\n", notMeasured)
	}
	for _, s := range r.scenes {
		if s.skipped != "" {
			w("| %s (%s) | %s | | | | | | | |\n", s.id, s.what, s.skipped)
			continue
		}
		fps := fmt.Sprintf("%.1f (%.1f)", s.fps.fps, s.blank.fps)
		run := fmt.Sprintf("%d, %d", s.steps, s.ticks)
		if s.perf == nil {
			w("| %s (%s) | %s | | | | | %s | %s | %.0f |\n", s.id, s.what, perfMissing, run, fps, s.fps.draws)
			continue
		}
		p := s.perf
		w("| %s (%s) | %d (%d) | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %s | %s | %s | %.0f |\n",
			s.id, s.what, p.Frames, min(s.caseFrames, p.Frames), p.Update.P50, p.Update.P95, p.Draw.P50, p.Draw.P95,
			p.Total.P50, p.Total.P95, yes(p.Total.P95 <= p95TargetMs), run, fps, s.fps.draws)
	}
	if len(r.blankFPS) > 0 {
		w("\nBlank page frames/s per window, in order: %s; WebGL draws per frame %.0f.\n", list(r.blankFPS, "%.1f"), mean(r.blankDraws))
	}

	w("\n### Idle cost\n\n")
	if r.idleWeb != nil {
		w("- page, main-thread TaskDuration over %s: Neurona %.3f s; blank page %s s (before and after).\n", idleWindow, r.idleWeb.app, list(r.idleWeb.blanks, "%.3f"))
	}
	if r.idleDesk != nil {
		w("- desktop, utime + stime over %s: Neurona %.3f s; blank Ebiten window %s s (before and after).\n", idleWindow, r.idleDesk.app, list(r.idleDesk.blanks, "%.3f"))
	}
	if r.idleWeb == nil && r.idleDesk == nil {
		w("%s.\n", notMeasured)
	}

	w("\n### Data growth (a dropped CSV, the scene playing)\n\n")
	w("| scene | points | held | load (s) | wasm memory (MB; before any data) | Update + Draw p50 / p95 (ms) | frames of this case | frames/s, software WebGL |\n|---|---|---|---|---|---|---|---|\n")
	if len(r.growth) == 0 {
		w("| %s | | | | | | | |\n", notMeasured)
	}
	for _, g := range r.growth {
		if g.failed != "" {
			w("| %s | %d | %d | %.1f | %s | | | |\n", g.id, g.n, g.got, g.loadSecs, g.failed)
			continue
		}
		perf := perfMissing
		frames := ""
		if g.perf != nil {
			perf = fmt.Sprintf("%.2f / %.2f", g.perf.Total.P50, g.perf.Total.P95)
			frames = fmt.Sprintf("%d of %d", min(g.frames, g.perf.Frames), g.perf.Frames)
		}
		w("| %s | %d | %d | %.1f | %.0f (%.0f) | %s | %s | %.1f |\n", g.id, g.n, g.got, g.loadSecs, g.mem/1e6, g.memBase/1e6, perf, frames, g.fps.fps)
	}

	if len(r.notes) > 0 {
		w("\n")
		for _, n := range r.notes {
			w("- %s\n", n)
		}
	}
	if len(r.appReady) > 0 {
		w("\nTimes to first frame (ms), Neurona: %s; blank: %s.\n", list(r.appReady, "%.0f"), list(r.blankReady, "%.0f"))
	}
	return b.String()
}

// perfTargetRows is the per-frame target: one row per measured scene.
func (r *benchReport) perfTargetRows() string {
	var b strings.Builder
	shown := false
	for _, s := range r.scenes {
		switch {
		case s.skipped != "":
			fmt.Fprintf(&b, "| p95 Update + Draw, %s | — | — | %s | ≤ %.0f ms | — |\n", s.id, short(s.skipped), p95TargetMs)
		case s.perf == nil:
			fmt.Fprintf(&b, "| p95 Update + Draw, %s | — | — | %s | ≤ %.0f ms | — |\n", s.id, perfMissing, p95TargetMs)
		default:
			fmt.Fprintf(&b, "| p95 Update + Draw, %s (%s) | %.2f ms | — | %.2f ms | ≤ %.0f ms | %s |\n",
				s.id, s.what, s.perf.Total.P95, s.perf.Total.P95, p95TargetMs, yes(s.perf.Total.P95 <= p95TargetMs))
		}
		shown = true
	}
	if !shown {
		fmt.Fprintf(&b, "| p95 Update + Draw per scene | — | — | %s | ≤ %.0f ms | — |\n", notMeasured, p95TargetMs)
	}
	return b.String()
}
