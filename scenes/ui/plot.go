package ui

import (
	"image/color"
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui/place"
)

// Series is one curve of a Plot: XY holds x0, y0, x1, y1, … in data units.
type Series struct {
	XY     []float64
	Color  color.Color
	Dashed bool
	Label  string // shown in the legend; "" for none
}

// Plot draws small line charts (loss curves, the Novikoff bounds) in a
// rectangle, with axes ranging over the finite values of its series.
type Plot struct {
	Title          string
	XLabel, YLabel string
	YMin, YMax     float64 // fixed y range when YMax > YMin; automatic otherwise
	LogY           bool
	buf            []float64
	text           []byte   // the scales' numbers, written anew every frame
	dashes         Segments // a dashed series' dashes, drawn in one call
}

// Draw renders the plot into r.
func (pl *Plot) Draw(dst *ebiten.Image, c *Context, r Rect, series []Series) {
	th := c.Theme
	if r.W < c.Px(60) || r.H < c.Px(50) {
		return
	}
	fs := c.Px(TextMin)
	if pl.Title != "" {
		titleH := DrawWrapped(dst, pl.Title, r.X, r.Y, r.W, c.Px(TextBody), c.Px(TextMin), th.Text)
		c.Layout().AddLabel(pl.Title, place.BoxAt(r.X, r.Y, math.Min(r.W, textWidth(pl.Title, c.Px(TextBody))), titleH))
		r.Y += titleH + c.Px(3)
		r.H -= titleH + c.Px(3)
	}
	area := Rect{r.X + c.Px(50), r.Y + c.Px(4), r.W - c.Px(56), r.H - c.Px(28)}
	if area.Empty() {
		return
	}
	xmin, xmax := math.Inf(1), math.Inf(-1)
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for _, s := range series {
		for i := 0; i+1 < len(s.XY); i += 2 {
			x, y := s.XY[i], pl.ty(s.XY[i+1])
			if math.IsNaN(x) || math.IsInf(x, 0) || math.IsNaN(y) || math.IsInf(y, 0) {
				continue
			}
			xmin, xmax = math.Min(xmin, x), math.Max(xmax, x)
			ymin, ymax = math.Min(ymin, y), math.Max(ymax, y)
		}
	}
	if pl.YMax > pl.YMin {
		ymin, ymax = pl.ty(pl.YMin), pl.ty(pl.YMax)
	}
	if math.IsInf(xmin, 0) {
		xmin, xmax, ymin, ymax = 0, 1, 0, 1
	}
	if xmax-xmin < 1e-12 {
		xmax = xmin + 1
	}
	if ymax-ymin < 1e-12 {
		ymin, ymax = ymin-0.5, ymax+0.5
	}
	FillRect(dst, area, th.Background)
	StrokeRect(dst, area, 1, th.PanelEdge)
	// The scales change while a curve grows: written into a buffer, not
	// as new strings (see DrawBytes).
	pl.text = appendScale(pl.text[:0], pl.uy(ymax))
	DrawBytes(dst, pl.text, area.X-c.Px(4), area.Y-fs*0.3, fs, th.TextDim, AlignRight)
	pl.text = appendScale(pl.text[:0], pl.uy(ymin))
	DrawBytes(dst, pl.text, area.X-c.Px(4), area.Bottom()-fs, fs, th.TextDim, AlignRight)
	pl.text = appendScale(pl.text[:0], xmin)
	DrawBytes(dst, pl.text, area.X, area.Bottom()+c.Px(3), fs, th.TextDim, AlignLeft)
	pl.text = appendScale(pl.text[:0], xmax)
	DrawBytes(dst, pl.text, area.Right(), area.Bottom()+c.Px(3), fs, th.TextDim, AlignRight)
	if pl.XLabel != "" {
		DrawText(dst, pl.XLabel, area.X+area.W/2, area.Bottom()+c.Px(3), fs, th.TextDim, AlignCenter)
	}
	lx := area.X + c.Px(6)
	for _, s := range series {
		pl.buf = pl.buf[:0]
		var col columnSpan
		for i := 0; i+1 < len(s.XY); i += 2 {
			y := pl.ty(s.XY[i+1])
			y = math.Max(ymin, math.Min(ymax, y))
			pl.buf = col.add(pl.buf,
				area.X+(s.XY[i]-xmin)/(xmax-xmin)*area.W,
				area.Bottom()-(y-ymin)/(ymax-ymin)*area.H)
		}
		pl.buf = col.end(pl.buf)
		w := c.Px(2.2)
		if s.Dashed {
			// Hundreds of dashes: one draw call, not one each.
			pl.dashes.Reset()
			for i := 0; i+3 < len(pl.buf); i += 2 {
				pl.dashes.AddDashed(pl.buf[i], pl.buf[i+1], pl.buf[i+2], pl.buf[i+3], w, c.Px(5))
			}
			pl.dashes.Draw(dst, s.Color)
		} else {
			Trace(dst, pl.buf, w, s.Color) // thinned to the pixel columns: dense, redrawn every frame
		}
		if s.Label != "" {
			lx += DrawText(dst, s.Label, lx, area.Y+c.Px(3), fs, s.Color, AlignLeft) + c.Px(14)
		}
	}
}

