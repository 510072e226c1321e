// Command winicon draws Neurona's icon, the page's favicon (a neuron: two
// inputs, one output, an orange body on a dark tile), as a PNG for the
// Windows executable's icon resource. Drawing it keeps the release build
// free of binary files in the repository.
//
//	winicon -o icon.png [-size 256]
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

func main() {
	out := flag.String("o", "", "the PNG file to write")
	size := flag.Int("size", 256, "width and height in pixels (16 to 1024)")
	flag.Parse()
	if *out == "" || *size < 16 || *size > 1024 {
		fmt.Fprintln(os.Stderr, "usage: winicon -o icon.png [-size 16…1024]")
		os.Exit(2)
	}
	f, err := os.Create(*out)
	if err == nil {
		err = png.Encode(f, draw(*size))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "winicon:", err)
		os.Exit(1)
	}
}

// The favicon's colours (design.md's palette).
var (
	tile        = color.NRGBA{0x10, 0x14, 0x18, 0xff}
	axon        = color.NRGBA{0x56, 0xb4, 0xe9, 0xff}
	soma        = color.NRGBA{0xe6, 0x9f, 0x00, 0xff}
	transparent = color.NRGBA{}
)

// shade is the colour of the point (x, y) in the favicon's 16×16 units.
func shade(x, y float64) color.NRGBA {
	const body = 2.5
	if math.Hypot(x-8, y-8) <= body {
		return soma
	}
	for _, s := range [][4]float64{{3, 4, 8, 8}, {3, 12, 8, 8}, {8, 8, 13, 8}} {
		if segDist(x, y, s[0], s[1], s[2], s[3]) <= 0.75 {
			return axon
		}
	}
	// The tile: a 16×16 square with corners of radius 3.
	cx, cy := math.Max(3-x, math.Max(0, x-13)), math.Max(3-y, math.Max(0, y-13))
	if x < 0 || y < 0 || x > 16 || y > 16 || math.Hypot(math.Max(cx, 0), math.Max(cy, 0)) > 3 {
		return transparent
	}
	return tile
}

func segDist(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := math.Max(0, math.Min(1, ((px-ax)*dx+(py-ay)*dy)/(dx*dx+dy*dy)))
	return math.Hypot(px-ax-t*dx, py-ay-t*dy)
}

// draw renders the icon with 4×4 samples a pixel for smooth edges.
func draw(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const n = 4
	scale := 16 / float64(size)
	for py := range size {
		for px := range size {
			var r, g, b, a float64
			for sy := range n {
				for sx := range n {
					c := shade((float64(px)+(float64(sx)+0.5)/n)*scale, (float64(py)+(float64(sy)+0.5)/n)*scale)
					w := float64(c.A) / 255
					r, g, b, a = r+float64(c.R)*w, g+float64(c.G)*w, b+float64(c.B)*w, a+w
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{uint8(r/a + 0.5), uint8(g/a + 0.5), uint8(b/a + 0.5), uint8(a/(n*n)*255 + 0.5)})
		}
	}
	return img
}
