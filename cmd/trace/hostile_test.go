package main

import (
	"fmt"
	"strings"
	"testing"
)

// maxErrLine bounds trace's one-line error for short file names: at most a
// few hundred bytes, whatever the input quoted.
const maxErrLine = 300

// TestHostileArgsShortErrors gives every flag and argument a value of a
// megabyte (or binary junk): the refusal is one line of a few hundred bytes.
func TestHostileArgsShortErrors(t *testing.T) {
	good := writeFile(t, "good.csv", threeCSV)
	long := strings.Repeat("x", 1<<20)
	junk := strings.Repeat("\x00\xff\n\x1b[2J", 1<<16)
	for _, v := range []string{long, junk} {
		for _, args := range [][]string{
			{v},
			{"perceptron", "-data", good, v},
			{"perceptron", "-data", good, "-" + v},
			{"perceptron", "-data", good, "-epochs", v},
			{"perceptron", "-data", good, "-alpha", v},
			{"perceptron", "-data", good, "-seed", v},
			{"perceptron", "-data", good, "-rule", v},
			{"perceptron", "-data", good, "-order", v},
			{"mlp", "-data", good, "-act", v},
			{"mlp", "-data", good, "-loss", v},
			{"mlp", "-data", good, "-steps", v},
			{"mlp", "-data", good, "-hidden", v},
			{"mlp", "-data", good, "-lr=" + v},
		} {
			code, out, errs := runArgs(args...)
			if code != 2 || out != "" || len(errs) > maxErrLine || strings.Count(errs, "\n") != 1 {
				t.Errorf("%.80q: exit %d, %d bytes of error: %.120q", args, code, len(errs), errs)
			}
		}
	}
}

// TestOutputLineLimit: a run that could print more than maxOutputLines
// lines on the data given is refused before it prints anything, with a
// message naming the limit; the default run on the largest data set fits.
func TestOutputLineLimit(t *testing.T) {
	for _, c := range []struct {
		epochs, points int
		ok             bool
	}{
		{100, 100000, true}, // the default on the largest data set
		{199, 100000, true},
		{200, 100000, false}, // 20,000,001 lines with the summary
		{1000000, 100000, false},
		{1000000, 19, true},
		{1000000, 20, false},
		{(maxOutputLines - 1) / 7, 7, true},
		{(maxOutputLines-1)/7 + 1, 7, false},
		{1, 0, true},
	} {
		err := checkOutputLines("-epochs", c.epochs, c.points)
		if (err == nil) != c.ok || (err != nil && !strings.Contains(err.Error(), "the limit is 20000000 lines")) {
			t.Errorf("%d epochs on %d points: %v, want ok=%v", c.epochs, c.points, err, c.ok)
		}
	}
	var b strings.Builder
	b.WriteString("x1,x2,y\n")
	for i := range 100000 {
		fmt.Fprintf(&b, "%d,%d,%d\n", i%300, i/300, 1-2*(i%2)) // not separable
	}
	data := writeFile(t, "big.csv", b.String())
	code, out, errs := runArgs("perceptron", "-data", data, "-epochs", "1000000")
	if code != 2 || out != "" || !strings.Contains(errs, "-epochs 1000000 on 100000 points") || !strings.Contains(errs, "limit is 20000000 lines") {
		t.Errorf("exit %d, %q", code, errs)
	}
}
