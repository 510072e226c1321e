package embedding

import (
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
)

// A thousand markers are a thousand quads that Ebiten copies and
// transforms on the CPU at every draw, three views of them a frame; yet
// the data plane's points stay put, and a t-SNE view's move only when an
// iteration completes (every few ticks with a thousand points). So each
// view's markers are drawn into a still picture of the view, redrawn when
// the positions, the points or the markers change, and copied each frame.

// spots are a view's markers' screen positions, with a count that goes up
// whenever they change (Update fills them, Draw reads the count).
type spots struct {
	xy, prev []float64
	ver      int
}

// begin starts filling the positions anew (append to s.xy).
func (s *spots) begin() { s.prev, s.xy = s.xy, s.prev[:0] }

// end finishes the positions, noting whether they changed.
func (s *spots) end() {
	if !slices.Equal(s.xy, s.prev) {
		s.ver++
	}
}

// stillKey is what a still picture of markers shows.
type markersKey struct {
	pos, pts int // the positions' and the points' versions
	r        float64
	theme    string
	rect     ui.Rect
}

// still is a part of the frame in rect drawn once for key and copied
// every frame: a view's markers, the data plane's grid.
type still[K comparable] struct {
	img   *ebiten.Image // as large as the screen; only the part in rect is used
	clip  ui.Clip       // the part of img
	key   K
	rect  ui.Rect // the part drawn
	valid bool
	op    ebiten.DrawImageOptions
}

// draw copies the part in rect to dst, first drawing it with draw (into
// its part of the picture, in screen coordinates) if key changed, unless
// wait and it holds a picture of rect, and reports whether it drew it.
func (m *still[K]) draw(dst *ebiten.Image, rect ui.Rect, key K, wait bool, draw func(sub *ebiten.Image)) (drawn bool) {
	b := dst.Bounds()
	w, h := b.Max.X, b.Max.Y
	if m.img == nil || m.img.Bounds().Dx() != w || m.img.Bounds().Dy() != h {
		if m.img != nil {
			m.img.Deallocate()
		}
		m.img = ebiten.NewImage(max(w, 1), max(h, 1))
		m.valid = false
	}
	r := ui.Rect{X: math.Max(rect.X, 0), Y: math.Max(rect.Y, 0)}
	r.W, r.H = math.Min(rect.Right(), float64(w))-r.X, math.Min(rect.Bottom(), float64(h))-r.Y
	if r.W <= 0 || r.H <= 0 {
		return false
	}
	sub := m.clip.Of(m.img, r)
	if !m.valid || m.rect != r || key != m.key && !wait {
		m.key, m.valid, m.rect = key, true, r
		sub.Clear()
		draw(sub)
		drawn = true
	}
	m.op.GeoM.Reset()
	m.op.GeoM.Translate(float64(sub.Bounds().Min.X), float64(sub.Bounds().Min.Y))
	dst.DrawImage(sub, &m.op)
	return drawn
}

// gridKey is what the data plane's grid shows: the plane, the points its
// tick numbers and axis names keep clear of, and the context.
type gridKey struct {
	plane       ui.Plane
	pts         int
	theme       string
	scale, zoom float64
}

// panelStillKey is what a picture of the side panel shows: its layout
// (which holds everything it shows, panelKey) and the theme; for the
// settings' picture, without what the live part shows (panelLive) but
// with where the class buttons went, below the numbers as they wrap.
type panelStillKey struct {
	laid   panelLayoutKey
	theme  string
	classY float64
}
