package ui

import "image/color"

// Theme is the palette every scene draws with. Scenes never use colour
// literals: they pick a role here, so that the dark and the light
// high-contrast theme, and colour-blind safety, are decided in one place.
//
// The class and sign colours come from the Okabe–Ito palette, which stays
// distinguishable under the common colour-vision deficiencies; classes also
// differ by marker shape and signs by line style, so colour is never the only
// cue.
type Theme struct {
	Name string // "dark" or "light"

	Background color.RGBA // the page
	Panel      color.RGBA // side panels, title bar, overlays
	PanelEdge  color.RGBA // panel borders
	Text       color.RGBA // body text
	TextDim    color.RGBA // secondary text, axis labels
	Grid       color.RGBA // plane grid lines
	Axis       color.RGBA // plane axes
	Accent     color.RGBA // focus, the current row, the visited point's ring
	Warning    color.RGBA // divergence, non-separable data, errors
	Good       color.RGBA // converged, correct

	ClassPos color.RGBA // class +1 markers (filled circles)
	ClassNeg color.RGBA // class −1 markers (filled squares)
	Outline  color.RGBA // marker outlines, for contrast with any region colour

	RegionPos color.RGBA // background tint where the model predicts +1
	RegionNeg color.RGBA // background tint where the model predicts −1

	WeightPos color.RGBA // positive weights and gradients (solid lines)
	WeightNeg color.RGBA // negative weights and gradients (dashed lines)

	Line    color.RGBA // the decision line / hyperplane
	Normal  color.RGBA // the weight vector θ drawn as an arrow
	Ideal   color.RGBA // the maximum-margin separator w* (dashed) and its band
	Series1 color.RGBA // first curve of a plot
	Series2 color.RGBA // second curve of a plot
	Series3 color.RGBA // third curve of a plot
	Hidden  [8]color.RGBA
}

// The colours below are written as literals, not through a helper such as
// WithAlpha (the region tints are WithAlpha of a class colour, as a test
// checks): literals are data, while calls made the package's initialisation
// code several kB larger in the web bundle.

// Okabe–Ito colours.
var (
	oiOrange    = color.RGBA{0xE6, 0x9F, 0x00, 0xff}
	oiSkyBlue   = color.RGBA{0x56, 0xB4, 0xE9, 0xff}
	oiGreen     = color.RGBA{0x00, 0x9E, 0x73, 0xff}
	oiYellow    = color.RGBA{0xF0, 0xE4, 0x42, 0xff}
	oiBlue      = color.RGBA{0x00, 0x72, 0xB2, 0xff}
	oiVermilion = color.RGBA{0xD5, 0x5E, 0x00, 0xff}
	oiPurple    = color.RGBA{0xCC, 0x79, 0xA7, 0xff}
)

// Dark is the theme for dark lecture rooms (the default).
var Dark = &Theme{
	Name:       "dark",
	Background: color.RGBA{0x10, 0x14, 0x18, 0xff},
	Panel:      color.RGBA{0x1b, 0x21, 0x28, 0xff},
	PanelEdge:  color.RGBA{0x39, 0x44, 0x50, 0xff},
	Text:       color.RGBA{0xf2, 0xf4, 0xf6, 0xff},
	TextDim:    color.RGBA{0xa9, 0xb4, 0xbf, 0xff},
	Grid:       color.RGBA{0x26, 0x2e, 0x37, 0xff},
	Axis:       color.RGBA{0x6b, 0x78, 0x86, 0xff},
	Accent:     oiYellow,
	Warning:    color.RGBA{0xff, 0x7a, 0x5c, 0xff},
	Good:       oiGreen,
	ClassPos:   oiSkyBlue,
	ClassNeg:   oiOrange,
	Outline:    color.RGBA{0x05, 0x08, 0x0a, 0xff},
	RegionPos:  color.RGBA{0x15, 0x2d, 0x3a, 0x40},
	RegionNeg:  color.RGBA{0x39, 0x27, 0x00, 0x40},
	WeightPos:  oiSkyBlue,
	WeightNeg:  oiOrange,
	Line:       color.RGBA{0xf2, 0xf4, 0xf6, 0xff},
	Normal:     color.RGBA{0x3c, 0xd0, 0xa8, 0xff}, // a light bluish green: apart from the accent, the classes and w*
	Ideal:      oiPurple,
	Series1:    oiSkyBlue,
	Series2:    oiOrange,
	Series3:    oiGreen,
	Hidden:     [8]color.RGBA{oiGreen, oiPurple, oiYellow, oiSkyBlue, oiOrange, oiVermilion, color.RGBA{0xb0, 0xb0, 0xb0, 0xff}, oiBlue},
}

