// Command desktop is Neurona's offline desktop front end: the same scenes
// as the web page in a resizable window.
//
//	neurona [-scene id] [-lang es|en] [-fullscreen] [-load FILE|LINK] [-screenshot OUT.png]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes"
	"github.com/neurona/neurona/scenes/platform"
	"github.com/neurona/neurona/scenes/state"
)

func main() {
	cfg, code := parseFlags(os.Args[1:], os.Stderr)
	if code != 0 {
		os.Exit(code)
	}
	ebiten.SetWindowTitle("Neurona")
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	g := scenes.New(cfg.Options, platform.New())
	var game ebiten.Game = g
	if cfg.shot != "" {
		game = &screenshot{Game: g, path: cfg.shot, frames: cfg.frames}
	}
	if err := ebiten.RunGame(game); err != nil {
		fmt.Fprintln(os.Stderr, "neurona:", err)
		os.Exit(1)
	}
}

// config is the command line: the game's options and the screenshot mode.
type config struct {
	scenes.Options
	shot   string // -screenshot: write a PNG here and exit
	frames int    // -frames: frames to draw before writing it
}

// parseFlags reads the command line; a bad flag or file prints one line
// and gives exit status 2.
func parseFlags(args []string, stderr io.Writer) (config, int) {
	fs := flag.NewFlagSet("neurona", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scene := fs.String("scene", "", "scene to open: neuron, perceptron, xor, gradient or backprop")
	lang := fs.String("lang", "", "language: es or en")
	full := fs.Bool("fullscreen", false, "start fullscreen")
	load := fs.String("load", "", "a state document (JSON file) or a link (…#scene=…&s=…) to open")
	shot := fs.String("screenshot", "", "write a PNG of the first frames to this file and exit")
	frames := fs.Int("frames", 10, "with -screenshot: frames to draw before writing")
	if err := fs.Parse(args); err != nil {
		return config{}, 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "neurona: unexpected argument %q\n", fs.Arg(0))
		return config{}, 2
	}
	opt := config{Options: scenes.Options{Scene: *scene, Lang: *lang, Fullscreen: *full, Capture: *shot != ""}, shot: *shot, frames: *frames}
	if *frames < 1 || *frames > 10000 {
		fmt.Fprintln(stderr, "neurona: -frames must be between 1 and 10000")
		return opt, 2
	}
	if *load != "" {
		if strings.Contains(*load, "#") || strings.HasPrefix(*load, "scene=") {
			opt.Link = *load
		} else {
			data, err := readLimited(*load, state.MaxBytes)
			if err != nil {
				fmt.Fprintf(stderr, "neurona: -load %s: %v\n", *load, err)
				return opt, 2
			}
			if _, err := state.Parse(data); err != nil {
				fmt.Fprintf(stderr, "neurona: -load %s: %v\n", *load, err)
				return opt, 2
			}
			opt.Document = data
		}
	}
	return opt, 0
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than %d bytes", limit)
	}
	return data, nil
}
