// Package pngwrite encodes an *image.RGBA as a PNG file: the one kind of
// image the app saves (a screenshot of its canvas).
//
// Like image/png's Encode for such an image it writes 8-bit RGB when every
// pixel is opaque, else 8-bit non-premultiplied RGBA, so a decoder reads
// the same pixels from either file; each row's filter is chosen by the PNG
// specification's heuristic and compressed by zlib at its default level.
// It exists because image/png also links its decoder and the encoders of
// every image type, about 28 KB of the brotli-compressed web bundle; its
// test holds it to image/png.
package pngwrite

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"io"
)

// signature starts every PNG file.
const signature = "\x89PNG\r\n\x1a\n"

// Colour types of the IHDR chunk.
const (
	colorRGB  = 2
	colorRGBA = 6
)

// Row filter types.
const (
	filterNone = iota
	filterSub
	filterUp
	filterAverage
	filterPaeth
	nFilter
)

// chunkSize is the largest IDAT chunk written, as image/png's.
const chunkSize = 1 << 15

// Encode writes m to w as a PNG file.
func Encode(w io.Writer, m *image.RGBA) error {
	b := m.Bounds()
	dx, dy := int64(b.Dx()), int64(b.Dy())
	if dx <= 0 || dy <= 0 || dx >= 1<<31 || dy >= 1<<31 {
		return errors.New("png: invalid image size: " + b.String())
	}
	e := &encoder{w: w}
	ct, bpp := byte(colorRGBA), 4
	if opaque(m) {
		ct, bpp = colorRGB, 3
	}
	if _, e.err = io.WriteString(w, signature); e.err != nil {
		return e.err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:4], uint32(dx))
	binary.BigEndian.PutUint32(ihdr[4:8], uint32(dy))
	ihdr[8] = 8 // bit depth
	ihdr[9] = ct
	e.chunk("IHDR", ihdr[:])
	bw := bufio.NewWriterSize(e, chunkSize)
	if e.err == nil {
		e.err = writeRows(bw, m, bpp)
	}
	if e.err == nil {
		e.err = bw.Flush()
	}
	e.chunk("IEND", nil)
	return e.err
}

// encoder writes chunks to w and keeps the first error; as an io.Writer it
// writes each buffer as one IDAT chunk.
type encoder struct {
	w   io.Writer
	err error
	hdr [8]byte
	ftr [4]byte
}

func (e *encoder) chunk(name string, data []byte) {
	if e.err != nil {
		return
	}
	binary.BigEndian.PutUint32(e.hdr[:4], uint32(len(data)))
	copy(e.hdr[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(e.hdr[4:8])
	crc.Write(data)
	binary.BigEndian.PutUint32(e.ftr[:], crc.Sum32())
	if _, e.err = e.w.Write(e.hdr[:]); e.err != nil {
		return
	}
	if _, e.err = e.w.Write(data); e.err != nil {
		return
	}
	_, e.err = e.w.Write(e.ftr[:])
}

func (e *encoder) Write(b []byte) (int, error) {
	e.chunk("IDAT", b)
	if e.err != nil {
		return 0, e.err
	}
	return len(b), nil
}

// opaque reports whether every pixel of m has full alpha.
func opaque(m *image.RGBA) bool {
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		i := m.PixOffset(b.Min.X, y)
		for j := i + 3; j < i+4*b.Dx(); j += 4 {
			if m.Pix[j] != 0xff {
				return false
			}
		}
	}
	return true
}

// writeRows compresses m's filtered rows of bpp bytes a pixel into w.
func writeRows(w io.Writer, m *image.RGBA, bpp int) error {
	zw := zlib.NewWriter(w)
	b := m.Bounds()
	n := 1 + bpp*b.Dx()
	// cr[f] holds the current row under filter f (its first byte the
	// filter type); pr the previous row, unfiltered.
	var cr [nFilter][]byte
	for f := range cr {
		cr[f] = make([]byte, n)
		cr[f][0] = byte(f)
	}
	pr := make([]byte, n) // all zero above the first row
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := cr[filterNone][1:]
		src := m.Pix[m.PixOffset(b.Min.X, y):]
		if bpp == 3 {
			for x, j := 0, 0; x < b.Dx(); x, j = x+1, j+3 {
				copy(row[j:j+3], src[4*x:4*x+3])
			}
		} else {
			for x := 0; x < b.Dx(); x++ {
				unpremultiply(row[4*x:4*x+4], src[4*x:4*x+4])
			}
		}
		f := filter(&cr, pr, bpp)
		if _, err := zw.Write(cr[f]); err != nil {
			return err
		}
		pr, cr[filterNone] = cr[filterNone], pr
		cr[filterNone][0] = filterNone
	}
	return zw.Close()
}

// unpremultiply writes the colour.NRGBA of the premultiplied src to dst,
// as color.NRGBAModel converts it.
func unpremultiply(dst, src []byte) {
	a := uint32(src[3]) * 0x101
	switch a {
	case 0xffff:
		copy(dst, src)
	case 0:
		dst[0], dst[1], dst[2], dst[3] = 0, 0, 0, 0
	default:
		for k := 0; k < 3; k++ {
			c := uint32(src[k]) * 0x101
			dst[k] = uint8((c * 0xffff / a) >> 8)
		}
		dst[3] = src[3]
	}
}

// filter fills cr[1:] with the row cr[filterNone][1:] under every filter,
// given the previous row pr, and returns the filter whose output has the
// least sum of absolute values (the bytes read as signed): the heuristic
// the PNG specification recommends for true-colour images.
func filter(cr *[nFilter][]byte, pr []byte, bpp int) int {
	cur, prev := cr[filterNone][1:], pr[1:]
	best, bestSum := filterNone, filtered(nil, cur, prev, bpp, filterNone, -1)
	for f := filterSub; f < nFilter; f++ {
		if sum := filtered(cr[f][1:], cur, prev, bpp, f, bestSum); sum < bestSum {
			best, bestSum = f, sum
		}
	}
	return best
}

// filtered writes cur under filter f to dst (unless dst is nil) and
// returns the sum of the absolute values written; it stops early, with a
// sum of at least limit, once that sum reaches a non-negative limit.
func filtered(dst, cur, prev []byte, bpp, f, limit int) int {
	sum := 0
	for i, x := range cur {
		// left, up and up-left neighbours; 0 before the row's first pixel
		var l, u, ul byte
		u = prev[i]
		if i >= bpp {
			l, ul = cur[i-bpp], prev[i-bpp]
		}
		var pred byte
		switch f {
		case filterSub:
			pred = l
		case filterUp:
			pred = u
		case filterAverage:
			pred = byte((int(l) + int(u)) / 2)
		case filterPaeth:
			pred = paeth(l, u, ul)
		}
		d := x - pred
		if dst != nil {
			dst[i] = d
		}
		sum += abs8(d)
		if limit >= 0 && sum >= limit {
			return sum
		}
	}
	return sum
}

// abs8 is the absolute value of d read as a signed byte.
func abs8(d byte) int {
	if d < 128 {
		return int(d)
	}
	return 256 - int(d)
}

// paeth predicts a byte from its left (l), upper (u) and upper-left (ul)
// neighbours: whichever is nearest to l + u - ul, preferring l, then u.
func paeth(l, u, ul byte) byte {
	p := int(l) + int(u) - int(ul)
	dl, du, dul := abs(p-int(l)), abs(p-int(u)), abs(p-int(ul))
	switch {
	case dl <= du && dl <= dul:
		return l
	case du <= dul:
		return u
	}
	return ul
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
