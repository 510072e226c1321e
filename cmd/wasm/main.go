//go:build js

// Command wasm is Neurona's web front end: built with GOOS=js GOARCH=wasm
// and loaded by web/index.html. It reads the page's URL hash, publishes
// window.neurona and runs the game.
package main

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes"
	"github.com/neurona/neurona/scenes/platform"
)

func main() {
	g := scenes.New(scenes.Options{Link: "#" + platform.CurrentHash()}, platform.New())
	platform.Publish(g)
	scenes.PauseGCUntilReady(g)
	ebiten.SetWindowTitle("Neurona")
	// Keep running when the canvas loses focus (a click on the slides
	// beside an embedded page) so that playing continues.
	ebiten.SetRunnableOnUnfocused(true)
	scenes.KeepScreen() // frames that change nothing are not drawn
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
}
