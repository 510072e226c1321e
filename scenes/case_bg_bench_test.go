package scenes

import "testing"

// BenchmarkCaseBackprop is the page's backprop case: playing (Enter).
func BenchmarkCaseBackprop(b *testing.B) {
	benchCase(b, "backprop", func(g *Game) { key(g, "Enter", false) }, nil)
}

// BenchmarkCaseGradient is the page's gradient case: playing (Enter).
func BenchmarkCaseGradient(b *testing.B) {
	benchCase(b, "gradient", func(g *Game) { key(g, "Enter", false) }, nil)
}
