package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/neurona/neurona/engine"
)

// Exit statuses.
const (
	exitOK    = 0
	exitWrite = 1 // the output could not be written
	exitUsage = 2 // bad flags, files or data
)

const usage = `usage:
  trace perceptron -data points.csv [-rule classic|pm1] [-alpha A] [-epochs E] [-order cyclic|shuffle] [-seed S]
  trace mlp -data points.csv [-hidden H] [-act sigmoid|tanh|relu|arctan] [-loss bce|mse] [-lr L] [-steps N] [-seed S | -weights W.json]
            [-output sigmoid|identity] [-inputs 1|2]
  trace mlp -data points.csv -layers 8,8,2 [-classes K] [-act A] [-lr L] [-l2 λ] [-batch B] [-steps N] [-seed S]
  trace tsne -data F.csv [-perplexity 30] [-iters 1000] [-seed S]
  trace notebook -state STATE.json [-o OUT.ipynb]   (writes a Jupyter notebook that reproduces the scene)
Prints one JSON object per step (JSON Lines). points.csv has the header x1,x2,y, y = 1 or -1 (0 reads as -1).
perceptron: each step has "step","epoch","index","x","y","yhat","update","w","b","mistakes", with y and yhat in
  the rule's own labels ({0,1} for classic, ±1 for pm1, yhat 0 on the line); then a line with "done":true.
mlp: each step has "step","loss" and, before the update, "grads" and "params" ("W1" H×2, "b1" H, "W2" 1×H, "b2" 1);
  the output unit is a sigmoid (-output); then a line with "done":true and the final loss and params.
  One input (-inputs 1 or a CSV with header x,y): "W1" is H×1. -output identity -loss mse is regression on x,y
  with y any real: "loss" is J = sum of (yhat-y)^2, "mean" J/m; -hidden 0 is the line yhat = W1·x + b1 (no W2, b2).
mlp -layers/-classes: the network 2 → h₁ → … → h_L → K (1 to 4 hidden layers of 1 to 8 units); "params" and "grads"
  carry W1, b1, …, W(L+1), b(L+1), each Wᵢ out×in; for K = 2 one sigmoid output with binary cross-entropy (y = ±1
  as above), for K = 3 or 4 a softmax over K outputs with cross-entropy (y a class 0…K−1).
tsne: F.csv has a header of feature names, optionally a last column y (ignored), at most 1000 rows; prints
  {"perplexity","P"} (P n×n for n ≤ 300), {"iter","kl"} every 50 iterations, and {"done":true,"Y","kl"}.
`

// inputError is bad input from the user: flags, files or data (exit 2).
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

// badf returns an inputError.
func badf(format string, args ...any) error {
	return &inputError{fmt.Sprintf(format, args...)}
}

// run executes the command line args (without the program name), writing
// results to stdout and one-line errors to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	err := dispatch(args, stdout)
	var ie *inputError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stderr, usage)
		return exitOK
	case errors.As(err, &ie):
		fmt.Fprintf(stderr, "trace: %s\n", errorLine(ie.msg))
		return exitUsage
	}
	fmt.Fprintf(stderr, "trace: %s\n", errorLine(err.Error()))
	return exitWrite
}

// command is a parsed subcommand: the data file it reads and how it traces.
type command interface {
	dataFile() string
	trace(pts []engine.Point, out io.Writer) error
}

// selfReader is a command that, for some options or always, reads a data
// file other than labelled points (x1,x2,y) itself: regression's x,y
// samples, a deeper network's class indices, t-SNE's table.
type selfReader interface {
	readsOwnData() bool
	traceOwnData(out io.Writer) error
}

// parsers maps each subcommand to its flag parser.
var parsers = map[string]func(args []string) (command, error){
	"perceptron": func(args []string) (command, error) { return parsePerceptron(args) },
	"mlp":        parseMLPOrDeep,
	"tsne":       parseTSNE,
}

// dispatch parses the subcommand named by args[0], reads its data and runs it.
func dispatch(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return badf("missing subcommand (perceptron, mlp, tsne or notebook); run trace -h for help")
	}
	if args[0] == "notebook" {
		return runNotebook(args[1:], stdout)
	}
	parse, ok := parsers[args[0]]
	if !ok {
		switch args[0] {
		case "-h", "-help", "--help", "help":
			return flag.ErrHelp
		}
		return badf("unknown subcommand %q (want perceptron, mlp, tsne or notebook)", engine.Excerpt(args[0]))
	}
	c, err := parse(args[1:])
	if err != nil {
		return err
	}
	if sr, ok := c.(selfReader); ok && sr.readsOwnData() {
		return sr.traceOwnData(stdout)
	}
	pts, err := loadPoints(c.dataFile())
	if err != nil {
		return err
	}
	return c.trace(pts, stdout)
}

// newFlags returns a flag set that reports errors to the caller only.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// dataFlags is newFlags for a command that reads a data file: the -data
// flag they all have, with what the file holds in usage.
func dataFlags(name string, data *string, usage string) *flag.FlagSet {
	fs := newFlags(name)
	fs.StringVar(data, "data", "", usage)
	return fs
}

// parseFlags parses args into fs, turning errors into inputErrors and
// refusing positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		// The flag package quotes a bad value in full.
		return badf("%s: %s", fs.Name(), engine.Truncate(err.Error(), maxFlagError))
	}
	if fs.NArg() > 0 {
		return badf("%s: unexpected argument %q", fs.Name(), engine.Excerpt(fs.Arg(0)))
	}
	return nil
}

// maxFlagError bounds a flag error message, which quotes the bad value.
const maxFlagError = 120

// loadPoints reads a points CSV file; only a regular file is read (a FIFO or
// a device would block or never end).
func loadPoints(path string) ([]engine.Point, error) {
	if path == "" {
		return nil, badf("missing -data points.csv")
	}
	f, err := openData(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	pts, err := engine.ReadPointsCSV(f, path)
	if err != nil {
		return nil, badf("%v", err)
	}
	return pts, nil
}

// openData opens a -data file for reading; only a regular file is read (a
// FIFO or a device would block or never end).
func openData(path string) (*os.File, error) {
	if path == "" {
		return nil, badf("missing -data points.csv")
	}
	f, err := engine.OpenRegular(path)
	if err != nil {
		return nil, badf("%v", err)
	}
	return f, nil
}

// maxErrorLine bounds what trace prints of an error: messages quote only
// excerpts of input, so this cut is a backstop for one that does not.
const maxErrorLine = 512

// errorLine flattens a message onto one line of at most maxErrorLine bytes.
func errorLine(s string) string {
	return engine.Truncate(oneLine(s), maxErrorLine)
}

// oneLine flattens a message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
