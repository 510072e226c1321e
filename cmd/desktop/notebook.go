package main

import (
	"io"
	"os"

	"github.com/neurona/neurona/scenes"
	"github.com/neurona/neurona/scenes/platform"
)

// writeNotebook writes the Jupyter notebook of the state the command line
// opens (-scene, -lang, -load) to cfg.notebook, without opening a window,
// and returns the exit status: 2 with one line on stderr if the state has
// no notebook, 1 if the file cannot be written.
func writeNotebook(cfg config, stderr io.Writer) int {
	g := scenes.New(cfg.Options, platform.New())
	data, err := g.NotebookJSON()
	if err != nil {
		refuse(stderr, "-notebook: %v", err)
		return 2
	}
	if err := os.WriteFile(cfg.notebook, data, 0o644); err != nil {
		refuse(stderr, "-notebook: %v", err)
		return 1
	}
	return 0
}
