package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// maxRefusal bounds the line refuse prints: messages quote only excerpts
// of input, but a -load path, which the message names, may be of any length.
const maxRefusal = 300

// refuse prints a refused command line's message on one short line.
func refuse(w io.Writer, format string, args ...any) {
	msg := strings.Join(strings.Fields(fmt.Sprintf(format, args...)), " ")
	fmt.Fprintf(w, "neurona: %s\n", engine.Truncate(msg, maxRefusal))
}

// checkOptions refuses, before the game starts, what the game itself would
// only warn about on screen: an unknown -scene or -lang, a link with parts
// it cannot use, and a state document (from a file or a link) that parses
// but that its scene refuses. On the command line a refusal must not look
// like a success, least of all in a screenshot run. Messages quote only an
// excerpt of the input. file is the -load file a document was read from.
func checkOptions(opt scenes.Options, file string) error {
	all := scenes.All()
	if opt.Scene != "" && findScene(all, opt.Scene) == nil {
		return fmt.Errorf("-scene %q: unknown scene (use %s)", engine.Excerpt(opt.Scene), sceneIDs(all))
	}
	if opt.Lang != "" {
		if _, err := i18n.Parse(opt.Lang); err != nil {
			return fmt.Errorf("-lang %q: unknown language (use es or en)", engine.Excerpt(opt.Lang))
		}
	}
	target := opt.Scene
	doc := opt.Document
	if opt.Link != "" {
		l, ignored := state.ParseLink(opt.Link)
		if len(ignored) > 0 {
			return fmt.Errorf("-load link: cannot use %s", ignored[0])
		}
		if l.Scene != "" && findScene(all, l.Scene) == nil {
			return fmt.Errorf("-load link: unknown scene %q (use %s)", engine.Excerpt(l.Scene), sceneIDs(all))
		}
		if l.Lang != "" {
			if _, err := i18n.Parse(l.Lang); err != nil {
				return fmt.Errorf("-load link: unknown language %q (use es or en)", engine.Excerpt(l.Lang))
			}
		}
		if target == "" {
			target = l.Scene
		}
		if doc == nil {
			doc = l.State
		}
	}
	if doc == nil {
		return nil
	}
	if err := checkDocument(all, doc, target); err != nil {
		if opt.Document == nil {
			return fmt.Errorf("-load link: state: %v", err)
		}
		return fmt.Errorf("-load %s: %v", file, err)
	}
	return nil
}

// checkDocument loads the document into a fresh copy of the scene it
// names (or else target, or else the first scene), as the game would.
func checkDocument(all []ui.Scene, data []byte, target string) error {
	d, err := state.Parse(data)
	if err != nil {
		return err
	}
	var id, lang string
	if err := d.String("scene", &id); err != nil {
		return err
	}
	if err := d.String("lang", &lang); err != nil {
		return err
	}
	if lang != "" {
		if _, err := i18n.Parse(lang); err != nil {
			return fmt.Errorf("field \"lang\": unknown language %q (use es or en)", engine.Excerpt(lang))
		}
	}
	if id == "" {
		id = target
	}
	s := all[0]
	if id != "" {
		if s = findScene(all, id); s == nil {
			return fmt.Errorf("field \"scene\": unknown scene %q (use %s)", engine.Excerpt(id), sceneIDs(all))
		}
	}
	return s.Load(d)
}

// findScene returns the scene with the id, or nil.
func findScene(all []ui.Scene, id string) ui.Scene {
	for _, s := range all {
		if s.ID() == id {
			return s
		}
	}
	return nil
}

// sceneIDs lists the scene ids for messages.
func sceneIDs(all []ui.Scene) string {
	ids := make([]string, len(all))
	for i, s := range all {
		ids[i] = s.ID()
	}
	return strings.Join(ids, ", ")
}
