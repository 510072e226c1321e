package main

import (
	"io"
	"math"

	"github.com/neurona/neurona/engine"
)

// Limits of the tsne subcommand.
const (
	maxTSNEIters = 100000
	tsneEvery    = 50  // iterations between progress lines
	maxPrintedP  = 300 // largest n whose P matrix is printed
)

// tsneOptions are the flags of the tsne subcommand.
type tsneOptions struct {
	data  string
	perp  float64
	iters int
	seed  int64
}

// parseTSNE parses and checks the tsne flags.
func parseTSNE(args []string) (command, error) {
	var o tsneOptions
	fs := dataFlags("tsne", &o.data, "CSV file: a header of feature names, optionally a last column y")
	fs.Float64Var(&o.perp, "perplexity", 30, "target perplexity, > 0 (at most (n−1)/3 is used)")
	fs.IntVar(&o.iters, "iters", 1000, "iterations")
	fs.Int64Var(&o.seed, "seed", 1, "seed of the initial embedding")
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	if !(o.perp > 0) || math.IsInf(o.perp, 0) {
		return nil, badf("-perplexity %g: want a positive number", o.perp)
	}
	if o.iters < 1 || o.iters > maxTSNEIters {
		return nil, badf("-iters %d: want 1 to %d", o.iters, maxTSNEIters)
	}
	if o.data == "" {
		return nil, badf("missing -data F.csv")
	}
	return o, nil
}

// tsneStart is the first line: the perplexity in use and, for n ≤
// maxPrintedP, the joint probabilities.
type tsneStart struct {
	Perplexity float64     `json:"perplexity"`
	P          [][]float64 `json:"P,omitempty"`
}

// tsneProgress is printed every tsneEvery iterations.
type tsneProgress struct {
	Iter int     `json:"iter"`
	KL   float64 `json:"kl"`
}

// tsneDone is the last line.
type tsneDone struct {
	Done bool         `json:"done"`
	Y    [][2]float64 `json:"Y"`
	KL   float64      `json:"kl"`
}

// dataFile is unused: tsne reads its own table (see traceOwnData).
func (o tsneOptions) dataFile() string { return o.data }

// trace is unused: tsne reads its own table (see traceOwnData).
func (o tsneOptions) trace([]engine.Point, io.Writer) error { return nil }

// readsOwnData is always true: the command reads its own file.
func (o tsneOptions) readsOwnData() bool { return true }

// traceOwnData reads the table and runs t-SNE, printing its progress.
func (o tsneOptions) traceOwnData(out io.Writer) error {
	f, err := openData(o.data)
	if err != nil {
		return err
	}
	defer f.Close()
	tb, err := engine.ReadTableCSV(f, o.data, engine.MaxTSNEPoints)
	if err != nil {
		return badf("%v", err)
	}
	if tb.N < 2 {
		return badf("%s:%d: t-SNE needs at least 2 rows", o.data, tb.Lines[0])
	}
	ts, err := engine.NewTSNE(tb.X, tb.N, tb.D, engine.TSNEConfig{Perplexity: o.perp, Seed: o.seed})
	if err != nil {
		return badf("%s: %v", o.data, err)
	}
	lw := newLineWriter(out)
	start := tsneStart{Perplexity: ts.Perplexity()}
	if p := ts.P(); tb.N <= maxPrintedP {
		for i := range tb.N {
			start.P = append(start.P, p[i*tb.N:(i+1)*tb.N])
		}
	}
	if err := lw.write(start); err != nil {
		return err
	}
	for k := 1; k <= o.iters; k++ {
		ts.Step()
		if k%tsneEvery == 0 {
			if err := lw.write(tsneProgress{Iter: k, KL: ts.KL()}); err != nil {
				return err
			}
		}
	}
	if err := lw.write(tsneDone{Done: true, Y: ts.Y(), KL: ts.KL()}); err != nil {
		return err
	}
	return lw.flush()
}