// Light is the high-contrast theme for bright rooms and printing.
var Light = &Theme{
	Name:       "light",
	Background: color.RGBA{0xff, 0xff, 0xff, 0xff},
	Panel:      color.RGBA{0xf1, 0xf3, 0xf5, 0xff},
	PanelEdge:  color.RGBA{0x60, 0x68, 0x70, 0xff},
	Text:       color.RGBA{0x00, 0x00, 0x00, 0xff},
	TextDim:    color.RGBA{0x33, 0x3a, 0x42, 0xff},
	Grid:       color.RGBA{0xdd, 0xe1, 0xe5, 0xff},
	Axis:       color.RGBA{0x55, 0x5d, 0x66, 0xff},
	Accent:     color.RGBA{0xb3, 0x00, 0x6b, 0xff},
	Warning:    color.RGBA{0xb0, 0x2a, 0x00, 0xff},
	Good:       color.RGBA{0x00, 0x6e, 0x50, 0xff},
	ClassPos:   oiBlue,
	ClassNeg:   oiVermilion,
	Outline:    color.RGBA{0x00, 0x00, 0x00, 0xff},
	RegionPos:  color.RGBA{0x00, 0x19, 0x27, 0x38},
	RegionNeg:  color.RGBA{0x2e, 0x14, 0x00, 0x38},
	WeightPos:  oiBlue,
	WeightNeg:  oiVermilion,
	Line:       color.RGBA{0x00, 0x00, 0x00, 0xff},
	Normal:     color.RGBA{0x00, 0x5f, 0x73, 0xff},
	Ideal:      color.RGBA{0x8e, 0x2b, 0x6f, 0xff},
	Series1:    oiBlue,
	Series2:    oiVermilion,
	Series3:    oiGreen,
	Hidden:     [8]color.RGBA{oiGreen, oiPurple, color.RGBA{0x9a, 0x80, 0x00, 0xff}, oiBlue, oiVermilion, oiOrange, color.RGBA{0x50, 0x50, 0x50, 0xff}, oiSkyBlue},
}

// ThemeByName returns the theme called name, or Dark.
func ThemeByName(name string) *Theme {
	if name == Light.Name {
		return Light
	}
	return Dark
}

// Class returns the marker colour of label y (+1 or −1).
func (t *Theme) Class(y int) color.RGBA {
	if y > 0 {
		return t.ClassPos
	}
	return t.ClassNeg
}

// Signed returns the colour of a weight or gradient by its sign.
func (t *Theme) Signed(v float64) color.RGBA {
	if v < 0 {
		return t.WeightNeg
	}
	return t.WeightPos
}

// WithAlpha returns c with alpha a, premultiplied as Ebiten expects.
func WithAlpha(c color.RGBA, a uint8) color.RGBA {
	f := float64(a) / float64(c.A)
	if c.A == 0 {
		return color.RGBA{}
	}
	return color.RGBA{uint8(float64(c.R) * f), uint8(float64(c.G) * f), uint8(float64(c.B) * f), a}
}

// Mix returns the colour t of the way from a to b (t in [0, 1]).
func Mix(a, b color.RGBA, t float64) color.RGBA {
	if t < 0 {
		t = 0
	} else if t > 1 {
		t = 1
	}
	m := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), m(a.A, b.A)}
}
