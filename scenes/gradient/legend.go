package gradient

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Captions and legends keep a legible size on a narrow view (a phone):
// they shrink at most to ui.TextMin and then wrap, a caption onto more
// lines and a legend's entries onto more rows, and the layout gives them
// the height that takes.

// legendKind is the sample drawn before a legend entry.
type legendKind int

const (
	legendPos legendKind = iota
	legendNeg
	legendLine
	legendPath
	legendArrow
	legendNext
)

type legendItem struct {
	kind legendKind
	text string
}

// dataLegend and mapLegend are the entries under the data plane and under
// the loss map.
func dataLegend(c *ui.Context) []legendItem {
	return []legendItem{
		{kind: legendPos, text: "y = 1"}, {kind: legendNeg, text: "y = 0"},
		{kind: legendLine, text: c.T("gradient.legend.line")},
	}
}

func mapLegend(c *ui.Context) []legendItem {
	return []legendItem{
		{kind: legendPath, text: c.T("gradient.legend.path")},
		{kind: legendArrow, text: "−∇J"},
		{kind: legendNext, text: "θ^{(k+1)}"},
	}
}

// mapCaption is the loss map's title for bias b and the loss in use.
func mapCaption(c *ui.Context, b float64, loss engine.Loss) string {
	name := c.T("gradient.loss.bce.short")
	if loss == engine.MSE {
		name = c.T("gradient.loss.mse.short")
	}
	return c.Tf("gradient.caption.map", ui.Num(b), name)
}

// fitted is a text's size and lines in a strip of width w: its size px
// when it fits, else shrunk towards ui.TextMin and, below that, wrapped.
func fitted(c *ui.Context, s string, px, w float64) (float64, []string) {
	if f := ui.FitText(s, px, w); f >= c.Px(ui.TextMin) {
		return f, []string{s}
	}
	px = c.Px(ui.TextMin)
	return px, ui.WrapText(s, px, w)
}

// captionHeight is the height of a caption strip holding s at size px in
// width w: one line as before, 1.5 times its size; more lines 1.3 times
// their size each, and a quarter line of margin.
func captionHeight(c *ui.Context, s string, px, w float64) float64 {
	f, lines := fitted(c, s, px, w)
	if len(lines) <= 1 {
		return px * 1.5
	}
	return f * (1.3*float64(len(lines)) + 0.25)
}

// caption writes a view's title in r, shrunk or wrapped to fit, and
// reports each line.
func caption(dst *ebiten.Image, c *ui.Context, r ui.Rect, s string, px float64) {
	f, lines := fitted(c, s, px, r.W)
	y := r.Y + (r.H-f*1.25)/2
	if len(lines) > 1 {
		y = r.Y + (r.H-f*1.3*float64(len(lines)))/2
	}
	for _, t := range lines {
		w, h := ui.MeasureText(t, f)
		ui.DrawText(dst, t, r.X, y, f, c.Theme.Text, ui.AlignLeft)
		c.Layout().AddLabel(t, place.BoxAt(r.X, y, w, h))
		y += f * 1.3
	}
}

// legendFit is how a legend's entries go in a strip: the text size, the
// sample's width, the gap between entries and the rows (each entry's
// index).
type legendFit struct {
	px, sw, gap float64
	rows        [][]int
	lines       [][]string // each entry's text, wrapped when it alone is wider than the strip
}

// rowLines is the number of text lines of row k (its tallest entry).
func (f legendFit) rowLines(k int) int {
	n := 1
	for _, i := range f.rows[k] {
		n = max(n, len(f.lines[i]))
	}
	return n
}

