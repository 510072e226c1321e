// Command testsum turns `go test -json` into what a person reading a CI log
// wants: the usual one line per package, the whole output of every failed
// test, and counts. `make test` runs several `go test` invocations (native,
// WebAssembly, under Xvfb, end-to-end); each pipes through testsum, which
// adds its counts to a tally file, and a last `testsum -total` prints the
// closing line "N passed, N failed, N skipped" over all of them.
//
//	go test -json ./... | go run ./scripts/testsum -tally FILE -step NAME
//	go run ./scripts/testsum -total FILE
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

// counts are top-level tests and subtests alike, as `go test -v` would list
// them.
type counts struct {
	Passed, Failed, Skipped int
	// Broken counts packages that failed without a failing test (a build
	// error, a panic in TestMain, a timeout).
	Broken int
}

func (c *counts) add(o counts) {
	c.Passed += o.Passed
	c.Failed += o.Failed
	c.Skipped += o.Skipped
	c.Broken += o.Broken
}

func main() {
	tally := flag.String("tally", "", "add this run's counts to this file")
	step := flag.String("step", "", "name of this run, for the tally")
	total := flag.String("total", "", "print the totals of this tally file and exit non-zero if anything failed")
	flag.Parse()
	if *total != "" {
		os.Exit(printTotal(*total, os.Stdout))
	}
	c, err := summarize(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsum:", err)
		c.Broken++
	}
	if *tally != "" {
		if err := appendTally(*tally, *step, c); err != nil {
			fmt.Fprintln(os.Stderr, "testsum:", err)
			os.Exit(1)
		}
	}
	if c.Failed > 0 || c.Broken > 0 {
		os.Exit(1)
	}
}

// summarize reads test2json events and writes the condensed log. Lines
// that are not JSON (build errors print as plain text) are passed through.
func summarize(r io.Reader, w io.Writer) (counts, error) {
	var c counts
	// Output of tests still running, by package and test, printed only if
	// the test fails.
	pending := map[[2]string][]string{}
	pkgFailedTests := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var ev event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &ev) != nil {
			fmt.Fprintf(w, "%s\n", line)
			continue
		}
		key := [2]string{ev.Package, ev.Test}
		switch ev.Action {
		case "build-output":
			fmt.Fprint(w, ev.Output)
		case "output":
			if ev.Test == "" {
				// Package-level lines: "ok  pkg 1.2s", "FAIL", build
				// output, a panic outside any test.
				if !strings.HasPrefix(ev.Output, "PASS\n") && !strings.HasPrefix(ev.Output, "FAIL\n") {
					fmt.Fprint(w, ev.Output)
				}
				continue
			}
			pending[key] = append(pending[key], ev.Output)
		case "pass", "skip", "fail":
			if ev.Test == "" {
				if ev.Action == "fail" && pkgFailedTests[ev.Package] == 0 {
					c.Broken++
				}
				continue
			}
			switch ev.Action {
			case "pass":
				c.Passed++
			case "skip":
				c.Skipped++
			case "fail":
				c.Failed++
				pkgFailedTests[ev.Package]++
				// A subtest's output is part of its parent's too; print
				// the innermost failing test's lines once.
				fmt.Fprint(w, strings.Join(pending[key], ""))
			}
			delete(pending, key)
		}
	}
	return c, sc.Err()
}

func appendTally(path, step string, c counts) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(f, "%s\t%d\t%d\t%d\t%d\n", strings.ReplaceAll(step, "\t", " "), c.Passed, c.Failed, c.Skipped, c.Broken)
	return errors.Join(err, f.Close())
}

func printTotal(path string, w io.Writer) int {
	b, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(w, "testsum:", err)
		return 1
	}
	var all counts
	fmt.Fprintln(w, "go test runs:")
	for _, line := range slices.DeleteFunc(strings.Split(string(b), "\n"), func(s string) bool { return s == "" }) {
		var step string
		var c counts
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			fmt.Fprintf(w, "testsum: bad tally line %q\n", line)
			all.Broken++
			continue
		}
		step = f[0]
		fmt.Sscan(f[1], &c.Passed)
		fmt.Sscan(f[2], &c.Failed)
		fmt.Sscan(f[3], &c.Skipped)
		fmt.Sscan(f[4], &c.Broken)
		broken := ""
		if c.Broken > 0 {
			broken = fmt.Sprintf(", %d broken (a build error, a crash or a failed step)", c.Broken)
		}
		fmt.Fprintf(w, "  %-28s %4d passed, %d failed, %d skipped%s\n", step, c.Passed, c.Failed, c.Skipped, broken)
		all.add(c)
	}
	// The closing line, in the plain form CI reads: "N passed, N failed".
	// A package that did not build counts as a failure.
	fmt.Fprintf(w, "%d passed, %d failed, %d skipped\n", all.Passed, all.Failed+all.Broken, all.Skipped)
	if all.Failed+all.Broken > 0 {
		return 1
	}
	return 0
}
