package ui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Rect is an axis-aligned rectangle in screen pixels (device pixels).
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether the point (x, y) is inside r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && y >= r.Y && x < r.X+r.W && y < r.Y+r.H
}

// Inset returns r shrunk by d on every side (never below zero size).
func (r Rect) Inset(d float64) Rect {
	w, h := math.Max(0, r.W-2*d), math.Max(0, r.H-2*d)
	return Rect{r.X + d, r.Y + d, w, h}
}

// Right and Bottom return the far edges of r.
func (r Rect) Right() float64  { return r.X + r.W }
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Empty reports whether r has no area.
func (r Rect) Empty() bool { return r.W <= 0 || r.H <= 0 }

// SplitLeft cuts r vertically at width w, returning the left and right parts.
func (r Rect) SplitLeft(w float64) (Rect, Rect) {
	w = math.Max(0, math.Min(w, r.W))
	return Rect{r.X, r.Y, w, r.H}, Rect{r.X + w, r.Y, r.W - w, r.H}
}

// SplitTop cuts r horizontally at height h, returning the top and bottom parts.
func (r Rect) SplitTop(h float64) (Rect, Rect) {
	h = math.Max(0, math.Min(h, r.H))
	return Rect{r.X, r.Y, r.W, h}, Rect{r.X, r.Y + h, r.W, r.H - h}
}

// The primitives here draw without Ebiten's per-draw anti-aliasing: the
// game supersamples the whole frame instead (see scenes.Game.LayoutF),
// which is smooth and many times faster when lines and text interleave.

// Line draws a solid line w pixels wide.
func Line(dst *ebiten.Image, x0, y0, x1, y1, w float64, c color.Color) {
	// One quad, as vector.StrokeLine draws it (butt ends), without its
	// per-call path.
	ux, uy, _, ok := segment(x0, y0, x1, y1, 1e-2)
	if !ok || !(w > 0) {
		return
	}
	nx, ny := -uy*w/2, ux*w/2
	quad(dst, x0+nx, y0+ny, x1+nx, y1+ny, x1-nx, y1-ny, x0-nx, y0-ny, paintOf(c))
}

// quad fills the quadrilateral with corners (ax, ay) … (dx, dy) in order,
// as Ebiten's vector helpers fill their paths (colour scale of
// premultiplied alpha, no antialiasing), into vertices kept between calls:
// the lines and rectangles drawn every frame allocate nothing.
func quad(dst *ebiten.Image, ax, ay, bx, by, cx, cy, dx, dy float64, p paint) {
	xy := [8]float64{ax, ay, bx, by, cx, cy, dx, dy}
	for i := range quadVerts {
		quadVerts[i] = ebiten.Vertex{DstX: float32(xy[2*i]), DstY: float32(xy[2*i+1])}
	}
	drawShape(dst, quadVerts[:], quadIdx[:], p)
}

var (
	quadVerts [4]ebiten.Vertex
	quadIdx   = [6]uint16{0, 1, 2, 0, 2, 3}
	shapeOp   = ebiten.DrawTrianglesOptions{ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha}
)

// paint is a colour as the vertices' colour scale takes it: premultiplied
// red, green, blue and alpha in [0, 1].
type paint [4]float32

// paintOf is c as a paint.
func paintOf(c color.Color) paint {
	r, g, b, a := rgbaOf(c)
	return paint{float32(r) / 0xffff, float32(g) / 0xffff, float32(b) / 0xffff, float32(a) / 0xffff}
}

// drawShape paints the triangles is over the vertices vs (whose colour
// and source it sets) in p, as quad does.
func drawShape(dst *ebiten.Image, vs []ebiten.Vertex, is []uint16, p paint) {
	for i := range vs {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG, vs[i].ColorB, vs[i].ColorA = p[0], p[1], p[2], p[3]
	}
	dst.DrawTriangles(vs, is, whiteSub, &shapeOp)
}

// DashedLine draws a dashed line with dashes of length dash and equal gaps.
func DashedLine(dst *ebiten.Image, x0, y0, x1, y1, w, dash float64, c color.Color) {
	b := &dashes
	b.Reset()
	b.AddDashed(x0, y0, x1, y1, w, dash)
	b.Draw(dst, c)
}

// dashes is DashedLine's batch: the dashes of a line are one draw call,
// not one each (a dashed line across a plane was 50 to 100 calls, redrawn
// on every step of a playing scene). Drawing happens on one goroutine.
var dashes Segments

