// Command trace prints the steps of the lecture's learning algorithms as JSON
// Lines, one object per step, for slides, exams and checking the numbers
// against other tools. It needs no display.
//
//	trace perceptron -data points.csv [-rule classic|pm1] [-alpha A] [-epochs E] [-order cyclic|shuffle] [-seed S] [-bias=false] [-tie mistake|positive|negative]
//	trace mlp -data points.csv [-hidden H] [-act sigmoid|tanh|relu|arctan] [-loss bce|mse] [-lr L] [-steps N] [-seed S | -weights W.json]
//	trace mlp -data xy.csv -output identity [-loss mse] [-hidden 0…8] …   (regression, one input)
//	trace mlp -data points.csv -layers 8,8,2 [-classes K] [-act A] [-lr L] [-l2 λ] [-batch B] [-steps N] [-seed S]
//	trace tsne -data F.csv [-perplexity 30] [-iters 1000] [-seed S]
//	trace notebook -state STATE.json [-o OUT.ipynb]
//
// points.csv has the header x1,x2,y with y = 1 or −1 (0 is read as −1);
// xy.csv has the header x,y, with y any finite real for -output identity or
// a class label for the default sigmoid output. Bad input is reported on one
// line naming the file and line, with exit status 2.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
