// Package frametime measures, inside the app, how long its own Update and
// Draw take: the CPU time Neurona controls, as opposed to the time the
// browser or the GPU driver spends filling pixels (which, under software
// WebGL, dominates the frame rate and says nothing about Neurona).
//
// A Recorder keeps the last Window ticks and frames in fixed rings, so
// recording allocates nothing, and reports their 50th and 95th
// percentiles as the JSON that window.neurona.perf() returns:
//
//	{"frames":300,"ticks":300,"drawn":1234,
//	 "update":{"p50":0.21,"p95":0.40},"draw":{"p50":1.10,"p95":1.90},
//	 "total":{"p50":1.35,"p95":2.20}}
//
// A tick is one call of Update, a frame one call of Draw. Ebiten runs
// Update at 60 ticks a second and Draw once per displayed frame; when
// frames are slow it runs several ticks per frame, when the display is
// faster than 60 Hz it draws frames without a tick. So "update" is per
// tick, "draw" per frame, and "total" is what one frame costs at 60 Hz,
// where every frame has one tick: its Draw plus the mean of the ticks it
// ran (or the last tick, when it ran none). This keeps a slow renderer,
// which makes frames run several ticks, from inflating the figure.
// "frames" and "ticks" are the samples counted (at most Window each) and
// "drawn" the frames since the start or the last Reset, which tells a
// caller when the ring holds only frames of what it is measuring.
//
// Times are wall-clock time on the thread that runs the game, which in
// the browser is the main thread, where nothing else runs during Update
// and Draw; the browser's timer may be as coarse as 0.1 ms.
package frametime

import (
	"sort"
	"strconv"
	"sync"
	"time"
)

// Window is the number of ticks and of frames a Recorder keeps.
const Window = 300

// Recorder keeps the durations of the last Window ticks and frames. The
// zero value is ready to use; its methods may be called from several
// goroutines.
type Recorder struct {
	mu sync.Mutex

	ticks   [Window]float64 // Update durations, ms, a ring
	nTicks  int             // ticks recorded since Reset
	draws   [Window]float64 // Draw durations, ms, a ring
	totals  [Window]float64 // per frame: Draw + one tick, ms
	nFrames int             // frames recorded since Reset

	// The ticks since the last frame, for that frame's total.
	pendSum float64
	pendN   int
	last    float64 // the last tick's duration, for frames without one

	scratch [Window]float64   // sorted copies for the percentiles
	order   sort.Float64Slice // scratch's part being sorted (see percentiles)
}

// UpdateSince records one tick that began at start. Deferred at the top
// of Update, it times the whole of it:
//
//	defer g.perf.UpdateSince(time.Now())
func (r *Recorder) UpdateSince(start time.Time) { r.AddUpdate(time.Since(start)) }

// DrawSince records one frame whose Draw began at start:
//
//	defer g.perf.DrawSince(time.Now())
func (r *Recorder) DrawSince(start time.Time) { r.AddDraw(time.Since(start)) }

// AddUpdate records one tick that took d.
func (r *Recorder) AddUpdate(d time.Duration) {
	ms := millis(d)
	r.mu.Lock()
	r.ticks[r.nTicks%Window] = ms
	r.nTicks++
	r.pendSum += ms
	r.pendN++
	r.last = ms
	r.mu.Unlock()
}

// AddDraw records one frame whose Draw took d; the ticks recorded since
// the previous frame belong to it.
func (r *Recorder) AddDraw(d time.Duration) {
	ms := millis(d)
	r.mu.Lock()
	tick := r.last
	if r.pendN > 0 {
		tick = r.pendSum / float64(r.pendN)
	}
	i := r.nFrames % Window
	r.draws[i] = ms
	r.totals[i] = ms + tick
	r.nFrames++
	r.pendSum, r.pendN = 0, 0
	r.mu.Unlock()
}

// Reset forgets every tick and frame, so that the figures describe only
// what follows (a new scene, a new data set).
func (r *Recorder) Reset() {
	r.mu.Lock()
	r.nTicks, r.nFrames = 0, 0
	r.pendSum, r.pendN, r.last = 0, 0, 0
	r.mu.Unlock()
}

// Percentiles are the 50th and 95th percentiles of a set of durations, in
// milliseconds.
type Percentiles struct {
	P50, P95 float64
}

// Stats are a Recorder's figures.
type Stats struct {
	Frames, Ticks int // samples counted, at most Window each
	Drawn         int // frames since the start or the last Reset
	Update        Percentiles
	Draw          Percentiles
	Total         Percentiles
}

// Stats returns the percentiles of the ticks and frames kept.
func (r *Recorder) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	nt, nf := min(r.nTicks, Window), min(r.nFrames, Window)
	return Stats{
		Frames: nf,
		Ticks:  nt,
		Drawn:  r.nFrames,
		Update: r.percentiles(r.ticks[:nt]),
		Draw:   r.percentiles(r.draws[:nf]),
		Total:  r.percentiles(r.totals[:nf]),
	}
}

// JSON returns Stats as the JSON object described in the package comment,
// milliseconds to three decimals.
func (r *Recorder) JSON() string {
	s := r.Stats()
	b := make([]byte, 0, 192)
	b = append(b, `{"frames":`...)
	b = strconv.AppendInt(b, int64(s.Frames), 10)
	b = append(b, `,"ticks":`...)
	b = strconv.AppendInt(b, int64(s.Ticks), 10)
	b = append(b, `,"drawn":`...)
	b = strconv.AppendInt(b, int64(s.Drawn), 10)
	for _, f := range []struct {
		name string
		p    Percentiles
	}{{"update", s.Update}, {"draw", s.Draw}, {"total", s.Total}} {
		b = append(b, `,"`...)
		b = append(b, f.name...)
		b = append(b, `":{"p50":`...)
		b = strconv.AppendFloat(b, f.p.P50, 'f', 3, 64)
		b = append(b, `,"p95":`...)
		b = strconv.AppendFloat(b, f.p.P95, 'f', 3, 64)
		b = append(b, '}')
	}
	b = append(b, '}')
	return string(b)
}

// percentiles sorts a copy of v in r.scratch and takes the nearest-rank
// percentiles: the smallest value with at least p % of the samples at or
// below it. No samples give zeros.
func (r *Recorder) percentiles(v []float64) Percentiles {
	if len(v) == 0 {
		return Percentiles{}
	}
	s := r.scratch[:len(v)]
	copy(s, v)
	// sort.Sort of a pointer to a kept slice: it allocates nothing, and
	// the web bundle links sort's code already, where slices.Sort would
	// add an instantiation for float64.
	r.order = s
	sort.Sort(&r.order)
	return Percentiles{P50: rank(s, 50), P95: rank(s, 95)}
}

// rank is the nearest-rank p-th percentile of the sorted s: the value at
// position ⌈p·n/100⌉ (counting from 1).
func rank(s []float64, p int) float64 {
	k := (p*len(s) + 99) / 100
	return s[max(k, 1)-1]
}

func millis(d time.Duration) float64 {
	if d < 0 {
		d = 0 // a clock that stepped back
	}
	return float64(d) / float64(time.Millisecond)
}
