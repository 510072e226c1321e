//go:build js

// Command blank is the baseline of `make bench`: an Ebiten page that only
// fills its screen, built with the same toolchain and flags as Neurona and
// loaded by the same page (web/index.html, boot.js, wasm_exec.js). Like the
// app it draws at the display's own resolution, keeps running unfocused,
// and publishes window.neurona (ready after the first frame, state() with
// the tick count), so the benchmark measures both the same way.
package main

import (
	"image/color"
	"strconv"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

type game struct {
	api   js.Value
	ticks int
	drawn int
}

func (g *game) Update() error {
	g.ticks++
	return nil
}

func (g *game) Draw(screen *ebiten.Image) {
	screen.Fill(color.RGBA{0x10, 0x14, 0x18, 0xff})
	g.drawn++
	if g.drawn == 1 {
		g.api.Set("ready", true)
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
	g := &game{api: js.Global().Get("Object").New()}
	g.api.Set("state", js.FuncOf(func(js.Value, []js.Value) any {
		return `{"scene":"blank","frame":` + strconv.Itoa(g.ticks) + `}`
	}))
	g.api.Set("ready", false)
	js.Global().Set("neurona", g.api)
	ebiten.SetWindowTitle("blank")
	ebiten.SetRunnableOnUnfocused(true)
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
}
