package ui

import (
	"bytes"
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// A table row's cells drawn as one batch (textRow) make the picture
// DrawText and DrawBytes make cell by cell, in several colours, sizes and
// alignments, and queuing a row again allocates nothing once the batch's
// buffers have grown.
func TestTextRowDrawsAsCells(t *testing.T) {
	const w, h = 320, 60
	type cell struct {
		s      string
		x, px  float64
		c      color.Color
		align  Align
		asByte bool
	}
	cells := []cell{
		{"x₁", 20, 17, color.White, AlignCenter, false},
		{"−0.250", 90.4, 17, color.RGBA{0x80, 0x90, 0xa0, 0xff}, AlignCenter, true},
		{"0.731", 170.6, 15.5, color.RGBA{0x40, 0x40, 0x20, 0x80}, AlignRight, true},
		{"ŷ = σ(a)", 180, 20, color.White, AlignLeft, false},
	}
	var row textRow
	onGame(func() {
		own := &ebiten.NewImageOptions{Unmanaged: true}
		one, batch := ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own), ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), own)
		draw := func() {
			for _, c := range cells {
				if !row.add(c.s, c.x, 20.3, c.px, c.c, c.align) {
					t.Fatalf("%q was refused", c.s)
				}
			}
			row.draw(batch)
		}
		for _, c := range cells {
			if c.asByte {
				DrawBytes(one, []byte(c.s), c.x, 20.3, c.px, c.c, c.align)
			} else {
				DrawText(one, c.s, c.x, 20.3, c.px, c.c, c.align)
			}
		}
		draw()
		p1, p2 := make([]byte, 4*w*h), make([]byte, 4*w*h)
		one.ReadPixels(p1)
		batch.ReadPixels(p2)
		if !bytes.Equal(p1, p2) {
			t.Error("the row drawn as one batch differs from its cells drawn one by one")
		}
		if row.add("W^{[1]}", 0, 0, 17, color.White, AlignLeft) || len(row.items) != 0 {
			t.Error("text with markup was queued")
		}
		queue := func() {
			for _, c := range cells {
				row.add(c.s, c.x, 20.3, c.px, c.c, c.align)
			}
			row.buf, row.items = row.buf[:0], row.items[:0]
		}
		if n := testing.AllocsPerRun(5, queue); n > 0 {
			t.Errorf("queuing the row again allocated %v times", n)
		}
	})
}
