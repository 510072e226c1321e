package main

import (
	"os"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes"
)

// screenshot is the game in -screenshot mode: once frames frames are drawn
// (at least two, so that layout and caches have settled) it writes the
// last one to path as a PNG and ends the run.
type screenshot struct {
	*scenes.Game
	path   string
	frames int
}

// Update runs the game's tick, then writes the PNG when enough frames are
// drawn.
func (s *screenshot) Update() error {
	if err := s.Game.Update(); err != nil {
		return err
	}
	if s.Game.Drawn() < uint64(max(s.frames, 2)) {
		return nil
	}
	data, err := s.Game.CanvasPNG()
	if err != nil {
		return err
	}
	if err := os.WriteFile(s.path, data, 0o644); err != nil {
		return err
	}
	return ebiten.Termination
}
