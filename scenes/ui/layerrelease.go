package ui

// A layer is a picture as large as the screen (a supersampled 1080p
// screen makes it 33 MB), and every scene keeps a few. Those of the scenes
// not shown are let go: a layer not asked for (Refresh, Show, Draw,
// DrawPart) in the last frames of ReleaseUnseenLayers is deallocated, and
// drawn again the next time its scene asks for it. Without this, a class
// that had visited every scene held all their pictures, and in the page
// each draw call walks every live image.

// heldLayers are the layers that hold a picture, in the order they got it.
var heldLayers []*Layer

// layerFrames counts the frames, for Layer.seen.
var layerFrames uint64

// ReleaseUnseenLayers ends a frame: the layers not asked for in the last
// frames frames (this one included) give back their pictures. The game
// calls it at the end of each Draw; the game draws on one thread.
func ReleaseUnseenLayers(frames uint64) {
	keep := heldLayers[:0]
	for _, l := range heldLayers {
		if layerFrames-l.seen < frames {
			keep = append(keep, l)
			continue
		}
		l.img.Deallocate()
		l.img, l.held = nil, false
	}
	clear(heldLayers[len(keep):]) // no pointer kept to a layer let go
	heldLayers = keep
	layerFrames++
}
