package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/neurona/neurona/engine"
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

// hostileCommands are the trace subcommands that read a data file, each
// with the header and a data row its reader accepts.
var hostileCommands = []struct {
	name        string
	args        []string
	header, row string
	maxRows     int
}{
	{"perceptron", []string{"perceptron"}, "x1,x2,y\n", "0,0,1\n", engine.MaxPoints},
	{"mlp identity", []string{"mlp", "-output", "identity"}, "x,y\n", "0,1\n", engine.MaxPoints},
	{"mlp classes", []string{"mlp", "-layers", "4", "-classes", "3"}, "x1,x2,y\n", "0,0,1\n", engine.MaxPoints},
	{"tsne", []string{"tsne"}, "x1,x2,y\n", "0,0,1\n", engine.MaxTSNEPoints},
}

// TestHostileFileMemory runs trace in a child process on 64 MiB files built
// to be expensive (one line of commas, a 50 MB field, binary junk, millions
// of rows, comments, an open quote, a table as wide as allowed), for every
// subcommand that reads data, each file on that subcommand's own header:
// each is refused with one line of at most a few hundred bytes, and the
// child's peak memory (max RSS) stays under 256 MB. Before the reader went
// line by line, 60 MiB of commas took 5.34 GB and a 50 MB field made a
// 52 MB error.
func TestHostileFileMemory(t *testing.T) {
	wide := strings.Repeat("0,", engine.MaxTableColumns-1) + "0\n"
	for _, cmd := range hostileCommands {
		h := cmd.header
		rng := rand.New(rand.NewPCG(1, 2))
		for _, c := range []struct {
			name, head, want string
			fill             func(w *bufio.Writer, n int)
		}{
			{"commas", "", "line longer", repeat(",")},
			{"commas after header", h, "line longer", repeat(",")},
			{"50 MB field", h + "1,2,", "line longer", repeat("9")},
			{"quoted field", h + `"`, "line longer", repeat("a")},
			{"open quote", h + "1,2,\"", "quote not closed", repeat("a,\n")},
			{"binary junk", "", "", func(w *bufio.Writer, n int) {
				for range n {
					w.WriteByte(byte(rng.Uint32()))
				}
			}},
			{"rows", h, fmt.Sprintf("more than %d ", cmd.maxRows), repeat(cmd.row)},
			{"comments", h, "no points", repeat("#" + strings.Repeat("c", 998) + "\n")},
			{"blank lines", h, "no points", repeat("\n")},
			{"short lines", h, "1 fields", repeat("1\n")},
			{"wide rows", wide, "", repeat(wide)},
			{"over the cap", h, "larger than 64 MiB", func(w *bufio.Writer, n int) {
				repeat("#\n")(w, n)
				w.WriteString("##")
			}},
		} {
			t.Run(cmd.name+"/"+c.name, func(t *testing.T) {
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

				args := append(append([]string(nil), cmd.args...), "-data", path)
				child := exec.Command(os.Args[0], "-test.run=^$")
				child.Env = append(os.Environ(), "NEURONA_TRACE_ARGS="+strings.Join(args, "\n"))
				var stderr bytes.Buffer
				child.Stderr = &stderr
				err = child.Run()
				if child.ProcessState == nil {
					t.Fatalf("starting the child: %v", err)
				}
				code := child.ProcessState.ExitCode()
				rss := child.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
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