// Arrow draws a line from (x0, y0) to (x1, y1) ending in a filled head of
// size head pixels.
func Arrow(dst *ebiten.Image, x0, y0, x1, y1, w, head float64, c color.Color) {
	ux, uy, l, ok := segment(x0, y0, x1, y1, 1e-9)
	if !ok {
		return
	}
	head = math.Min(head, l*0.6)
	bx, by := x1-ux*head, y1-uy*head
	Line(dst, x0, y0, bx, by, w, c)
	px, py := -uy*head*0.5, ux*head*0.5
	Polygon(dst, []float64{x1, y1, bx + px, by + py, bx - px, by - py}, c)
}

// FillRect fills r.
func FillRect(dst *ebiten.Image, r Rect, c color.Color) {
	fillRect(dst, r, paintOf(c))
}

func fillRect(dst *ebiten.Image, r Rect, p paint) {
	if r.Empty() {
		return
	}
	quad(dst, r.X, r.Y, r.X, r.Bottom(), r.Right(), r.Bottom(), r.Right(), r.Y, p) // as vector.DrawFilledRect, without its path
}

// StrokeRect outlines r with a w pixel line.
func StrokeRect(dst *ebiten.Image, r Rect, w float64, c color.Color) {
	if r.Empty() || !(w > 0) {
		return
	}
	// The four sides as vector.StrokeRect's mitred outline covers them,
	// as quads that do not overlap (a translucent colour stays even).
	// In one draw call: an outline is four quads fillRect would draw
	// one call each (a panel's cells and buttons are dozens of them).
	h := w / 2
	x0, y0, x1, y1 := r.X-h, r.Y-h, r.Right()+h, r.Bottom()+h
	sides := [4]Rect{
		{x0, y0, x1 - x0, w},               // top
		{x0, y1 - w, x1 - x0, w},           // bottom
		{x0, y0 + w, w, y1 - y0 - 2*w},     // left
		{x1 - w, y0 + w, w, y1 - y0 - 2*w}, // right
	}
	vs, is := strokeVerts[:0], strokeIdx[:0]
	for _, s := range sides {
		if s.Empty() {
			continue
		}
		n := uint16(len(vs))
		for _, xy := range [4][2]float64{{s.X, s.Y}, {s.X, s.Bottom()}, {s.Right(), s.Bottom()}, {s.Right(), s.Y}} {
			vs = append(vs, ebiten.Vertex{DstX: float32(xy[0]), DstY: float32(xy[1])})
		}
		is = append(is, n, n+1, n+2, n, n+2, n+3)
	}
	if len(vs) > 0 {
		drawShape(dst, vs, is, paintOf(c))
	}
}

// strokeVerts and strokeIdx hold an outline's quads (StrokeRect).
var (
	strokeVerts [16]ebiten.Vertex
	strokeIdx   [24]uint16
)

var (
	polyPath  vector.Path
	polyVerts []ebiten.Vertex
	polyIdx   []uint16
	whiteSub  = func() *ebiten.Image {
		img := ebiten.NewImage(3, 3)
		img.Fill(color.White)
		return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
	}()
)