func (pl *Plot) ty(y float64) float64 {
	if pl.LogY {
		return math.Log10(math.Max(y, 1e-12))
	}
	return y
}

func (pl *Plot) uy(y float64) float64 {
	if pl.LogY {
		return math.Pow(10, y)
	}
	return y
}

// appendScale appends a plot scale's number to b: 1.2e+04, 350, 0.125.
func appendScale(b []byte, v float64) []byte {
	a := math.Abs(v)
	switch {
	case a == 0:
		return append(b, '0')
	case a >= 1e4 || a < 1e-3:
		return strconv.AppendFloat(b, v, 'e', 1, 64)
	case a >= 100:
		return strconv.AppendFloat(b, v, 'f', 0, 64)
	default:
		return strconv.AppendFloat(b, v, 'g', 3, 64)
	}
}

// PlotSamples is how many points HistorySeries keeps of a long history.
const PlotSamples = 600

// HistorySeries turns a history's values ys (position i is iteration
// first+i) into two plot series split at the cursor pos, thinned to about
// PlotSamples points: the past, drawn solid, and the steps ahead after
// stepping back, drawn dashed. Both hold the cursor's own point; ahead is
// empty at the end of the history. past and ahead are reused.
func HistorySeries(past, ahead, ys []float64, first, pos int) ([]float64, []float64) {
	past, ahead = past[:0], ahead[:0]
	n := len(ys)
	if pos < 0 || pos >= n {
		return past, ahead
	}
	stride := max(1, (n+PlotSamples-1)/PlotSamples)
	add := func(dst []float64, i int) []float64 { return append(dst, float64(first+i), ys[i]) }
	for i := 0; i < pos; i += stride {
		past = add(past, i)
	}
	past = add(past, pos)
	if pos < n-1 {
		ahead = add(ahead, pos)
		for i := (pos/stride + 1) * stride; i < n-1; i += stride {
			ahead = add(ahead, i)
		}
		ahead = add(ahead, n-1)
	}
	return past, ahead
}

// columnSpan thins a polyline to at most four points per pixel column:
// the first, the lowest and the highest in the order they came, and (at
// the end of the line) the last. A history of thousands of steps looks
// the same and is laid out and drawn in a fraction of the time. A point
// that is not finite is kept as it is (it breaks the line).
type columnSpan struct {
	open          bool
	col           float64    // the column held
	first, lo, hi [2]float64 // the column's first, lowest and highest points
	hiLast        bool       // hi came after lo
	last          [2]float64 // the last point added
}

func (c *columnSpan) add(buf []float64, x, y float64) []float64 {
	p := [2]float64{x, y}
	c.last = p
	if math.IsNaN(x) || math.IsInf(x, 0) || math.IsNaN(y) || math.IsInf(y, 0) {
		return append(c.flush(buf), x, y)
	}
	if c.open && math.Floor(x) == c.col {
		if y < c.lo[1] {
			c.lo, c.hiLast = p, false
		} else if y > c.hi[1] {
			c.hi, c.hiLast = p, true
		}
		return buf
	}
	buf = c.flush(buf)
	c.open, c.col, c.first, c.lo, c.hi = true, math.Floor(x), p, p, p
	return append(buf, x, y)
}

// end flushes the last column and ends the line at its last point.
func (c *columnSpan) end(buf []float64) []float64 {
	held := c.open && c.last != c.first && c.last != c.lo && c.last != c.hi
	buf = c.flush(buf)
	if held {
		buf = append(buf, c.last[0], c.last[1])
	}
	return buf
}

// flush appends the column's extremes not yet drawn and closes it.
func (c *columnSpan) flush(buf []float64) []float64 {
	if !c.open {
		return buf
	}
	a, b := c.hi, c.lo
	if c.hiLast {
		a, b = c.lo, c.hi
	}
	for _, p := range [2][2]float64{a, b} {
		if p != c.first {
			buf = append(buf, p[0], p[1])
		}
	}
	c.open = false
	return buf
}
