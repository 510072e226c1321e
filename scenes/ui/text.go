package ui

import (
	"image/color"
	"math"
	"strings"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"github.com/neurona/neurona/assets"
)

// Align says where a text's anchor point is, horizontally.
type Align int

// Horizontal alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// fontData is the embedded font, parsed on first use rather than at start-up
// so that parsing it is not on the path to the first frame of a page that
// draws no text yet.
var fontData = sync.OnceValue(func() *opentype.Font {
	f, err := opentype.Parse(assets.FontTTF)
	if err != nil {
		// The font is compiled into the binary; failing to parse it is a
		// build defect, not a run-time condition.
		panic("ui: embedded font: " + err.Error())
	}
	return f
})

// faces caches one face per pixel size; sizes are rounded to half pixels so
// that the cache stays small while text is scaled smoothly. Each face keeps
// its own cache of rasterised glyphs.
var faces = map[float64]*text.GoXFace{}

// Face returns the font face for a size in device pixels.
//
// Text goes through golang.org/x/image's OpenType rasteriser (text/v2's
// GoXFace) rather than text/v2's GoTextFace: the latter links go-text's
// shaper (HarfBuzz port, font tables, language data), about a fifth of the
// web bundle, and the app needs no shaping. Every character it draws has a
// precomposed glyph of its own (ŷ is U+0177, subscripts and superscripts
// are Unicode's own or markup, see parseMarkup), which
// assets/fontcover's test checks for every string the app draws.
func Face(px float64) *text.GoXFace {
	px = math.Max(4, math.Round(px*2)/2)
	f, ok := faces[px]
	if !ok {
		of, err := opentype.NewFace(fontData(), &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			// NewFace fails only for a non-positive size or DPI,
			// which px ≥ 4 and DPI 72 rule out.
			panic("ui: font face: " + err.Error())
		}
		f = text.NewGoXFace(of)
		faces[px] = f
	}
	return f
}

// span is a run of text at one vertical offset: the baseline (0), raised
// (superscript, +1) or lowered (subscript, −1).
type span struct {
	s     string
	shift int
}

// parseMarkup splits s at the markup ^{…} (superscript) and _{…}
// (subscript), which the lecture's notation needs for W^{[1]} and θ_{12}
// where Unicode has no ready-made characters. Unbalanced braces are kept as
// plain text.
func parseMarkup(s string) []span {
	if !strings.ContainsAny(s, "^_") {
		return []span{{s, 0}}
	}
	var out []span
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '^' || c == '_') && i+1 < len(s) && s[i+1] == '{' {
			end := strings.IndexByte(s[i+2:], '}')
			if end >= 0 {
				if cur.Len() > 0 {
					out = append(out, span{cur.String(), 0})
					cur.Reset()
				}
				shift := 1
				if c == '_' {
					shift = -1
				}
				out = append(out, span{s[i+2 : i+2+end], shift})
				i += 2 + end
				continue
			}
		}
		cur.WriteByte(c)
	}
	if cur.Len() > 0 {
		out = append(out, span{cur.String(), 0})
	}
	return out
}

// MeasureText returns the width and height in pixels of one line of text
// (with markup) at size px.
func MeasureText(s string, px float64) (w, h float64) {
	for _, sp := range parseMarkup(s) {
		f := Face(spanSize(px, sp.shift))
		sw, _ := text.Measure(sp.s, f, 0)
		w += sw
	}
	return w, px * 1.25
}

func spanSize(px float64, shift int) float64 {
	if shift != 0 {
		return px * 0.68
	}
	return px
}

// DrawText draws one line of text (with ^{…} and _{…} markup) whose top
// edge is at y and whose anchor, set by align, is at x. It returns the width
// drawn.
func DrawText(dst *ebiten.Image, s string, x, y, px float64, c color.Color, align Align) float64 {
	w, _ := MeasureText(s, px)
	switch align {
	case AlignCenter:
		x -= w / 2
	case AlignRight:
		x -= w
	}
	for _, sp := range parseMarkup(s) {
		size := spanSize(px, sp.shift)
		f := Face(size)
		op := &text.DrawOptions{}
		dy := 0.0
		switch sp.shift {
		case 1:
			dy = -px * 0.12
		case -1:
			dy = px * 0.42
		}
		op.GeoM.Translate(math.Round(x), math.Round(y+dy+(px-size)*0.1))
		op.ColorScale.ScaleWithColor(c)
		text.Draw(dst, sp.s, f, op)
		sw, _ := text.Measure(sp.s, f, 0)
		x += sw
	}
	return w
}

// FitText returns the largest size not above px at which s fits in width w.
func FitText(s string, px, w float64) float64 {
	tw, _ := MeasureText(s, px)
	if tw <= w || tw == 0 {
		return px
	}
	return math.Max(6, px*w/tw)
}

// WrapText breaks s at spaces into lines no wider than w at size px; a
// single word wider than w stays on its own line (callers shrink it).
func WrapText(s string, px, w float64) []string {
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for _, word := range words {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if tw, _ := MeasureText(try, px); tw <= w || cur == "" {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = word
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