// Polygon fills the polygon with vertices xy = x0, y0, x1, y1, …; it reuses
// its buffers, so drawing does not allocate per frame.
func Polygon(dst *ebiten.Image, xy []float64, c color.Color) {
	if len(xy) < 6 {
		return
	}
	for _, v := range xy {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
	}
	// A fan from the first vertex, as vector.Path fills a closed path
	// (filled by the non-zero rule, so any simple polygon comes out
	// right), built in buffers kept between calls.
	vs := polyVerts[:0]
	add := func(x, y float32) {
		if n := len(vs); n > 0 {
			if l := vs[n-1]; abs32(l.DstX-x) < 1e-2 && abs32(l.DstY-y) < 1e-2 {
				return // as vector.Path, no point on top of the last one
			}
		}
		vs = append(vs, ebiten.Vertex{DstX: x, DstY: y})
	}
	for i := 0; i+1 < len(xy); i += 2 {
		add(float32(xy[i]), float32(xy[i+1]))
	}
	if len(vs) > 0 {
		add(vs[0].DstX, vs[0].DstY)
	}
	if len(vs) < 3 || len(vs) > math.MaxUint16 {
		polyVerts = vs
		return
	}
	is := polyIdx[:0]
	for i := 2; i < len(vs); i++ {
		is = append(is, 0, uint16(i-1), uint16(i))
	}
	fillVertices(dst, vs, is, c)
	polyVerts, polyIdx = vs, is
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// Polyline strokes an open path through xy = x0, y0, x1, y1, … w pixels wide.
func Polyline(dst *ebiten.Image, xy []float64, w float64, c color.Color) {
	if len(xy) < 4 {
		return
	}
	polyPath = vector.Path{}
	started := false
	for i := 0; i+1 < len(xy); i += 2 {
		x, y := xy[i], xy[i+1]
		if !finite4(x, y, 0, 0) {
			started = false
			continue
		}
		if !started {
			polyPath.MoveTo(float32(x), float32(y))
			started = true
		} else {
			polyPath.LineTo(float32(x), float32(y))
		}
	}
	op := &vector.StrokeOptions{Width: float32(w), LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}
	polyVerts, polyIdx = polyPath.AppendVerticesAndIndicesForStroke(polyVerts[:0], polyIdx[:0], op)
	fillVertices(dst, polyVerts, polyIdx, c)
}

func fillVertices(dst *ebiten.Image, vs []ebiten.Vertex, is []uint16, c color.Color) {
	r, g, b, a := rgbaOf(c)
	for i := range vs {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR = float32(r) / 0xffff
		vs[i].ColorG = float32(g) / 0xffff
		vs[i].ColorB = float32(b) / 0xffff
		vs[i].ColorA = float32(a) / 0xffff
	}
	op := &ebiten.DrawTrianglesOptions{AntiAlias: false, FillRule: ebiten.FillRuleNonZero}
	dst.DrawTriangles(vs, is, whiteSub, op)
}

// Marker draws the marker of a point of class y centred at (x, y): a filled
// circle for +1 and a filled square for −1, each with a dark outline, so the
// classes differ by shape as well as colour. r is the radius in pixels.
func Marker(dst *ebiten.Image, x, y, r float64, class int, th *Theme) {
	o := math.Max(1.5, r*0.22)
	if class > 0 {
		circle(dst, x, y, r+o, paintOf(th.Outline))
		circle(dst, x, y, r, paintOf(th.ClassPos))
		return
	}
	s := r * 0.9
	fillRect(dst, Rect{x - s - o, y - s - o, 2 * (s + o), 2 * (s + o)}, paintOf(th.Outline))
	fillRect(dst, Rect{x - s, y - s, 2 * s, 2 * s}, paintOf(th.ClassNeg))
}

// segment is the unit direction (ux, uy) and the length l of the segment
// from (x0, y0) to (x1, y1), and whether it is drawn: its ends are finite
// and on the screen's scale, and it is longer than shortest pixels.
func segment(x0, y0, x1, y1, shortest float64) (ux, uy, l float64, ok bool) {
	if !finite4(x0, y0, x1, y1) {
		return 0, 0, 0, false
	}
	dx, dy := x1-x0, y1-y0
	l = math.Hypot(dx, dy)
	if !(l > shortest) {
		return 0, 0, 0, false
	}
	return dx / l, dy / l, l, true
}

func finite4(a, b, c, d float64) bool {
	return !math.IsNaN(a+b+c+d) && !math.IsInf(a+b+c+d, 0) && math.Abs(a) < 1e7 && math.Abs(b) < 1e7 && math.Abs(c) < 1e7 && math.Abs(d) < 1e7
}

// PlayIcon draws a play/pause control as media players do: ▶ while paused
// (press to play), ❚❚ while playing (press to pause), centred at (x, y),
// size pixels tall; drawn as shapes because not every font has the pause
// sign.
func PlayIcon(dst *ebiten.Image, x, y, size float64, playing bool, c color.Color) {
	h := size / 2
	if !playing {
		Polygon(dst, []float64{x - h*0.8, y - h, x + h, y, x - h*0.8, y + h}, c)
		return
	}
	FillRect(dst, Rect{x - h*0.8, y - h, h * 0.6, size}, c)
	FillRect(dst, Rect{x + h*0.2, y - h, h * 0.6, size}, c)
}

// FullscreenIcon draws four corner brackets centred at (x, y), size pixels
// across (drawn, as the font has no such sign).
func FullscreenIcon(dst *ebiten.Image, x, y, size float64, c color.Color) {
	h, k, w := size/2, size*0.3, math.Max(1.5, size/9)
	for _, sx := range []float64{-1, 1} {
		for _, sy := range []float64{-1, 1} {
			cx, cy := x+sx*h, y+sy*h
			Line(dst, cx, cy, cx-sx*k, cy, w, c)
			Line(dst, cx, cy, cx, cy-sy*k, w, c)
		}
	}
}
