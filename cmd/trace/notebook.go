package main

import (
	"io"
	"os"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/notebook"
)

// notebookUsage is the usage line of trace notebook.
const notebookUsage = "trace notebook -state STATE.json [-o OUT.ipynb]"

// runNotebook writes the Jupyter notebook that reproduces a scene's state
// document (see engine/notebook) to -o, or to stdout without it.
func runNotebook(args []string, stdout io.Writer) error {
	fs := newFlags("notebook")
	statePath := fs.String("state", "", "the scene's state document (JSON, as export writes it)")
	outPath := fs.String("o", "", "the notebook to write (.ipynb); stdout if empty")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *statePath == "" {
		return badf("notebook: missing -state STATE.json (usage: %s)", notebookUsage)
	}
	data, err := readState(*statePath)
	if err != nil {
		return err
	}
	nb, err := notebook.FromState(data)
	if err != nil {
		return badf("%s: %v", engine.Excerpt(*statePath), err)
	}
	if *outPath == "" {
		_, err = stdout.Write(nb)
		return err
	}
	return os.WriteFile(*outPath, nb, 0o644)
}

// readState reads a state document (a regular file, see openData),
// refusing one larger than the app accepts before reading it whole.
func readState(path string) ([]byte, error) {
	f, err := openData(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, notebook.MaxBytes+1))
	if err != nil {
		return nil, badf("%s: %v", engine.Excerpt(path), err)
	}
	if len(data) > notebook.MaxBytes {
		return nil, badf("%s: larger than %d bytes: not a state document", engine.Excerpt(path), notebook.MaxBytes)
	}
	return data, nil
}
