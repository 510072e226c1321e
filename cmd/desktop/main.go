// Command desktop is Neurona's offline desktop front end: the same scenes
// as the web page in a resizable window.
//
//	neurona [-scene id] [-lang es|en] [-fullscreen] [-load FILE|LINK] [-screenshot OUT.png]
//	neurona [-scene id] [-lang es|en] [-load FILE|LINK] -notebook OUT.ipynb
//	neurona -version
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/cmd/desktop/internal/nodisplay"
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes"
	"github.com/neurona/neurona/scenes/platform"
	"github.com/neurona/neurona/scenes/state"
)

func main() {
	if nodisplay.VersionRequested(os.Args[1:]) {
		nodisplay.PrintVersion(os.Stdout)
		return
	}
	cfg, code := parseFlags(os.Args[1:], os.Stderr)
	if code != 0 {
		os.Exit(code)
	}
	if cfg.notebook != "" {
		os.Exit(writeNotebook(cfg, os.Stderr))
	}
	ebiten.SetWindowTitle("Neurona")
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	g := scenes.New(cfg.Options, platform.New())
	var game ebiten.Game = g
	if cfg.shot != "" {
		game = &screenshot{Game: g, path: cfg.shot, frames: cfg.frames}
	}
	scenes.KeepScreen() // frames that change nothing are not drawn
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

	notebook string // -notebook: write the state's Jupyter notebook here and exit
}

// parseFlags reads the command line; a bad flag or file prints one line
// and gives exit status 2.
func parseFlags(args []string, stderr io.Writer) (config, int) {
	fs := flag.NewFlagSet("neurona", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, on one line
	scene := fs.String("scene", "", "scene to open: neuron, perceptron, xor, gradient, backprop, regression or embedding")
	lang := fs.String("lang", "", "language: es or en")
	full := fs.Bool("fullscreen", false, "start fullscreen")
	load := fs.String("load", "", "a state document (JSON file) or a link (…#scene=…&s=…) to open")
	shot := fs.String("screenshot", "", "write a PNG of the first frames to this file and exit")
	frames := fs.Int("frames", 10, "with -screenshot: frames to draw before writing")
	nb := fs.String("notebook", "", "write the Jupyter notebook (.ipynb) of the scene's state to this file and exit, without a window")
	fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fs.Usage()
		} else {
			refuse(stderr, "%v", err)
		}
		return config{}, 2
	}
	if fs.NArg() > 0 {
		refuse(stderr, "unexpected argument %q", engine.Excerpt(fs.Arg(0)))
		return config{}, 2
	}
	opt := config{Options: scenes.Options{Scene: *scene, Lang: *lang, Fullscreen: *full, Capture: *shot != ""}, shot: *shot, frames: *frames, notebook: *nb}
	if *frames < 1 || *frames > 10000 {
		refuse(stderr, "-frames must be between 1 and 10000")
		return opt, 2
	}
	if *nb != "" && *shot != "" {
		refuse(stderr, "-notebook and -screenshot: give one of them")
		return opt, 2
	}
	if *load != "" {
		if path, link := loadTarget(*load, onWindows, fileExists); link != "" {
			opt.Link = link
		} else {
			data, err := readLimited(path, state.MaxBytes)
			if err != nil {
				refuse(stderr, "-load %s: %v", *load, err)
				return opt, 2
			}
			if _, err := state.Parse(data); err != nil {
				refuse(stderr, "-load %s: %v", *load, err)
				return opt, 2
			}
			opt.Document = data
		}
	}
	if err := checkOptions(opt.Options, *load); err != nil {
		refuse(stderr, "%v", err)
		return opt, 2
	}
	return opt, 0
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := engine.OpenRegular(path) // a FIFO or a device would block or never end
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
