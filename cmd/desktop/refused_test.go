package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neurona/neurona/scenes"
	"github.com/neurona/neurona/scenes/state"
)

// maxErrLine bounds the desktop's one-line refusal for short file names.
const maxErrLine = 300

// TestMain runs the real main when TestRefusedFlagsExitStatus starts this
// binary as a child with NEURONA_DESKTOP_ARGS (arguments, one a line).
func TestMain(m *testing.M) {
	if a, ok := os.LookupEnv("NEURONA_DESKTOP_ARGS"); ok {
		os.Args = append([]string{"neurona"}, strings.Split(a, "\n")...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// writeFile writes content to the file name in dir and returns its path.
func writeFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// link returns a link hash carrying doc as its state.
func link(scene, doc string) string {
	return "#" + state.Format(state.Link{Scene: scene, State: []byte(doc)})
}

// TestRefusedFlags gives the desktop flags it cannot honour, many of each
// kind: unknown scenes and languages (short, huge, binary), links with
// parts it cannot use, documents (in files and in links) that parse but
// that their scene refuses, and directories (FIFOs and devices:
// TestLoadNotRegular). Each is refused
// with status 2 and one short line; what it can honour is accepted.
func TestRefusedFlags(t *testing.T) {
	dir := t.TempDir()
	file := func(name, content string) string { return writeFile(t, dir, name, content) }
	huge := strings.Repeat("x", 300<<10)
	junk := strings.Repeat("\x00\xff\n\x1b[2J", 1<<14)
	refusals(t, dir, []refusal{
		{[]string{"-scene", "bogus"}, `-scene "bogus": unknown scene (use ` + sceneIDs(scenes.All()) + `)`},
		{[]string{"-scene", "XOR"}, "unknown scene"},
		{[]string{"-scene", " xor"}, "unknown scene"},
		{[]string{"-scene", huge}, "unknown scene"},
		{[]string{"-scene", junk}, "unknown scene"},
		{[]string{"-lang", "xx"}, `-lang "xx": unknown language`},
		{[]string{"-lang", "español"}, "unknown language"},
		{[]string{"-lang", huge}, "unknown language"},
		{[]string{"-lang", junk}, "unknown language"},
		{[]string{"-frames", huge}, "invalid value"},
		{[]string{"-" + huge}, "flag provided but not defined"},
		{[]string{huge}, "unexpected argument"},
		{[]string{"-load", "#scene=bogus"}, `-load link: unknown scene "bogus"`},
		{[]string{"-load", "#scene=" + huge}, "-load link: unknown scene"},
		{[]string{"-load", "#lang=xx"}, `-load link: unknown language "xx"`},
		{[]string{"-load", "#s=%%%"}, "-load link: cannot use"},
		{[]string{"-load", "#s=AAAA"}, "-load link: cannot use s: not a compressed state document"},
		{[]string{"-load", "#s=***"}, "-load link: cannot use s: not base64url"},
		{[]string{"-load", "#scene=xor&colour=red"}, `-load link: cannot use "colour"`},
		{[]string{"-load", "#" + huge}, "-load link: cannot use"},
		{[]string{"-load", "#" + huge + "=1"}, "-load link: cannot use"},
		{[]string{"-load", "scene=xor&" + junk}, "-load link: cannot use"},
		{[]string{"-load", link("xor", `not json`)}, "-load link: state: a state document is a JSON object"},
		{[]string{"-load", link("xor", `{"scene":`)}, "-load link: state: not valid JSON"},
		{[]string{"-load", link("xor", `{"scene":"bogus"}`)}, `-load link: state: field "scene": unknown scene "bogus"`},
		{[]string{"-load", link("perceptron", `{"points":"many"}`)}, `-load link: state: field "points"`},
		{[]string{"-load", link("", `{"scene":"neuron","lang":"xx"}`)}, `field "lang": unknown language "xx"`},
		{[]string{"-load", file("scene.json", `{"scene":"bogus"}`)}, `scene.json: field "scene": unknown scene "bogus"`},
		{[]string{"-load", file("huge.json", `{"scene":"`+huge+`"}`)}, `huge.json: field "scene": unknown scene`},
		{[]string{"-load", file("type.json", `{"scene":7}`)}, `type.json: field "scene": wrong type`},
		{[]string{"-load", file("lang.json", `{"lang":"xx"}`)}, `lang.json: field "lang"`},
		{[]string{"-load", file("pts.json", `{"scene":"perceptron","points":[{"x":[1],"y":1}]}`)}, `pts.json: field "points"`},
		{[]string{"-load", file("far.json", `{"scene":"xor","points":[{"x":[1e300,0],"y":1}]}`)}, `far.json: field "points"`},
		{[]string{"-load", file("lab.json", `{"scene":"gradient","points":[{"x":[1,2],"y":5}]}`)}, `lab.json: field "points"`},
		{[]string{"-scene", "backprop", "-load", file("bp.json", `{"points":"x"}`)}, `bp.json: field "points"`},
		{[]string{"-load", dir}, "directory"},
		{[]string{"-load", "/" + huge}, "-load /xxxx"},
		{[]string{"-load", "./" + junk}, "-load ./"},
	})
	for _, args := range [][]string{
		{"-scene", "xor", "-lang", "en"},
		{"-lang", "ES"},
		{"-load", "#scene=perceptron&lang=en"},
		{"-load", "https://example.org/neurona/#scene=gradient"},
		{"-load", link("xor", `{"scene":"xor","points":[{"x":[1,2],"y":1}]}`)},
		{"-load", link("", `{"scene":"neuron"}`)},
		{"-load", file("good.json", `{"scene":"perceptron","lang":"en","points":[{"x":[1,2],"y":1},{"x":[-1,0],"y":0}]}`)},
		{"-scene", "backprop", "-load", file("nosc.json", `{"points":[]}`)},
	} {
		var errs bytes.Buffer
		if _, code := parseFlags(args, &errs); code != 0 {
			t.Errorf("%q: code %d, %q", args, code, errs.String())
		}
	}
}

// refusal is a command line and a text its one-line refusal must contain.
type refusal struct {
	args []string
	want string
}

// refusals checks that each command line is refused, within 10 s, with
// status 2 and one short line; dir is a folder the messages may name.
func refusals(t *testing.T, dir string, cases []refusal) {
	t.Helper()
	for _, c := range cases {
		var errs bytes.Buffer
		done := make(chan int, 1)
		go func() {
			_, code := parseFlags(c.args, &errs)
			done <- code
		}()
		var code int
		select {
		case code = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%.60q: still reading after 10 s", c.args)
		}
		msg := errs.String()
		if code != 2 || !strings.HasPrefix(msg, "neurona: ") || !strings.Contains(msg, c.want) || strings.Count(msg, "\n") != 1 || len(msg) > maxErrLine+len(dir) {
			t.Errorf("%.60q: code %d, %d bytes: %.300q; want status 2 and one short line with %q", c.args, code, len(msg), msg, c.want)
		}
	}
}

// TestRefusedFlagsExitStatus runs the real main in a child process: a
// refused flag exits with status 2 and one line on stderr, before any
// window opens.
func TestRefusedFlagsExitStatus(t *testing.T) {
	for _, args := range [][]string{
		{"-scene", "bogus"},
		{"-lang", "xx"},
		{"-load", "#s=%%%"},
		{"-screenshot", filepath.Join(t.TempDir(), "x.png"), "-scene", "bogus"},
	} {
		if code, stderr := runMain(t, args...); code != 2 || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: status %d, stderr %q", args, code, stderr)
		}
	}
}

// FuzzSceneLangFlags gives -scene and -lang arbitrary text: the flags are
// accepted exactly when they name a scene and a language, and otherwise
// refused with status 2 and one short line.
func FuzzSceneLangFlags(f *testing.F) {
	f.Add("xor", "en")
	f.Add("bogus", "es")
	f.Add("perceptron", "xx")
	f.Add("\x00", "EN ")
	f.Fuzz(func(t *testing.T, scene, lang string) {
		var errs bytes.Buffer
		_, code := parseFlags([]string{"-scene=" + scene, "-lang=" + lang}, &errs)
		known := findScene(scenes.All(), scene) != nil
		l := strings.ToLower(strings.TrimSpace(lang))
		want := 2
		if (scene == "" || known) && (lang == "" || l == "es" || l == "en") {
			want = 0
		}
		if code != want {
			t.Fatalf("-scene %q -lang %q: code %d, want %d (%q)", scene, lang, code, want, errs.String())
		}
		if code == 2 && (strings.Count(errs.String(), "\n") != 1 || errs.Len() > maxErrLine) {
			t.Fatalf("-scene %q -lang %q: %q", scene, lang, errs.String())
		}
	})
}
