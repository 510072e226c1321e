// Command trace prints the steps of the lecture's learning algorithms as JSON
// Lines, one object per step, for slides, exams and checking the numbers
// against other tools. It needs no display.
//
//	trace perceptron -data points.csv [-rule classic|pm1] [-alpha A] [-epochs E] [-order cyclic|shuffle] [-seed S]
//	trace mlp -data points.csv [-hidden H] [-act sigmoid|tanh|relu|arctan] [-loss bce|mse] [-lr L] [-steps N] [-seed S | -weights W.json]
//	trace notebook -state STATE.json [-o OUT.ipynb]
//
// points.csv has the header x1,x2,y with y = 1 or −1 (0 is read as −1). Bad
// input is reported on one line naming the file and line, with exit status 2.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
