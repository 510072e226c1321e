package region

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// Segment is a unit's line w·x + b = 0 clipped to a plane, in screen pixels.
type Segment struct {
	X0, Y0, X1, Y1 float64
	OK             bool // false when the line misses the plane or w = 0
}

// Clip returns the visible part of the line w·x + b = 0.
func Clip(p *ui.Plane, w [2]float64, b float64) Segment {
	if w[0] == 0 && w[1] == 0 || !finite(w[0], w[1], b) {
		return Segment{}
	}
	x0, y0, x1, y1, ok := p.ClipLine(w[0], w[1], b)
	return Segment{x0, y0, x1, y1, ok}
}

// Mid returns the middle of the segment.
func (s Segment) Mid() (float64, float64) { return (s.X0 + s.X1) / 2, (s.Y0 + s.Y1) / 2 }

// Dist returns the distance in pixels from (x, y) to the segment.
func (s Segment) Dist(x, y float64) float64 {
	if !s.OK {
		return math.Inf(1)
	}
	dx, dy := s.X1-s.X0, s.Y1-s.Y0
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((x-s.X0)*dx+(y-s.Y0)*dy)/l2))
	}
	return math.Hypot(x-(s.X0+t*dx), y-(s.Y0+t*dy))
}

// DrawLine strokes the line w·x + b = 0 across the plane, dashed if asked,
// and, when tick > 0, a short arrow of tick pixels from the point of the
// segment at fraction at (0…1) towards the side where w·x + b > 0, so that
// the positive side reads without colour.
func DrawLine(dst *ebiten.Image, p *ui.Plane, w [2]float64, b, width float64, clr color.Color, dashed bool, tick, at float64) Segment {
	s := Clip(p, w, b)
	if !s.OK {
		return s
	}
	if dashed {
		ui.DashedLine(dst, s.X0, s.Y0, s.X1, s.Y1, width, width*4, clr)
	} else {
		ui.Line(dst, s.X0, s.Y0, s.X1, s.Y1, width, clr)
	}
	if tick > 0 {
		n := math.Hypot(w[0], w[1])
		// Screen y grows downwards, data x₂ upwards.
		ux, uy := w[0]/n, -w[1]/n
		mx, my := s.X0+(s.X1-s.X0)*at, s.Y0+(s.Y1-s.Y0)*at
		ui.Arrow(dst, mx, my, mx+ux*tick, my+uy*tick, width, tick*0.45, clr)
	}
	return s
}

// Tint fills the visible side of the plane where w·x + b > 0.
func Tint(dst *ebiten.Image, p *ui.Plane, w [2]float64, b float64, clr color.Color) {
	if !finite(w[0], w[1], b) {
		return
	}
	ui.Polygon(dst, p.HalfPlane(w[0], w[1], b), clr)
}

// Intersect returns the polygon (screen pixels) of the visible region where
// every wᵢ·x + bᵢ > 0, reusing buf; it is empty when the region is. It
// allocates nothing for up to maxClip half-planes (called every tick).
func Intersect(buf []float64, p *ui.Plane, ws [][2]float64, bs []float64) []float64 {
	var a, b [maxClip + 4][2]float64
	poly := append(a[:0], [2]float64{p.XMin, p.YMax}, [2]float64{p.XMax, p.YMax}, [2]float64{p.XMax, p.YMin}, [2]float64{p.XMin, p.YMin})
	next := b[:0]
	for i := range ws {
		if i >= len(bs) {
			break
		}
		next = clipHalf(next[:0], poly, ws[i], bs[i])
		poly, next = next, poly
		if len(poly) == 0 {
			break
		}
	}
	buf = buf[:0]
	for _, q := range poly {
		sx, sy := p.ToScreen(q)
		buf = append(buf, sx, sy)
	}
	return buf
}

// maxClip is the number of half-planes Intersect clips by without
// allocating: each adds at most one vertex to the convex polygon.
const maxClip = 2 * engine.MaxHidden

// clipHalf appends to out the part of the convex polygon in where
// w·x + b ≥ 0 (Sutherland–Hodgman against one edge); it returns out empty
// when less than a triangle is left.
func clipHalf(out, in [][2]float64, w [2]float64, b float64) [][2]float64 {
	f := func(q [2]float64) float64 { return w[0]*q[0] + w[1]*q[1] + b }
	for i := range in {
		q, r := in[i], in[(i+1)%len(in)]
		fq, fr := f(q), f(r)
		if fq >= 0 {
			out = append(out, q)
		}
		if (fq >= 0) != (fr >= 0) && fq != fr {
			t := fq / (fq - fr)
			out = append(out, [2]float64{q[0] + t*(r[0]-q[0]), q[1] + t*(r[1]-q[1])})
		}
	}
	if len(out) < 3 {
		return out[:0]
	}
	return out
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// Label writes s at (x, y) (its top-left, or as align says) in colour clr
// on a translucent panel-coloured box, so that it reads over any colour
// map; it returns the box.
func Label(dst *ebiten.Image, c *ui.Context, s string, x, y, px float64, clr color.Color, align ui.Align) ui.Rect {
	w, h := ui.MeasureText(s, px)
	x = align.Left(x, w)
	pad := px * 0.25
	box := ui.Rect{X: x - pad, Y: y - pad*0.6, W: w + 2*pad, H: h + pad*0.4}
	ui.FillRect(dst, box, ui.WithAlpha(c.Theme.Panel, 0xd0))
	ui.DrawText(dst, s, x, y, px, clr, ui.AlignLeft)
	return box
}

// Hatch fills the convex polygon xy (screen x, y pairs) with diagonal
// lines spacing pixels apart, w wide: a highlight that leaves the colours
// beneath it visible.
func Hatch(dst *ebiten.Image, xy []float64, spacing, w float64, clr color.Color) {
	n := len(xy) / 2
	if n < 3 || spacing <= 0 {
		return
	}
	var cx, cy float64
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := range n {
		x, y := xy[2*i], xy[2*i+1]
		if !finite(x, y) {
			return
		}
		cx, cy = cx+x/float64(n), cy+y/float64(n)
		lo, hi = math.Min(lo, x-y), math.Max(hi, x-y)
	}
	step := spacing * math.Sqrt2
	hatch.Reset()
	for k := math.Ceil(lo/step) * step; k <= hi; k += step {
		// The line x − y = k as (s, s − k); keep the s inside every edge.
		s0, s1 := math.Inf(-1), math.Inf(1)
		for i := range n {
			ax, ay := xy[2*i], xy[2*i+1]
			bx, by := xy[2*((i+1)%n)], xy[2*((i+1)%n)+1]
			nx, ny := -(by - ay), bx-ax
			if nx*(cx-ax)+ny*(cy-ay) < 0 {
				nx, ny = -nx, -ny
			}
			// n·((s, s − k) − a) ≥ 0  ⇔  s·(nx + ny) ≥ nx·ax + ny·(k + ay)
			d, r := nx+ny, nx*ax+ny*(k+ay)
			switch {
			case d > 0:
				s0 = math.Max(s0, r/d)
			case d < 0:
				s1 = math.Min(s1, r/d)
			case r > 0:
				s0, s1 = 1, 0 // parallel and outside
			}
		}
		if s0 < s1 {
			hatch.AddLine(s0, s0-k, s1, s1-k, w)
		}
	}
	hatch.Draw(dst, clr)
}

// hatch is Hatch's lines, drawn in one call (every frame) rather than
// one each.
var hatch ui.Segments