// fitLegend lays the entries out in width w: in one row at the body size
// as before, shrinking together down to ui.TextMin; below that, at
// ui.TextMin in as many rows as they need.
func fitLegend(c *ui.Context, items []legendItem, w float64) legendFit {
	f := legendFit{px: c.Px(ui.TextBody), sw: c.Px(26), gap: c.Px(18)}
	width := func(it legendItem) float64 {
		tw, _ := ui.MeasureText(it.text, f.px)
		return f.sw + c.Px(6) + tw + f.gap
	}
	total := 0.0
	for _, it := range items {
		total += width(it)
	}
	all := make([]int, len(items))
	f.lines = make([][]string, len(items))
	for i, it := range items {
		all[i] = i
		f.lines[i] = []string{it.text}
	}
	if total <= w {
		f.rows = [][]int{all}
		return f
	}
	if k := w / total; f.px*k >= c.Px(ui.TextMin) {
		f.px, f.sw, f.gap = f.px*k, f.sw*k, f.gap*k
		f.rows = [][]int{all}
		return f
	}
	f.px = c.Px(ui.TextMin)
	x := 0.0
	for i, it := range items {
		iw := width(it)
		if iw-f.gap > w { // alone wider than the strip: its text wraps
			f.lines[i] = ui.WrapText(it.text, f.px, w-f.sw-c.Px(6))
			iw = w + f.gap
		}
		if len(f.rows) == 0 || x+iw-f.gap > w && x > 0 {
			f.rows = append(f.rows, nil)
			x = 0
		}
		f.rows[len(f.rows)-1] = append(f.rows[len(f.rows)-1], i)
		x += iw
	}
	return f
}

// legendHeight is the height of a legend strip: as a caption's for one
// row, 1.6 lines a row for more.
func legendHeight(c *ui.Context, items []legendItem, w, capH float64) float64 {
	f := fitLegend(c, items, w)
	if len(f.rows) <= 1 && f.rowLines(0) <= 1 {
		return capH
	}
	h := 0.0
	for k := range f.rows {
		h += f.px * (1.6 + 1.3*float64(f.rowLines(k)-1))
	}
	return h
}

// legend writes rows of samples and their meanings in r.
func (s *Scene) legend(dst *ebiten.Image, c *ui.Context, r ui.Rect, items []legendItem) {
	th := c.Theme
	f := fitLegend(c, items, r.W)
	// The rows share the strip's height by their lines.
	total := 0.0
	for k := range f.rows {
		total += 1.6 + 1.3*float64(f.rowLines(k)-1)
	}
	y := r.Y
	for k, row := range f.rows {
		rowH := r.H * (1.6 + 1.3*float64(f.rowLines(k)-1)) / math.Max(total, 1)
		x, cy := r.X, y+rowH/2
		y += rowH
		for _, i := range row {
			it := items[i]
			sw := f.sw
			m := x + sw/2
			switch it.kind {
			case legendPos, legendNeg:
				y := 1
				if it.kind == legendNeg {
					y = -1
				}
				ui.Marker(dst, m, cy, c.MarkerRadius(), y, th)
			case legendLine:
				ui.Line(dst, x, cy, x+sw, cy, c.Px(2.5), th.Line)
			case legendPath:
				ui.Line(dst, x, cy, x+sw, cy, c.Px(2.5), th.Text)
				ui.Circle(dst, x+c.Px(3), cy, c.Px(3.5), &th.Text)
				ui.Circle(dst, x+sw-c.Px(3), cy, c.Px(3.5), &th.Text)
			case legendArrow:
				ui.Arrow(dst, x, cy, x+sw, cy, c.Px(3.5), c.Px(12), th.Normal)
			case legendNext:
				ui.Ring(dst, m, cy, c.Px(7), c.Px(2.5), &th.Accent)
			}
			x += sw + c.Px(6)
			lines := f.lines[i]
			ty := cy - f.px*0.62 - f.px*1.3*float64(len(lines)-1)/2
			tw := 0.0
			for j, t := range lines {
				tw = math.Max(tw, ui.DrawText(dst, t, x, ty+f.px*1.3*float64(j), f.px, th.TextDim, ui.AlignLeft))
			}
			x += tw + f.gap
		}
	}
}
