package ui

import "image/color"

// rgbaOf returns c's premultiplied components, as c.RGBA() does, for the
// colour types of image/color (the theme's are color.RGBA; any other type
// and pointers to the theme's type, which some drawings pass to keep a
// colour off the heap; any other type draws transparent). A call through the color.Color interface makes the
// compiler assume the colour escapes, so every Line, FillRect or DrawText
// given a theme colour boxed it on the heap: hundreds of small
// allocations a frame, which the single-threaded web page pays for in
// collection pauses. Calls on the concrete types keep it on the stack.
func rgbaOf(c color.Color) (r, g, b, a uint32) {
	switch v := c.(type) {
	case color.RGBA:
		return v.RGBA()
	case *color.RGBA:
		return v.RGBA()
	case color.NRGBA:
		return v.RGBA()
	case color.RGBA64:
		return v.RGBA()
	case color.NRGBA64:
		return v.RGBA()
	case color.Alpha:
		return v.RGBA()
	case color.Alpha16:
		return v.RGBA()
	case color.Gray:
		return v.RGBA()
	case color.Gray16:
		return v.RGBA()
	case color.CMYK:
		return v.RGBA()
	case color.YCbCr:
		return v.RGBA()
	case color.NYCbCrA:
		return v.RGBA()
	}
	return 0, 0, 0, 0
}

// colorScaleOf is ebiten's ColorScale.ScaleWithColor(c), through rgbaOf.
func colorScaleOf(c color.Color) (r, g, b, a float32) {
	cr, cg, cb, ca := rgbaOf(c)
	return float32(cr) / 0xffff, float32(cg) / 0xffff, float32(cb) / 0xffff, float32(ca) / 0xffff
}
