// Package region draws a model's output over a plane as an image, reusing
// buffers: the colour maps of the neuron and XOR scenes. The model is
// sampled at a reduced resolution (one sample every few screen pixels) into
// a small image that is drawn stretched with linear filtering, and sampled
// again only when the model, the colours or the plane's layout change.
package region

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// DefaultStep is the spacing of the samples, in layout units.
const DefaultStep = 3

// maxSamples bounds the grid (about a 4K screen sampled every 3 pixels), so
// that a huge window never makes a huge buffer.
const maxSamples = 1 << 20

// Map is a colour map of one model's output over a Plane. The zero value is
// ready to use.
type Map struct {
	// Step is the spacing of the samples in layout units; 0 means
	// DefaultStep. A scene whose model changes every tick (training) may
	// take a coarser step while it plays.
	Step float64

	vals []float64
	pix  []byte
	img  *ebiten.Image
	w, h int

	// What the current image shows, to skip work when nothing changed.
	valid bool
	model engine.Model
	ramp  Ramp
	win   [4]float64
	rect  ui.Rect
	step  float64
	vmax  float64
}

// Invalidate forces the next Update to sample the model again.
func (m *Map) Invalidate() { m.valid = false }

// Update samples model over the plane's visible window and colours the
// samples with ramp, unless the same model (compared with ==, so pass a plain
// value such as engine.Neuron or engine.MLP), ramp and layout are already
// shown. It reports whether it sampled. Call it from a scene's Update.
func (m *Map) Update(c *ui.Context, p *ui.Plane, model engine.Model, ramp Ramp) bool {
	win := [4]float64{p.XMin, p.YMin, p.XMax, p.YMax}
	step := m.Step
	if step <= 0 {
		step = DefaultStep
	}
	if m.valid && m.model == model && m.ramp == ramp && m.win == win && m.rect == p.Rect && m.step == step {
		return false
	}
	px := math.Max(1, c.Px(step))
	w := max(1, int(math.Ceil(p.Rect.W/px)))
	h := max(1, int(math.Ceil(p.Rect.H/px)))
	for w*h > maxSamples {
		w, h = max(1, w/2), max(1, h/2)
	}
	if w != m.w || h != m.h || m.img == nil {
		if m.img != nil {
			m.img.Deallocate()
		}
		m.img = ebiten.NewImage(w, h)
		m.w, m.h = w, h
	}
	if n := w * h; cap(m.vals) < n {
		m.vals = make([]float64, n)
		m.pix = make([]byte, 4*n)
	}
	m.vals, m.pix = m.vals[:w*h], m.pix[:4*w*h]
	engine.EvalGrid(m.vals, w, h, win[0], win[1], win[2], win[3], model)
	r := ramp
	m.vmax = math.Inf(-1)
	for _, v := range m.vals {
		if v > m.vmax && !math.IsInf(v, 0) {
			m.vmax = v
		}
	}
	if r.AutoHi {
		r.Hi = m.vmax
	}
	for i, v := range m.vals {
		col := r.At(v)
		m.pix[4*i], m.pix[4*i+1], m.pix[4*i+2], m.pix[4*i+3] = col.R, col.G, col.B, col.A
	}
	m.img.WritePixels(m.pix)
	m.valid, m.model, m.ramp, m.win, m.rect, m.step = true, model, ramp, win, p.Rect, step
	return true
}

// Max returns the largest finite output in the last sampling (−Inf if none).
func (m *Map) Max() float64 { return m.vmax }

// Draw paints the map over its plane's rectangle with opacity alpha (0…1).
func (m *Map) Draw(dst *ebiten.Image, alpha float64) {
	if !m.valid || m.img == nil || alpha <= 0 {
		return
	}
	r := m.rect
	sub := dst.SubImage(image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom())))).(*ebiten.Image)
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(r.W/float64(m.w), r.H/float64(m.h))
	op.GeoM.Translate(r.X, r.Y)
	op.ColorScale.ScaleAlpha(float32(math.Min(alpha, 1)))
	sub.DrawImage(m.img, op)
}

// Ramp maps an output value to a colour: Base at Mid, moving towards Pos as
// the value rises to Hi and towards Neg as it falls to Lo. Values beyond
// Lo or Hi keep the saturated colour; NaN is drawn as Base.
type Ramp struct {
	Mid, Lo, Hi float64
	// AutoHi takes Hi from the largest output in view (for unbounded
	// activations such as ReLU).
	AutoHi   bool
	Neg, Pos color.RGBA
	Base     color.RGBA
	// Strength is how far towards Neg or Pos a saturated value goes (0…1).
	Strength float64
}

// At returns the colour of output v.
func (r Ramp) At(v float64) color.RGBA {
	switch {
	case math.IsNaN(v):
		return r.Base
	case v > r.Mid:
		return ui.Mix(r.Base, r.Pos, r.Strength*frac(v-r.Mid, r.Hi-r.Mid))
	case v < r.Mid:
		return ui.Mix(r.Base, r.Neg, r.Strength*frac(r.Mid-v, r.Mid-r.Lo))
	}
	return r.Base
}

// frac returns d/span clamped to [0, 1]; a non-positive span saturates.
func frac(d, span float64) float64 {
	if !(span > 0) || math.IsInf(d, 1) {
		return 1
	}
	return math.Min(1, d/span)
}

// ForActivation returns the ramp for outputs of act in theme th's class
// colours, transparent at the output of potential 0 (the line a = 0, where
// the colour turns) so that the grid shows through, and reaching opacity
// alpha at the ends of the activation's range, or at the largest value in
// view for ReLU and the identity.
func ForActivation(act engine.Activation, th *ui.Theme, alpha uint8) Ramp {
	r := Ramp{Mid: act.F(0), Neg: ui.WithAlpha(th.ClassNeg, alpha), Pos: ui.WithAlpha(th.ClassPos, alpha), Strength: 1}
	lo, hi := act.Range()
	r.Lo, r.Hi = lo, hi
	if math.IsInf(lo, 0) {
		r.Lo = -1
	}
	if math.IsInf(hi, 0) {
		r.AutoHi = true
	}
	if act == engine.Sigmoid || act == engine.Arctan || act == engine.Tanh {
		// Saturate a little before the asymptotes, so a steep unit looks
		// like a step and a gentle one like a slope.
		r.Lo, r.Hi = r.Mid+(lo-r.Mid)*0.95, r.Mid+(hi-r.Mid)*0.95
	}
	return r
}
