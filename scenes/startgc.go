package scenes

import "runtime/debug"

// PauseGCUntilReady turns the garbage collector off until g has drawn its
// first frame, then back to the setting it had. Start-up allocates a few
// megabytes (the font, the translations, the first scene, the first
// frame's text and pictures): in the browser the collector ran two or
// three times on the way to the first frame, while the page was still
// compiling the code it ran, for about a tenth of a second. Deferred, the
// collection happens after the page shows. Call it before g runs, after
// anything else that waits for the first frame (platform.Publish), so
// that the page hears of the frame first.
func PauseGCUntilReady(g *Game) {
	gc := debug.SetGCPercent(-1)
	g.OnReady(func() { debug.SetGCPercent(gc) })
}
