package scenetest

import "github.com/neurona/neurona/scenes/ui"

// A DrawnText is one text a frame drew, at its size in pixels.
type DrawnText struct {
	Text string
	Px   float64
}

// TextsUnder runs draw (a frame, or one part of a scene's drawing) and
// returns every text it drew smaller than px, smallest first; use it with
// c.LegiblePx() to hold a scene's text to the legible minimum.
func TextsUnder(px float64, draw func()) []DrawnText {
	var small []DrawnText
	stop := ui.WatchText(func(s string, size float64) {
		if size < px-1e-9 && s != "" {
			small = append(small, DrawnText{s, size})
		}
	})
	defer stop()
	draw()
	for i := 1; i < len(small); i++ { // few: an insertion sort
		for j := i; j > 0 && small[j].Px < small[j-1].Px; j-- {
			small[j], small[j-1] = small[j-1], small[j]
		}
	}
	return small
}
