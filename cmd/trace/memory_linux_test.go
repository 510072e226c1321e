package main

import (
	"bufio"
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// maxTraceRSS is the memory trace may use on any data file: 256 MB.
const maxTraceRSS = 256 << 20

// fileMiB is the size of the hostile files: the reader's 64 MiB cap.
const fileMiB = 64

// TestMain runs trace itself when the memory test starts this binary as a
// child (NEURONA_TRACE_ARGS holds its arguments, one a line), so that
// the child's peak memory is trace's alone.
func TestMain(m *testing.M) {
	if a, ok := os.LookupEnv("NEURONA_TRACE_ARGS"); ok {
		os.Exit(run(strings.Split(a, "\n"), io.Discard, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestHostileFileMemory runs trace in a child process on 64 MiB files built
// to be expensive (one line of commas, a 50 MB field, binary junk, millions
// of rows, comments, an open quote): each is refused with one line of at
// most a few hundred bytes, and the child's peak memory (max RSS) stays
// under 256 MB. Before the reader went line by line, 60 MiB of commas took
// 5.34 GB and a 50 MB field made a 52 MB error.
func TestHostileFileMemory(t *testing.T) {
	const header = "x1,x2,y\n"
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct {
		name, head, want string
		fill             func(w *bufio.Writer, n int)
	}{
		{"commas", "", "line longer", repeat(",")},
		{"commas after header", header, "line longer", repeat(",")},
		{"50 MB field", header + "1,2,", "line longer", repeat("9")},
		{"quoted field", header + `"`, "line longer", repeat("a")},
		{"open quote", header + "1,2,\"", "quote not closed", repeat("a,\n")},
		{"binary junk", "", "", func(w *bufio.Writer, n int) {
			for range n {
				w.WriteByte(byte(rng.Uint32()))
			}
		}},
		{"rows", header, "more than 100000 points", repeat("0,0,1\n")},
		{"comments", header, "no points", repeat("#" + strings.Repeat("c", 998) + "\n")},
		{"blank lines", header, "no points", repeat("\n")},
		{"short lines", header, "1 fields", repeat("1\n")},
		{"over the cap", header, "larger than 64 MiB", func(w *bufio.Writer, n int) {
			repeat("#\n")(w, n)
			w.WriteString("##")
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "hostile.csv")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			w := bufio.NewWriter(f)
			w.WriteString(c.head)
			c.fill(w, fileMiB<<20-len(c.head))
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			f.Close()
			defer os.Remove(path)

			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "NEURONA_TRACE_ARGS="+strings.Join([]string{"perceptron", "-data", path}, "\n"))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err = cmd.Run()
			if cmd.ProcessState == nil {
				t.Fatalf("starting the child: %v", err)
			}
			code := cmd.ProcessState.ExitCode()
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
			errs := stderr.String()
			t.Logf("exit %d, max RSS %d MB, %d bytes of error: %s", code, rss>>20, len(errs), strings.TrimSpace(errs))
			if code != 2 || !strings.Contains(errs, c.want) || len(errs) > maxErrLine || strings.Count(errs, "\n") != 1 {
				t.Errorf("exit %d (%v), %d bytes of error %.300q, want status 2 and one short line with %q", code, err, len(errs), errs, c.want)
			}
			if rss > maxTraceRSS {
				t.Errorf("max RSS %d MB, want under %d MB", rss>>20, maxTraceRSS>>20)
			}
		})
	}
}

// repeat returns a filler writing s over and over, cut to n bytes.
func repeat(s string) func(w *bufio.Writer, n int) {
	return func(w *bufio.Writer, n int) {
		chunk := strings.Repeat(s, max(1, 64<<10/len(s)))
		for n > 0 {
			k := min(n, len(chunk))
			w.WriteString(chunk[:k])
			n -= k
		}
	}
}
