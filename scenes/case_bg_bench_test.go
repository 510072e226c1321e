package scenes

import "testing"

// BenchmarkCaseBackprop is the page's backprop case, playing (Enter), but
// at the top speed: benchCase presses + sixteen times eight frames on,
// where the page plays at the default two steps a second. The frames of
// the page's rhythm, by kind, are backprop's BenchmarkRedrawFrames.
func BenchmarkCaseBackprop(b *testing.B) {
	benchCase(b, "backprop", func(g *Game) { key(g, "Enter", false) }, nil)
}

// BenchmarkCaseGradient is the page's gradient case, playing (Enter), at
// the top speed as BenchmarkCaseBackprop; gradient's
// BenchmarkPlayingKinds times the page's rhythm by kind of tick and frame.
func BenchmarkCaseGradient(b *testing.B) {
	benchCase(b, "gradient", func(g *Game) { key(g, "Enter", false) }, nil)
}
