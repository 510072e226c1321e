// Command blank is the baseline of `make bench`: an Ebiten program that
// only fills its screen, built with the same toolchain and flags as
// Neurona. On the web it is loaded by the same page (web/index.html,
// boot.js, wasm_exec.js); on the desktop it opens a window of the desktop
// app's size. Like the app it draws at the display's own resolution and
// keeps running unfocused, and on the web it publishes window.neurona
// (ready after the first frame, state() with the tick count), so the
// benchmark measures both the same way.
package main

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
)

type game struct {
	ticks int
	drawn int
	ready func() // called after the first frame
}

func (g *game) Update() error {
	g.ticks++
	return nil
}

func (g *game) Draw(screen *ebiten.Image) {
	screen.Fill(color.RGBA{0x10, 0x14, 0x18, 0xff})
	g.drawn++
	if g.drawn == 1 && g.ready != nil {
		g.ready()
	}
}

func (g *game) Layout(w, h int) (int, int) { return w, h }

// LayoutF makes the screen as large as the window in device pixels, as the
// app's does.
func (g *game) LayoutF(w, h float64) (float64, float64) {
	d := ebiten.Monitor().DeviceScaleFactor()
	if d <= 0 {
		d = 1
	}
	return max(w*d, 1), max(h*d, 1)
}

func main() {
	g := &game{}
	publish(g)
	ebiten.SetWindowTitle("blank")
	// The desktop app's window (cmd/desktop).
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetRunnableOnUnfocused(true)
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
}
